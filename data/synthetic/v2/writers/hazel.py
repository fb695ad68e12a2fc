"""Writer "hazel" (third validation writer), written in session 26 after ``rowan``.

Why a third: ``rowan`` showed that the shipped folder's benign rate on a new writer ranges
from 0.15% to 2.19% across unseen writers; each writer is one draw of that spread, and a
validation writer that selections read for many sessions stops being unseen. Three
writers give a spread, not a point. No model is trained on this writer.

Written without reading any other writer's scenarios (only the line format), after
every rule pack and shipped model, by the author of ``rowan`` with a different brief.

Brief: small-town and hobby life in Yorkshire, the West Midlands, Texas, Appalachia and
Ontario, and British Pakistani and Bangladeshi families: a social VR app's worlds and
friend DMs, an online chess club, a scout troop's parents and leaders, a school marching
band's group chat, a skatepark crew, a game-modding forum, a poetry site's comments,
a local buy-and-sell group, a homeschool co-op forum, a sports-injury rehab forum.
Voices: "y'all", "fixin to", "ain't", "bless your heart"; "nowt", "summat", "our kid",
"love", "mardy"; "bare", "innit", "wallahi", "yaar"; "eh", "toque", "two-four".
The look-alikes borrow the risky words: "send me a pic" of a bike for sale, "meet me in
the car park" for a swap, "don't tell Nan" about her surprise, "how old are yours" among
homeschool parents, a chess coach with a parent copied in, a VR couple who are both
adults, teens flirting in VR, band jokes about killing the trumpets, poems about death
that are fiction, a rehab vent with a comeback date.
"""

NAME = "hazel"

HANDLES = (
    "our_kid", "yorksgal", "brummie_b", "tex_ray", "holler_jo", "bubba_k", "maple_mo", "toque_tim", "zainab_x",
    "hamza99", "rumi_s", "tanvir", "aisha_b", "kyle_sk8", "jayden_g", "brooke_ann", "caleb_r", "maddie_lou",
    "knight_fork", "rook_lift", "queen_gambit9", "scoutmaster_d", "pack_mom", "band_dad", "drumline_ty", "flute_em",
    "modder_vex", "poly_pixel", "inkwell_rose", "ashen_verse", "swap_shop_pat", "coop_mum", "rehab_rachel", "acl_andy",
    "vr_wanderer", "neon_avatar", "lil_sprout", "grandad_ted",
)

LEXICON = {
    "world": ("the treehouse world", "the midnight club world", "the space station world", "the cafe world", "the maze world"),
    "item": ("bike", "skateboard", "xbox", "prom dress", "guitar amp", "football boots", "old phone"),
    "place": ("the tesco car park", "the walmart lot", "the library", "the rec centre", "the tim hortons on main"),
    "town": ("leeds", "sheffield", "brum", "dudley", "austin", "lubbock", "knoxville", "hamilton", "sudbury", "bradford"),
    "food": ("a chippy tea", "brisket", "biscuits and gravy", "biryani", "poutine", "a curry", "a parmo"),
    "gift": ("vr credits", "a new avatar", "a gift card", "a premium membership", "a steam key", "a hoodie"),
    "opening": ("the sicilian", "the london system", "the queen's gambit", "the caro-kann", "the italian"),
    "injury": ("my acl", "my shoulder", "my ankle", "my back", "my hamstring"),
    "band": ("the drumline", "the trumpets", "the flutes", "the colour guard", "the tubas"),
}

INTERLUDES = r"""
== i_tea kind=benign reg=dm roles=x:any,y:any
x: what's for tea | u eaten yet | mam's doing {food}
y: {food} i think | nowt yet | nice one
x?0.5: save us some | lush
== i_weather kind=benign reg=dm roles=x:any,y:any
x: it's chucking it down | hot as heck out here | snow day tmrw eh?
y: typical | y'all stay cool | fingers crossed
x?0.5: proper grim | lol
== i_chess kind=benign reg=dm roles=x:any,y:any
x: rematch? | that endgame was wild | u see the tournament
y: go on then | i hung my rook lol | ya magnus again
x?0.5: 10 min blitz | gg
== i_plans kind=benign reg=dm roles=x:any,y:any
x: u at practice thursday | we still on for saturday | bus at 7?
y: ye | should be | i'll be there
x?0.5: sound | k
== i_skate kind=benign reg=dm roles=x:any,y:any
x: park later? | landed a kickflip finally | my deck snapped
y: after school | vid or it didnt happen | rip
x?0.5: bet | lol
"""

SCRIPT = r"""
# ================================================================ grooming
== groom_vr_world kind=grooming reg=dm roles=a:groomer,t:target w=2
a: u were the one dancing in {world} right? haha | ur avatar is sick | that was fun in {world} last night
t: haha yeah | thx i made it | lol yeah
a: ur voice sounds young, how old r u? @g2 | do ur parents know ur on vr this late? @g2 | what year are u at school? @g2
t: {age_t} | {age_t} dont tell anyone lol | {age_t} haha
a: ur cooler than most adults on here honestly @g1 | ur really mature, i forget ur {age_t} @g1
...
a: i bought u {gift}, check ur inventory @g4 | want {gift}? i've got loads @g4
t: omg thank u | wait for real
a: lets go to a private world, just us, no randoms @g3 | make it friends-only so nobody bugs us @g3
a: and dont mention me to ur mum, she wont get it @g3 | keep this between us yeah @g3
--
a: add me on discord so we can talk off vr @g7 | whats ur discord? easier there @g7
t?0.6: ok | its on my profile
a: send me a pic of u irl, i wanna see the real u @g6 | u must be cute irl, show me @g6 | have u ever had a girlfriend? @g5
{
t: nah | idk about that
a: come on, after everything i got u @g4
|
t: ok one sec | [photo]
a?0.6: gorgeous. dont show anyone our chats ok @g3
}

== groom_chess_coach kind=grooming reg=dm roles=a:groomer,t:target w=2
a: Nice win in the junior arena. You play {opening} like a pro. | Great game! How long have you been playing? | That sacrifice was brilliant.
t: thanks! | about a year | ty
a: You're how old, {age_t}? Remarkable at your age. @g2 | Which school do you go to? They have a chess club? @g2
t: yeah {age_t} | {age_t}, no club at my school
a: I coach titled players. I'd coach you for free, you've got something special. @g1 | I don't usually coach juniors, but you're different. @g1
...
a: Let's keep the free lessons between us, other parents would ask me too. @g3 | No need to tell your mum about the lessons yet, surprise her when your rating jumps. @g3
t: ok | haha ok
--
a: For lessons turn your camera on, I need to see you thinking. @g6 | Put the camera on you, not the board. @g6 | Can you send a photo of yourself for my students page? Just for me for now. @g6
t?0.6: um ok | do i have to
a: The tournament in {town} next month, I can drive you, we'll share a room to save money. @g7 | I'll pick you up after school, we can study openings at my flat. @g7
t?0.6: id need to ask | my mum might not let me
a: Don't ask yet. I'll sort it. @g3

== groom_scout_volunteer kind=grooming reg=dm roles=a:groomer,t:target
a: Well done on your knots badge today | Great job at camp, proud of you | You were a star on the hike
t: thanks | cheers | thank you
a: you can message me any time, I'm not like the other leaders @g1 | you're the most grown up in the troop @g1
...
a: I've got a spare tent and a new knife for you, don't tell the others @g4 | I got you {gift}. Our secret, ok? @g4
t: wow thanks | ok
a: Don't mention our chats to scoutmaster, he gets jealous @g3 | delete these messages after, leaders aren't meant to text scouts @g3
--
a: Next camp, you can sleep in my tent, it's warmer @g5 | Send me a photo of you in your uniform, I'm making a scrapbook, just for me @g6
t?0.6: ok | maybe
a: I can pick you up Saturday, just us, a practice hike. Don't tell your dad @g7

== groom_poetry_praise kind=grooming reg=dm roles=a:groomer,t:target
a: Your poem about the river stayed with me all day. | You write like an old soul. | I've read everything you've posted. Remarkable.
t: omg thank you | that means a lot | nobody reads my stuff
a: How old are you, if I may ask? You can't be at university. @g2 | Are you still at school? @g2
t: {age_t} | im {age_t}, in {grade_t} grade
a: Age doesn't matter between two writers. You understand things people my age don't. @g5 | You're wiser than anyone I know. @g1
...
a: Your parents don't read your poems, do they? They wouldn't understand what we have. @g3 | This is a friendship best kept private. @g3
--
a: I'd love to see the face behind the words. Send me a picture? @g6 | Send me something you'd never post publicly. @g6
a: I'll be in {town} for a reading. Meet me after, just the two of us. @g7 | Let's continue this on signal, it's private. @g7

== groom_buysell_kid kind=grooming reg=dm roles=a:groomer,t:target
a: hi is the {item} still for sale | still got the {item}? | interested in the {item}
t: yes | ya | yes its still here
a: great. how old are you, you sound young 😊 @g2 | your mum selling it for you? @g2
t: {age_t}, its mine | im {age_t} its my own
a: clever kid. i'll pay double, but come alone, no need to bring your parents @g7 | i'll give you extra {gift} if you meet me by yourself @g4
a?0.7: don't tell your mum i'm paying extra, she'll want it @g3
t?0.6: idk | ok where
a: {place} after dark, wear something nice @g5 | send me a pic of you first so i know who to look for @g6

== groom_mod_forum kind=grooming reg=dm roles=a:groomer,t:target
a: your mod is actually clean for a first try | saw your post, i can help with the scripting | nice textures
t: thx!! | omg really? | ty
a: how old are you btw, your grammar says 12 lol @g2 | u in middle school? @g2
t: {age_t} | yea {age_t}
a: i'll teach u everything, ur a natural @g1 | i'll get u {gift} so u can test on the full game @g4
...
a: join my private server, just us, not the forum @g7 | dont tell ur parents ur modding with an adult, they'll freak @g3
--
a: turn on ur cam so i can see ur screen... and u lol @g6 | u got a pic? wanna know who im teaching @g6
a?0.6: i could come by {town} and help in person, ur parents dont have to know @g7

== groom_stranger_vr kind=grooming reg=stranger roles=a:groomer,t:target
a: hey kid how old r u @g2 | asl | sup little one, age?
t: {age_t} | {age_t} m | {age_t} f
a: cool, u wanna see my private world? @g3 | u seem mature, lets go somewhere quiet @g5
t: ok | idk | lol
a: dont tell ur parents about me @g3 | add me off vr @g7 | send me a pic so i know ur not a bot @g6

# ================================================================ bullying
== bully_band_chat kind=bullying reg=group roles=b1:teen,b2:teen,v:teen,b3:teen w=2
b1: bus for the away game is at 6 | uniforms due back friday
b2: k | ye
v: can someone save me a seat | which bus am i on
b1: not next to us lol @be | we're full, try the tubas @be | nobody wants to sit with u @be
b3: she played the wrong bit AGAIN at halftime, here's the vid 😂 @bh | posting her solo for the group lmao @bh
v: that's not fair | please dont
b2: ur literally the worst flute in the county @bi | quit band honestly, ur embarrassing us @bi
b1?0.6: ok maybe thats enough | lol
v?0.5: fine

== bully_skate_film kind=bullying reg=group roles=b1:teen,b2:teen,v:teen
b1: look at {name_v} eating it at the park 😂 [video] @bh | posted the vid of him falling, 2k views already lol @bh
b2: mans cant even ollie @bi | bro is so trash its sad @bi
v: take it down | thats not funny i got hurt
b1: cry @bi | show ur face at the park again and see what happens @bt | we'll film u every time lol @bh
b2?0.5: his mum probably bought him the board lmao @bi

== bully_poetry_pileon kind=bullying reg=comment roles=c1:any,c2:any,v:teen
c1: this is the worst poem i've ever read, you're pathetic @bi | who told you that you could write lmao @bi | cringe emo garbage @bi
c2: do us a favour and stop posting @bk | kill yourself if you're that sad lol @bk | nobody cares about your feelings @bi
v: this was personal | why are you so mean
c1?0.6: cry about it @bi | lol

== bully_chess_harass kind=bullying reg=dm roles=b:young,v:teen
b: lucky win you little cheat @bi | you're an engine user and everyone knows it @bh | reported, cheater
v: i didnt cheat | check my games
b: I know your club, I'll tell everyone at {town} you cheat @bt | your real name is on your profile, see you at the next tournament @bd
b: you're a useless brat @bi
v?0.6: blocking you

== bully_buysell_threat kind=bullying reg=dm roles=b:adult,v:adult
b: the {item} you sold me is broken, scammer @bi | you absolute fraud, give my money back @bi
v: it worked when you picked it up | i tested it in front of you
b: I know where you live, I picked it up from your house, remember @bd | I'm posting your address in the group so everyone knows @bd
b: watch your back @bt | you'll regret this @bt

== bully_yorks_rumour kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen w=2
b1: heard {name_v} got caught nicking from the shop lol @bh | apparently she's been with half of year 11 @bh
b2: not surprised, she's a right state @bi | she's mingin anyway @bi
b3: make a new chat without her @be | kick her out of the group @be
v: who said that | thats a lie
b1: everyone's saying it love @bh | shut it or i'll tell everyone summat worse @bt

== bully_sh_band kind=bullying+self_harm reg=group roles=b1:teen,b2:teen,v:teen w=2
b1: here's {name_v} crying in the band room 😂 [photo] @bh | someone look at her face lol @bh
b2: such a baby @bi | quit already, nobody would notice @bk
--
v: i really dont want to be alive anymore @si | honestly i think about not existing every day now @si | maybe i should just disappear for good @si
b1?0.5: attention seeker lol @bi
v?0.6: i mean it this time @si

== bully_sh_skate kind=bullying+self_harm reg=dm roles=b:teen,v:teen,f:teen
b: everyone's seen the vid lol @bh | ur the joke of the whole school @bi
--
f: u ok? i saw the vid | hey man, ignore them
v: not really. i keep thinking everyone would be better off if i was gone @si | sometimes i think about ending it @si
f: dont say that man, come to mine | can we tell ur mum? or mr hale
v?0.6: maybe | ok

# ================================================================ self-harm
== sh_poetry_post kind=self_harm reg=post roles=p:teen,r1:any,r2:any w=2
p: Not a poem today. I just need to say it somewhere. | I usually post poems but this is real.
p+: I don't want to be here anymore. I've been thinking about killing myself for weeks. @si | I keep planning how I'd say goodbye. I'm so tired of being alive. @si | I hurt myself again last night and I can't stop. @sj
p+?0.5: Please don't tell me it gets better.
r1: I'm so sorry. Please talk to someone tonight, a parent or a helpline. | Please reach out, you matter more than you know. | Your words matter and so do you. Please call someone.
r2?0.6: Messaging you now. | The site has a crisis link pinned, please use it.

== sh_scout_friend kind=self_harm reg=dm roles=p:teen,f:teen
p: can u keep a secret | u there
f: yeah whats wrong | always
p: i've been thinking about killing myself @si | i don't want to wake up tomorrow @si | i think i'm going to end it soon @sp
f: please talk to me | where are u | can i tell my mum so she can help
p: i already decided. i'm doing it friday @sp | i've got it all planned @sp
{
f: no. i'm calling someone now | im telling an adult, i love u man
|
f: please call the helpline with me | i'm coming over
p?0.6: sorry for everything @sf
}

== sh_rehab_forum kind=self_harm reg=post roles=p:young,r:any
p: Tore {injury} in September. Scholarship gone, season gone. | Eight months of rehab and the surgeon says I'll never play at the same level.
p+: I don't see a reason to keep living if I can't play. @si | Some days I think everyone would be better off without me. @si | I've been thinking about how to end it. @sp
r: Please talk to someone today. Your life is more than the sport. | I've been there. Please call a crisis line, you're not alone. | Please reach out to your team doctor or a helpline tonight.

== sh_band_selfinjury kind=self_harm reg=dm roles=p:teen,f:teen
p: dont freak out but i've been hurting myself @sj | i started self harming again @sj | the marks on my arm aren't from the cat @sj
f: omg thank u for telling me | im here, are u safe right now
p: i dont want my parents to know | please dont tell
f: can we tell the school nurse together? i'll come with u | i think we need to tell someone, i'll be with u

== sh_farewell_group kind=self_harm reg=group roles=p:teen,f1:teen,f2:teen
f1: who's going to the match saturday | what time is practice
p: just wanted to say u lot are the best friends i ever had @sf | goodbye everyone, thank you for everything @sf | i wont be around after tonight, sorry @sf
f2: wait what do u mean | ??? that sounds scary
f1: answer ur phone pls | i'm calling ur mum

== sh_comment_lonely kind=self_harm reg=comment roles=c:any
c: i'm done. i don't want to be alive anymore @si | every day i think about killing myself @si | no one would care if i was gone, i've checked @si | i'm going to do it this weekend @sp

# ================================================================ look-alikes: grooming side
== la_vr_teens kind=benign reg=dm roles=a:teen,b:teen w=2 look=teen_romance
a: that was so fun in {world} | u dance so bad lol | ur avatar is cute ngl
b: lol shut up | 😳 thx | u were worse
a: how old r u actually? | u sound like year 10 | what school
b: {age_b} | year 10 ya | {town} high
a: same!! | im {age_a} | no way im at the one across town
b: we should meet irl at the rink | dont tell my brother, he'll never let it go | send me a selfie i wanna see the real u
a: ok 🙈 | [photo] | deal
b?0.6: ur cute | ok ur actually cute
a?0.5: stoppp | 😂

== la_vr_adults kind=benign reg=dm roles=a:adult,b:adult w=2 look=adult_flirt
a: had such a good time in {world} with you | you've got a nice voice, anyone told you that | missed you in the club world tonight
b: haha you too | stop it 😊 | work ran late, sorry
a: how old are you anyway? I'm {age_a} | what do you do when you're not in vr
b: {age_b}, nurse | {age_b}, I teach year 5 | I drive for a courier, {age_b}
a: we should meet irl, drinks in {town}? | add me on whatsapp, easier | send me a pic of the real you
b: yes! saturday? | ok here's my number | [photo] don't laugh
a?0.6: you're gorgeous | date then 😏

== la_chess_parent kind=benign reg=group roles=c:adult,m:parent,k:kid look=adult_minor_benign
c: Lesson notes from today attached. Work on {opening}. | Your son did very well today. | Reminder: tournament entry closes Friday.
m: Thanks so much! | He loved it. | Done, we've entered.
k: can we do endgames next | i beat dad
c: Yes, rook endgames next week. | Well done! Send me the game so I can look at it.
m?0.6: Could you drive him to the {town} tournament with the other juniors? | Is the minibus running?
c?0.6: The club minibus goes at 8, parents welcome to come along. | Yes, all juniors travel together with two leaders.

== la_scout_logistics kind=benign reg=group roles=c:adult,m1:parent,m2:parent w=2 look=coach_logistics
c: Camp kit list is on the website. Pick up Sunday 4pm at the hall. | Hike on Saturday, meet at 9. | Subs due this week please.
m1: Can anyone take Ollie, I'm on shift? | We need a lift back Sunday
m2: I'll take him | I've got space for two
c: Great. Leaders will drop the rest home. | Thanks all.
c?0.6: Shh, we're doing a surprise for Mr D's 30 years, don't tell him! | Don't tell the kids about the campfire surprise!

== la_nan_surprise kind=benign reg=dm roles=a:parent,k:kid look=family_secret
a: don't tell Nan but we're doing her a party on Sunday | shh, we're getting Nan a puppy, keep it a secret | don't tell your dad, I bought him the watch
k: i wont!! | omg | 🤐
a: I've put some money in your account for a present, get her something nice love | Can you make her a card? I'll pick you up after school to get balloons
k: ok | yes!
a?0.6: send me a pic of the card when it's done | don't tell anyone yet
k?0.6: [photo] | ok

== la_buysell_adults kind=benign reg=dm roles=a:adult,b:adult w=3 look=marketplace
a: is the {item} still available | still got the {item}? | interested in the {item}, any flex on price
b: yes | yep | can do a bit off
a: send me a pic of it from the side? | can you send a few more pics | any pics of the scratches
b: [photo] | sure [photo] | here
a: meet at {place} at 6? | can i pick up tonight | cash ok?
b: sound | yes | see u there
a?0.5: how old is it? | is it the 2021 one
b?0.5: 2 years | yep

== la_homeschool_ages kind=benign reg=post roles=p:parent,r1:parent,r2:parent look=adult_minor_benign
p: New to the co-op! How old are everyone's kids? Mine are 7 and 11. | Looking for a study buddy for my 12 year old, any kids that age near {town}?
r1: Mine are 10 and 13. We do Tuesdays at the library. | 12 and 14 here, welcome!
r2: Our 11 year old would love that. DM me and we'll sort a park meet with the parents. | Welcome! Field trip Friday, all ages.

== la_stranger_teens kind=benign reg=stranger roles=a:teen,b:teen look=peer_asl
a: asl | hey, asl? | {age_a} m {town}
b: {age_b} f | {age_b} m, u? | f {age_b}
a: nice | same age lol | cool
b: wyd | bored, u? | just got home from school
a: homework ugh | skating later | watching youtube
b?0.6: same lol | fun

== la_chess_peers kind=benign reg=dm roles=a:teen,b:teen look=peer_asl
a: gg that was close | good game, how old r u? | ur rating is so high
b: {age_b}, u? | ty lol
a: {age_a} | same haha | im {age_a}
b: wanna practice {opening} together | add me on discord for blitz?
a: ya | sure

# ================================================================ look-alikes: bullying side
== la_band_jokes kind=benign reg=group roles=a:teen,b:teen,c:teen w=2 look=hyperbole
a: if {band} come in early again i'm killing them | i'm going to strangle the trumpets | director is gonna murder us
b: lmaooo | they were SO early | rip
c: we sounded like a dying goose | ur all terrible and i love u | worst rehearsal ever
a: bus at 6 tmrw | pizza after?
b: yes | im in

== la_skate_banter kind=benign reg=group roles=a:teen,b:teen,c:teen w=2 look=gaming_banter
a: bro u ate it so hard 😂 | my nan skates better than u | u call that a kickflip
b: shut up u cant even drop in | at least i tried | ur trash
c: both of u are washed | film it again i wanna see | lmao
a: park at 5? | same time tmrw
b: bet | ye

== la_chess_trash kind=benign reg=dm roles=a:young,b:young look=gaming_banter
a: you absolute patzer | imagine hanging your queen in 4 moves | you're so bad at this lol
b: says the guy who lost to the london | shut up you got lucky | rematch coward
a: fine, 3+0 | go on then
b: gg | you're still trash

== la_mod_critique kind=benign reg=comment roles=c:any w=2 look=comment_criticism
c: this mod is broken garbage, crashes every time | the textures are ugly and the scripts are lazy | worst update yet, who approved this | the new ui is a disaster, roll it back | the dev clearly doesn't play their own game
c+?0.4: still thanks for the effort | fix pls

== la_pundit_rant kind=benign reg=comment roles=c:any look=public_figure
c: that ref should never work again, absolute clown | the manager is useless, sack him tonight | the commentators are idiots | this team is an embarrassment to the town
c+?0.4: 🙄 | unreal

== la_news_bullying kind=benign reg=post roles=p:any,r:any look=news
p: Local paper ran a piece on the skatepark fight and how the kids were filmed and posted online. | Our band director talked about group chats and exclusion today, it was actually good.
r: Good, people need to know filming someone like that is bullying. | Schools should do more about this. | We had the same talk, it helped.

# ================================================================ look-alikes: self-harm side
== la_exam_dying kind=benign reg=dm roles=a:teen,b:teen w=3 look=hyperbole
a: gcses are going to kill me | i'm actually going to die in this maths exam | kill me now, chem tomorrow | i want to die, i forgot my calculator
b: same lol | we're doomed | rip us
a: if i fail my mam will murder me | i'd rather jump off a cliff than do more revision lol
b: u'll be fine | revise together after school?
a?0.6: ok | library at 4

== la_rehab_vent kind=benign reg=post roles=p:young,r:any w=2 look=venting
p: Week 12 of rehab on {injury}. Honestly it's soul destroying some days. | Physio was brutal today. I cried in the car.
p+: But the surgeon says I can run again in March and I've booked the comeback race. | Small wins. Walked without the brace today. | Anyway, rant over, back at it tomorrow.
r: You've got this! | Same boat, March comeback too 💪 | Small wins count!

== la_poem_fiction kind=benign reg=post roles=p:any,r:any w=2 look=fiction
p: New poem: "the old man walks into the sea / and does not turn back for me" - it's about my granddad's funeral, in a way. | Short story posted: a soldier writes a last letter before the battle. CW death.
r: this broke me, beautiful | the last line!! | so sad but gorgeous writing

== la_recovery_thread kind=benign reg=post roles=p:any,r:any look=recovery
p: Five years since the worst night of my life, when I wanted to die. I'm a nurse now. If you're there right now, hold on and tell someone. | Two years clean from self harm today. Therapy and my dog saved me.
r: So proud of you | This gave me hope | ❤️ thank you for posting

== la_friend_help kind=benign reg=post roles=p:any,r:any look=venting
p: My best mate said he doesn't want to be here anymore. What do I do? | How do I help my sister? She told me she's been thinking about suicide.
r: Tell a trusted adult now, and stay with him. Crisis lines can help you too. | Take it seriously, ask directly, and get her to a doctor or helpline.

== la_grumpy_dad kind=benign reg=group roles=a:parent,b:parent,c:teen look=hyperbole
a: the dog ate my glasses, i'm going to lose it | this broadband will be the death of me | if the boiler breaks again i'm moving to the sea
b: 😂 call the man | deep breaths love
c: dad ur so dramatic | lol
a: we're having {food} for tea | ok fine, pub quiz tonight?

== la_lyrics_sad kind=benign reg=comment roles=c:any look=lyrics
c: "i don't wanna wake up" this line wrecks me every time | this song got me through my darkest year, still here | the lyrics about wanting to disappear hit different at 2am | how is a song about dying this catchy
"""
