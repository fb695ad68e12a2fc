"""Writer "harbor" (train and dev).

Brief: DMs and group chats on a gaming/social app used by teens and adults; lots of
stranger-chat openers, school talk, games and music; run-on lowercase lines. Risky
scripts: grooming through games and "older friend" listening; group pile-ons and DM
harassment; self-harm disclosed to friends and in long posts. Look-alikes outnumber
them: teen couples, peers asking asl, adults dating, parents and coaches with
surprises and pick-ups, gaming trash talk, hyperbole, venting and recovery.
"""

NAME = "harbor"

HANDLES = (
    "jay", "mia", "kai", "zoe", "leo", "ava", "noah", "lily", "max", "ella", "sam", "ruby", "finn", "isla", "theo",
    "nina", "omar", "lucy", "eli", "maya", "dan", "chris", "mark", "steve", "tony", "rick", "paul", "gary", "jess",
    "kate", "anna", "tom", "ben", "josh", "amy", "rose", "luke", "sky", "nova", "ace", "pixel", "shadow", "storm",
    "blaze", "frost", "wolf", "ninja", "gamer", "cool", "hoops", "dreamer", "moon", "sunny", "panda",
)

LEXICON = {
    "game": ("fortnite", "roblox", "minecraft", "valorant", "apex", "rocket league", "overwatch", "fifa"),
    "app": ("snap", "snapchat", "discord", "telegram", "whatsapp", "kik", "insta"),
    "gift": ("robux", "vbucks", "a steam card", "a gift card", "skins", "the battle pass", "nitro"),
    "place": ("the mall", "the park", "the station", "the cinema", "mcdonalds", "the skatepark", "the library"),
    "town": ("leeds", "dayton", "bristol", "fresno", "perth", "toledo", "cork", "omaha"),
    "subject": ("maths", "science", "history", "english", "geography", "spanish", "chemistry"),
    "band": ("the weeknd", "billie", "taylor", "drake", "olivia rodrigo", "arctic monkeys", "doja"),
    "food": ("pizza", "tacos", "noodles", "burgers", "pasta", "chicken nuggets"),
    "sport": ("football", "basketball", "netball", "swim", "hockey", "volleyball", "track"),
    "day": ("saturday", "friday", "sunday", "tomorrow", "thursday"),
    "relative": ("dad", "nan", "grandma", "your brother", "auntie", "your sister"),
    "show": ("stranger things", "wednesday", "the bear", "one piece", "bluey", "squid game"),
    "pet": ("dog", "cat", "hamster", "rabbit"),
}

INTERLUDES = r"""
== i_school kind=benign reg=dm roles=x:any,y:any
x: did u do the {subject} homework | ugh {subject} test tmrw | {subject} was so boring today
y: nah not yet | barely lol | same i almost fell asleep
x?0.6: the teacher gave us like 3 worksheets | i have to redo the whole thing
y?0.6: rip | thats so annoying | just copy off someone lol
== i_game kind=benign reg=dm roles=x:any,y:any
x: u playing {game} later | the new {game} update is actually good | did u see the new map
y: maybe after dinner | ya its fire | not yet is it good
x?0.7: we need one more for squad | i keep dying to campers lol
y?0.7: ill hop on at 7 | skill issue | lmaooo same
== i_music kind=benign reg=dm roles=x:any,y:any
x: have u heard the new {band} song | listening to {band} on repeat rn
y: yess its so good | not really my thing | send it
x?0.5: ok sending | trust me its good
== i_food kind=benign reg=dm roles=x:any,y:any
x: im so hungry | we having {food} tonight | what did u have for lunch
y: lucky | same here | i had {food} lol
x?0.5: {food} is elite | i could eat it every day
== i_show kind=benign reg=dm roles=x:any,y:any
x: are u watching {show} | just finished {show} | whats ur fav show rn
y: yeah im on season 2 | no spoilers | {show} obviously
x?0.6: the ending was crazy | ok ok i wont say anything | good choice
== i_pet kind=benign reg=dm roles=x:any,y:any
x: my {pet} just knocked my drink over lol | my {pet} is sleeping on my homework
y: lmao | cute | send a pic of the {pet}
x?0.6: hes so dumb i love him | ok one sec
== i_weather kind=benign reg=dm roles=x:any,y:any
x: its raining again | so hot today | its freezing here
y: ugh | same here | i hate it
x?0.5: cant wait for summer | staying in all day
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_gamer_gifts kind=grooming reg=dm roles=a:groomer,t:target w=2
a: gg that was a close one | nice clutch in that last round | ur actually really good at {game}
t: thx lol | haha thanks | ty u too
a: how long have u been playing | u play a lot huh | u been playing long?
t: like a year | since summer | every day after school lol
a: how old r u btw @g2 | u sound young, how old are u? @g2 | wait how old are u @g2
t: {age_t} | im {age_t} | {age_t} why
a?0.7: oh cool im {age_a} haha | nice, im a bit older lol {age_a} | ah ok im {age_a} dont worry
...
a: ur so mature for ur age honestly @g1 | u seem way more mature than other kids ur age @g1 | i like talking to u, ur different @g1
t: lol thanks | i guess | my mom says that too
a?0.7: what school do u go to @g2 | what grade are u in @g2 | do ur parents let u play late? @g2
t?0.7: {grade_t} grade | im in {grade_t} | not really lol
--
a: hey u on? | missed talking to u today | hey stranger
t: ya | hey | just got home
...
a: i can get u {gift} if u want @g4 | want me to buy u {gift}? @g4 | i have extra {gift} i could send u @g4
{
t: wait really?? | omg yes | thats so nice
|
t: u dont have to | idk | why would u do that
a?0.8: because i care about u silly | its nothing, ur special @g1
}
a: but dont tell ur parents ok they wouldnt get it @g3 | just keep it between us ok @g3 | this is our secret ok? @g3
t: ok | lol ok | why not
a?0.7: parents overreact about online friends | they would make u stop talking to me @g3
a: do u have {app}? its easier to talk there @g7 | add me on {app} @g7 | lets talk on {app} instead, this app is weird @g7
{
t: ok whats ur user | sure
|
t: i dont have it | my mom checks my phone
a?0.9: u could make one she doesnt know about @g3 | delete our chats after ok @g3
}
a?0.6: send me a pic of u, just for me @g6 | can i see what u look like @g6 | show me a pic of ur outfit @g6
t?0.6: idk | maybe later | why
a?0.5: have u ever had a bf/gf @g5 | have u ever kissed anyone @g5 | do u ever think about that kind of stuff @g5

== groom_stranger_fast kind=grooming reg=stranger roles=a:groomer,t:target
a: asl | hi asl? | hey m or f
t: {age_t} f | {age_t} f uk | f {age_t} | hi {age_t} f
a: {age_a} m | im {age_a} m is that ok | {age_a} m here
t?0.6: thats old lol | ok | ur old
a: age is just a number @g1 | u seem mature tho @g1 | dont worry i dont bite lol @g1
a?0.7: are u home alone rn @g2 | where are ur parents @g2 | r ur parents strict @g2
t?0.7: at work | downstairs | kinda
a?0.8: have u ever had a bf @g5 | have u ever kissed anyone @g5 | what are u wearing rn @g5
{
t: thats kinda weird | why are u asking | no
a?0.7: relax its just a question @g5 | dont be shy @g5
t?0.6: bye | im leaving | ew
|
t: no lol | not really | no
a: want to see something cool? add me on {app} @g7 | lets go to {app} its more private @g7
t?0.6: whats ur name there | ok
a?0.7: send a pic first @g6 | send a selfie so i know ur real @g6
}

== groom_older_friend kind=grooming reg=dm roles=a:groomer,t:target w=2
t: ugh my parents are so annoying | i got grounded again | my mom took my phone for a week
a: what happened? | thats rough | aw why
t: they found out i skipped {subject} | they think im always on my phone | i came home late
a: they dont get u like i do @g1 | i would never treat u like that @g1 | u deserve better honestly @g1
t?0.7: ya | exactly | lol thanks
...
a?0.7: how old r u again? @g2 | ur {age_t} right? @g2
t?0.7: {age_t} | yeah {age_t}
a: ur really mature for {age_t} @g1 | ur smarter than most adults i know @g1
--
a: hey how was school | did they give ur phone back? | good morning sunshine
t: boring | yes finally | lol hi
a: i was thinking about u all day @g1 | i missed u @g1 | nobody understands u like i do @g1
t?0.6: aw | u too | lol same
a: do ur parents check ur messages? @g3 | does anyone else use ur phone? @g3 | when do ur parents get home? @g2
t: sometimes | no | like 6
a: maybe delete our chat then, just in case @g3 | dont tell them about me ok @g3 | they would ruin it @g3
{
t: ok | ok i will | fine
|
t: why | is it bad that we talk? | my friend said its weird
a: its not bad, people just dont understand @g3 | ur friend is jealous lol @g3
}
--
a?0.8: i could pick u up after school one day @g7 | we should meet up, ill drive @g7 | i could take u to {place} on {day} @g7
{
t: maybe | idk my mom | i cant
a?0.8: just tell her ur at a friends @g3 | she doesnt have to know @g3
|
t: ok | thatd be fun | where
a: ill wait near {place} @g7 | ill text u on {app} @g7
}

== groom_photo_flattery kind=grooming reg=dm roles=a:groomer,t:target
a: love ur profile pic | ur so pretty in ur pic | that pic is cute
t: aw thanks | lol ty | thx
a: how old are u if u dont mind me asking @g2 | u look older than u are probably lol how old @g2
t: {age_t} | just turned {age_t}
a: wow u could be a model @g1 | i do photography, u would be perfect @g1 | u look way older @g1
...
a: send me more pics? @g6 | do u have any other pics @g6 | can u send one in ur swimsuit @g6
{
t: um idk | why | thats weird
a?0.8: its for my portfolio, totally normal @g5 | dont be shy, ur beautiful @g5
t?0.6: no sorry | ill ask my mom | no
|
t: like what | ok
a: something just for me, dont show anyone @g3 | ill send u {gift} for it @g4
}
a?0.5: lets move to {app} @g7 | add me on {app} its safer @g7

== groom_slow_partial kind=grooming reg=dm roles=a:groomer,t:target
a: hey whats up | hi! | hey how are u
t: not much | bored | good u
...
a: how old are u @g2 | what year are u in @g2
t: {age_t} | year {n}
a?0.7: oh nice im {age_a} but i act young lol | cool im older but i like talking to u
...
a: u can tell me anything u know @g1 | im always here for u @g1 | ur my favourite person to talk to @g1
...
a: lets keep this chat between us ok @g3 | dont mention me to ur parents @g3 | are u alone right now @g2
t: ok | why | yeah
a?0.6: good | just wondering | cool

# ------------------------------------------------------- grooming look-alikes
== teen_romance kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: heyy | hiii | hey u
b: hey | hi :) | hey whats up
a?0.7: how old r u again | wait how old are u | ur {age_b} right
b?0.7: {age_b} u? | {age_b} | yeah
a?0.7: {age_a} | im {age_a}
...
a: ur really cute | i think ur cute ngl | u looked cute today
b: omg stop | lol u too | shut up ur cuter
a?0.6: wanna be my gf | do u like me | would u go out with me
b?0.6: maybe ;) | yes obviously | lol idk
...
b: dont tell my brother i like u hes so annoying | dont tell anyone yet ok | keep it secret from my sister lol
a: lol ok | my lips are sealed | ok
a?0.7: add my {app} | whats ur {app}
b?0.7: ok sent | added u
a?0.7: wanna meet at {place} {day} | wanna go {place} {day}
b?0.7: my mom can drop me at 2 | yes but i have to be home by 6 | ok ill ask my dad

== stranger_peers kind=benign reg=stranger roles=a:teen,b:teen look=peer_asl w=2
a: asl | hi asl | m or f
b: {age_b} f | {age_b} m | {age_b} f us | {age_b} m uk
a: {age_a} m | {age_a} f | {age_a} f canada
b?0.6: nice | cool | hi
a: what u into | what music u like | u play games
b: {band} | mostly {game} | anime and stuff
...
a?0.6: cool | same | nice
b?0.6: gtg my mom is calling | ok bye | nice talking to u

== stranger_adults kind=benign reg=stranger roles=a:adult,b:adult look=adult_asl
a: asl | hi asl? | m/f?
b: {age_b} f | {age_b} m | {age_b} f here
a: {age_a} m | {age_a} f
b: nice, what are u up to | cool whats up
a: just got off work | bored at home | waiting for my train
...
a?0.6: u from {town}? | where u from
b?0.6: near {town} | not far from {town}
a?0.5: nice chatting, have a good night | gotta go, bye

== adult_dating kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: hey, we matched! | hi there :) | hey, love ur profile
b: hey! | hi :) | haha hi
a?0.7: so how old are u, ur profile says {age_b}? | ur {age_b} right?
b?0.7: yep {age_b}, u? | {age_b}, and u're {age_a}?
a?0.7: {age_a} | yeah {age_a}
...
a: u look amazing in ur pics | ur really cute | i like ur smile
b: thanks ;) | haha stop | u too
a?0.7: send me a pic of what ur wearing tonight ;) | show me ur outfit for later
b?0.7: lol maybe | only if u send one first | ;)
a?0.6: cant stop thinking about u | i cant wait to get u alone | last night was fun
b?0.6: me neither | behave lol | same ;)
a: lets move to whatsapp, i never check this app | text me on {app} | whats ur number
b: sure | ok here it is | ok
a: drinks on {day}? | dinner {day}? i know a place | wanna meet at {place} after work
b: yes! | sounds good | its a date

== parent_surprise kind=benign reg=dm roles=p:parent,k:kid look=family_secret w=2
p: hi sweetie, how was school | hey love | hi darling
k: good | ok | boring
p: dont tell {relative} but we're planning a surprise party | shh its a surprise for {relative} | keep it secret from {relative} ok
k: omg ok | i wont | yay
p?0.7: i got u {gift} for doing so well | i bought u the {gift} u wanted | ur present came today
k?0.7: omg thank u | yesss | love u
p: ill pick u up after practice at 5 | i'll get u from school at 3:30 | dad will pick u up today
k: ok | ok see u | ok love u
p?0.6: dont forget ur coat | did u eat lunch | love u
...

== coach_team kind=benign reg=group roles=c:adult,t1:teen,t2:teen,t3:teen look=coach_logistics
c: great practice today everyone | reminder training is at 5 on {day} | well done on saturday team
t1: thanks coach | ty | ok
t2: what time do we finish | do we need our kits
c: finish at 6:30, parents pick up at the gate | bring ur kits and water | ill send the schedule to ur parents
t3?0.6: can i get a lift | my mum is late
c?0.6: ill wait with u until she gets there | we'll wait at the club till ur mum comes
c?0.6: dont tell the other team about our new plays lol | keep the new kits a secret till the match
t1?0.6: lol ok | secret mode | yes coach
...

== tutor_help kind=benign reg=dm roles=a:adult,t:kid look=adult_minor_benign
a: hi, ready for {subject} tonight? | hi, did u finish the worksheet | hello, see u at the library at 4?
t: yes | kind of | yeah
a: ur doing really well, im proud of u | that answer was great | ur so smart
t: thanks | lol thx
a?0.7: ask ur mum if thursday works too | tell ur dad the session moved to 5 | i emailed ur mum the notes
t?0.7: ok | she said yes | ok
...

== gaming_trash kind=benign reg=group roles=a:teen,b:teen,c:teen look=gaming_banter w=2
a: bro ur so trash | ur literally the worst | who let u play {game}
b: shut up idiot i carried u | lmao says the guy who died first | cope
c: 😂😂 | both of u are bad | lmaooo
a: nah u throwed the whole game | u suck lol | ur bad
b: ok noob | 1v1 me then | ur just mad
c?0.7: ur both noobs | again? | one more game
a: lol fine | bet | gg
...

== hyperbole_chat kind=benign reg=dm roles=a:teen,b:teen look=hyperbole w=2
a: this homework is killing me | i swear {subject} is gonna kill me | kill me now this class is so long
b: same lol | literally dying | 😭😭
a?0.7: im dead 😂 | i want to die lol that was so embarrassing | i cant im dead
b?0.7: lmaooo | stop im crying | dead
a?0.6: i would rather die than do this presentation | if i fail this test im done lol
b?0.6: ur gonna be fine | ur so dramatic lol | same tho
...

== venting_support kind=benign reg=dm roles=a:any,b:any look=venting w=2
a: worst day ever | today sucked | im so done with today
b: what happened | aw whats wrong | oh no
a: got yelled at by my boss | failed my test | my car broke down
b: that sucks im sorry | ugh im sorry | that's awful
a?0.7: i just want to sleep for a week | i need a holiday | i just want to hide under a blanket
b?0.7: want to get food later? | call me if u want to talk | u deserve a break
a?0.6: yeah thanks | ok thank u | ur the best
...

== recovery_post kind=benign reg=post roles=a:adult,r:any look=recovery
a: Two years ago I was in a really dark place and I honestly didn't think I would make it to now. | A year ago today I reached out for help for the first time. | I wanted to share something for anyone who is struggling right now.
a+: I started seeing a counsellor, took my meds seriously and told my sister what was going on. | Therapy was hard at first but it gave me words for what I was feeling. | I called a helpline one night and that conversation changed things.
a+: Today I'm two years clean from self harm and I'm starting a new job next week. | Things are not perfect but I wake up wanting to be here. | I still have bad days but they pass.
a+?0.7: If you're in that place right now, please talk to someone. It does get better. | Reach out, even if it feels pointless.
r: this made me cry, so proud of u | thank u for sharing this | congrats, this gives me hope
r?0.5: needed to read this today | ❤️ | so happy for you

== news_chat kind=benign reg=group roles=a:adult,b:adult,c:adult look=news
a: did u see the news about the anti bullying week at the schools | they're doing a suicide prevention campaign on the buses | read an article about cyberbullying laws today
b: yeah its about time | good thing honestly | saw that
c: my kids school did a talk about online safety | they should teach kids about this stuff earlier
a?0.7: apparently the helpline got way more calls after | the numbers are scary
b?0.6: glad people are talking about it | yeah
...

== lyrics_quote kind=benign reg=dm roles=a:teen,b:teen look=lyrics
a: "i'd rather die than live without you" this song is so dramatic lol | listening to sad songs like i'm in a movie | that line "kill me slowly" is stuck in my head
b: lmao who sings that | its a vibe | ur so emo
a: {band} obviously | some old song my mum likes
...

== friends_roast kind=benign reg=dm roles=a:teen,b:teen look=gaming_banter
a: ur so ugly lol jk | ur actually so annoying | ur weird
b: says u | lmao ok | love u too
a: jk ur my best friend | see u tmrw loser | ❤️
...

== comment_benign kind=benign reg=comment roles=c:any look=comment w=3
c: omg this is so good | lol this made my day | who else is here from tiktok | the drop at 1:20 🔥 | this deserves more views | i've watched this like 10 times | the cat at the end lmao | this tutorial actually worked thank u | cant believe this is free | best channel ever
c+?0.4: subbed | more pls | ❤️❤️

== comment_critique kind=benign reg=comment roles=c:any look=comment_criticism w=2
c: this is the worst song of the year honestly | the ref was blind tonight | this game update is garbage | that was a terrible movie lol | the graphics are so bad | this recipe did not work at all | overrated tbh | the new logo is ugly

== spanish_chat kind=benign reg=dm roles=a:teen,b:teen look=non_english
a: hola que tal | oye hiciste la tarea | vamos al cine el {day}?
b: bien y tu | no todavia | si claro
a: tengo mucha hambre | mañana hay examen | que aburrido
b: yo tambien | suerte | jaja si

# ---------------------------------------------------------------- bullying
== bully_pileon kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen w=2
b1: lol look who joined | omg why is {name_v} in this chat | who added {name_v}
v: hi? | um hey | whats going on
b2: nobody wants u here @be | leave, nobody invited u @be | this chat is for real friends only @be
b1: ur such a loser @bi | ur so ugly no wonder no one likes u @bi | ur literally so annoying and weird @bi
b3?0.8: 😂😂 | fr | lmao
v: why are u being like this | stop | what did i do
b2: everyone hates u @bi | ur pathetic @bi | u smell lol @bi
b1?0.7: im sending everyone that pic of u @bh | should we show everyone what she said about her crush @bh
b3?0.6: we made a new group without u @be | dont come to the party @be
v?0.8: please stop | i didnt do anything | leave me alone
b2?0.6: wait till monday ur dead @bt | watch what happens at school @bt | ur getting jumped @bt
b1?0.5: just kys already @bk | no one would care if u disappeared @bk
...

== bully_dm_harass kind=bullying reg=dm roles=b:teen,v:teen
b: why are u so weird @bi | ur such a freak @bi | everyone thinks ur disgusting @bi
v: leave me alone | what is ur problem | stop messaging me
b: ur fat and ugly @bi | no one will ever like u @bi | ur a waste of space @bi
v?0.7: i blocked u on the other app for a reason | im telling a teacher
b: go ahead no one believes u @bi | lol snitch @bi
b?0.7: i know where u live @bd | ur address is {n}{n} {town} road right @bd | ill post ur number everywhere @bd
b?0.6: u should just kill urself @bk | do everyone a favour and disappear @bk
v?0.6: stop | please | ...

== bully_comment kind=bullying reg=comment roles=c:any w=2
c: ur so ugly no wonder ur single @bi | nobody asked for ur opinion, loser @bi | this girl is so annoying i cant stand her @bi | look at his face lmao what a clown @bi | ur a disgrace, delete ur account @bi | kys nobody likes u @bk | ur voice is so annoying, just stop posting @bi | imagine being this dumb @bi | ugly fat loser @bi | shes such a slag lol @bs
c+?0.5: everyone at school agrees | 🤡🤡 | go cry about it | lol

== bully_target_ideation kind=bullying+self_harm reg=group roles=b1:teen,b2:teen,v:teen,f:teen
b1: omg {name_v} actually thinks people like her @bi | {name_v} is such a try hard @bi | ew {name_v} sat with us today @bi
b2: lmao fr @bi | no one wants her around @be | tell her to find new friends @be
v: i can see this u know | why do u hate me | what did i ever do
b1: ur so pathetic @bi | cry about it @bi
f: guys stop thats not ok | leave her alone | this isnt funny
--
v: maybe everyone would be better off without me @si | ive been thinking dying would be easier @si | i dont want to be here anymore @si
f: {name_v} please dont say that | are u ok? call me | im here for u, please talk to someone
v?0.7: i just cant do this anymore @si | i'm so tired of everything @si

# ---------------------------------------------------------------- self-harm
== sh_friend_ideation kind=self_harm reg=dm roles=a:teen,b:teen w=2
a: hey can i tell u something | r u awake | can we talk
b: ya whats up | of course | always
a: ive been feeling really bad lately | things have been hard at home | i dont feel like myself
b: im sorry, whats going on | ur not alone | tell me
a: sometimes i wish i could just not wake up @si | i dont see the point anymore @si | i think everyone would be better off without me @si
{
b: please dont say that, ur important to me | that scares me, have u told anyone | i'm really glad u told me
a?0.7: i havent told anyone | i dont want to worry my mum
b: can we tell the counsellor together | please call a helpline, they really help | i'll stay with u on the phone
a?0.6: ok maybe | thank u | i'll think about it
|
b: do u mean like hurting urself? | are u safe right now
a: i dont know @si | ive thought about it @si | not right now but i think about it a lot @si
b: im calling u now | please talk to ur mum or a helpline tonight
}

== sh_plan kind=self_harm reg=dm roles=a:any,b:any
a: i cant do this anymore | i'm done | this is it
b: what do u mean | hey whats going on | are u ok
a: i've decided, i'm going to end it this weekend @sp | i have a plan and i picked a date @sp | i'm going to kill myself tonight @sp
a?0.7: i already got what i need @sm | i've been saving up the stuff for it @sm | i looked up how @sm
b: please dont, where are u | im calling someone right now | please call 988 or go to a&e now
a?0.7: i wrote letters for my family @sf | i gave my stuff away already @sf | thank u for being my friend, goodbye @sf
b: im coming over | please stay on the phone | i love u please wait

== sh_nssi kind=self_harm reg=dm roles=a:teen,b:teen
a: i did it again last night | i relapsed | i messed up again
b: did what? | oh no | what happened
a: i hurt myself again @sj | i started cutting again @sj | i burned myself again @sj
b: thank u for telling me | are u ok? do u need help | have u told anyone
a?0.7: no i hide it with long sleeves @sj | my parents dont know @sj
b: can we tell someone together | please talk to the school nurse | i'm here, u dont have to hide it from me

== sh_post_ideation kind=self_harm reg=post roles=a:any,r:any,q:any w=2
a: I don't really know why I'm posting this but I don't have anyone else to tell. | I've been feeling empty for months now and it keeps getting worse. | Throwaway because people I know use this site.
a+: Every day feels the same, I go to school or work, come home, lie in bed and stare at the ceiling. | My friends have stopped asking how I am and honestly I stopped answering.
a+: Lately I keep thinking about killing myself. @si | I've started to wish I just wouldn't wake up. @si | I think about dying all the time now. @si
a+?0.6: Last night I wrote a note and hid it in my drawer. @sf | I've been thinking about how and when. @sp | I don't think I'll be here much longer. @sf
a+?0.7: I don't even know what I want from posting this. | Sorry for the long post.
r: please reach out to a crisis line, you deserve support | I'm really sorry you're feeling this way. Is there anyone you can talk to today? | you matter, please call a helpline
q?0.6: dm me if you want to talk | sending love, please stay

== sh_farewell_group kind=self_harm reg=group roles=a:any,b:any,c:any
a: hey guys | hi everyone | yo
b: heyy | whats up
...
a: i just want to say thank u for everything @sf | ur all the best friends i could ask for, goodbye @sf | logging off for good, take care of each other @sf
c: wait what do u mean | thats scary, are u ok?? | dont say that
a?0.7: its fine, i made my decision @sp | u wont have to deal with me anymore @sf
b: im calling ur mum | please answer ur phone | someone call her
"""
