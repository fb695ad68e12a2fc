"""Writer "fern" (a train supplement), written in session 28: twins in other people's words.

Why it exists: session 27's minimal pairs (``linden``) lifted the ranking on all three
writers no model reads, in every category, and did not move the benign side; each unseen
writer still has one category whose look-alikes flag at three times its share of the
budget, and the category differs by writer. This writer adds more twins, in registers and
spaces no train writer has, and on surfaces ``linden`` does not cover: a goodbye that is a
move abroad, a last post that is a social-media break, "kms" that resets a speedrun, a
giveaway before university, a victim quoting the insults to a moderator, a parent asking
other parents what to do, a heated football argument, fair feedback at work, a grandad's
secret pocket money, a neighbour's paid dog-walking arranged with the mum in the chat.

Brief: Scottish English ("wee", "aye", "ken", "dinnae", "how's it gaun", "numpty",
"messages" for shopping), Northern English ("our kid", "nowt", "summat", "mardy", "ta",
"love"), Jamaican and Caribbean English ("wah gwaan", "mi deh yah", "bredda", "yute",
"soon come", "likkle"), Nigerian English ("abeg", "wahala", "o", "na wa", "how far",
"e go be"), South African English ("howzit", "lekker", "eish", "now now", "braai",
"shame" as sympathy), Canadian English ("eh", "double-double", "toque", "timmies"), and
older adults who write in full sentences and sign off. Spaces: a block-building game's
server, a five-a-side team chat, a workplace Slack, a small streamer's chat, a school
project group, a neighbourhood Facebook group, a knitting forum, a peer-support forum.

Written from ``DOMAIN.md``'s lists and this package's format without reading any other
writer's scenarios, and without the openings the test brief names (homework help, a
modelling agency, a sports coach). Non-graphic: grooming shows the behaviour in the words
a moderator would quote; self-harm is a thought, a disclosure or a goodbye, never a
method; adults' flirting is plain and declared.
"""

NAME = "fern"

HANDLES = (
    "wee_morag", "callum_b", "ailsa", "fraser.j", "kirsty_x", "big_davie", "our_kid", "jodie_m", "liam.h",
    "mardy_megan", "nana_pat", "grandad_ron", "shanice", "dwayne_j", "tajay", "kemoy", "aaliyah.b",
    "chidi", "ngozi_o", "emeka", "tolu.a", "funmi", "bongani", "thandi_k", "pieter", "lerato", "jaco_v",
    "tyler_on", "mackenzie", "brayden", "hailey.r", "blockbuilder", "redstone_rik", "creeper_kid",
    "fives_fc", "keeper_kyle", "slack_bot", "ops_jen", "streamer_sol", "mod_nina", "yarn_over",
    "purl_jean", "hillside_mum", "peer_space", "kettle_on",
)

LEXICON = {
    "block": ("the block game", "the survival server", "the creative server", "the smp", "skyblock"),
    "place": ("glasgow", "leeds", "kingston", "lagos", "durban", "winnipeg", "the estate", "up the road"),
    "snack": ("a pie supper", "chips and curry sauce", "jollof", "a bunny chow", "poutine", "a double-double"),
    "item": ("diamond armour", "builder rank", "a netherite sword", "vip perms", "a custom skin", "a gift sub"),
    "app": ("snap", "whatsapp", "telegram", "discord", "insta"),
    "team": ("celtic", "leeds", "arsenal", "the chiefs", "the leafs", "the super eagles"),
    "craft": ("the cable jumper", "the sock heel", "a granny square blanket", "the fair isle hat"),
    "job": ("the q3 report", "the client deck", "the rota", "the invoice run", "the handover notes"),
    "uni": ("toronto", "manchester", "edinburgh", "cape town", "uwi"),
    "song": ("that sad song", "the last track", "the new album", "that old hymn"),
}

INTERLUDES = r"""
== i_scot kind=benign reg=dm roles=x:any,y:any
x: how's it gaun | ye up the town later? | need anything from the messages?
y: no bad, you? | aye after 5 | milk ta
x?0.6: sound | 👍 | ok
== i_north kind=benign reg=dm roles=x:any,y:any
x: ey up, you alright | fancy {snack} later | bus is late again
y: not bad ta | go on then | typical
x?0.5: sorted | 😂
== i_jam kind=benign reg=dm roles=x:any,y:any
x: wah gwaan | yuh reach home? | soon come
y: mi deh yah | yeah man | ok cool
x?0.5: bless | 👍🏾
== i_ng kind=benign reg=dm roles=x:any,y:any
x: how far | abeg where you dey | na wa for this traffic o
y: i dey o | on my way | e go be
x?0.5: ok o | 😂
== i_za kind=benign reg=dm roles=x:any,y:any
x: howzit | braai on saturday? | eish the load shedding
y: lekker | ja i'll come | shame man
x?0.5: now now | cool
== i_ca kind=benign reg=dm roles=x:any,y:any
x: timmies run? | grab me a double-double | cold out eh
y: ya | on it | brutal
x?0.5: ty | 🥶
"""

SCRIPT = r"""
# ================================================================ grooming: risky scripts
== groom_block_server_owner kind=grooming reg=dm roles=a:groomer,t:target w=2
a: saw ur build on {block}, its class | who taught u redstone like that | ur castle is the best thing on the server
t: thx!! | i watched videos | lol ty
a: i run the server, could give u {item} | want to be a builder on my private world? | i can make u staff if u want
t: yes pls | really?? | omg yes
...
{
a: how old are u anyway @g2 | how old r u btw, u build like a pro @g2
t: {age_t} | {age_t} lol | im {age_t}
|
a: what school u at, ur on late for a school night @g2 | what year r u in @g2
t: year {n} | im in year {n}, its fine | year {n} lol
|
a: do ur parents let u play this late @g2 | ur parents dont mind u on this late? @g2
t: they dont really check | not really lol | my mum's asleep
}
a: ur way smarter than the adults on here honestly @g1 | ur more mature than my mates @g1
t: lol | thanks | idk
--
a: dont tell the other staff i gave u perms, theyll say its unfair @g3 | keep the private world our secret ok @g3 | if ur mum asks just say ur playing with friends @g3
t: ok | why | sure
a: gave u {item}, dont say where u got it @g4 | i paid for ur rank, u owe me one 😉 @g4
{
t: thank u!! | ur the best
a: come in voice later, when everyones asleep @g3 | get on call after 11, just us @g3
t?0.7: i cant my mum hears | ok | maybe
|
t: i dont want it if its a secret | my mum says i shouldnt take stuff
a: suit yourself, thought u were mature @g1 | fine, ill give it to someone who appreciates it @g4
}
a: send us a pic of u, i want to see who im building with @g6 | u got a selfie? just for me @g6 | do u have a boyfriend @g5
{
t: no | nah | thats weird
a: after all i did? @g4 | wow ok. ill take ur rank back then @g4
t?0.6: im telling my brother | fine take it | stop
|
t: maybe | ok one
a: add me on {app}, the server logs dms @g7 | theres a convention in {place} next month, i could take u @g7
}

== groom_stream_regular kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey saw u in chat, ur funny | ur always in the stream lol | hey, gifted u a sub earlier
t: oh ty!! | lol hi | that was u??
a: no worries, u deserve it | ur the best chatter there | just being nice
...
{
a: how old r u if u dont mind @g2 | u sound young lol, how old r u @g2
t: {age_t} | {age_t}, whys that | im {age_t}
a: cool cool, age doesnt matter to me @g1 | ur mature for {age_t} tbh @g1 | u dont seem {age_t} @g1
|
a: r u in school still @g2 | u still at school? @g2
t: yeah year {n} | ya, year {n} | yeah 🙄
a: cool cool, age doesnt matter to me @g1 | u seem older tbh @g1
}
--
a: ur parents know ur on twitch? @g2 | do they check who u talk to @g2
t: not really | they dont get it | my dad does sometimes
a: better not mention me then, adults get weird about online friends @g3 | lets keep our chats private ok @g3
t: ok | i guess | why would they be weird
a: got u {item} again 🎁 @g4 | want me to buy u the game ur saving for @g4
t?0.7: u dont have to!! | omg thank u | really?
a: u should send a pic of ur outfit for the stream meetup @g6 | do u ever send pics to people @g5 | u ever kissed anyone @g5
{
t: no | thats personal | i dont do that
a: relax its just a question @g3 | ok sorry, u just seem grown up @g1
t?0.6: ok | i have to go | my dad is calling me
|
t: sometimes | idk
a: lets go on {app}, its more private @g7 | im in {place} for the meetup, u should come alone @g7
}

== groom_neighbour_jobs kind=grooming reg=dm roles=a:groomer,t:target
a: hi it's {name_a} from no. {n}, saw your post about dog walking | hiya, you're the one who walks dogs on our street? | hello, i got your number from the estate page
t: hi yes! | yes £5 a walk | hi
a: brilliant, i'll give you double that, you're clearly a grafter @g4 | i'll pay you £20, don't tell your mam it's that much @g3 | i'll pay extra, our secret @g3
t: omg thanks | ok | is that ok
{
a: how old are you pet @g2 | how old are you now, you look older @g2
t: {age_t} | i'm {age_t}
|
a: what year are you in at the high school @g2
t: year {n} | year {n}, why
}
a: are your mam and dad home after school @g2 | is anyone in when you get home @g2
t: no they work till 6 | my brother sometimes | not till 6
a: you're very grown up for your age @g1 | you can come in for juice after the walk, it's no bother @g7
--
{
t: my mum said i have to text her when im at someones house | i'll ask my mum
a: no need to bother her for a wee juice @g3 | she'll only worry, she doesn't have to know @g3
t?0.7: i think i should tell her | ok... | idk
|
t: ok | sure
a: you're a lovely girl, do you have a boyfriend @g5 | send me a photo of you with the dog for my fridge @g6
}

== groom_stranger_howzit kind=grooming reg=stranger roles=a:groomer,t:target
a: howzit | asl | hi, m here
t: {age_t} f {place} | f {age_t} | {age_t}
a: 17 m too | same lol 17 | ha cool, im 17
t: ok | cool | nice
...
a: ok honestly im 2{n}, but age is just a number @g1 | tbh im older, dont freak out, ur really mature @g1
{
t: bye | ew thats gross | why did u lie
|
t: oh | lol ok | thats old
a: ur home alone? @g2 | what r u wearing @g5 | do ur parents check ur phone @g2
t?0.7: ya | no | idk
a: add me on {app}, this site deletes chats @g7 | send me a pic on {app} @g6 | dont tell ur friends about me, they'll be jealous @g3
}

# ================================================================ grooming: look-alikes
== block_server_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: ur build is unreal | who did the lighthouse on spawn, was that u | nice base
b: ha ty | it took three weekends | yeah that was me
...
a: random but how old are u, i'm {age_a} and everyone here is 12 lol | r u an adult? the kids on here make me feel ancient
b: {age_b}, thank god another adult | {age_b} lol, work in a call centre | {age_b}, nurse, i play after nights
a: finally | ha same
--
a: is it weird that i look forward to logging on to chat to u | i think i fancy u a wee bit 😳 | ur honestly the best bit of my day
b: not weird, same | 😳 stop | ha i was hoping u'd say that
a?0.8: fancy a drink irl? ur in {place} right | want to move to {app}? | i'd like to take u on a proper date
b: yes! somewhere public first | go on then | aye
a?0.6: don't tell the server, they'll never let us live it down | ha our secret

== block_server_teens kind=benign reg=group roles=a:teen,b:teen,c:teen look=peer_age w=2
a: who wants to build a town | anyone on {block} | ok whos griefing my house
b: me | not me!! | lol it was a creeper
a: how old is everyone here | wait what year r u all | u sound young lol
b: {age_b} | year {n} | {age_b}, u?
c: {age_c} | same | im {age_c} lol
a: gave u {item} for helping | take this {item} i have two
c: ty!! | legend
b?0.7: my mum says offline at 9 | gtg tea | same my dad takes the ipad

== neighbour_job_with_mum kind=benign reg=group roles=a:adult,m:parent,t:teen look=trusted_adult
a: hi both, it's {name_a} from no. {n}, saw the dog walking post | hello, is {name_t} still walking dogs?
m: hiya, yes she is | hi yes, i'm her mum
a: great, £8 a walk ok? i'm at work so i'll leave the key with your mum | 4pm weekdays if that suits
t: yes! | ok thanks
m: perfect, she'll text me when she's done | that's lovely, thanks {name_a}
a: no bother. i'll pay your mum at the end of the week | ta, biscuit will be delighted 🐶
a?0.6: i'm away the 12th so no walk that day | happy christmas, there's a wee tip in the card

== grandad_pocket_money kind=benign reg=dm roles=g:parent,k:kid look=family_secret
g: Hello pet, it's Grandad. Nana showed me how to use this. | Hello love. Grandad here, is this working?
k: hi grandad!! | yes it works lol | hiii
g: I've put a wee bit extra in your birthday card. Don't tell your mam, she says I spoil you. | There is some pocket money in your coat for the fair. Our secret, mind.
k: thank you!!! | i wont tell | ur the best
g: I'll pick you up from school on Friday, your dad knows. | Your mam says I can take you to the football on Saturday.
k: yessss | can we get chips | ok!!
g: Of course. Love, Grandad. | Be good for your mam. Grandad x

== stream_mod_team kind=benign reg=group roles=s:adult,m:teen,n:young look=trusted_adult
s: mods, new schedule is up | thanks for modding last night all | reminder: stream's at 7 tomorrow
n: 👍 | got it | no worries
m: can i mod saturday | i'll be on till 9
s: ya, just check ur parents are ok with it, u have to be 13+ for the mod team | sure, same rules as always
m: mum said fine | yep they know
s: cool. keep the surprise for {name_n}'s birthday stream secret lol | don't tell chat about the giveaway yet
n: 😂 | my lips are sealed
s?0.6: ty team | ur all legends

== teen_long_distance kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: good morning from {place} lol | its 3am here how r u up | miss u
b: hii | cant sleep | miss u too
a: ur {age_b} right, when's ur birthday | my mum asked how old u are lol | wait how old r u again, my nan asked
b: {age_b}, same as u basically | march! | tell her {age_b} 😂
...
a: dont tell ur sister we stayed up till 2 | can we keep it quiet that we're dating, my dad's weird about it
b: ok | 🤐 | she knows lol
a?0.7: send a selfie i miss ur face | my mum said we can meet at the convention if ur mum comes too
b: 😊 | ok! | omg yes

== workplace_secret_santa kind=benign reg=group roles=a:adult,b:adult,c:adult look=family_secret
a: secret santa names are out! | check your dms for your secret santa | £15 limit this year folks
b: got mine | oh no i know nothing about this person | 👀
c: don't tell anyone who you got!! | shh it's a secret | no hints
a: drop the gifts in the box by friday, no names | party is the 19th, no peeking
b?0.6: ha | noted | on it

# ================================================================ bullying: risky scripts
== bully_fives_team kind=bullying reg=group roles=a:teen,b:teen,c:teen,v:teen w=2
a: team for saturday | who's in for fives | need 5 for sat
v: i'm in | me! | can i play
a: we're full @be | no chance, we want to win this time @be | don't bother coming @be
b: 😂 | bench for u lol | imagine picking {name_v}
c: look at him trying to run in that clip 🐷 @bh | someone sent me his miss lmao, sending to the year group @bh | fat boy can't even see the ball @bi
v: thats not funny | i was injured | stop sending it
a: cry more @bi | no one wants u in the team, get the hint @be | even the keeper laughed at u @bi
b?0.7: everyone's seen it now 😂 @bh | left u out of the new chat btw @be
v?0.6: ok | whatever | im leaving the team

== bully_slack_manager kind=bullying reg=group roles=m:adult,b:adult,c:adult,v:adult w=2
m: who did {job}? | {job} is a mess | {name_v} this is yours isn't it
v: yes, sorry, i'll fix it | i followed the template | i can redo it today
m: honestly a child could do better @bi | do you even know what a spreadsheet is @bi | not surprised, as usual @bi
b: 😬 | 😂 | 💀
m: everyone, don't give {name_v} anything important till further notice @be | we'll leave you off the client call, easier for everyone @be
c: lol the typo in slide 2 is going round the office @bh | someone printed it for the kitchen wall 😂 @bh
v: can we talk about this privately | this is humiliating | i'm going to HR
m?0.7: go ahead, see where that gets you @bt | maybe this job isn't for you @bi

== bully_stream_raid kind=bullying reg=comment roles=a:young,b:young,c:teen,v:young w=2
v: hi chat! welcome in | thanks for the follow!! | going live with {block}
a: why are u so ugly @bi | cringe streamer lmao @bi | turn the cam off nobody wants that @bi
b: 0 viewers for a reason @bi | quit streaming, ur embarrassing @bi | clipping this for the cringe compilation @bh
c: 😂😂 | L | ratio
v: please be nice | mods? | i'm just trying to have fun
a: no one would care if u disappeared @bk | just kys already @bk | go cry to ur mum @bi
b?0.7: everyone raid her discord too @bt | we know ur real name btw @bd
v?0.6: ending stream | ok bye | why

== bully_project_group kind=bullying reg=group roles=a:teen,b:teen,c:teen,v:teen
v: hi i did the slides for my part | i can do the intro | when are we meeting
a: we made a new group without u @be | we already did ur part, dont need u @be | u can just not come @be
b: say something in ur accent again lol @bi | "i did ze slides" 😂 @bi | she talks like a robot @bi
c: 😂 | lmao | stop 😂
v: thats not fair | why are you doing this | i'll tell the teacher
a: go on, tell miss, see what happens @bt | everyone already thinks ur weird @bi
v?0.7: fine | ok | i did nothing to you

== bully_fake_account kind=bullying reg=group roles=a:young,b:young,v:young
a: lol someone made a {name_v} fan account 💀 @bh | have u seen the fake {name_v} page @bh
b: i did it 😂 @bh | posting her old pics on it rn @bh | "hi im {name_v} and i love myself" lmao @bh
v: take it down | this isnt funny | i've reported it
b: or what @bt | report it all u want, i'll make another @bt | i'll post ur address next @bd
a?0.7: everyone's following it @bh | ur famous now @bi
v?0.6: please | i'm calling my dad | im going to the police

== bully_knitting_forum kind=bullying reg=comment roles=a:adult,b:adult,v:adult
v: Finished {craft} at last, pattern notes below. | Here is my {craft}, first time trying it. | Pattern link in my profile for anyone who wants it.
a: Stolen pattern again. Everyone block her. @be | You've been told to leave this group. @be | Fraud. Report her shop. @bi
b: Agreed. She's a liar and a thief. @bi | Ugly work anyway. @bi | She does this everywhere, ignore her. @be
v: The pattern is my own design, I have the drafts. | Please stop, this has been going on for months.
a: We know which town you live in, don't forget that. @bd | Keep posting and see what happens. @bt | Post your address so we can return your rubbish. @bd
v?0.7: I'm reporting this to the admins. | I've saved everything. | I'm leaving the group.

# ================================================================ bullying: look-alikes
== fives_banter kind=benign reg=group roles=a:young,b:young,c:young,d:young look=gaming_banter w=2
a: shocking finishing tonight lads | who let {name_d} take the penalty 😂 | that was a mare
b: my granny could've scored that | ur shooting is a crime | {name_d} u absolute numpty
d: the ball had a puncture | ha fair | i'll get u next week
c: still won 6-4 tho | pints after? | {snack}?
d: aye go on | first round's on the numpty | lol deserved
a?0.6: same time next week | love u boys

== slack_fair_feedback kind=benign reg=dm roles=m:adult,v:adult look=workplace_banter
m: hey, got a minute about {job}? | quick one about {job}, no stress
v: sure | yes of course
m: a couple of the numbers were off, let's go through them together | the structure's good, slide 4 needs the new figures
v: oh sorry, i'll fix them | thanks for catching that
m: no worries, happens to everyone | you're doing well for three months in, honestly
v?0.6: thanks, that helps | 🙏

== stream_friendly_roast kind=benign reg=comment roles=s:young,a:young,b:young look=roast
s: ok chat, roast my setup, i deserve it | rate my aim 1-10 | be honest how bad was that
a: ur aim is a war crime 😂 | 2/10 and the 2 is for the cat | that cable management is a cry for help
b: my nan plays better | ur chair is held together with hope | L streamer (love u)
s: 😂 fair | rude but true | ok that's it, banning all of u (jk)
a?0.6: gg tho | love the stream | <3

== report_to_mod kind=benign reg=dm roles=v:teen,m:adult look=support
v: hi, can i report someone | are you a mod? | i need help with someone in the server
m: yes, what's going on? | of course, tell me what happened | hi, i'm a mod, go ahead
v: he keeps calling me a fat loser in general | they made a group to laugh at me and said nobody wants me there | he said he'd post my address
m: i'm sorry, that's not ok. can you send screenshots? | thanks for telling us. we'll remove them now
v: sent | ok here | i have them
m: they're banned. if it happens again message me straight away | done, they're gone. are you ok? you can talk to a trusted adult too
v?0.7: thank you | ok | thanks so much

== parents_bullying_advice kind=benign reg=group roles=a:parent,b:parent,c:parent look=support
a: Can I ask for advice. My son's being called names at school and won't tell the teacher. | My daughter came home crying, someone's been saying she's ugly in a group chat.
b: So sorry. We went straight to the head of year, they were brilliant. | Screenshot everything first, then the school.
c: Keep talking to him, don't make him feel he's in trouble. | Shame man, poor thing. Ask the school about their anti-bullying policy.
a: Thank you, I'll ring them tomorrow. | That helps, thank you all.
b?0.6: Let us know how it goes x | Big hugs to her x

== football_argument kind=benign reg=comment roles=a:adult,b:adult,c:adult look=comment_criticism w=2
a: {team} will win the league, easy | best midfield in the league | sack the manager
b: worst take i've read all day | you clearly haven't watched them this season | mate that midfield is made of glass
a: they were robbed on sunday | stats say otherwise | ok then explain the goal difference
c: both of you are mad | this argument again 😂 | can we talk about the ref instead
b?0.7: fair enough, see you in may | agree to disagree | we'll see

== chippy_review kind=benign reg=comment roles=a:adult,b:adult,o:adult look=comment_criticism
a: Worst chippy in {place}. Cold chips and the staff were rude. | Waited an hour for {snack}. Never again.
b: Went last week and it was fine, maybe an off night? | Agree, it's gone downhill since it changed hands.
o: Sorry about this. Please message us and we'll sort a refund. | Owner here, we were two staff down on Friday, sorry.
a?0.7: Thanks, will do. | Appreciate the reply.

== friends_apology kind=benign reg=dm roles=a:teen,b:teen look=reconciliation
a: sorry i called u a numpty in front of everyone | hey about yesterday, i'm sorry | i was out of order at lunch
b: it's ok | it was a bit much tbh | ya it hurt a bit
a: i was in a mood, not ur fault | u didn't deserve that | i'll say sorry in the group too
b: thanks | ok we're good | 🙂
a?0.6: {snack} on me after school | still on for saturday?

# ================================================================ self-harm: risky scripts
== sh_widower_forum kind=self_harm reg=post roles=p:parent,r:adult,s:adult
p: It's eight months since my wife passed. I used to post my {craft} here with her. | I haven't posted since my husband died in spring.
p+: I don't see the point in going on without her. @si | Some nights I think I'd rather not wake up. @si | The house is too quiet and I don't want to be here any more. @si
p+: I haven't told my son, he has enough on. | I'm sorry to put this on strangers.
r: I'm so sorry. Please ring your GP or Samaritans tonight, you don't have to carry this alone. | Thank you for telling us. Are you safe right now?
p: I'm safe tonight. | I don't know. | I'll think about it.
s: Would you let us help you tell your son? | Please ring someone now, we'll be here too.
p?0.7: Thank you. I'll try. | Maybe tomorrow. | You're kind.

== sh_server_giveaway kind=self_harm reg=group roles=v:teen,a:teen,b:teen w=2
v: giving away all my stuff on {block} | who wants my {item} | take my base, i dont need it
a: wait why | u love that base | ???
v: i wont be playing anymore @sf | just want u to have it, ur good friends @sf | tell everyone bye from me @sf
b: u quitting? | whats going on | ur scaring me a bit
v: i dont want to be alive anymore @si | im just done with everything @si | everyone would be better without me @si
a: pls dont, can i ring u | im telling my mum so she can ring ur mum | were getting someone rn
v?0.7: dont | sorry | ok

== sh_last_post kind=self_harm reg=post roles=p:young,r:young,s:any
p: this is my last post. thank you to the few of you who were kind. @sf | i wanted to say goodbye properly to this account. @sf
p+: i've made up my mind and tonight is the night. @sp | i'm not going to be here after this weekend. @sp | i can't keep going like this and i've decided. @sp
r: please don't, are you still here? message me | please call a crisis line right now | i'm reporting this so someone can reach you, i care
s: we're here, please reply | anyone know them irl?
p?0.6: i'm sorry | it's ok | thank you

== sh_tired_of_living_dm kind=self_harm reg=dm roles=v:young,f:young
v: yuh deh? | can i talk to yuh | mi cyaan sleep again
f: yeah man | wah gwaan | mi deh yah, talk
v: mi tired of living fi real @si | nobody would notice if mi gone @si | sometimes mi think bout ending it @si
f: mi glad yuh tell me. yuh safe right now? | mi notice, and mi care | mi coming round
v: mi safe tonight | mi nuh know | likkle bit
f: let we talk to somebody tomorrow, mi come with yuh | yuh want mi call the helpline with yuh
v?0.7: ok | maybe | thanks bredda

== sh_burden_post kind=self_harm reg=post roles=p:young,r:any
p: abeg i need to talk. my family spent everything on my school fees and i failed again. | i don't know who else to tell, i failed my exams again.
p+: i feel like a burden to everyone. they'd be better off without me. @si | i've been thinking of ending it. @si | sometimes i wish i could just sleep and not wake up. @si
r: please talk to someone today, a counsellor or a helpline | you are not a burden, failing an exam doesn't make you worth less | are you safe right now? please reply
p?0.7: thank you | i'm scared to tell them | i'll try

== sh_selfinjury_dm_scot kind=self_harm reg=dm roles=v:teen,f:teen
v: can i tell ye something | ye promise ye'll no freak | ken how i've been quiet
f: aye course | what's up | i promise
v: i've been hurting myself again @sj | i did it again last night @sj | i've been hurting myself when it gets bad @sj
f: thanks for telling me, i'm no angry | are ye ok right now | i'm here
v: aye kind of | i hid it from my mum | i don't know
f: will ye let me come wi ye to guidance tomorrow | can we tell someone, i'll come wi ye
v?0.7: maybe | ok | aye

# ================================================================ self-harm: look-alikes
== moving_abroad_giveaway kind=benign reg=group roles=v:young,a:young,b:young look=farewell_lookalike w=2
v: giving away all my stuff before i go | who wants my {item} and my desk | free to a good home: my whole room basically
a: wait where are you going | you leaving?? | mine!!
v: moving to {uni} for uni on the 20th!! | got in at {uni}, flight's booked | won't need any of it over there
b: omg congrats | proud of you | we'll miss you
v: goodbye party friday, everyone come | thank you for being the best friends, i mean it | tell everyone bye from me, i'll visit at christmas
a?0.7: we'll video call every week | not crying you're crying | bring us back {snack}

== leaving_social_post kind=benign reg=post roles=p:young,r:any look=farewell_lookalike
p: this is my last post for a while. deleting the app till exams are done. | goodbye for now, i'm taking a break from socials.
p+: my screen time was 9 hours a day and i need my brain back. | if you need me, text me like it's 2005.
r: good for you! | see you in june | proud of you, i need to do this too
p?0.6: bye for now ✌️ | wish me luck

== speedrun_reset kind=benign reg=group roles=a:teen,b:teen,c:teen look=gaming_banter w=2
a: died to the boss 40 times 💀 | this boss hates me | the final boss is killing me
b: just kms to reset the run | kill yourself on the spikes, it's faster than walking back | reset and skip the cutscene
a: ok killing myself on the lava to respawn | ok resetting | fine i'll jump off
c: lmao the fastest way is literally dying | world record does it too
a: NEW PB | finally beat it | 23 minutes lets go
b?0.6: gg | ez | 🎉

== gym_dying kind=benign reg=dm roles=a:young,b:young look=hyperbole
a: leg day killed me | i'm dead. can't feel my legs | i want to die, who invented squats
b: 😂 | rip | told u to stretch
a: can't climb the stairs lol | i'm never walking again
b: same time thursday? | {snack} to recover
a?0.6: obviously | i'll live

== wedding_dont_want_to_be_here kind=benign reg=dm roles=a:adult,b:adult look=hyperbole
a: i don't want to be here anymore 😭 this work do is endless | kill me now, the speeches are on hour two | get me out of here
b: 😂 fake an emergency | same, i'm hiding in the loos | 10 more minutes
a: ringing u in 5, pretend it's the babysitter | i'm leaving after the cake
b: deal | 😂 lifesaver

== peer_support_recovery kind=benign reg=post roles=p:adult,r:adult,s:any look=recovery
p: Checking in. Six months since I last felt like giving up, and I wanted to say it gets better. | A year ago I posted here at my lowest. Today I'm back at work.
p+: Therapy, a good GP and my dog did the heavy lifting. | I still have bad days, but I ring someone now instead of hiding.
r: This is so good to read. | Proud of you, stranger. | Thank you, I needed this today.
s?0.7: How did you find a therapist? | Did you tell your family?
p?0.6: Through my GP, it took a while but worth it. | Eventually, yes. Be gentle with yourself.

== book_club_character kind=benign reg=group roles=a:adult,b:adult,c:parent look=fiction
a: finished the book. that ending!! | did anyone else cry at chapter 20 | ok who's read to the end
b: when she decides she can't go on i had to put it down | the bit where he writes the goodbye letter wrecked me
c: i thought the author handled it gently | the helpline in the afterword was a nice touch
a: next month something lighter please | {snack} at mine on the 3rd?
b?0.6: seconded | yes!

== helpline_awareness kind=benign reg=post roles=p:adult,r:any look=news
p: It's mental health awareness week. If you're struggling, the helpline is open 24/7 and free. | Reminder: check on your friends this week. Struggling isn't weakness.
p+: Talking saved my brother's life. Please share. | Our community centre has free drop-in on Tuesdays.
r: sharing ❤️ | thank you for this | done
p?0.6: Look after each other. | x

# ================================================================ both: bullying then the target
== bully_project_then_ideation kind=bullying+self_harm reg=dm roles=b:teen,v:teen,f:teen
b: everyone's copying ur voice note lol @bh | nobody wants u in the group @be | ur so weird, just leave school @bi
v: stop | leave me alone | why
--
v: they've made a group to laugh at me | everyone's seen the voice note | i cant go back
f: i saw, they're horrible | i reported it | ignore them, they're idiots
v: maybe everyone would be better off if i wasnt here @si | i dont want to wake up tomorrow @si | i keep thinking i should just disappear @si
f: please dont say that, can i tell my mum | i'm ringing u now | can we tell guidance together tomorrow
v?0.7: ok | dont tell anyone | idk
"""
