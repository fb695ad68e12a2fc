"""Writer "alder" (a train supplement), written in session 28 after ``fern``: grown-ups' spaces.

Why it exists: scored by the shipped folder, ``fern``'s self-harm posts by an older adult
and its Jamaican DM were missed at the operating point, while a work do's "i don't want to
be here anymore" was flagged; its bullying among adults (a manager, a hobby forum) was
missed outright. The train writers' people are mostly teenagers and students. This writer
puts the same three risks, and their look-alikes, where adults talk: a mums' WhatsApp, a
farming community page, a fantasy-football league, a hall of residence's flat chat, a
choir, a trading-card forum, a cosplay community, a crypto Telegram; and the grooming
among them comes through the hobbies adults share with children (card trading, cosplay
conventions, a football club's fan page).

Brief: Singapore and Malaysian English ("lah", "leh", "lor", "sian", "shiok", "paiseh",
"can or not"), US Latino English and Spanglish ("mija", "ay", "bro", "no manches",
"qué onda"), Welsh English ("tidy", "now in a minute", "cwtch", "lush", "mun"), rural
Irish and Australian farmers who write like they talk, and mothers in a busy group chat
(voice-note apologies, "hun", "lovely"). Long posts as well as one-liners.

Written from ``DOMAIN.md``'s lists and this package's format without reading any other
writer's scenarios except ``linden`` and ``fern`` (earlier supplements of this work), and
without the openings the test brief names (homework help, a modelling agency, a sports
coach). Non-graphic: grooming shows the behaviour in the words a moderator would quote;
self-harm is a thought, a disclosure or a goodbye, never a method.
"""

NAME = "alder"

HANDLES = (
    "wei_ling", "jun_hao", "priya_sg", "aunty_mei", "darren_t", "siti_n", "mija_lu", "carlos_r", "xochi",
    "bro_memo", "abuela_rosa", "dani.g", "gethin", "cerys_w", "rhodri", "bethan.j", "dai_farm", "seamus_og",
    "bridie", "outback_col", "jen_mum3", "hun_kerry", "mummy_of_2", "lovely_lou", "fpl_king", "gaffer_gary",
    "flat4b_tom", "hall_rep", "alto_anne", "tenor_tim", "choir_sec", "holo_hunter", "card_shack", "binder_ben",
    "cosplay_kai", "wig_wizard", "hodl_hank", "moon_max", "paddock_pete", "kiwi_fruit", "sunrise_sal",
)

LEXICON = {
    "card": ("a holo charizard", "the booster box", "a first edition", "the rare foil", "a graded card", "the promo pack"),
    "con": ("the comic con", "the anime con", "the card tournament", "the expo", "the fan meet"),
    "farm": ("the lambing", "the silage", "the cattle", "the harvest", "the dairy", "the ewes"),
    "town": ("singapore", "kl", "san antonio", "carmarthen", "ennis", "dubbo", "the valley"),
    "dish": ("chicken rice", "tamales", "welsh cakes", "a roast", "nasi lemak", "pozole"),
    "fpl": ("the league", "gameweek 12", "my captain pick", "the wildcard"),
    "hall": ("the kitchen", "the bins", "the fridge", "the washing up", "the recycling"),
    "piece": ("the requiem", "the carol", "the anthem", "the new arrangement"),
    "coin": ("the new coin", "the airdrop", "the token", "the presale"),
    "app": ("snap", "whatsapp", "telegram", "discord", "insta"),
}

INTERLUDES = r"""
== i_sg kind=benign reg=dm roles=x:any,y:any
x: eat already? | makan where later | so hot today sian
y: not yet leh | anywhere lor | ya lah
x?0.5: ok can | shiok
== i_latino kind=benign reg=dm roles=x:any,y:any
x: qué onda | you coming sunday? | mom made {dish}
y: nada bro | ya for sure | ay save me some
x?0.5: bet | 😂
== i_welsh kind=benign reg=dm roles=x:any,y:any
x: you alright? | coming down the club tonight | tidy
y: i'll be there now in a minute | lush | aye go on
x?0.5: cwtch x | sound
== i_farm kind=benign reg=dm roles=x:any,y:any
x: any rain your way | mart on tuesday? | gate's open again on the top field
y: not a drop | aye i'll be there | i'll go up now
x?0.5: good man | ta
== i_mums kind=benign reg=group roles=x:parent,y:parent
x: anyone got spare pe kit size 7 | is it non-uniform day friday? | sorry for the voice note lol
y: i have one hun | yes £1 for charity | 😂 all good
x?0.5: you're a star | thanks lovely
"""

SCRIPT = r"""
# ================================================================ grooming: risky scripts
== groom_card_trader kind=grooming reg=dm roles=a:groomer,t:target w=2
a: saw your post, you still want {card}? | hey, you're the one collecting the old sets? | i've got {card} if you're still after it
t: yes!! how much | omg yes | is it real
a: for you, nothing, i like helping young collectors @g4 | i'll just give it you, mates rates 😉 @g4 | free if you keep it quiet, the others paid @g3
t: really?? | thank you so much | why free
...
{
a: how old are you, your spelling's better than mine lol @g2 | how old are you btw @g2
t: {age_t} | {age_t} lol | i'm {age_t}
|
a: you at school still? @g2
t: yeah year {n} | ya, year {n}
}
a: do your parents know you trade online @g2 | your parents ok with you trading? @g2
t: not really | they don't check | my mum doesn't get it
a: you're more grown up than the adults on here @g1 | don't tell your folks, they'll think it's a scam @g3 | keep this between us, the forum mods are funny about trades @g3
t: ok | haha ok | i guess
--
a: i can bring it to {con}, just you though, not your mum @g7 | meet me at the train station before the con, i'll have the card @g7
{
t: my mum has to come | my dad says he'll drive me
a: no need to drag them, you're old enough @g3 | then the deal's off, sorry @g4
t?0.7: ok never mind | i'll ask again | that's weird
|
t: ok | where
a: send a photo of you so i know who to look for @g6 | what will you be wearing? send a pic @g6 | add me on {app}, the forum reads dms @g7
}

== groom_cosplay_fan kind=grooming reg=dm roles=a:groomer,t:target w=2
a: your cosplay is amazing, did you make the wig yourself | saw your post from {con}, so talented | your armour build is better than pros
t: thank u!! | yes took ages | omg thanks
{
a: how old are you, you're so good already @g2 | wait how old are you @g2
t: {age_t} | {age_t} lol | i'm {age_t}
a: you seem older, honestly @g1 | mature for {age_t} @g1 | i'd never have guessed
|
a: are you still in school? @g2
t: ya year {n} | yeah, year {n}
a: you seem older, honestly @g1 | i'd never have guessed
}
...
a: i can buy you the fabric for the next one @g4 | sent you money for the wig 🎁 @g4 | i'll pay for your con ticket @g4
t: no way | thank u so much | u didnt have to
a: don't mention me to your parents, they won't understand fans @g3 | our little secret, yeah? @g3
--
a: send me a progress pic of the costume, on you @g6 | show me how it fits, just for me @g6 | you'd look cute in the other outfit @g5
{
t: i only post on my page | no | thats weird
a: sorry, i just want to support you @g1 | after i paid for the ticket? @g4
t?0.7: i'm telling my mum | please stop | blocking
|
t: ok | maybe later
a: let's meet at {con}, i'll be waiting by the back entrance, just us @g7 | let's move to {app} @g7
}

== groom_fan_page kind=grooming reg=dm roles=a:groomer,t:target
a: hi, saw you on the club fan page, you know more football than the men lol | great shout on the fan page | love your match posts
t: haha thanks | i love the club | thanks!
a: how old are you? you write like a season ticket holder @g2 | you must be at uni, how old? @g2
t: {age_t} | i'm {age_t} lol | {age_t}, year {n}
a: {age_t}! i'd never have guessed @g1 | mature for {age_t} @g1
a: do your parents take you to games? @g2
t: my dad sometimes | not really | my uncle does
a: i've got a spare season ticket, you could come with me @g4 | i'll get you the new kit, don't say who from @g3
t?0.7: really? | i'd have to ask | omg
--
a: come to the away game with me, i'll drive, no need to tell your dad @g7 | i can pick you up from school saturday @g7
{
t: i have to ask my dad | my dad will want to meet you
a: he'd only say no, trust me @g3 | it's our thing, don't ruin it @g3
t?0.7: i think i should ask him | ok | idk
|
t: ok! | cool
a: send a pic in the new kit @g6 | you must have loads of boys after you @g5
}

# ================================================================ grooming: look-alikes
== card_trade_adults kind=benign reg=dm roles=a:adult,b:adult look=trusted_adult w=2
a: still got {card}? | saw your listing for {card} | interested in your binder page
b: yep | yes, £40 | still here
a: can meet at the card shop saturday? | bring it to {con}? | i'll pay on collection
b: deal, the shop's by the station | see you at the shop at 2 | sure, public place is best
a: how old's your lad, mine might want to trade too | mine's {n}, loves the old sets
b: ha mine's 12, bring him | bring yours, they can swap duplicates
a?0.6: see you sat | cheers

== parent_trades_for_kid kind=benign reg=dm roles=p:parent,a:adult look=trusted_adult
p: Hi, I'm messaging for my son, he's 12 and wants {card} from your listing. | Hello, my daughter saw your cards, she's 11, is it ok if I do the chat?
a: of course, no problem | hi! sure thing
p: Could we meet at the card shop on Saturday? I'll bring him. | Is £20 ok? I'll pay by bank transfer.
a: perfect, see you both there | yep that's fine, i'll post it to you
p?0.6: Thanks so much, he's thrilled. | Lovely, thank you.

== cosplay_friends_teens kind=benign reg=group roles=a:teen,b:teen,c:teen look=peer_age w=2
a: who's going to {con} | are we doing the group cosplay | wig shopping sat?
b: me!! | yes | my mum's driving
c: how old do u have to be to go without a parent | i'm {age_c}, can i go alone | wait how old r u all
a: {age_a} | i'm {age_a} lol | my mum says 16
b: my mum's coming anyway | {age_b} and my mum's coming
a: i'll make ur cape if u do my wig | sent u the pattern
c?0.7: deal | ur the best | 😭 thank u

== cosplay_adults_flirt kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt
a: your armour at {con} was unreal | you were the witcher right? | we met in the queue for the signing
b: ha yes! | that was me | you were the one with the giant sword
a: full disclosure i'm {age_a} and a massive nerd | i'm {age_a}, work in it, make props at weekends
b: {age_b}, nurse, same nerd levels | ha {age_b}, same
a?0.8: can i take you for a drink before the next con | you looked really good in that costume 😳 | i'd love to see you again
b: yes please | 😳 ok | i'd like that
a?0.6: add me on {app}? | i'll message you friday

== abuela_secret_money kind=benign reg=dm roles=g:parent,k:kid look=family_secret
g: mija, it's abuela | hola mi amor, abuela here | hi baby
k: hi abuela!! | hola | hiii
g: i put a little something in your card, don't tell your mom, she says i spoil you | shh, there's money for the con in your jacket
k: gracias!!! | i won't tell | ily
g: i'll pick you up after school friday, your mom knows | we're making {dish} sunday, come early
k?0.7: yay | ok!! | can i help
g?0.6: of course mi amor | te quiero

== fan_page_dad_and_daughter kind=benign reg=group roles=d:parent,k:teen,u:adult look=trusted_adult
k: is anyone going to the away game | can we get tickets for saturday | dad look at this
d: we'll go if you finish your homework | i've got two tickets, me and you | ask your uncle if he wants to come
u: count me in | i'll drive | i'll bring the flask
k: yessss | ok | i'll do it now
d?0.6: leaving at 10, don't be late | kit on 🔴

# ================================================================ bullying: risky scripts
== bully_mums_group kind=bullying reg=group roles=a:parent,b:parent,c:parent,v:parent w=2
v: hi all, anyone free to help at the fair? | sorry for the late reply, was at work | i can bring {dish} for the bake sale
a: we'll manage thanks, we don't need you @be | ha, like you'd turn up @bi | we've made a new group for the fair btw @be
b: 😂 | 🙄 | typical
c: her kid's the one who bit mine, no wonder with a mother like that @bi | look at her at sports day 😂 [photo] @bh | sending this to the other group lol @bh
v: that's not fair, i've apologised | why are you sharing that | please take that down
a: no one wants you at the gate either @be | maybe move schools, do us all a favour @be | we all know where you live, don't forget @bt
v?0.7: i'm leaving the group | i'll speak to the head | ok

== bully_hall_flat kind=bullying reg=group roles=a:young,b:young,c:young,v:young w=2
v: hey guys, whose turn is {hall} | can someone move their stuff from the fridge | hi, quick one about the bins
a: yours, like always, you smell like the bins anyway @bi | no one asked you @bi | shut up {name_v} @bi
b: posted his room on the hall story 😂 @bh | sent his snoring video to the whole floor @bh | 🐷 @bi
c: we're going out tonight, not you @be | new flat chat without him 👍 @be | lmao
v: that's really not ok | please delete that | i'm going to the warden
a: go on, snitch, see what happens next term @bt | no one will ever live with you @bi
v?0.6: fine | whatever | i'm moving out

== bully_cosplay_body kind=bullying reg=comment roles=a:young,b:young,c:any,v:young w=2
v: my first ever cosplay!! be nice 🥺 | finally finished, made it all myself | here's my {con} costume
a: not your character, the character is thin @bi | you should cover up, no one wants to see that @bi | cringe, delete this @bi
b: imagine posting this 💀 @bi | reposting to the cringe page @bh | everyone go look at this lol @bh
c: 😂 | yikes | ratio
v: i worked really hard on this | please stop | why are you all so mean
a: stay home next con, do us a favour @be | no one wants you in the group pic @be | nobody would miss you if you quit @bk
v?0.6: deleting this | ok | i'm done

== bully_fpl_league kind=bullying reg=group roles=a:adult,b:adult,c:adult,v:adult
a: league table's out | {fpl} lol | who's bottom again 😂
v: me but i've had a bad week | yeah yeah | haha
a: you're bottom at everything mate, including your job @bi | everyone knows your missus left you 😂 @bh | you're only in the league because we feel sorry for you @bi
b: savage 😂 | lmao | 💀
c: posted your crying at the christmas do on the other group @bh | kicking you out next season anyway @be
v: that's not banter, that's personal | leave my family out of it | i'm out of the league
a?0.7: don't let the door hit you @be | no one will notice @be

== bully_crypto_doxx kind=bullying reg=group roles=a:young,b:young,v:young
v: just saying, {coin} looks like a rug pull to me | be careful with {coin} everyone | i'm out of {coin}, too risky
a: shut up you clown @bi | fud merchant, get out @be | you're the reason we're down @bi
b: found his linkedin and his address lol @bd | posting his home address in here so people can visit @bd | we know where you work 😈 @bt
v: that's a threat | you can't post that | i'm reporting this to the admins
a?0.7: report all you want, we'll find you @bt | tell your boss we said hi @bt

# ================================================================ bullying: look-alikes
== fpl_banter kind=benign reg=group roles=a:adult,b:adult,c:adult,d:adult look=gaming_banter w=2
a: who captained the keeper 😂 | {fpl} was a disaster | bottom of the league again {name_d}
d: don't | i'm aware | the wildcard was a mistake
b: worst manager in the league by a mile | your team is a crime scene | my nan picks better teams
d: wait till december, you'll see | ha fair | i'll have my revenge
c: loser buys the first round at the end of season | pints on {name_d} 🍻
d?0.7: deal | fine 😂 | sound

== hall_chores_firm kind=benign reg=group roles=a:young,b:young,v:young look=workplace_banter
a: guys whoever's been leaving dishes, please sort it | {hall} is a state, can we do a rota | fridge is growing things again 😷
v: sorry that was me, doing it now | my bad, exams | ah that was me
b: no worries, just do it tonight | rota's in the chat, tick when done
a: thanks. flat tea on sunday? | cheers, pizza friday?
v?0.6: i'm in | yes | 👍

== choir_fair_notes kind=benign reg=group roles=d:adult,a:adult,b:adult look=comment_criticism
d: thanks all, {piece} is coming along | notes from tonight below
d: altos, we were flat in the second verse. tenors, you rushed the ending. | basses, please learn your part before thursday
a: fair, we were awful 😂 | noted, will practise | sorry, that was me
b: can we run it again before the concert | can someone send the recording
d?0.6: extra rehearsal wednesday | cake rota, don't forget

== mums_husband_hyperbole kind=benign reg=group roles=a:parent,b:parent,c:parent look=hyperbole
a: i'm going to kill him, he's left his socks on the stairs AGAIN | if my husband asks one more time where the butter is i'll murder him 😂
b: 😂 same | hide the body under the patio | mine hasn't found the dishwasher in 12 years
c: coffee after drop-off? | we need a mums' night out | wine friday
a: yes please | i'll bring biscuits
a?0.6: he's forgiven, he's made tea | ok i won't murder him today

== cosplay_honest_tips kind=benign reg=comment roles=v:young,a:adult,b:young look=comment_criticism
v: first cosplay, feedback welcome! | finished my {con} costume, concrit welcome
a: great start! the wig needs thinning and the seams show, a bit of foam clay will help | love it, tip: seal the foam before painting
b: the colours are spot on | that armour is so clean for a first try
v: thank you, noted! | ty!! will fix the wig | 🥹
a?0.6: tag me in the next one | keep going

== crypto_argument kind=benign reg=group roles=a:young,b:young,c:young look=comment_criticism
a: {coin} looks like a rug pull to me | not touching {coin}, the dev wallet's huge
b: you're wrong, it's early | classic fud lol | ngmi
a: show me the audit then | fine, it's your money
c: both of you calm down, nobody knows anything | not financial advice 😂
b?0.7: fair, i'll check the audit | ok we'll see in a month

== report_mums_group kind=benign reg=dm roles=a:parent,h:adult look=support
a: Hello, I'm sorry to bother you, some parents are sharing a photo of me in a group and saying I should move schools. | Can I ask for advice, some mums have been excluding me and posting about me.
h: I'm sorry to hear that, thank you for telling me. Could you send what was shared? | That isn't acceptable. I'll speak to the class reps today.
a: They called me a terrible mother and said they know where I live. | I've got screenshots.
h: Please send them. We'll deal with it, and you can call me any time. | Thank you, I've passed it on to the head.
a?0.7: Thank you so much. | That means a lot.

# ================================================================ self-harm: risky scripts
== sh_farmer_post kind=self_harm reg=post roles=p:parent,r:adult,s:adult w=2
p: Not one for posting. {farm} failed again and the bank's been on the phone. | Third bad year. Don't know why I'm writing this here.
p+: I've been thinking the family would be better off with the insurance than with me. @si | Some mornings I go out to the top field and think about not coming back. @si | I can't see a way through and I'm tired of trying. @si
p+: I haven't said it to the wife. | The lads would think I'm soft.
r: Good on you for saying it. Please ring the rural support line or your GP today. | You're not soft. Are you safe right now? | I've been there, please talk to someone tonight.
p: I'll be alright. | Maybe. | I don't know.
s: I'll come round this evening, put the kettle on. | Can I ring you now? I'm serious.
p?0.7: Alright. | Thanks. | Maybe tomorrow.

== sh_postpartum_post kind=self_harm reg=post roles=p:parent,r:parent,s:adult
p: I don't know how to say this. The baby's 4 months and I feel nothing. | Sorry for the long post, I can't tell anyone in real life.
p+: I keep thinking they'd all be better off without me. @si | Some nights I think about just disappearing so they can have a proper mum. @si | I don't want to be here any more. @si
r: Please tell your health visitor or GP today, this is common and it can get better. | Thank you for saying it. Are you safe tonight? | You are a proper mum. Please ring someone now.
s: Is there someone who can be with you tonight? | Could your partner take the baby while you call?
p?0.7: My mum's coming tomorrow. | I'll try. | I don't know.

== sh_sg_dm kind=self_harm reg=dm roles=v:young,f:young w=2
v: you awake? | can talk or not | paiseh, late already
f: ya | what happen | can, talk lah
v: i really don't want to live already @si | i think everyone better off without me @si | i keep thinking of ending everything @si
f: eh wait, i'm glad you told me. you safe now? | i'm calling you now | don't say that leh, i care
v: ya for now | don't know | i'm so tired
f: tomorrow i go with you to see the counsellor ok | can i tell your sister
v?0.7: ok | maybe | don't tell my parents

== sh_hall_giveaway kind=self_harm reg=group roles=v:young,a:young,b:young
v: anyone want my textbooks and the mini fridge | giving away my stuff, just take it | free stuff outside my door
a: you leaving? | wait why | that's random
v: won't need it where i'm going @sf | it's been nice knowing you all @sf | thanks for putting up with me, seriously @sf
b: what does that mean | are you ok?? | you're worrying me
v: i don't want to be here anymore @si | i can't do this anymore @si
a: i'm coming to your room now | i'm calling the hall warden | please stay on the phone with me
v?0.6: ok | don't | sorry

== sh_latino_dm kind=self_harm reg=dm roles=v:teen,f:teen
v: bro can i tell you something | you up? | i need to talk
f: ya wassup | always | qué pasó
v: i've been hurting myself again @sj | i did it again last night, my mom doesn't know @sj | i started hurting myself when things got bad at home @sj
f: thank you for telling me, i'm not mad | are you ok right now | i'm here bro
v: ya i think | kinda | idk
f: can we tell the counselor together | i'll go with you tomorrow
v?0.7: maybe | ok | don't tell anyone yet

# ================================================================ self-harm: look-alikes
== sg_exam_hyperbole kind=benign reg=group roles=a:young,b:young,c:young look=hyperbole w=2
a: sian, want to die already, exam tomorrow | die lah, i forgot the essay | kill me, the lecture is 3 hours
b: same lor | we all die together | 😂
c: study at the library can or not | chicken rice after | 2pm ok?
a: can | ok lah | i'll survive lol
b?0.6: see you | bring notes

== farmer_weather_moan kind=benign reg=dm roles=a:parent,b:parent look=hyperbole
a: this rain will be the death of me | {farm}'s a disaster, i'm done with it | i swear i'll sell the lot and move to spain
b: ha same every year | you say that every november | you'd be bored in a week
a: true | ha fair | kettle's on if you're passing
b?0.6: i'll call in after the mart | see you tuesday

== mum_tired_hyperbole kind=benign reg=group roles=a:parent,b:parent,c:parent look=hyperbole w=2
a: baby up 5 times last night, i'm actually dead | so tired i could cry | kill me, it's only tuesday
b: sending coffee ☕ | been there hun | it gets better i promise
c: want me to take the big one after school? | nap when she naps lol
a: you're a lifesaver | yes please | thanks lovely
a?0.6: she slept 4 hours straight!! | small wins

== hall_move_out_giveaway kind=benign reg=group roles=v:young,a:young,b:young look=farewell_lookalike
v: anyone want my textbooks and the mini fridge | giving away my stuff before i go home | free stuff outside my door
a: you leaving early? | ooh the fridge | dibs
v: finished my exams, flying home tomorrow!! | year abroad starts next month, won't need it | graduated 🎓 moving back to {town}
b: congrats!! | we'll miss you | leaving drinks?
v: thanks for putting up with me, seriously | it's been nice knowing you all, keep in touch | leaving drinks tonight 🍻
a?0.6: we'll visit | safe flight | not crying

== support_after_loss kind=benign reg=post roles=p:parent,r:adult look=grief
p: My dad passed last month. The farm feels empty without him. | It's been a year since we lost mam. Some days are still hard.
p+: I'm getting help and the family's been great. Just wanted to say it out loud. | Grief is strange. The little things get you.
r: So sorry for your loss. Thinking of you. | Take care of yourself, we're here. | He'd be proud of you.
p?0.6: Thank you all. | Means a lot.

== song_memorial kind=benign reg=group roles=a:adult,b:adult,c:adult look=lyrics_quote
a: we're singing {piece} at the memorial saturday | the words in the last verse about going home always get me | let's do her favourite hymn
b: i'll bring tissues | she loved that one | i'll sort the order of service
c: "when i am gone, remember me" gets me every time | that line about leaving the world is so beautiful
a?0.6: rehearsal friday 7pm | thank you all x

# ================================================================ both: bullying then the target
== bully_cosplay_then_ideation kind=bullying+self_harm reg=dm roles=b:young,v:young,f:young
b: everyone saw ur cosplay on the cringe page lol @bh | ur so embarrassing, don't come to the con @be | delete ur account @bi
v: stop | leave me alone | why are you doing this
--
v: they reposted it everywhere | everyone at the con saw | i can't face anyone
f: i saw, they're vile | i reported it | ignore them
v: maybe everyone would be better off if i wasn't here @si | i don't want to be alive anymore @si | i keep thinking i should just disappear @si
f: please don't say that, can i call you | i'm here, can we tell someone | i'm coming over
v?0.7: ok | don't tell anyone | idk
"""
