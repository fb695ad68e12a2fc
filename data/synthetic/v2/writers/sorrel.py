"""Writer "sorrel" (a train supplement), written in session 21 after the rule packs.

Why it exists: on the validation writer, the shipped model's worst bullying misses are
bullying with no insult word in it: leaving someone out of a group ("not you"), a threat
("i have ur ip"), a rating, an anonymous ask. Those are forms in ``DOMAIN.md``'s list
(Willard's exclusion, cyberstalking and threats, denigration, outing and trickery,
impersonation; doxxing) that the seven train writers give little room: their bullying is
mostly insults. Session 19's arm D (more variety from ``aspen`` and ``juniper``) moved
test bullying from 0.928 to 0.948, so variety is the lever this writer pulls, for the
quiet forms above all, with a look-alike for each (a surprise party's secret chat is
exclusion too). Two look-alikes were added after arm E had run (a kind anonymous
question box, parents asking each other for advice about bullying), because its
validation diagnostic showed that the box, used only by bullying scripts, had become a
bullying cue on its own: a register a risky script uses needs a benign scenario in it. Honest note: the names of the validation writer's missed scenarios were
read before this was written (not their scripts beyond one example each), so the
validation writer is weaker evidence for this writer than for earlier ones; the test
writer was not read.

Brief: London and Manchester teenagers (multicultural London English: "innit", "bare",
"peak", "wagwan", "allow it", "fam", "wasteman", "bruv"), adults in the Welsh valleys
("tidy", "now in a minute", "cwtch", "butt"), Kenyan and Ghanaian university students
("sasa", "manze", "chale", "abeg"), Malaysian and Hong Kong English ("lah", "meh", "can
or not", "aiyo"). Spaces: a Sunday-league football club's WhatsApp, a village Facebook
group, a K-pop fan account's replies, a kids' block-building game's chat, a university
halls group chat, a photography forum, a Minecraft server's Discord, an anonymous
question box under a profile.

Written from ``DOMAIN.md``'s lists, without reading the test writer's scripts, and without
the openings the test brief names (homework help, a modelling agency, a sports coach).
Non-graphic: self-harm is a disclosure or a thought, never a method; sexual harassment
is the words a moderator would quote. No grooming scenario, so grooming's training data
stays as it was.

Risky scripts: a trip chat made without one girl; a Sunday-league team sheet that keeps
leaving one player off and mocks him; a gamer who threatens with an IP address and a
school name; a village group that posts a neighbour's house and car; a crush confession
screenshotted to the year group; a rumour that spreads while the target is not in the
chat; a fake profile that messages a boy as the target; anonymous questions that rate
and tell someone to disappear; a K-pop fan pile-on; a girl in a game's voice chat told to
get back to the kitchen and worse. Two end in the target's disclosure; three self-harm
scripts (a halls group chat at 3am, a forum post, a game friend saying goodbye).

Look-alikes outnumber them: a surprise party's secret chat ("don't add sam"), a five-a-side
squad that is genuinely full, friends who know each other's address because they are
neighbours, a consensual birthday roast, a screenshot posted with permission, a
moderator removing a real impersonator, a blunt but fair photography critique, a village
complaint about bins without naming anyone, an outfit rated by friends who asked for it;
and on the self-harm side, gaming "kms", grief for a grandparent, a break-up vent with
plans for the weekend, a recovery thread, a dark-humour meme, a sad song's lyrics, a
first-aid course, a celebrity's death in the news.
"""

NAME = "sorrel"

HANDLES = (
    "jaylen_x", "kezia.b", "tobi_ldn", "amara_", "deji", "shanice", "rhys_j", "ceri", "gethin", "bethan_w",
    "dai_the_bus", "nia.m", "wanjiku", "otieno_k", "akosua", "kwame.a", "efua", "mumbi", "wei_ling", "jia_hui",
    "hafiz", "nurul_a", "kaho", "chun_kit", "mancunian_mo", "leah_ok", "big_tunde", "sami.r", "chloe_xo",
    "brickbuilder99", "pixelpony", "creeper_king", "army_jiminie", "seoul_mate", "f4_photog", "valleys_mam",
    "cllr_evans", "coach_pete_fc", "halls_rep_ama", "marsh_fc_sec", "luna.snaps", "kezz", "jojo.lah",
)

LEXICON = {
    "trip": ("the thorpe park trip", "the brighton day out", "the year 10 trip", "the camping weekend", "the cinema on friday"),
    "club": ("marsh fc", "the sunday side", "the vets team", "ynys athletic", "the 5-a-side lot"),
    "village": ("pontypridd", "treorchy", "aberdare", "the estate", "our street", "the village"),
    "game": ("blockworld", "minecraft", "fortnite", "valorant", "rocket league", "the server"),
    "group": ("stray kids", "twice", "seventeen", "blackpink", "ateez"),
    "food": ("a chicken shop box", "jollof", "nasi lemak", "a pasty from greggs", "welsh cakes", "ugali and sukuma"),
    "exam": ("mocks", "the stats exam", "gcses", "finals", "the organic chem paper"),
    "place": ("the halls kitchen", "the library", "the common room", "the bus stop", "the park"),
    "friend": ("sam", "tolu", "bethan", "mei", "kezia", "amara", "nurul"),
    "thing": ("my airpods", "my charger", "the aux", "my hoodie", "the last samosa"),
}

INTERLUDES = r"""
== i_ldn kind=benign reg=dm roles=x:any,y:any
x: wagwan | u coming out later | did u see the match
y: nothing much | maybe, who's going | bare jokes lol
x?0.6: say less | ok bet | safe
== i_valleys kind=benign reg=dm roles=x:any,y:any
x: training is at 7 now in a minute | bring the bibs butt | anyone got a lift sunday
y: tidy | will do | i'll pick you up
x?0.5: ta | 👍
== i_uni kind=benign reg=dm roles=x:any,y:any
x: sasa, are you in the library | chale the wifi is down again | who took my milk from {place}
y: yes 3rd floor | as usual lol | not me abeg
x?0.5: ok coming | 😂
== i_lah kind=benign reg=dm roles=x:any,y:any
x: eat already? | tomorrow can or not | aiyo i forgot my card
y: not yet lah | can can | i pay first
x?0.5: ok | thanks ah
"""

SCRIPT = r"""
# ---------------------------------------------------------------- bullying: exclusion
== bully_trip_chat_without kind=bullying reg=group roles=a:teen,b:teen,c:teen,v:teen w=2
a: made this chat for {trip} 🎢 | {trip} planning chat!! | ok this is the chat for {trip}
b: yesss | finally | 🙌
v: what time are we meeting | is it the 9am train | can't wait 😁
a: not you {name_v} lol @be | who added {name_v} 💀 @be | u weren't meant to be in here @be
c: 😭😭 | awkward | LMAO
v: wait what did i do | why | i thought we were all going
a: nobody wants u there tbh @be | ur not invited, allow it @be | read the room fam @be
b?0.7: removing her now 👋 @be | everyone leave and make a new one lol @be
--
v?0.7: saw ur all at {trip} on ur story | u could have just told me
a?0.6: we did tell u. u just don't get it @bi | stop watching our stories weirdo @bi

== bully_team_sheet kind=bullying reg=group roles=c:adult,p1:adult,p2:adult,v:adult w=2
c: team sheet for sunday, {club} | squad for sunday below lads | sunday's 11 is up
p1: 💪 | tidy | up the marsh
v: not on it again? that's four weeks | coach am i injured or something lol | no sub spot either?
c: we need players who can actually run @bi | maybe when you lose a few stone @bi | you're not in the plans mate, take the hint @be
p2: 😂 | oof | brutal
v: i pay my subs same as everyone | that's out of order | i've been at every training
p1: go play for the vets, no one wants you here @be | he's still here lads 😂 @be | can we get a new whatsapp without him @be
c?0.6: new group made, see you there boys @be

== bully_game_group_exclusion kind=bullying reg=group roles=a:kid,b:kid,c:kid,v:kid
a: my server is whitelist only now | new world on {game} tonight | everyone join my team
b: me!!! | yay | ok
v: can i join | whats the code | me too pls
a: no ur banned @be | only my real friends lol @be | u always ruin it @bi
c: 😂 | bye | kicked
v: i didnt do anything | thats not fair | ok...
a?0.7: if u join on another account ill tell everyone ur a cheater @bt | go play with ur little brother @bi

# ---------------------------------------------------------------- bullying: threats and doxxing
== bully_ip_threat kind=bullying reg=dm roles=b:teen,v:teen w=2
b: gg ez | nice throw | imagine losing that
v: whatever | gg | u were camping the whole game
b: i got ur ip from the lobby btw @bt | i know u go to st johns, ur jersey was in ur pfp @bd | say that again and see what happens @bt
v: ok | thats not funny | how do u know that
b: ill be at ur school gates monday 😈 @bt | 23 something road right? @bd | posting ur addy in the discord @bd
v?0.6: im reporting u | blocked | leave me alone
b?0.5: report me then 😂 @bi

== bully_village_post kind=bullying reg=group roles=a:adult,b:adult,c:adult,v:adult w=2
a: who owns the grey corsa always on the corner of {village} | does anyone know the woman at number 9 | shameful state of the garden at the end house
b: that's that {name_v} one | it's her, her kids are feral too | her again
a: here's her house if anyone wants to go and tell her what we think [photo] @bd | she's on benefits and still buys a new car every year, funny that @bh | we all know what she gets up to at night @bh
c: 👀 | say nothing | 😂😂
v: this is my house. please take the photo down | i can see this, i'm in the group | my kids are in that photo
a: or what @bt | you should move, nobody wants you on this street @be | we'll see how long that car stays in one piece @bt
c?0.7: admin here, this is getting nasty. post removed | take it to private messages
v?0.5: i've screenshotted everything

# ---------------------------------------------------------------- bullying: outing, rumours, impersonation
== bully_crush_screenshot kind=bullying reg=group roles=a:teen,b:teen,c:teen,v:teen w=2
a: LOOOL look what {name_v} sent me 😂 [screenshot] @bh | {name_v} thinks she's got a chance with jaylen 💀 [screenshot] @bh | sending this to the whole year @bh
b: NOOOO | "i really like u" 😭😭 @bh | peak for her
c: this is bare cold | oh no | who screenshotted this
v: i sent that to u in private | why would u post that | please delete it
a: should've thought before u typed it @bi | everyone's seen it already @bh | its in the year group chat now 🤣 @bh
b?0.7: she's so desperate @bi | imagine fancying jaylen with that face @bi
v?0.5: i trusted u | ok

== bully_rumour_spread kind=bullying reg=group roles=a:teen,b:teen,c:teen,v:teen
a: heard {name_v} got kicked out of her old school for stealing @bh | apparently {name_v}'s dad is in prison lol @bh | {name_v} was sleeping with a teacher, that's why she moved @bh
b: nah swear | knew it | makes sense tbh
c: who told u that | is that true? | 😬
a: everyone knows @bh | tell everyone to keep their bags zipped around her @bh | don't let her sit with us tomorrow @be
--
v: why is everyone saying i stole stuff | who started the thing about my dad | i know its u
a: lol it's not my fault everyone believes it @bi | no one likes u anyway @bi
c?0.6: i didn't believe it fyi | leave her alone now

== bully_fake_profile kind=bullying reg=dm roles=b:teen,v:teen,x:teen
x: why did u send me that message last night | was that actually u on insta | u said some weird stuff
v: what message? | i didn't message u | that's not my account
--
b: liked how jaylen replied to "u" last night? 😂 @bh | my new account looks just like urs innit @bh | i told him u've fancied him since year 7 @bh
v: that was u?? delete it | that's actually messed up | i'm reporting the account
b: no one will believe u lol @bi | i'm gonna post ur "confessions" next @bh
v?0.5: i'm telling my mum | blocked

== bully_anon_box kind=bullying reg=comment roles=a:any,v:teen,q:any w=2
q: anonymous: why do u even post, no one likes u @bi | anonymous: rate yourself out of 10. i'll start: 2 @bh | anonymous: ur friends talk about u behind ur back, just so u know @bh
v: answered: ok? | answered: thanks i guess | answered: 🙂
q: anonymous: do everyone a favour and disappear @bk | anonymous: everyone at school thinks ur a joke @bh | anonymous: delete ur account pls, ur embarrassing @be
q?0.6: anonymous: i know where u live @bt | anonymous: see u tomorrow at the bus stop 😊 @bt
v?0.6: answered: whoever this is please stop | turning off anonymous questions

# ---------------------------------------------------------------- bullying: pile-ons and sexual harassment
== bully_kpop_pileon kind=bullying reg=comment roles=v:teen,a:any,b:any,c:any w=2
v: my fancam of {group} from last night's show 💜 | unpopular opinion: the new {group} song is mid | i don't think the leader deserved the solo tbh
a: who asked @bi | delete this before i find ur school @bt | ur a fake fan, log off @bi
b: everyone report her account 🚨 @bh | go kys antis @bk | quote tweeting so everyone can see this clown @bh
c: the way ur face looks in ur pfp explains everything @bi | imagine being this ugly and this wrong @bi | she's 14 and already this annoying 💀 @bi
v?0.7: it's just my opinion | i'm sorry ok | please stop tagging me
a?0.6: hope u delete ur whole account @bk | good, cry @bi

== bully_game_girl_harass kind=bullying reg=group roles=b1:young,b2:young,v:young
v: rotate B | 2 on site, one lurking | i'll plant
b1: omg a girl 😂 | get off the mic and make us a sandwich @bs | how old r u babe, are u single @bs
b2: send pics or ur just a guy with a voice changer @bs | she's only here for attention @bi
v: can we just play | i'm muting you | i'm here to play like everyone else
b1: muting me won't stop me finding ur insta @bt | ur bad anyway go back to the kitchen @bs | bet ur ugly irl @bi
v?0.6: reported | gg

# ---------------------------------------------------------------- bullying that ends in disclosure
== bully_halls_then_ideation kind=bullying+self_harm reg=group roles=a:young,b:young,v:young,f:young
a: whoever cooks fish in {place} at midnight is a tramp | {name_v} left the kitchen a mess AGAIN | {name_v}'s smell is all over the corridor
b: it's always her @bi | we should make a new halls chat without her @be | everyone in the flat agrees she's the problem @be
a: honestly go back to your own country and cook there @bi | no one here likes you, just move out @be
v: i cleaned it this morning | please stop, i've done nothing | i'm trying
--
v: sorry for messaging so late. i don't know who else to tell | chale i'm not ok
v+: lately i've been thinking it would be easier if i wasn't here at all @si | sometimes i think about not waking up @si | i don't want to be alive anymore @si
f: i'm really glad you told me. i'm coming to your room now | abeg let me stay with you tonight | we'll go to the wellbeing team together tomorrow
f+?0.7: and if it gets worse tonight we call the crisis line together, ok? | you're not the problem. they are.
v?0.6: ok | thank you

== bully_anon_then_disclose kind=bullying+self_harm reg=comment roles=q:any,v:teen,f:teen
q: anonymous: ur so ugly how do u even leave the house @bi | anonymous: everyone's laughing at u rn @bh | anonymous: no one would care if u were gone @bk
v: answered: maybe ur right. i think about not being here a lot @si | answered: honestly sometimes i wish i could just disappear for good @si | answered: i don't even want to be here anymore @si
f: babe dm me right now | please don't listen to anon, i care SO much | i'm calling u
f?0.6: if ur in the uk u can text SHOUT to 85258 any time, i'll stay with u

# ---------------------------------------------------------------- self-harm
== sh_halls_3am kind=self_harm reg=group roles=a:young,b:young,c:young
a: anyone awake | can someone come to my room | sorry it's 3am
b: yeah what's up | i'm up, coming | sasa what's wrong
a: i've been really bad for weeks and i've been hiding it | i don't think i can keep going like this
a+: i keep thinking everyone would be better off without me @si | i've been thinking about killing myself @si | i don't want to wake up tomorrow @si
c: we're both coming now. you're not on your own | i'm calling the night warden too, they're kind | i'm so glad you said something
a?0.6: i've already thought about how @sp | please don't hate me
b: we could never hate you. we're staying right here with you | we'll call the crisis line together now

== sh_forum_post kind=self_harm reg=post roles=a:any,r1:any,r2:any
a: Not a photography question, sorry. | Posting here because you lot are the only people I talk to. | Throwaway account.
a+: Lost my job in March and my partner left in June. I stopped going out, even with the camera. | I sleep all day and sit up all night and the flat is a mess. | My family think I'm fine. I'm good at that.
{
a+: Most days I wish I just wouldn't wake up. @si
|
a+: I've started thinking about ending my life, properly, for the first time. @si
|
a+: I've been hurting myself again to get through the nights. @sj
|
a+: I've sorted out who gets my cameras. I think I'm done. @sf
}
r1: I'm really glad you posted. Please call Samaritans on 116 123 tonight, they're there all night. | Please tell someone you trust today, even if it's just a text. | Mate, please talk to your GP or call 116 123.
r2?0.7: You're not a burden here. Stay and talk to us. | Your shots of the estuary last year were some of the best on this forum. We want you around.

== sh_game_goodbye kind=self_harm reg=dm roles=a:teen,b:teen
a: hey u can have my account | giving my skins to u and deji | u can have all my stuff on {game}
b: wait what why | lol are u quitting | bro?
a: i just wanted to say bye properly @sf | i won't be on anymore after tonight @sf | ur the only one who was nice to me @sf
b: what do u mean bye | u scaring me fam | are u safe right now
a?0.7: i don't want to be here anymore @si | i've decided @sp
b: pls don't go. i'm telling my mum to call ur mum rn | i'm not letting u go, pick up ur phone | can i call 999 for u? i'm staying with u

# ---------------------------------------------------------------- look-alikes: bullying side
== surprise_party_chat kind=benign reg=group roles=a:teen,b:teen,c:teen look=family_secret w=2
a: ok this is the chat for {friend}'s surprise, DON'T add her | secret chat for the surprise party 🤫 not {friend} obviously | new chat without {friend}, u know why 👀
b: omg yess | 🤐 | say less
c: who's getting the cake | i'll distract her on saturday | what time do we hide
a: nobody tell her anything!! she can't know | if she asks, we're all busy saturday lol | leave her out of the main chat till sunday
b?0.6: she's gonna cry 😭 | best friends ever tbh

== five_a_side_full kind=benign reg=group roles=c:adult,p:adult,v:adult look=comment_criticism
c: 5-a-side thursday, 10 confirmed, we're full | pitch booked, that's 10, sorry to anyone else | full this week lads
v: any room for one more? | can i get in? | gutted, missed it
c: sorry butt, full this week. you're first sub if anyone drops | not this week mate, i'll put you top of the list for next | no room sorry, come next week and i'll save your spot
p: someone always drops out on a thursday 😂 | i might be late anyway
v?0.6: tidy, cheers | no worries

== neighbours_address kind=benign reg=dm roles=a:teen,b:teen look=gaming_banter
a: i know where u live 😈 | i can literally see ur window from mine | i'm outside ur house rn
b: bc ur literally next door 😂 | come in then, door's open | bring snacks
a: ur mum said i can stay for tea | i'm coming over after the game | ur light's on i know ur up
b: wallahi ur obsessed with me lol | ok hurry | bring {thing} back then
a?0.6: ok on my way | 2 mins

== birthday_roast kind=benign reg=group roles=a:young,b:young,c:young,x:young look=gaming_banter w=2
a: it's {name_x}'s birthday so it's roast o'clock 🎂 | happy birthday to the worst driver in the halls | roast thread for {name_x}'s birthday, go
b: 21 years old and still can't boil an egg | his haircut looks like a lego man's | man has been "on the way" since 2019
x: i asked for this 😂 | ur all jealous | at least i have a haircut
c: love u tho happy birthday ❤️ | drinks on us tonight | 😂😂 nah we love him
x?0.6: love u lot | see u at 8

== screenshot_permission kind=benign reg=group roles=a:teen,b:teen,c:teen look=gaming_banter
a: can i post what u said yesterday in the gc 😂 | ur message is too iconic can i screenshot it | ok i'm posting this with permission
b: YES it was iconic | go on then lol | only if u crop my name
a: [screenshot] "i'm not hungry" *eats 3 pizzas* | [screenshot] b at 2am explaining football to a cat | [screenshot] legend behaviour
c: 💀💀💀 | peak | she's a legend
b?0.6: i stand by it | 🙇

== mod_removes_impersonator kind=benign reg=group roles=m:adult,a:any,b:any look=comment_criticism
m: heads up, someone made an account pretending to be the {group} official page and is asking for money. reported and banned | there's a fake "admin" account dming people for passwords, it isn't us, it's banned now | removed an impersonator account, never send anyone your login
a: thanks mod | it messaged me too lol | saw that, reported it
b: good catch | what a weirdo | 🙏
m?0.6: the real admins will never dm you first

== photo_critique_blunt kind=benign reg=post roles=a:any,b:any,c:any look=comment_criticism w=2
a: C&C welcome: sunset over the pier, first time with a tripod | first street shots, be brutal | feedback on my portrait lighting please
b: honestly it's underexposed and the horizon isn't level | composition is weak, too much empty sky | the focus missed, her eyes are soft
c: harsh but fair. try bracketing next time | the colours are lovely though | crop to the boat and it's a different picture
a: thanks, that's really useful | fair, i'll try again tomorrow | appreciate the honesty
b?0.6: keep posting, you're improving fast

== village_bins kind=benign reg=group roles=a:adult,b:adult,c:adult look=venting
a: bin men missed our side of {village} again | third week the bins haven't been emptied | is anyone else's recycling still out
b: same here, shocking | rang the council, they're "looking into it" | ours too
c: cllr evans said they're short of drivers | i'll raise it at the meeting tuesday | worth emailing too so there's a record
a?0.6: tidy, thanks all | i'll email tonight

== outfit_rating_asked kind=benign reg=group roles=a:teen,b:teen,c:teen look=comment_criticism
a: rate my fit out of 10 be honest [photo] | which one for the party, 1 or 2 [photo] | rate it i need the truth
b: 7, the shoes are letting u down | 2 for sure | 9 babes 🔥
c: 10/10 no notes | 1 looks like ur going to a funeral lol | swap the jacket and it's a 10
a: ok changing the shoes 😭 | ty ty 2 it is | omg ok
b?0.5: send pic when ur ready

== trash_talk_reciprocal kind=benign reg=group roles=a:teen,b:teen,c:teen look=gaming_banter w=2
a: ur actually so bad at this game | how did u miss that, my nan aims better | bro plays with his feet
b: says the guy who died first 3 rounds | ur aim is worse than ur haircut | u were hiding in a bush all game
c: both of u are trash tbh 😂 | one more then i'm off | rematch
a: fair lol | ok one more | gg
b?0.6: gg | run it back

# ---------------------------------------------------------------- look-alikes: self-harm side
== gaming_kms kind=benign reg=group roles=a:teen,b:teen,c:teen look=hyperbole w=2
a: lag just killed me AGAIN i'm going to kms | this ping makes me want to die | i swear i'm throwing my controller out the window
b: lmaooo | rip | ur dead dead
c: restart the router | just play on my account | it's the servers, everyone's lagging
a: ok it's better now | bro i'm dead 💀 we won | ok never mind i'm alive
b?0.6: gg | ez

== grief_grandma kind=benign reg=dm roles=a:any,b:any look=venting
a: it's a year today since nan died | miss my grandma so much today | went to the cemetery this morning
a+: i wish i could see her one more time | i keep wanting to ring her | still can't believe she's gone
b: sending u the biggest cwtch | she'd be so proud of u | want me to come round? we can watch her favourite film
a: yeah please | that would be nice | ty, i'm ok, just a sad day
b?0.6: on my way with {food}

== breakup_vent kind=benign reg=dm roles=a:young,b:young look=venting w=2
a: they ended it. over text. after two years | we broke up | it's over, two years and it's over
a+: i feel like absolute rubbish | i can't stop crying | i don't even know who i am without them
b: i'm so sorry. their loss honestly | come round, i'll make {food} | do u want to talk or do u want distraction
a: distraction pls | can we go out saturday? i need to dance | i'm deleting all his photos tonight
b: saturday it is, i'm booking the table | new era starts now 💅
a?0.6: ok i feel a bit better | love u

== recovery_thread kind=benign reg=post roles=a:any,b:any,c:any look=recovery w=2
a: Two years clean from self-harm today. | A year ago I was in a really dark place, today I got my first job. | Posting for anyone who's where I was.
a+: What helped: telling my GP, a counsellor I actually liked, and friends who kept texting even when I didn't reply. | It wasn't a straight line. There were bad weeks. But they pass. | If you're struggling, please tell one person today.
b: this is so good to read | proud of you stranger 💛 | saving this
c?0.6: 8 months for me, thank you for this | you give me hope

== dark_meme kind=benign reg=group roles=a:teen,b:teen look=hyperbole
a: me walking into {exam} with zero revision 🪦 | "how are you" me: 💀 | monday morning be like ⚰️
b: real | why is this me | 😭😭😭
a: we're cooked | pray for me | see u on the other side lol
b?0.6: we'll pass, we always do | group revision tomorrow?

== sad_lyrics kind=benign reg=dm roles=a:teen,b:teen look=lyrics
a: "and if i go, will anybody notice" this song has me in my feelings | this lyric 😭 "i'm fading out, don't wait up" | new song on repeat: "tell me why i stay when everybody leaves"
b: omg that song | ok i'm crying now | album of the year
a: the bridge tho | seeing them live in june!! | they never miss
b?0.6: send me the playlist | same

== first_aid_course kind=benign reg=group roles=t:adult,a:adult,b:adult look=news
t: reminder: mental health first aid course is saturday 9-4 at the rugby club | saturday's course covers how to ask someone directly if they're thinking about suicide | bring a packed lunch for the mental health first aid day
a: signed up | is it free for members? | will there be a certificate
t: yes free, and you get a certificate | the research is clear: asking directly doesn't put the idea in someone's head | we'll practise the conversation in pairs
b?0.6: good stuff, more clubs should do this

== celebrity_news kind=benign reg=comment roles=a:any,b:any,c:any look=news
a: so sad about the singer who died, he was only 32 | can't believe the news this morning, rip | the family have asked for privacy
b: his music got me through school | rip legend 🕊️ | the article said he'd been struggling for years
c: if you're struggling please reach out, samaritans 116 123 | talk to someone, it helps | thinking of his family
a?0.6: playing his album all day

== exam_dead kind=benign reg=dm roles=a:young,b:young look=hyperbole
a: {exam} tomorrow and i know nothing i'm dead | i want to die this revision is killing me | aiyo i'm so finished lah
b: same same | we're all dead | nah u know more than u think
a: can we revise together | ok calling u | kill me now lol
b: yes library 10am | bring snacks | ok see u
a?0.6: ok ty | 👍

# ---------------------------------------------------------------- look-alikes added after arm E (session 21)
# Every register a risky script uses needs a benign scenario in that register: arm E's
# validation diagnostic showed the anonymous question box had become a bullying cue on its
# own (only bullying scripts used it), and talk *about* bullying had no look-alike.
== anon_box_kind kind=benign reg=comment roles=a:teen,q:any look=comment_criticism w=2
q: anonymous: ur so pretty omg | anonymous: what's ur fav {group} song | anonymous: who's ur crush 👀
a: answered: aw stop 🥺 | answered: too many to pick lol | answered: not telling 🤐
q: anonymous: rate ur day out of 10 | anonymous: ur art is so good, do u take requests | anonymous: be honest, pineapple on pizza?
a: answered: 8, got {food} 😋 | answered: yes!! dm me | answered: yes and i'm not sorry
q?0.6: anonymous: ur one of the nicest people in our year fr | anonymous: good luck in {exam} 🍀
a?0.5: answered: whoever this is ily 💜

== parents_bullying_advice kind=benign reg=group roles=a:parent,b:parent,c:parent look=news w=2
a: advice please. my daughter says the other girls made a group chat without her and she's been in tears | my son keeps getting left out of the lunch table and says nobody talks to him | our lad says someone's been sending him nasty anonymous messages
b: that's so hard, sorry hun | poor thing | oh no, how old is she?
c: talk to the school first, they have an anti-bullying policy they have to follow | screenshot everything before anything gets deleted | we went through this in year 8, the head of year was brilliant
a: thank you, i'll ring them in the morning | she doesn't want me to make a fuss | i've got the screenshots saved
b?0.6: tell her it's not her fault | cwtch for her from us
"""
