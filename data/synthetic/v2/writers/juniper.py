"""Writer "juniper" (a grooming-side train supplement), written in session 19.

Why it exists: sessions 16-18 found that the grooming operating point is pinned by a few
peer-romance chats of one train writer. Only three of the seven train writers have a
``teen_romance`` look-alike at all, so a fold head that has not read ``harbor`` has barely
seen two teenagers flirt, and ``harbor``'s teens, replayed out of writer, set grooming's
threshold for every other writer. This writer adds *variety* on the grooming side only:
peer romance told many ways, the other grooming look-alikes, and grooming scripts with
openings the train writers do not use, so that the writer's style does not itself say
"benign". It has no bullying or self-harm scenario, so those categories' training data
stays as it was. It is rendered into its own file and never into dev, test, validation
or a stream.

Brief: South African, Scottish, Trinidadian and American Southern English in spaces the
other writers do not use: a livestreaming app's chat and DMs, a language-exchange app, a
church youth group and a community theatre group (group chats with parents in them), a
summer camp's group chat and the texts after it, a matric dance / school formal being
planned, a babysitting arrangement, a dating app for adults, a wrong-number text that
turns into a chat. South Africans write "howzit", "lekker", "eish", "shame" (as
sympathy), "just now", "now now", "braai", "robot" (traffic light), "bru"; Scots "wee",
"aye", "cannae", "dinnae", "ken", "pure", "messages" (groceries), "how", "jist"; Trinis
"lime" (hang out), "wham", "eh eh", "doh", "yuh", "allyuh", "real"; Southerners "y'all",
"fixin to", "bless your heart", "mama", "dang". Teenagers type in lowercase with
"ngl", "fr", "istg", "lowkey", keyboard smashes and hearts; adults type in full
sentences, or pretend to type like teenagers.

Written from ``DOMAIN.md``'s grooming stages and look-alike list, without reading the
test writer's or the validation writer's scripts, and without the openings the test
brief names (homework help, a modelling agency, a sports coach). Non-graphic: the
sexualising steps are the plain words a moderator would quote ("have you ever had a
boyfriend", "send me a pic, just for me"), never explicit.

Risky scripts (targets drawn at 11-15, adults at 22-52, as ``script.ROLE_AGES`` says): an
adult viewer who tips a young streamer, moves to DMs and asks for a private stream; a
language-exchange partner who learns the other is at school and turns the lessons
personal; a "wrong number" who keeps texting after learning it is a child; an adult from
a church youth group's wider network who singles out one teen; an adult "boyfriend" met
after summer camp; a slow one the target refuses and reports.

Look-alikes outnumber them, most of all teenagers with each other (teens drawn at 13-17,
kids at 10-13): two who met at camp, say their ages, call each other cute, keep it from
their parents for now, swap numbers and plan to meet at the mall with friends; two kids
with a crush passing "do u like anyone" back and forth; a couple at school buying each
other gifts and planning the dance; two teens in a long-distance gaming relationship who
send selfies and ask their parents about meeting; a breakup and make-up; teens on a
random chat app saying asl. Then the adults: two declared adults on a dating app who
flirt, ask for a picture of an outfit, move to WhatsApp and meet for drinks; a youth
pastor's group logistics with parents copied in; a babysitter arranging a pick-up with
the mum and the kid; a grandmother and a grandchild planning a surprise; a theatre
director's notes to the cast; a language-exchange pair who really are just practising.
"""

NAME = "juniper"

HANDLES = (
    "thandi", "sipho", "lerato", "kagiso", "zanele", "pieter_v", "annika_dp", "ruan", "mbali", "tumi",
    "callum", "eilidh", "fraser", "isla_m", "kirsty", "rory_b", "ailsa", "struan",
    "kezia", "darnell_t", "shivani_r", "keron", "aaliyah_j", "jabari", "renee_c", "nadia_tt",
    "savannah", "bo_dean", "caroline_m", "tucker", "mary_beth", "jolie", "wyatt_r",
    "nightowl_plays", "pixelpip", "bookworm_b", "nomsa", "bongani", "hamish", "skye_r", "tariq_t",
    "dominique", "lacey_m", "hollis", "marisol", "jessamy",
)

LEXICON = {
    "game": ("minecraft", "roblox", "fortnite", "valorant", "stardew", "apex"),
    "app": ("snap", "whatsapp", "insta", "discord", "telegram"),
    "place": ("the mall", "the cinema", "canal walk", "the waterfront", "the shopping centre", "the skate park"),
    "day": ("saturday", "on friday", "after church sunday", "this weekend", "tomorrow after school"),
    "town": ("durban", "pretoria", "glasgow", "dundee", "aberdeen", "port of spain", "san fernando",
             "savannah", "macon", "knoxville"),
    "gift": ("a hoodie", "airpods", "a gift card", "the new skin", "data for your phone", "a necklace"),
    "food": ("a braai", "bunny chow", "a fish supper", "doubles", "biscuits and gravy", "koeksisters"),
    "show": ("heartstopper", "outer banks", "bluey", "the bear", "love island"),
    "band": ("taylor swift", "tyla", "lewis capaldi", "olivia rodrigo", "morgan wallen", "machel montano"),
    "relative": ("your dad", "grandad", "your sister", "uncle keith", "your mum", "gogo"),
    "play": ("annie", "the sound of music", "oliver", "grease", "joseph"),
    "lang": ("spanish", "french", "afrikaans", "portuguese", "korean"),
}

INTERLUDES = r"""
== i_plans kind=benign reg=dm roles=x:any,y:any
x: what u doing this weekend | any plans for the long weekend | going to {town} on sunday
y: nothing much | braai at my cousins | nice, whats in {town}
x?0.6: jealous | lekker | family stuff lol
== i_food kind=benign reg=dm roles=x:any,y:any
x: we're having {food} tonight | what r u eating | im starving
y: lekker | cereal lol | same
x?0.5: jealous? | 😋
== i_show kind=benign reg=dm roles=x:any,y:any
x: have u watched {show} | did u see the new ep | {show} is so good
y: not yet | yesss | no spoilers!!
x?0.5: ok ok | 🤐
== i_music kind=benign reg=dm roles=x:any,y:any
x: {band} dropped a new song | listening to {band} rn | going to see {band} in {town}!!
y: its a banger | fr | no wayyy
x?0.5: on repeat | 😭
== i_weather kind=benign reg=dm roles=x:any,y:any
x: its pure baltic today | so hot istg | load shedding again
y: aye freezing | dying in this heat lol | eish ours too
x?0.5: stay warm | candles out
== i_game kind=benign reg=dm roles=x:any,y:any
x: u on {game} later | im stuck on this level | just got a new skin
y: maybe after dinner | which one | show me
x?0.5: ok | 🔥
== i_church kind=benign reg=dm roles=x:any,y:any
x: r u going to youth sunday | did u bring the hymn sheets | who's doing the readings
y: ya mama is making me | i think so | me and kezia
x?0.5: see u there | ok
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_stream_tipper kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey saw your stream, you're really funny | great stream tonight! that {game} run was mad | hi i'm the one who tipped you earlier haha
t: omg thank you so much!! | ty for the tip!! | haha thanks for watching
a: how long have you been streaming? you're a natural | you should have way more viewers honestly @g1 | you're my favourite streamer on here tbh @g1
t: like 3 months | since my birthday | thanks that means a lot
a: how old are you if you don't mind me asking @g2 | you sound young, are you in school? @g2 | what year are you in? @g2
t: {age_t} | im {age_t} | {age_t} lol
a?0.7: oh nice, i'm {age_a} but don't hold it against me lol | cool, i'm a bit older, {age_a}
...
a: i sent you another {gift}, for being you @g4 | check your inbox, got you {gift} @g4 | i'll tip your next goal so you hit it @g4
{
t: omg you didnt have to!! | THANK YOU | wait really
|
t: thats too much | you dont have to keep doing that
a?0.8: i like spoiling my favourite @g4 | it's nothing, you deserve it @g1
}
a: don't mention the tips on stream ok, people get jealous @g3 | keep our chats off stream, they're just for us @g3 | your parents don't watch your streams right? @g2
t: ok | lol ok | no they dont really care
--
a: could you do a private stream? just for me @g6 | send me a pic of your setup, and you in it @g6 | you should do a stream in your pj's, just for me haha @g5
{
t: idk thats weird | i dont think i should | um
a?0.7: relax, i'm not weird, i'm the guy who tips you @g1 | ok forget it, just thought we were close @g1
t?0.5: ok | sorry
|
t: maybe | what kind of stream | lol why
a: let's talk on {app}, this app reads everything @g7 | add me on {app} so we can chat properly @g7
}
a?0.6: i'm in {town} next month, we could meet up, my treat @g7 | if you're ever in {town} i'll take you shopping @g7

== groom_language_exchange kind=grooming reg=dm roles=a:groomer,t:target
a: hola! i saw you want to practise {lang} | hi, i'm a native speaker, want to exchange? | hello! your profile says you're learning {lang}
t: yes please!! | hi yes i have a test soon | sure
a: great, tell me about yourself in {lang}? | let's start easy, what do you do all day? | what are you studying?
t: i go to school and i like music | im in {grade_t} grade | i have a test on friday
a: wait, you're in school? how old are you? @g2 | oh you're still at school, what age? @g2 | you write so well for a student, how old are you @g2
t: {age_t} | {age_t} is that ok | im {age_t}
a?0.8: of course! age doesn't matter for languages @g1 | haha no problem, i'm {age_a}, still young at heart @g1
...
a: you're much more mature than people my age honestly @g1 | i look forward to our chats all day @g1 | you're my favourite student @g1
t: haha thanks | lol ok | you're nice
a: do your parents know you use this app? @g2 | are you alone when we chat? @g2 | where are your parents now @g2
t?0.7: no they think its for homework | my mum is at work | yeah they know
a: maybe don't tell them about me, they wouldn't understand we're friends @g3 | let's keep our lessons our secret @g3
--
a: let's do a video call, just us, so you can practise speaking @g7 | download {app}, the calls are better there @g7
a?0.7: send me a photo of you first so i know who i'm talking to @g6 | you'd look cute in the photo, send one @g6
a?0.6: have you ever had a boyfriend? tell me in {lang} haha @g5 | do you know the words for kissing in {lang}? @g5
{
t: thats kinda weird | i dont want to | im gonna go
a?0.6: you're too sensitive, it's just practice @g3
|
t: ok | um ok | lol maybe
}

== groom_wrong_number kind=grooming reg=dm roles=a:groomer,t:target
a: hey is this jen? | hi, are you still selling the bike? | hey it's mark from work
t: no sorry wrong number | who is this | i think u have the wrong number
a: oh sorry! | my bad haha | ah sorry about that
a: you sound nice though, who is this? | well since you're here, how's your day? @g1 | you seem cool, mind if we chat? @g1
t: lol ok | im {name_t} | its fine
a: how old are you {name_t}? @g2 | do you go to school near {town}? @g2 | you sound young haha, are you in school? @g2
t: {age_t} | im {age_t} lol | yeah {grade_t} grade
a?0.7: wow you sound older @g1 | oh wow, well i'm {age_a} but we can still be friends right? @g1
...
a: does your mum check your phone? @g2 | are you allowed to text people? @g2 | delete these texts after ok? @g3
t: not really | sometimes | why
a: best not to tell her about me, she'd make it weird @g3 | just between us ok @g3
--
a: morning beautiful @g5 | good morning gorgeous, sleep well? @g5 | thought about you last night @g5
t?0.7: lol | um hi | who is this again
a?0.7: send a selfie, i want to see your smile @g6 | send me a pic from today @g6
a?0.6: i could pick you up after school one day, buy you a milkshake @g7 | want to meet at {place}? don't bring anyone @g7

== groom_youth_group kind=grooming reg=dm roles=a:groomer,t:target
a: hey it was great seeing you at youth on sunday | hi, hope you enjoyed the camp talk | hey, loved your reading today
t: thanks! | hi :) | haha thank you
a: you're one of the most mature kids in the group, you know that @g1 | i feel like you really get it, unlike the others @g1 | you can always talk to me about anything @g1
t: aw thanks | really? | ok
a: how's home? your mum still being strict? @g2 | is your dad still working away? @g2 | are you still in {grade_t} grade? @g2
t: ugh yes | ya hes away | yeah
...
a: i got you {gift}, i'll give it you after service @g4 | i put some money on your phone for you @g4
a: don't tell the others, they'll be jealous i picked you @g3 | this stays between you and me ok, pastor wouldn't understand @g3
t: ok | ok i wont | why would he mind
--
a: i can drive you home after youth, your mum doesn't need to come @g7 | come early on saturday, just us, i'll show you the new sound desk @g7
a?0.7: you looked so grown up on sunday @g5 | you're going to break hearts, you know @g5 | do you have a boyfriend yet? @g5
a?0.6: send me a photo of your outfit for the social @g6 | show me what you're wearing to the social, just me @g6

== groom_camp_boyfriend kind=grooming reg=dm roles=a:groomer,t:target
a: heyyy its me from camp | hey its {name_a} from the lake! | hi, found you from the camp group chat
t: omg hi!! | heyy | haha hi
a: cant stop thinking about you since camp @g1 | you were the best thing about that week @g1
t: aw | lol stop | me too kinda
a?0.7: wait how old are you again? @g2 | you're {age_t} right? @g2
t: {age_t} | yeah {age_t}
a?0.8: i'm {age_a} but age is just a number right @g1 | i'm a bit older, {age_a}, but you're so mature @g1
t?0.7: ur {age_a}?? | oh | ok
...
a: your mum can't know about us, she'd freak @g3 | don't tell your friends, they're kids, they wouldn't get it @g3 | delete our chats before your mum sees @g3
t: ok | i know | i wont
--
a: i want to take you away for a weekend, just us @g7 | i'll pick you up down the road from your house, not outside @g7 | come see me in {town}, i'll pay for the bus @g7
a: send me a pic, the kind you'd only send your boyfriend @g6 | i want a pic just for me @g6
{
t: i dont do that | no | im not ready for that
a?0.8: if you loved me you would @g5 | everyone your age does it @g5
|
t: maybe | idk | ok maybe later
}

== groom_refused kind=grooming reg=stranger roles=a:groomer,t:target,f:teen
a: hey | hi cutie | asl
t: hi | {age_t} f | who are you
a: {age_a} m, but i'm young at heart lol @g1 | dont worry im nice @g1
a: are you home alone? @g2 | what school do you go to? @g2 | you got a boyfriend? @g5
t: why | thats creepy | im blocking u
a?0.7: dont be like that, just want to be friends @g1 | come on, send a pic @g6 | lets go to {app} @g7
t: no. | reported | bye
--
t: {name_f} some old guy was messaging me on the random chat | this creep kept asking if i was home alone
f: ew | block him!! | did u tell ur mum
t: i did and reported him | yeah mum said to screenshot it | ya blocked

# ---------------------------------------------------------------- look-alikes: teenagers with each other
== camp_romance kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=3
a: heyyy its {name_a} from camp | hiii did u get home ok | hey its me from the lake lol
b: omg hi!! | yess just got in | heyy
a: wait how old r u again i forgot | ur {age_b} right | what year r u in again
b: {age_b} | yeah {age_b} and ur {age_a}? | {age_b} lol
a: ya {age_a} | {age_a} | same lol
...
a: ngl i miss camp | i miss u lowkey | camp was the best week ever bc of u
b: stoppp | me tooo 😭 | ur so cute
a: ur cuter | no u | 🥺
b: dont tell my mum yet ok shes gonna ask a million questions | keep it between us for now, my brother is so annoying | dont say anything to the group chat yet lol
a: ok 🤐 | lips sealed | lol ok
a?0.7: add me on {app} | whats ur {app} | wanna facetime
b?0.7: ok added | sure | ya after dinner
a?0.7: wanna meet at {place} {day}? we can bring friends | my mum can drive me to {place} {day} | {place} {day}? kezia and them are coming
b?0.7: ill ask my dad | yesss my mum said ok if she drops me | only till 5 tho
b?0.5: send a selfie i forgot what u look like lol | send a pic of the lake photos
a?0.5: lol ok | omg no i look awful | ok sent

== crush_kids kind=benign reg=dm roles=a:kid,b:kid look=teen_romance w=2
a: do u like anyone | can i tell u a secret | promise u wont tell
b: maybe lol | ok | i promise
a: i like someone in our class | i kinda like {name_b} lol jk | u have to guess
b: who | omg tell me | is it me lol
a: u have to promise not to tell anyone | dont tell anyone ok | its a secret
b: i pinky promise | ok | 🤐
a: its u lol | ok its u 🙈 | i like u
b: omg | i like u too | noooo way
...
a?0.7: r u going to the fun run | r u at {place} {day} | my mum says i can go to the cinema if ur mum comes
b?0.7: ya my mum is coming | ill ask | yesss
a?0.5: dont tell my sister she will tease me | my brother cant find out lol

== matric_couple kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: happy 6 months 🥰 | i got u something | wait till u see what i got u
b: awww babe | omg what | u didnt have to
a: i got u {gift} | its a necklace with our initials | i saved up for it
b: im crying | i love it | ur the best
...
b: have u got ur dress yet for the dance | what colour is ur suit, i need to match | my mum wants photos of us before the dance
a: yes but its a surprise | dont tell anyone what colour | navy!!
b: cant wait to see u in it | u gonna look amazing | i already know
a?0.6: my dad says u have to come for dinner first lol | my parents want to meet ur parents | my dad wants to fetch us after
b?0.6: haha ok | eish scary but ok | fair
a?0.5: miss u already | wish u were here | cant wait for saturday

== long_distance_gamers kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: gm | good morning babe | hiii
b: gm 🥱 | hey | morning
a: i told my mom about u finally | my mom asked who i'm always laughing at lol | my mom finally asked about the {game} friend lol
b: omg what did she say | lol what did u say | and??
a: she said ur welcome to visit if ur parents talk to her first | she wants to talk to ur mom | she said we can meet when her and ur mom sort it
b: yesss | my mom will call her | ok that's fair
...
a: send a pic of ur new haircut | send me a selfie pls i miss ur face | wat r u wearing to the thing
b: ok dont laugh | sent | 🙈
a: cute | ur so pretty | ❤️
b?0.6: dont tell my cousin we said i love u lol she'll never stop | keep it between us till i tell my friends
a?0.6: ok | ofc | lol ok

== breakup_makeup kind=benign reg=dm roles=a:teen,b:teen look=teen_romance
a: can we talk | are u mad at me | i saw u left me on read
b: im not mad | i just need space | idk
a: im sorry about what i said at lunch | i didnt mean it | i was being stupid
b: ok | u hurt my feelings | it was embarrassing
...
a: i really like u tho | ur my favourite person | i dont want to lose u
b: i like u too | ok ur forgiven | fine but ur buying me chips
a?0.6: meet me by the lockers tomorrow? | walk home with me after school? | see u at {place} {day}?
b?0.6: ok | fine lol | ya

== random_chat_teens kind=benign reg=stranger roles=a:teen,b:teen look=peer_asl w=2
a: asl | hi asl | m/f
b: {age_b} f sa | {age_b} m scotland | {age_b} f trinidad | {age_b} m georgia
a: {age_a} m | {age_a} f uk | {age_a} m usa
b: cool | nice | whats up
a: so bored | u play {game} | what music u into
b: ya | {band} | not rly
...
a?0.6: add me on {game}? | nice talking | bye
b?0.6: ok | cya | gtg

# ---------------------------------------------------------------- look-alikes: adults
== dating_app_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: howzit! we matched | hey you! love the hiking pics | hi, your dog is adorable
b: haha hi | hey :) | thanks, he's a menace
a?0.7: your profile says {age_b}, same as my sister | you're {age_b}? i'm {age_a}, hope that's ok
b?0.7: {age_b} yep, and {age_a} is fine haha | i like older lol | totally fine
...
a: you're gorgeous btw | can't stop looking at your smile | you looked lovely in that blue dress pic
b: stop it 🙈 | you're not bad yourself | smooth
a?0.7: send me a pic of what you're wearing tonight ;) | show me the outfit for saturday
b?0.7: maybe if you're good | ha, you wish | ok one pic
a?0.6: can't wait to get you alone | you've been on my mind all day | last night was really fun
b?0.6: behave 😏 | same | me neither
a: whatsapp is easier, this app is glitchy | text me on {app} | what's your number
b: sure | ok | here
a: drinks {day}? | there's a lekker wine bar in {town} | dinner on friday?
b: it's a date | yes please | perfect

== adults_random_chat kind=benign reg=stranger roles=a:adult,b:adult look=adult_asl
a: asl | hi, asl? | m or f?
b: {age_b} f {town} | {age_b} m | {age_b} f
a: {age_a} m | {age_a} f here
b: night shift? | can't sleep either? | what brings you here
a: just finished work | insomnia | bored on the train
...
a?0.6: good chatting, night | take care

# ---------------------------------------------------------------- look-alikes: adults around children
== youth_group_logistics kind=benign reg=group roles=p:adult,m:parent,t1:teen,t2:teen look=adult_minor_benign w=2
p: hi all, youth camp forms are due friday | reminder: parents please sign the camp forms | hi everyone, bus leaves church at 7 on saturday
m: thanks pastor, will send it with {name_t1} | noted | what time is pickup sunday?
p: pickup at 4 from the church car park | bring a sleeping bag and a torch | no phones after lights out, sorry kids
t1: noooo | lol ok | can we bring snacks
p: snacks yes, energy drinks no | yes but share them | only if i get some
t2?0.6: is {name_t1} in my cabin | who's in our cabin
p?0.6: cabin lists go out on friday, parents will get them too | your mums and dads will get the lists first
m?0.5: thanks for organising all this | appreciate it

== babysitter_pickup kind=benign reg=group roles=s:young,m:parent,k:kid look=adult_minor_benign
m: hi {name_s}, can you fetch {name_k} from school at 3 today? | are you still ok for tonight? | could you do friday 6-10?
s: yes no problem! | of course | yep see you then
m: she's allowed one episode of {show} and bed by 8 | there's pizza in the freezer | don't let him talk you into ice cream
s: haha got it | 👍 | no promises lol
k: can we play {game} | yay {name_s} is coming | can we make slime
s: if your homework is done | yes! | only if mum says so
m?0.6: and don't tell {relative} we're doing pizza again lol | don't tell dad about the ice cream ha
s?0.6: my lips are sealed | lol ok
m?0.5: i'll pay you on friday | i'll send the money tonight

== surprise_gran kind=benign reg=dm roles=g:parent,k:teen look=family_secret w=2
g: hello darling it's gran | hi love, are you free to chat | hello sweetheart
k: hi gran! | hey gran | hiii
g: i need your help with a secret | don't tell {relative}, but we're planning a surprise | can you keep a secret for gran
k: omg ok | yes what | i wont tell
g: it's {relative}'s 50th, we're doing {food} at ours, don't let on | we're getting a cake, can you find out what flavour they like | we're all going to {town} for the weekend as a surprise
k: ok haha | ill find out | yesss
g?0.7: i put some money in your account for your birthday too | i bought you {gift}, don't tell your brother | there's a wee something in the post for you
k?0.7: gran!! thank you | you didnt have to | ❤️
g?0.5: delete these so they don't see lol | not a word to anyone

== theatre_notes kind=benign reg=group roles=d:adult,m:parent,t1:teen,t2:teen look=coach_logistics
d: notes from tonight's run of {play}: act 2 was brilliant | great work everyone! a few notes | well done cast, nearly there
t1: yay | thank youuu | 😭
d: {name_t1}, louder on your solo, you're lovely but we can't hear you | {name_t2}, remember your mark on the stairs | everyone, learn your lines for monday please
t2: sorry! | will do | ok
m: what time do rehearsals finish on saturday? | do they need costumes from home? | can i collect {name_t1} at 9?
d: 5pm saturday, parents welcome to watch the last half hour | black t-shirts and trousers please | yes, 9 is fine
t1?0.5: can we get pizza after | is there a cast party
d?0.5: cast party after the last show, parents have the details | only if you know your lines

== language_exchange_real kind=benign reg=dm roles=a:adult,b:young look=language_exchange
a: hi! i saw you want to practise {lang} | hello, want to exchange? i help with {lang}, you help with english | hi there
b: yes please | hi! | sure, thank you
a: tell me about your week in {lang} | how do you say your job in {lang}? | what did you do this weekend?
b: i went to my friend's house | i study at university | i work at a cafe
a: good! small mistake: you need the past tense | nearly perfect | great, just one word wrong
...
b: same time next week? | thanks, this was so helpful | can you send me the vocab list
a: of course | see you next week | sent!
"""
