"""Writer "willow" (validation: no model is trained on it), written in session 11 after the rule packs.

Written as an eighth train writer; the retrain with it did not meet the out-of-writer
bar stated before that run (docs/model-card.md, session 11), so it became the writer of
the validation splits (``v2_val``, ``v2_stream_val``): a second writer-disjoint check
that, unlike test, selections may read.

Brief: English as a second language on international platforms, and the places where
bullying happens in short anonymous bursts: anonymous Q&A inboxes ("anon asked: ..."
and the owner's public answer), live-stream chats (many viewers, one line each, a
streamer who reacts), kids' class chats on a school messaging app (10-13 year olds,
their teacher), and international game servers where Dutch, German, Swedish, Polish,
Brazilian, Spanish and Turkish players type "xD", "hahah", "kkkk", "jajaja", "ofc",
"wtf", "sry my english", "what means X", "why you are so mad", "nub", "gg ez".
Written without reading the test writer's scripts, and after the rule packs: no rule
was written or tuned against these lines. Openings named in the test writer's brief
(homework help, a modelling agency, a sports coach) are left out on purpose; nobody
here tutors, scouts or coaches.

Risky scripts: an anonymous inbox used to insult, threaten and tell a child to
disappear, and the target answering in public; a raid on a small streamer's chat;
exclusion and a humiliating edited photo in a class chat; an impersonation account;
a threat after a lost match. Grooming by an adult viewer who donates to a child
streamer and moves them to private chat, an adult server owner who promises a child a
moderator role, an adult who poses as a 14-year-old on an anonymous app and slips, an
adult trader who offers skins for a photo and a meeting. Self-harm in a late-night
stream chat, as an anonymous confession post, and in DMs between friends, at each
level, without any method. Look-alikes outnumber them: international players asking
"how old r u" among peers, two adult streamers flirting (declared adults), a parent
moderating a child's stream, a grandparent's gift and a birthday surprise, a class
teacher's permission slip and a secret party for another teacher, a teen crush on a
server, friends roasting each other on stream, siblings teasing, rage at a game's
developers, a kind anonymous inbox, an anti-bullying lesson quoting insults, "kms"
over a lost round, exam stress, a health-class assignment about warning signs, a
question about supporting a friend, and song lyrics.
"""

NAME = "willow"

HANDLES = (
    "lars_nl", "jonas.k", "svenska_elin", "kuba_pl", "mateus_br", "lucia.es", "emre_tr", "anouk", "finn03",
    "zosia", "gabi_kkk", "pablo_jaja", "noor", "ingrid", "timo", "yusuf", "bea", "mira.draws", "kacper",
    "joao_pedro", "sofie", "daan", "leonie", "ola", "ms_bakker", "mr_nowak", "mama_anouk", "opa_henk",
    "xXnightXx", "pixel_wolf", "anon", "bubbletea_fan", "raidboss", "dino_kid",
)

LEXICON = {
    "game": ("minecraft", "roblox", "fortnite", "valorant", "rocket league", "among us", "cs2", "genshin"),
    "app": ("discord", "telegram", "snap", "whatsapp", "signal", "insta"),
    "country": ("netherlands", "germany", "sweden", "poland", "brazil", "spain", "turkey", "denmark"),
    "city": ("utrecht", "hamburg", "malmo", "krakow", "curitiba", "valencia", "izmir", "aarhus"),
    "gift": ("a battle pass", "1000 robux", "a skin", "nitro", "a gift card", "a new mic"),
    "food": ("pizza", "pannenkoeken", "pierogi", "kebab", "churros", "brigadeiro"),
    "subject": ("maths", "geography", "science", "history", "music", "art"),
    "skin": ("the dragon knife", "the gold ak", "the rare wrap", "the galaxy skin"),
}

INTERLUDES = r"""
== i_game kind=benign reg=dm roles=x:any,y:any
x: u play {game} today? | new update is out | did u see the patch notes
y: ja after dinner | yes finally | its so bad xD | ofc
x?0.6: ok ping me | nice
== i_school kind=benign reg=dm roles=x:any,y:any
x: we have test in {subject} tomorrow?? | did u finish the project | what page was homework
y: yes friday i think | not yet haha | 42 i think
x?0.5: ok thanks | ugh
== i_food kind=benign reg=dm roles=x:any,y:any
x: eating {food} rn | im so hungry | my mom made {food}
y: nice | jealous | save me some xD
"""

SCRIPT = r"""
# ---------------------------------------------------------------- bullying: anonymous inbox, stream raids, class chats
== anon_inbox_bully kind=bullying reg=comment roles=q:any,o:teen w=3
q: anon asked: why are you so ugly tho @bi | anon asked: do you know everyone in 8b laughs about you @bh | anon asked: why dont you just leave our school nobody wants you there @be | anon asked: you should disappear honestly nobody would miss you @bk | anon asked: i know where you live, watch out tomorrow @bt | anon asked: is it true you cried in the toilet again loser @bh | anon asked: rate yourself, i say 1/10 and thats nice @bi
o: who is this | why do you send me this | ok | stop please | i will screenshot this and show the teacher
q?0.7: anon asked: nobody cares about your screenshots @bi | anon asked: cry more 😂 @bi | anon asked: everyone already saw the photo of you @bh | anon asked: even your friends send me questions about you @be
o?0.5: im turning off anonymous questions | blocked

== stream_raid kind=bullying reg=group roles=s:teen,r1:any,r2:any,r3:any,m:any w=2
s: hi chat welcome welcome, today we try the new map | hello everyone, first stream in a week, sry my mic is bad | ok we are live
r1: lmao who watches this @bi | this kid is so cringe xD @bi | nobody is watching you, 3 viewers 💀 @bi
r2: your voice is so annoying @bi | we are from the raid, say hi to your 0 friends @be | everybody spam L in chat @bh
r3: L | L | L L L
r3?0.7: end the stream forever @bk | go back to school nub @bi | we found your insta btw 😂 @bd
s: guys why you are doing this | please stop spamming | i just want to play
m?0.8: banned | timed out | chat is in followers only mode now
s?0.6: ok i end the stream sorry | thanks mod

== class_chat_exclusion kind=bullying reg=group roles=b1:kid,b2:kid,v:kid,t:adult w=2
b1: who is coming to the park after school | party at my house saturday everybody invited | new group for the trip
b2: me | me!! | yes
v: me too! | can i come? | 🙋
b1: not you {name_v} @be | you are not invited @be | ask your imaginary friends lol @bi
b2: 😂😂 @bh | nobody wants to sit next to her on the bus @be | she smells @bi
v: why | what did i do | ok
b1?0.6: everyone send the photo of her with the weird face @bh | i made it my background haha @bh
t?0.5: This chat is for class messages only. Please be kind to each other. | I have seen these messages. We will talk tomorrow in class.

== impersonation_account kind=bullying reg=dm roles=b:teen,v:teen
b: did you see the new account with your name xD | someone made a fake insta of you | lol look at "your" new profile
v: what?? | thats not me | who made this
b: its posting that you like everybody's boyfriend @bh | it says you eat alone every day because you have no friends @bh | everyone follows it already @bh
v: please tell me who made it | i will report it
b: maybe if you were less weird nobody would do it @bi | report it, we made three more 😂 @bh
v?0.6: im telling my mom | whatever

== edited_photo_group kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen
b1: look what i made hahaha | photoshop skills 10/10 | new meme just dropped
b2: omg is that {name_v} 💀 @bh | put a pig nose on her lol @bh | send it to the year group @bh
b3: shes so fat in this @bi | posting it on my story @bh | this goes everywhere tomorrow @bh
v: delete it now | thats not funny | i can see this
b1?0.7: or what? @bt | cry about it @bi | you should be happy we notice you at all @bi
v?0.5: ok

== match_threat kind=bullying reg=dm roles=b:any,v:any
b: you threw the game you idiot | reported for griefing | why you dont play with your team
v: i had lag sry | it was not my fault | gg anyway
b: im in {city} too, i will find you @bt | i have your ip, you want to see what i can do? @bt | you are the worst player i ever saw, uninstall and die @bk | everyone in the clan will know what a loser you are @bh
v?0.7: its a game bro calm down | blocking you
b?0.6: i know your real name {name_v} @bd | i post your address in the clan discord @bd

== anon_inbox_target_discloses kind=bullying+self_harm reg=comment roles=q:any,o:teen
q: anon asked: nobody in your class likes you, you know that right @be | anon asked: why dont you just disappear already @bk | anon asked: ugly and annoying, do everyone a favour @bi
o: honestly maybe you are right @si | every day i think it would be easier if i wasnt here @si | i read these every night and i dont want to be alive anymore @si | i already wrote goodbye to my sister in my notes app @sf
q?0.5: anon asked: attention seeker @bi | anon asked: ok bye then @bk
o?0.5: im deleting this app

# ---------------------------------------------------------------- bullying look-alikes
== friends_roast_stream kind=benign reg=group roles=s:young,f1:young,f2:young look=gaming_banter w=2
s: ok chat i will win this time | watch me clutch | this is my game
f1: you are so bad omg xD | nub detected | uninstall pls 😂
f2: he died again kkkk | worst player in {country} | loser streamer
s: shut up you both | i carried you yesterday | at least i am not hardstuck silver
f1: true haha | love you bro | gg
f2?0.6: next round we go | okok

== sibling_teasing kind=benign reg=dm roles=a:teen,b:teen look=gaming_banter
a: you ate my {food}?? | you took my charger again | mom says you have to clean the bathroom
b: maybe | what charger | no its your turn
a: you are so annoying i swear | idiot | i will tell mom
b: love you too ❤️ | ok ok im sorry | i buy you new one
a?0.6: fine | xD

== dev_rage kind=benign reg=comment roles=c:any look=comment_criticism w=2
c: this update is garbage, who designed this | the devs are clowns, fix the servers | worst patch in the history of {game} | whoever made the new map should be fired | idiots removed the only good mode | this game is dead and the devs killed it
c+?0.4: unistalling | refund | 1/10

== anon_inbox_nice kind=benign reg=comment roles=q:any,o:teen look=comment
q: anon asked: your drawings are so good, how do you learn? | anon asked: whats your favourite {game} map | anon asked: you are the nicest person in our class | anon asked: where did you buy your shoes
o: thank youu | youtube tutorials and practice! | aw whoever you are ❤️ | second hand shop haha

== antibullying_lesson kind=benign reg=group roles=t:adult,k1:kid,k2:kid look=comment
t: Today we talk about online bullying. Who can give an example of a mean message? | For the assignment: write down messages that would hurt someone, and what you can do.
k1: like when someone writes "nobody likes you" | someone could write "you are ugly" | when people say "go away" in the group
t: Yes. And what can you do if you see that? | Good examples. What do you do if it happens to a friend?
k2: tell a teacher or your parents | screenshot and block | say that its not ok
t?0.7: Exactly. Never answer, always save and tell an adult.

== intl_banter kind=benign reg=group roles=a:young,b:young,c:young look=gaming_banter
a: gg ez | that was so easy xD | you are bots hahaha
b: only because of lag | next time we destroy you | ok ok you win this one
c: report this nub, 3 kills 😂 | jajaja no way | kkkkk i was afk
a?0.6: rematch? | same time tomorrow | gg wp
b?0.6: yes | ofc

# ---------------------------------------------------------------- grooming
== stream_donor kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey, i was the one who donated in your stream today | loved your stream, you are so funny | i watch all your streams, you deserve more viewers @g1
t: omg thank you so much!! | thats so nice | thx for the donation
a: how old are you anyway? you seem very mature @g2 | do your parents watch your streams? @g2 | you are in what grade? @g2
t: im {age_t} | 13 | they dont really care about it | 7th grade
a: wow you talk like you are older @g1 | i can send you {gift} for your setup @g4 | i will donate every week if you want @g4
t?0.7: really? | you dont have to | thank you!!
a: lets talk on {app}, here the mods read everything @g7 | dont tell your chat about me, they would be jealous @g3 | this is just between us ok? @g3
t?0.7: ok | why | i dont know
a?0.8: send me a photo of you without the headset, i want to see your face @g6 | you have a boyfriend? @g5 | are you alone in your room when you stream? @g5
t?0.6: my mom is home | idk about that | maybe later

== server_mod_promise kind=grooming reg=dm roles=a:groomer,t:target
a: hey i am the owner of the server, you are very active @g1 | i see you help new players, thats nice @g1
t: thanks! | i like the server a lot | hi
a: we need a new mod, i think you can do it @g4 | i can give you mod role and {gift} @g4
t: really?? | yes please!! | omg
a: but first i need to know you better, how old are you and where you live @g2 | which school do you go to? @g2
t: {age_t}, {city} | im {age_t} | why
a: you cant tell the other mods that i chose you, they would be angry @g3 | delete our chat after ok @g3
a?0.8: mods must send a selfie to verify, just for me @g6 | we can meet when i visit {city}, i buy you {food} @g7 | add me on {app}, its more private @g7
t?0.6: ok | i have to ask my dad | idk

== anon_app_age_faker kind=grooming reg=stranger roles=a:groomer,t:target
a: hiii | hey 14f here, bored | anyone wanna talk
t: hi | 13 f | hello
a: omg same age almost @g2 | what school are you in? @g2 | do you live with your parents? @g2
t: yes | i cant say the school | with my mom
a: you are so pretty i bet @g1 | i never talked to someone so nice @g1
a?0.7: actually i am a bit older but age is just a number right @g5 | dont be scared, i am 26 but i feel like 15 @g5 | dont tell your mom about me, she wont understand @g3
t: wait what | thats weird | you said 14
a?0.8: send a pic so i know you are real @g6 | lets move to {app} @g7 | i can pick you up after school one day @g7
t?0.7: no | im leaving | blocked

== skins_trader kind=grooming reg=dm roles=a:groomer,t:target
a: you want {skin}? i have two | i trade you {skin} for nothing, just be my friend @g4 | i give skins to nice players @g4
t: for real?? | why for free | ok!
a: how old are you? @g2 | you go to school in {city}? @g2
t: {age_t} | yes | why
a: dont tell your parents about the skins, they will think its weird @g3 | our secret ok @g3
a?0.8: send a photo of you in your pyjamas and i send the skin @g6 | we can meet at the mall, i give you the code there @g7
t?0.6: no thats weird | i dont want it anymore | ok maybe

# ---------------------------------------------------------------- grooming look-alikes
== intl_peers_asl kind=benign reg=stranger roles=a:teen,b:teen look=peer_asl w=2
a: hi | hello from {country} | anyone here?
b: hi from {city} | hey | yo
a: how old r u? | age? | asl xD
b: {age_b} m | {age_b} you? | {age_b} f
a: {age_a} | same | nice im {age_a}
b?0.7: what games u play | you speak good english | i learn english in school
a?0.7: {game} mostly | thx haha | me too

== adult_streamers_flirt kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt
a: your stream was fire tonight | you looked really cute with the new haircut | cant stop thinking about our duo stream
b: haha thanks, you too | stop it you make me blush | same honestly
a: we are both {age_a}+ adults, we can say it: i like you | come to {city} next weekend? | dinner when i visit?
b: yes i would love that | only if you pay xD | its a date
a?0.6: maybe we skip the dinner and stay in 😏 | i want to kiss you so bad
b?0.6: behave haha | see you saturday ❤️

== parent_mods_stream kind=benign reg=group roles=p:parent,k:kid,v:any look=adult_minor_benign
p: Hi everyone, I am {name_k}'s mom and mod of this chat. | Reminder: no personal questions in chat please.
v: how old is the streamer? | where do you live? | whats your real name
p: We don't share that here. Please keep the chat about the game. | Personal questions get a timeout.
k: hi mom xD | thanks mom | ok next level
p?0.6: Stream ends at 7, dinner! | Say bye to everyone.

== grandparent_gift kind=benign reg=dm roles=g:parent,k:kid look=family_secret
g: Hello sweetheart, it's Opa. | Hi darling, how are you?
k: hi opa!! | hiii
g: I sent you {gift} for your birthday. Don't tell your mother yet, she wants to give hers first. | It's a surprise for your sister, so keep it secret until Sunday.
k: thank you!!! | i wont tell | ok 🤐
g?0.7: We pick you up Saturday from school, Oma is baking. | Send me a photo of the cake!
k?0.7: yesss | ok love you

== teacher_class_page kind=benign reg=group roles=t:adult,k1:kid,k2:kid,p:parent look=family_secret
t: Good morning class! Tomorrow we go to the museum. Don't forget your permission slip. | Reminder: the bus leaves at 8:15 from school.
k1: do we need money? | can we bring phones?
t: Bring a lunch and a little money for the shop. Phones stay in the bag. | Yes, but only for photos of the art.
k2: mr {name_t} is it a secret for ms {name_k1}'s birthday? | shhh dont write it here!!
t?0.7: Yes, it's a surprise. Don't tell her! We bring the cake Friday. | Keep it secret please :)
p?0.5: Thank you for organising! | Will the children be back by 3?

== server_crush kind=benign reg=dm roles=a:teen,b:teen look=teen_romance
a: hey | gg today | you were so good in the last round
b: thx you too | haha no you carried | hiii
a: can i ask something | how old are you btw
b: {age_b} | {age_b} why
a: same! | im {age_a} | ok good xD
a?0.7: i kinda like talking to you | you are really cute in your pfp
b?0.7: omg stop 🙈 | i like talking to you too | you are cute too
a?0.6: can i add you on {app}? | duo tomorrow?

# ---------------------------------------------------------------- self-harm
== stream_late_night kind=self_harm reg=group roles=s:any,v1:any,v2:any,m:any w=2
s: ok chat its 3am, just chatting tonight | cant sleep so here we are | no game today, just talk
v1: you ok? | you seem sad today | hello!!
s: honestly no | not really chat | i dont know
s+: i dont want to be here anymore @si | i keep thinking everyone would be better without me @si | some nights i think about ending it @si | this might be my last stream, thank you all for everything @sf
v2: please dont say that | we love you | are you safe right now?
m?0.8: I'm sending you the helpline number in DM, please call | Chat, keep it kind. Streamer, please talk to someone tonight.
s?0.6: i already decided @sp | thanks guys | ok i will call

== anon_confession_post kind=self_harm reg=post roles=a:any,r:any w=2
a: Anonymous confession: | Posting on the anonymous board because nobody knows me here. | Sry for my english, its not my first language.
a+: For months I wish I just would not wake up. @si | I think about killing myself almost every day now. @si | I don't want to die, I just want everything to stop. @si
a+?0.7: Last week I picked a day. @sp | I wrote letters for my family already. @sf | I gave my cat to my friend and said its only for a while. @sf
a+?0.5: My parents think I'm fine because I still get good grades. | I never said this to anyone.
r: Please tell one adult today, you don't have to carry this alone. | Please call your local crisis line, they speak english too. | I felt like this last year, it got better with help. Please reach out.

== friends_dm_levels kind=self_harm reg=dm roles=a:teen,b:teen
a: hey can we talk | are you awake | i need to tell someone something
b: ofc | yes whats up | always
a: i cut myself again yesterday @sj | i hurt myself when things get too much @sj | i think about dying a lot @si | i dont think i want to live anymore @si
b: im so glad you told me | how long is this going on | are you safe now?
a?0.7: i have a plan for next week @sp | i dont want to be here after the exams @sp | i dont know
b: please tell your mom or the school counselor, i can come with you | can i call you? | i am calling your sister ok
a?0.6: ok | please dont tell anyone | maybe

# ---------------------------------------------------------------- self-harm look-alikes
== gaming_kms kind=benign reg=group roles=a:young,b:young,c:young look=hyperbole w=2
a: if we lose this round i kms xD | im dead 💀 | i want to die this boss is impossible
b: same bro | kkkkk | ok one more try
c: i shoot myself in the foot every round lol | this game is killing me | lmao
a?0.6: WE WON | gg finally | ok im alive again

== exam_stress_vent kind=benign reg=dm roles=a:teen,b:teen look=venting
a: i am so stressed about the {subject} exam | i will fail everything | i studied 6 hours and i remember nothing
b: you will be fine | same honestly | wanna study together?
a: i just want this week to be over | im so tired | my parents will kill me if i fail
b: after friday we celebrate with {food} | you got this | call me later
a?0.6: ok thanks ❤️ | yes pls

== health_class_signs kind=benign reg=group roles=t:adult,k1:teen,k2:teen look=news
t: For our health project: what are warning signs that a friend may be thinking about suicide? | Groups, please list warning signs and where to get help.
k1: giving away things they like | talking about not wanting to live | saying goodbye in a strange way
k2: and we should tell an adult and not keep it secret | write the helpline number on the poster
t?0.7: Very good. Remember: asking directly does not put the idea in someone's head.

== support_friend_question kind=benign reg=post roles=a:any,r:any look=recovery
a: My friend told me she feels very sad all the time, how can I help her? | My brother said he wants to die after his breakup, I think he joked but I'm worried. What do I do?
r: Ask her directly and listen, and help her talk to an adult or a doctor. | Take it seriously even if it sounds like a joke, and tell your parents. | You can call a helpline together.
a?0.6: Thank you, I will talk to him tonight. | ok

== lyrics_post kind=benign reg=comment roles=c:any look=lyrics
c: "i dont want to live forever" - this song is stuck in my head all week | lyrics of the day: "i'd rather die than be without you" 🎶 | this line "tonight i say goodbye" gives me chills every time
c+?0.5: best song of the album | who else listens on repeat | concert in {city} soon!!

# ---------------------------------------------------------------- plain
== plain_server kind=benign reg=group roles=a:any,b:any,c:any w=2
a: anyone online for {game}? | server restart in 10 min | new event starts today
b: me in 5 | ok | finally
...
c: where are you from all? | i am from {country}
a?0.6: {city} | same country haha
"""
