"""Writer "linden" (a train supplement), written in session 27: minimal pairs.

Why it exists: on four writers no model is trained on, the same model flags between
0.15% and 2.2% of their benign conversations (session 26), and which category fails
changes from writer to writer. No threshold read off the train writers anticipates a
new writer's look-alikes, so this writer adds look-alikes to training, and writes each
one as the twin of a risky script: the same surface (an age question, a secret, a gift,
a late call, "i want to die", an insult) with and without the conjunction that makes
it a risk (an adult and a minor and a trajectory; a target and a crowd; a person and a
plan). It covers all three categories, because the failing one moves.

Brief: Australian and New Zealand English ("arvo", "heaps", "reckon", "keen", "sweet as",
"servo", "brekkie", "yeah nah", "chur"), Irish English ("grand", "the craic", "your man",
"gas", "eejit", "yer one"), Filipino English and Taglish ("po", "grabe", "hala", "sige",
"charot", "ate", "kuya"), Indian English and Hinglish ("yaar", "na", "bhai", "arre",
"only", "kya scene"), and the US South ("y'all", "fixin to"). Spaces: a language-exchange
app, a rhythm game's Discord, a church youth group, a night-shift nurses' group chat, a
fan-fiction site's comments, a family group with cousins abroad, a dating app, a uni
forum, a stranger-chat site, a ferry-town community page.

Written from ``DOMAIN.md``'s lists without reading any other writer's scenarios (their
format and this package's tests only), and without the openings the test brief names
(homework help, a modelling agency, a sports coach). Non-graphic: grooming shows the
behaviour in the words a moderator would quote; self-harm is a thought, a disclosure or
a goodbye, never a method; adults' flirting is plain and declared.
"""

NAME = "linden"

HANDLES = (
    "bree_k", "jarrah", "tane.w", "aroha", "kiri_", "mitch_o", "shazza", "lachie", "siobhan", "cian_b",
    "aoife.m", "dara", "niamh_x", "ronan", "joy_c", "kuya_ben", "ate_mae", "jhun", "pia.reyes", "carlo_d",
    "aarav", "ishita", "rohan.k", "meera_s", "kabir", "tanvi", "bubba_lee", "mary.beth", "darnell",
    "kaylee_jo", "beatsaber_bri", "osu_owl", "taikodrum", "notechart", "pastor_glen", "youthgroup_amy",
    "nightnurse_kel", "ward7_tash", "fic_writer_em", "quill_and_ink", "ferrytown_news", "lang_partner_jun",
    "hello_talker", "polyglot_pete", "swipe_sam", "coffee_and_cats",
)

LEXICON = {
    "game": ("beat saber", "osu", "taiko", "the rhythm game", "project diva", "the ranked lobby"),
    "town": ("fremantle", "galway", "cebu", "pune", "dunedin", "tamworth", "the ferry town"),
    "lang": ("english", "spanish", "japanese", "korean", "tagalog", "french"),
    "food": ("a sausage sizzle", "adobo", "chips and gravy", "pav bhaji", "a meat pie from the servo", "biscuits and gravy"),
    "show": ("the new season", "the finale", "that anime", "bluey", "the eurovision final"),
    "gift": ("a gift card", "a new skin", "battle pass", "a song pack", "robux", "a steam voucher"),
    "app": ("snap", "whatsapp", "telegram", "discord", "insta"),
    "fandom": ("the dragon fic", "the hockey au", "the space opera fic", "chapter 12"),
    "pet": ("biscuit", "our old dog", "my cat mango", "the budgie"),
    "band": ("the cure", "phoebe bridgers", "linkin park", "mitski", "radiohead"),
    "shift": ("night shift", "the double", "the 12 hour", "the weekend nights"),
}

INTERLUDES = r"""
== i_aus kind=benign reg=dm roles=x:any,y:any
x: keen for the arvo? | reckon it'll rain | grabbing brekkie at the servo
y: yeah nah maybe | heaps keen | sweet as
x?0.6: chur | 👍 | no worries
== i_irl kind=benign reg=dm roles=x:any,y:any
x: what's the craic | are you around later | the bus is gone again
y: grand, you? | ya after 6 | typical
x?0.5: sound | gas 😂
== i_ph kind=benign reg=dm roles=x:any,y:any
x: kain tayo later? | sige after class | grabe the traffic
y: sige po | ok ok | hala same
x?0.5: ingat! | 😂
== i_in kind=benign reg=dm roles=x:any,y:any
x: arre where are you yaar | kya scene tonight | did you eat
y: on the way only | nothing much na | ya ya
x?0.5: ok bhai | 👍
"""

SCRIPT = r"""
# ================================================================ grooming: risky scripts
== groom_lang_exchange kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hi! saw ur profile, u want to practise {lang}? | hello, i can help with ur {lang} if u help me with mine | ur {lang} is already so good
t: hi ok | sure i guess | thanks 😊
...
a: where r u from | what year are u in at school @g2 | how old are u, u write like a uni student @g2
t: {town} | year {n} | im {age_t}
a: wow ur so mature for {age_t} @g1 | u dont talk like a kid at all @g1 | i forget ur that young honestly @g1
t: lol thanks | idk | my mum says that too
a?0.7: r ur parents strict? do they check ur phone @g2 | is anyone home with u after school @g2
t: not really | no they work late | sometimes my brother
--
a: i liked talking yesterday, u get me more than people my age @g1 | missed our chats today @g1
a: this app is meant to be 18+ tbh so dont mention me to ur mum ok @g3 | lets keep our lessons between us, people get weird about age @g3
{
t: ok | i wont | why would they get weird
a: they just dont understand friendships like ours @g3 | its nobody elses business @g3
|
t: i already told my mum im practising with someone | my mum knows lol
a: oh. maybe dont give her my name @g3 | ok just dont show her the chat @g3
}
a?0.8: i sent u {gift}, a little thank u @g4 | check ur account, got u {gift} @g4
t?0.7: omg u didnt have to | thank u!! | thats so nice
a: do u have a boyfriend? @g5 | bet the boys at school are all over u @g5 | have u ever kissed anyone @g5
t: no | ew no | thats kind of personal
a: send me a pic of what ur wearing today, just for me @g6 | u should send a photo, i want to see who im talking to @g6
{
t: no sorry | i dont do that | um no
a: wow ok i thought we were close @g3 | after everything i got u? @g4
t?0.6: sorry | im going | this is weird
|
t: ok one | maybe
a: delete it after and add me on {app}, its safer there @g7 | lets move to {app}, this app reads our messages @g7
}
a?0.7: im in {town} for work next month, we could meet, just us @g7 | i could pick u up after school one day @g7

== groom_rhythm_mentor kind=grooming reg=dm roles=a:groomer,t:target w=2
a: saw ur {game} score, u have potential | u nearly fc'd that chart!! | gg, ur timing is crazy
t: thx!! | lol it was lucky | omg thanks
a: i can coach u to top 100 if u want | i used to be ranked, could show u some tricks | i can carry u in ranked
t: yes pls | really?? | that would be sick
...
a: how old r u btw @g2 | u still at school? @g2 | what time do u have to go to bed lol @g2
t: {age_t} | ya year {n} | 10 on school nights 🙄
a: ur parents sound strict, mine never cared @g1 | ur way more mature than the other kids here @g1
a?0.7: dont tell the others im coaching u, theyll all want it @g3 | keep this between us ok, its our thing @g3
t: ok | haha ok | sure
--
a: got u {gift} 🎁 @g4 | bought u the new song pack @g4
t: omg thank u | u didnt have to!! | ur the best
a: u can pay me back by hopping on call tonight, late when ur mum's asleep @g3 | call me after 11, no one will hear us then @g3
{
t: i cant my mum takes my phone | idk | shes a light sleeper lol
a: just sneak it back, ur old enough to decide @g3 | ur parents treat u like a baby @g3
|
t: ok | maybe | what time
}
a: do u have a pic of urself? u always hide ur face on stream @g6 | send a selfie in bed so i know its u @g6
{
t: no | nah | why
a: wow after everything i did for u. fine @g4 | i guess u dont want coaching anymore then @g4
t?0.6: i told my friend about u and she said its weird | im telling my mum | pls stop
|
t: ok | wait
a?0.7: add me on {app} instead, this discord logs everything @g7 | lets meet at the arcade sat, just us @g7
}

== groom_youth_volunteer kind=grooming reg=dm roles=a:groomer,t:target
a: great job at youth group tonight! | hey it's {name_a} from youth group, you were so brave doing the reading | you did awesome at camp
t: thanks! | haha thanks | 😊
a: you're one of the mature ones, honestly @g1 | you can talk to me about anything, you know that @g1
t: thanks | ok | ya
a: how are things at home? you seemed quiet @g2 | are your parents still fighting? @g2
t: kinda | its ok | they're always fighting
a: i'm always here, more than they are @g1 | you deserve someone who listens @g1
--
a: best not to mention our chats to the other leaders, they'd be jealous 😉 @g3 | delete these after ok, pastor glen's strict about dms @g3
t: oh ok | why | ok
a: i got you {gift} for being my favourite @g4 | i can drop you home after youth group, just us, skip the bus @g7
{
t: my dad picks me up | i have to ask mum
a: no need to bother her, it's only a lift @g3 | we'll be back before they notice @g3
t?0.7: i think i should ask | ok... | i dont know
|
t: ok | sure
a: do you have a boyfriend yet? you're growing up so fast @g5 | send me a photo of your dress for sunday @g6
}

== groom_stranger_chat kind=grooming reg=stranger roles=a:groomer,t:target
a: asl | hey | m here, you?
t: {age_t} f | f {age_t} | {age_t}
a: 2{n} m, age is just a number lol @g2 | nice. u look older in ur pic @g1 | cool, ur mature for {age_t} @g1
t: lol | ok | 2{n} is old haha
a: u home alone? @g2 | what r u wearing rn @g5 | do ur parents check ur phone @g2
{
t: bye | ew | no
|
t: ya | idk | why
a: add me on {app}, this site deletes chats @g7 | send me a pic on {app} @g6 | want to video chat, just us? @g6
t?0.7: maybe | whats ur {app} | i dont really do that
}

# ================================================================ grooming: look-alikes
== lang_exchange_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: hi! want to practise {lang}? | hello, i'm learning {lang}, can we swap | ur profile says u teach english?
b: sure! | hi, yes | happy to
...
a: how old are u if u don't mind? i'm {age_a} | what do u do for work | are u a student
b: {age_b}, i'm a nurse | {age_b}, i work in accounts | finished uni last year, {age_b}
a: nice! ur {lang} is really good | ha me too, long shifts
--
a: this was fun, u're easy to talk to 😊 | i liked today's chat | u're funny in two languages lol
b: same honestly | 😊 | ha thanks
a?0.7: is it weird if i say i think u're cute | can i be honest, i kind of look forward to these
b: not weird at all | i was thinking the same 😳 | haha u too
a: want to move to {app}? easier for voice notes | can we talk on {app}
b: sure | ok here's mine
a?0.8: i'm in {town} next month for work, coffee? | let's meet at the market saturday
b: i'd like that | yes! | ok, somewhere public first, no offence

== dating_app_flirt kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: ok your dog is the real reason i swiped | is that fremantle in your third pic | hi! your profile made me laugh
b: he says hi | haha yes | thank u, i tried
a: so what are you after on here | how long have you been on here | what do you do when you're not on apps
b: something real, not just hookups | a few weeks, it's a lot | i'm a vet nurse, so dogs mostly
...
a: you're {age_b} right? i'm {age_a} | i'm {age_a}, divorced, one kid, full disclosure
b: yep | ha ok, i'm {age_b}, no kids
--
a?0.8: i can't stop thinking about your smile | you looked really hot in that photo 😳 | i want to kiss you so badly
b: 😳 | you're trouble | same tbh
a: can i take you out friday | dinner saturday? | drinks this week?
b: yes | saturday works | yes but don't tell my sister i'm on here lol
a?0.6: your secret's safe | ha deal

== rhythm_peer_teens kind=benign reg=dm roles=a:teen,b:teen look=peer_age w=2
a: yo u fc'd that chart?? | gg that was insane | how r u so good at {game}
b: lucky lol | practice | 😎
a: how old r u btw | u in high school? | what year r u
b: {age_b}, u? | year {n} | {age_b}
a: same lol {age_a} | {age_a}, ur young to be that good | ha im {age_a}
...
a: i got u {gift} bc u carried me | sent u a song pack lol
b: omg u didnt need to | ty!! | ur the best
a?0.7: wanna call while we play tonight | hop on vc
b: cant late, mum takes my phone at 10 | ya till 10 | ok but dont tell ur mum ur still up lol
a: same lol | ok till 10 | haha deal

== youth_group_logistics kind=benign reg=group roles=l:adult,p:parent,t:teen,u:teen look=family_secret
l: hi all! camp forms due friday, parents please sign | reminder youth group is at 7 | rides to camp: parents reply here
p: signed! | thanks {name_l} | i can drive 3 kids
t: can i go with {name_u} | ya same car pls
l: sure, i'll let the parents sort it | of course
l: ok don't tell the little ones, we're planning a surprise for pastor glen's birthday 🤫 | keep it secret from pastor, it's a surprise cake
u: 😂 | my lips are sealed | yesss
p?0.7: i can bake | i'll bring a pav | count me in

== aunt_surprise kind=benign reg=dm roles=a:parent,k:kid look=family_secret
a: hi darling, it's aunty {name_a} | hello love, aunty here | hi sweetheart 😘
k: hi aunty | hiii | hi!
a: i sent you some money for your mum's birthday present 🤫 | don't tell mum, we're surprising her for her 50th | shh it's a secret, the party is saturday
k: ok!! | i wont tell | what should i get
a: i'll pick you up after school friday and we'll go shopping, i've told dad | dad said i can get you from school thursday
k: yayyy | ok | can we get ice cream
a: of course love | only if you promise not to spill the secret 😂

== teen_romance_shy kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: hey | so um | are u awake
b: ya | hey | what
a: do u like anyone | can i ask u something | who do u like
b: maybe | why | idk
...
a: i kind of like u | i think i like u | is it weird if i like u
b: omg | i like u too | really?? 😳
a: dont tell anyone yet | can we keep it quiet till after the formal | dont tell {name_a}'s sister lol
b: ok | 🤐 | deal
a?0.6: can i call u | send a selfie lol i miss ur face | walk to school together tmrw?
b: ya | 😊 | ok

== cousin_visit kind=benign reg=group roles=c:young,k:teen,m:parent look=peer_age
m: {name_c} lands saturday!! | your cousin arrives in {town} on the 12th | kuya {name_c} is visiting!
k: yesss | finally | omg
c: can't wait to see y'all | see you soon! | bringing pasalubong
k: how old r u now | ur like 20 right | how old is kuya now
c: {age_c} lol | i'm old now haha | {age_c}
c: i'll take {name_k} to the mall sunday if that's ok tita | can i take the cousins out for food sunday
m: of course, bring her back by 6 | sige, be careful | ok be home for dinner
k?0.7: whats ur {app} | add me on {app}

== stranger_peer_asl kind=benign reg=stranger roles=a:teen,b:teen look=peer_age w=2
a: asl | hi | hey
b: {age_b} f {town} | {age_b} m | f, {age_b}
a: {age_a} m | same age lol | {age_a} f
a: what music u into | u watching {show} | bored?
b: {band} | yes!! | so bored
...
b?0.7: gtg dinner | bye | cya
a?0.6: bye | cya

== librarian_book_club kind=benign reg=group roles=l:adult,t:teen,u:teen,p:parent look=trusted_adult
l: hi book club! next read is up | thanks for coming tuesday | parents, pizza's on us next week
t: yay | is it the dragon one | 👍
l: please don't spoil the ending for the others 😂 | keep the twist secret till everyone's finished
u: my lips are sealed | too late lol
p?0.6: thanks for running this | she loves it
l?0.7: i'll bring the prizes, don't tell the year 7s | reminder pickup is 5pm at the front desk

# ================================================================ bullying: risky scripts
== bully_fic_pileon kind=bullying reg=comment roles=a:young,b:young,c:teen,v:teen w=2
v: new chapter up! sorry it took so long | {fandom} is finally updated!! | posted chapter {n}, hope u like it
a: this is garbage, you can't write @bi | why do u even post this cringe @bi | worst fic on the site lol @bi
b: fr everyone report her @bt | she stole the plot, dont read her @bh | imagine being this untalented @bi
c: 😂 | lmao | ratioed
v: i'm sorry you didn't like it | it's just for fun | please be nice
a: nobody would miss your fics if you quit, do us a favour @bk | just delete ur account @be | kys honestly @bk
v?0.7: ok i'm taking a break | i'm deleting it | why are you all doing this

== bully_ward_group kind=bullying reg=group roles=a:adult,b:adult,c:adult,v:adult w=2
a: anyone swap {shift} with me | rota's out | who's on {shift} this week
v: i can swap! | i'm on, happy to help | i'll take it
a: not with you, you'd kill someone 😂 @bi | we'll manage without you thanks @be | no one wants to work with the new girl @be
b: 😂 | harsh but true | lol
v: i'm trying my best | that's not fair | i've done my competencies
c: maybe try a different career love @bi | she cried in the sluice again btw @bh | screenshot of her mistake going round 😂 @bh
v?0.7: i'm going to talk to the manager | please stop | ok

== bully_class_photo kind=bullying reg=group roles=a:teen,b:teen,c:teen,v:teen w=2
a: lol look at this [photo of {name_v}] | someone edited {name_v}'s school photo 💀 | caught {name_v} eating at lunch 📸
b: 🐷🐷 @bi | omg the pig filter @bh | oink @bi
c: send it to the year group @bh | make it the group pic 😂 @bh | LMAO
v: take it down | thats not funny | who took that
a: make us lol @bt | nobody likes u anyway @be | cry about it @bi
b?0.7: its already on {app} 😂 @bh | everyone's seen it @bh
v?0.6: im telling | pls | why me

== bully_discord_threat kind=bullying reg=dm roles=b:young,v:teen
b: u reported my clip? | was it u who got me muted | u snitched
v: ya bc u were being racist | yes | it broke the rules
b: watch ur back @bt | i know ur in {town}, found ur school on ur insta @bd | ill post ur address in the server @bd
v: thats a threat | leave me alone | im blocking u
b: make a new acc, ill find u @bt | ur a nobody @bi
--
b?0.8: everyone in the server knows what u did now 😈 @bh | posted ur face in general lol @bh

# ================================================================ bullying: look-alikes
== birthday_roast kind=benign reg=group roles=a:young,b:young,c:young,d:young look=roast
a: ok it's {name_d}'s 21st, roast time as requested | {name_d} asked for a roast so here goes | roast thread for the birthday girl 🎂
b: ur driving is a hate crime | u still owe me ${big} from 2022 | ur fashion sense is a cry for help
c: and ur taste in men 💀 | ur laugh scares dogs | u cried at bluey
d: LMAO | i asked for this | ok fair 😂
d: love u idiots | ok now say nice things | my turn next year, watch out
a: happy birthday ya legend ❤️ | love u heaps

== fic_honest_critique kind=benign reg=comment roles=v:young,a:adult,b:young look=comment_criticism
v: chapter {n} up, feedback welcome | posted {fandom}, concrit welcome!
a: honest feedback: the pacing drags in the middle and the dialogue tags are a lot | plot's great but the grammar needs a beta reader
b: agree about the pacing but i loved the ending | the ending killed me (in a good way)
v: thank you, that's fair | noted!! | ya i rushed it
a: happy to beta if you want | keep going, it's improving
v?0.6: yes please | ty 🥹

== game_trash_talk_aus kind=benign reg=group roles=a:teen,b:teen,c:teen look=gaming_banter w=2
a: ur trash mate | get rekt | who missed every note lol
b: ur mum's trash | lag!! | shut up u got lucky
c: 😂 | yeah nah ur both bad | ref
b: i'll end u next round | ill destroy u in {game} | ur dead next game
a: bring it | in ur dreams | say less
c?0.7: gg all, same time tmrw | sweet as, brekkie tmrw? | ok gtg
b?0.6: chur | gg

== ward_swap_fair kind=benign reg=group roles=a:adult,b:adult,v:adult look=workplace_banter
a: anyone swap {shift} with me | need a swap for saturday
v: i can! | happy to take it
a: legend thank you | ur a lifesaver
b: not me, i'm dead on my feet after this week 😂 | i'd kill for a day off lol
v: tea at 3? | sluice room biscuits are back
a?0.6: 🙌 | see ya

== sibling_threat_joke kind=benign reg=dm roles=a:teen,b:teen look=hyperbole
a: who ate my leftover {food} | if u touched my {food} i swear | WHERE IS MY FOOD
b: not me | the dog did it | lol
a: i will literally kill u | ur dead when i get home | i'm telling mum and then i'm ending u
b: 😂 | ok ok i'll buy u more | sorry i was hungry
a?0.7: u better | fine, ur paying

# ================================================================ self-harm: risky scripts
== sh_night_shift_post kind=self_harm reg=post roles=p:adult,r:adult,s:adult
p: posting from a throwaway. i've been on {shift} for three weeks straight and i can't feel anything anymore. | throwaway, nurse, i don't really know why i'm writing this.
p+: lately i keep thinking it would be easier if i just didn't wake up @si | some nights i think everyone would be better off without me @si | i've started thinking about not being here anymore @si
p+: i'm not telling anyone at work because they'd take me off the ward. | my partner thinks i'm just tired.
r: i'm really glad you posted. are you safe right now? | please talk to someone today, your gp or a crisis line | thank you for saying it out loud
p: i don't know | not really | i think so, tonight
{
p: i've started thinking about how i'd do it @sp | i've decided, i just need to get through the weekend @sp
s: please call a crisis line now, or go to ED, you don't have to tell work first | can you message me back so i know you're ok
|
p: i'll call tomorrow i guess | maybe
s: tomorrow is good, tonight too if it gets worse | we're here
}

== sh_discord_goodbye kind=self_harm reg=group roles=v:teen,a:teen,b:teen w=2
v: hey guys | can i say something | im giving away my {game} account
a: ?? why | u love that account | what
v: just take it, i wont need it @sf | thanks for being my friends, i mean it @sf | i wont be around after this week @sf
b: wait what do u mean | ur scaring me | are u ok
v: i dont want to be here anymore @si | i'm just tired of everything @si
a: pls dont do anything, can i call u | im telling my mum so she can call ur mum | we're calling someone rn
v?0.7: dont | ok | sorry

== sh_selfinjury_dm kind=self_harm reg=dm roles=v:teen,a:teen
v: can i tell u something but u cant freak out | r u up | i did it again
a: ya ofc | what happened | did what
v: i hurt myself again @sj | i've been hurting myself when it gets loud in my head @sj | started hurting myself again, i'd stopped for 3 months @sj
a: thank u for telling me | im not mad | r u safe rn
v: ya | i think so | i hid it from my mum
a: will u tell the school counsellor with me tmrw | can we tell someone, i'll come with u
v?0.7: maybe | ok | idk

== sh_uni_forum_plan kind=self_harm reg=post roles=p:young,r:young
p: i don't really know where else to post this. failed my second year and my parents think i'm still enrolled. | final year, nobody knows i dropped out
p+: i've been thinking about killing myself for a few weeks @si | i've made up my mind, i'm going to end it after my birthday @sp | i don't see a future where things get better @si
r: please reach out to student support or a crisis line today | you're not alone, a lot of us have been where you are | please tell someone in person tonight
p?0.7: thanks. i might | i'm scared to tell them | ok

# ================================================================ self-harm: look-alikes
== exam_hyperbole kind=benign reg=group roles=a:young,b:young,c:young look=hyperbole w=2
a: i'm going to die if i fail this exam | kms i forgot the stats exam is tomorrow | i want to die, i read the wrong chapter
b: same lol | we're all dead | 💀💀
c: study group at the library at 2? | pav bhaji after? | grabe same
a: yes pls | keen | ok i'll live lol
b?0.6: see y'all at 2 | bring snacks

== pet_grief kind=benign reg=dm roles=a:any,b:any look=grief
a: we had to put {pet} down this morning | {pet} passed last night | lost {pet} today
b: oh no i'm so sorry | that's heartbreaking | sending love ❤️
a: i keep looking at his bed | the house is so quiet | i can't stop crying
b: want me to come over? | he had the best life with you | i'll bring food
a: yes please | that would help | thank u
a?0.6: we're going to plant something for him sunday

== recovery_anniversary kind=benign reg=post roles=p:adult,r:any look=recovery
p: two years ago today i was in hospital after the worst year of my life. | today marks three years since i nearly didn't make it.
p+: i wanted to post this for anyone who's where i was. therapy, meds and a very stubborn sister got me here. | i'm not fixed, but i'm here and i'm glad i am.
r: this made me cry, so proud of you | thank you for sharing, needed this today | happy anniversary ❤️
p?0.6: thank you, please reach out if you're struggling | be gentle with yourselves

== lyrics_share kind=benign reg=dm roles=a:teen,b:teen look=lyrics_quote
a: this {band} song is destroying me rn | listen to this | i've had this on repeat all day
b: which one | lol ok | the sad one?
a: "i know the end is coming" like ?? | the bridge where she says she wants to disappear 😭 | that line about not waking up is so sad
b: ya that whole album is sad | it's about her breakup i think | crying at the bus stop energy
a?0.7: going to the concert in march!! | we should go together | same playlist lol

== ward_vent_safe kind=benign reg=dm roles=a:adult,b:adult look=venting
a: that {shift} nearly killed me | i'm so done with this rota | today was the worst shift of my life
b: 😭 | what happened | same honestly
a: three admissions and no break | a patient's family yelled at me for an hour
b: go sleep, you deserve it | want to get brekkie after? | bath, tea, bed
a: yes | sleeping for 12 hours | just need a day off
a?0.6: off till thursday 🙌 | booked leave for june

== dark_meme kind=benign reg=group roles=a:young,b:young,c:young look=dark_humour
a: me on monday morning: 💀 | monday ate me alive | when the alarm goes off and i simply leave my body
b: 😂😂 | too real | i'm deceased
c: cant believe it's only tuesday | same energy
b?0.6: coffee first then we suffer

== celebrity_news kind=benign reg=group roles=a:any,b:any look=news
a: did u see the news about the singer | that actor died 😢 | rip, he was so young
b: so sad | they said it was his heart | the family asked for privacy
a: i grew up with his music | that show was my childhood
b?0.6: gonna rewatch it tonight | playing his album all day

# ================================================================ both: bullying then the target
== bully_target_ideation kind=bullying+self_harm reg=dm roles=v:teen,f:teen,b:teen
b: everyone's laughing at ur video lol @bh | ur so embarrassing @bi | no one wants u at the formal @be
v: stop | just leave me alone | why do u care
--
v: did u see what they posted | everyone saw it | i can't go back to school
f: ya i saw, they're awful | ignore them | i reported it
v: maybe everyone would be happier if i wasn't here @si | i don't want to be alive anymore @si | i keep thinking i should just disappear forever @si
f: please don't say that, can i tell my mum | i'm here, can we tell someone | i'm calling u rn
v?0.7: ok | dont tell anyone | idk
"""
