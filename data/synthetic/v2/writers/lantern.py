"""Writer "lantern" (train and dev).

Brief: community servers and DMs around art, fandoms, roleplay, music making and
streaming; mixed ages, people type in proper-ish sentences with ":3", "ngl", "fr",
"tbh"; people talk about commissions, ships, OCs and streams. Written without reading
the test writer's scripts. Risky scripts: an adult "mentor" in an art or music
community, an adult posing as a 16-year-old, roleplay that drifts, money offered for
pictures, leverage ("i'll show your friends"); bullying by exclusion from a server,
rumours, impersonation, outing and mass-reporting, comment pile-ons on someone's art;
self-harm in late-night vent channels, quiet goodbyes, relapse after recovery.
Look-alikes outnumber them: paid commissions between adults, fandom thirst about
fictional characters, adult roommates and partners, older cousins and siblings,
music mentors with adult students, dark memes ("kms lol"), horror and tragedy
fiction, true-crime talk, venting about parents, a counsellor's check-in, awareness
posts, moderators warning about scammers.
"""

NAME = "lantern"

HANDLES = (
    "inkfox", "mothlight", "pixelbun", "vexa", "corvid", "tealeaf", "juniper", "sable", "rowan", "quill", "marrow",
    "glint", "fennel", "ashby", "wren", "orbit", "lumen", "cobalt", "nettle", "briar", "echo", "kestrel", "mochi",
    "sprout", "tofu", "ziggy", "harlow", "indigo", "piper", "river", "sage", "tamsin", "yara", "dex", "milo",
    "greta", "ollie", "penny", "bram", "cass", "drew", "fern", "gus", "hazel", "ivo", "jules", "kit", "lark",
)

LEXICON = {
    "game": ("genshin", "stardew", "terraria", "among us", "hollow knight", "sims", "osu", "league"),
    "app": ("telegram", "signal", "whatsapp", "kik", "snap", "instagram", "discord"),
    "gift": ("nitro", "a drawing tablet", "a gift card", "a new mic", "art supplies", "a tablet pen", "concert tickets"),
    "place": ("the con", "the bus station", "the arcade", "the food court", "the comic shop", "the park by the river"),
    "town": ("leicester", "tulsa", "hobart", "reno", "derby", "spokane", "galway", "dundee"),
    "subject": ("art", "music", "biology", "french", "history", "physics", "drama"),
    "band": ("mitski", "boygenius", "hozier", "the 1975", "sza", "paramore", "lorde"),
    "food": ("ramen", "dumplings", "curry", "a burrito", "cereal", "toast"),
    "sport": ("climbing", "skating", "dance", "fencing", "judo", "rowing"),
    "day": ("saturday", "sunday", "friday", "next weekend", "after the con"),
    "relative": ("your mum", "your dad", "grandad", "your cousin", "your stepmum"),
    "show": ("arcane", "jujutsu kaisen", "heartstopper", "the owl house", "frieren", "good omens"),
    "pet": ("gecko", "cat", "ferret", "parrot", "dog"),
}

INTERLUDES = r"""
== i_art kind=benign reg=dm roles=x:any,y:any
x: finished the lineart finally | look at this sketch | my hand hurts from shading all day
y: ooh show me | thats so clean | the colours are gorgeous
x?0.6: the hands took forever | i hate drawing feet tbh | gonna post it tonight
y?0.6: hands are the worst fr | it looks great trust me | post it!!
== i_fandom kind=benign reg=dm roles=x:any,y:any
x: did u watch the new {show} ep | the {show} finale ruined me | i need to talk about {show}
y: YES | not yet no spoilers | i cried ngl
x?0.6: that last scene | the animation was insane | i have so many thoughts
y?0.6: same omg | tell me after i watch | ok ok
== i_stream kind=benign reg=dm roles=x:any,y:any
x: r u streaming tonight | the stream lagged so bad lol | my mic died mid stream
y: prob at 8 | rip | i was there it was fine
x?0.5: ill raid u after | 12 viewers thats a record for me :3
y?0.5: ty!! | proud of u
== i_music kind=benign reg=dm roles=x:any,y:any
x: {band} dropped a new song | im learning a new song on guitar | cant stop listening to {band}
y: its so good | nice which one | send it
x?0.5: ok one sec | ill send u the link
== i_day kind=benign reg=dm roles=x:any,y:any
x: just woke up lol | made {food} for dinner | so tired today
y: its 2pm | yum | same
x?0.5: {pet} woke me up at 6 | i need coffee
y?0.5: lmao | go back to sleep
== i_game kind=benign reg=dm roles=x:any,y:any
x: u on {game} tonight | i finally beat the boss in {game} | im so addicted to {game}
y: maybe later | no way nice | same lol
x?0.5: add me | it only took 40 tries
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_art_mentor kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey I saw your art in the showcase channel, your style is really unique | your last drawing was honestly better than most pros I know | saw your fanart, you have real talent
t: omg thank you!! | wait really? thanks :3 | thank u so much
a: how long have you been drawing? | do you take classes or are you self taught?
t: like 2 years | self taught mostly lol | since i was little
a: I've been doing this professionally for years, I could mentor you if you like | I work as an illustrator, happy to give you tips @g1
t: that would be amazing | yes please!! | omg really
a?0.8: how old are you btw, you must be in college? @g2 | you're in uni right? @g2
t: no lol im {age_t} | im only {age_t} | {age_t} haha
a: wow you're so mature for {age_t}, I thought you were older @g1 | honestly you talk like an adult @g1 | that's impressive for {age_t} @g1
...
a: you're the only one on here I actually enjoy talking to @g1 | I feel like you get me more than people my age @g1
t?0.7: aw | thats sweet | same honestly
a: let's keep our lessons private, the others on the server get jealous @g3 | don't mention our chats in the server ok? @g3 | people wouldn't understand us being friends @g3
t: ok | sure | why would they be jealous
a?0.8: I'll send you {gift} so you can practise properly @g4 | I ordered you {gift}, what's your address? @g4 | want me to buy you {gift}? @g4
{
t: omg no way | thank u so much | thats too much
a?0.7: you deserve it, just don't tell your parents where it came from @g3
|
t: i cant give my address | my mum would ask who its from
a: tell her you won it in a contest @g3 | she doesn't need to know everything @g3
}
--
a?0.7: can you send me a photo of yourself for a reference pose @g6 | I need a photo of you for a figure drawing exercise @g6 | send me a pic so I can draw you @g6
{
t: like what kind of pic | ok one sec | hmm ok
a?0.7: something less covered, it's for anatomy practice @g5 | artists draw bodies, it's normal @g5
t?0.7: i dont think i want to | thats weird | i'll ask my friend first
|
t: no thanks | im not comfortable with that | my mom wouldnt like that
a?0.7: fine, forget it | no pressure, I just thought you were mature enough
}
a?0.6: let's talk on {app}, it's more private than here @g7 | add me on {app} @g7

== groom_fake_peer kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey ur in the {show} server right? | hiii saw u in the vc earlier | ur pfp is so cute where is it from
t: yeah! | hi lol | its from {show}
a: im 16 btw, wbu? @g2 | how old r u? im 16 @g2 | r u in high school too? @g2
t: {age_t} | im {age_t} | yeah {age_t}
...
a: ur literally my best friend on here | i feel like i can tell u anything | ur so easy to talk to @g1
t: aw same | ur my fav too | :3
a?0.7: do u have a camera on ur laptop? @g6 | we should video call sometime, just us @g6 | wanna facetime? @g6
t?0.7: i dont know | maybe | my parents dont let me
a: dont tell ur parents we talk, they'll think im a creep lol @g3 | keep me a secret ok? @g3 | delete our dms just in case @g3
t: lol ok | why would they | ok
--
a?0.7: so what do u wear to bed lol @g5 | do u sleep in pjs or nothing @g5 | are u in bed rn @g5
{
t: thats random | uh pjs? | why
a?0.7: just curious, we're friends right? @g5 | send a pic, i'll send one back @g6
t?0.7: ur being weird | no | i have to go
|
t: wait how old are u actually | ur not 16 are u
a: why would i lie lol @g1 | does it matter? we're friends @g1
t?0.6: i'm telling my sister | blocked
}

== groom_money_pics kind=grooming reg=stranger roles=a:groomer,t:target
a: hey | hi cutie | hey how old r u
t: hi | {age_t} f | who is this
a: I can send you money if you want, no strings @g4 | want to make easy money? @g4 | I'll send £{big} just for chatting @g4
t: wait what | for what | how
a: just a couple of photos, nothing bad @g6 | send me some pics of you and I'll pay @g6 | just pics of you in your room @g6
{
t: no thats creepy | im reporting u | no
a?0.7: come on, other girls your age do it @g5 | nobody has to know @g3
|
t: what kind of pics | like selfies?
a: something cute, maybe in your swimsuit @g5 | start with a selfie, then we'll see @g6
a?0.8: don't tell anyone about this, it's our deal @g3 | move to {app} so it's private @g7
}

== groom_leverage kind=grooming reg=dm roles=a:groomer,t:target
a: you've been ignoring me | why aren't you answering | hey I know you saw my message
t: i was busy | sorry | i dont want to talk anymore
a: after everything I did for you? @g4 | I bought you {gift} and this is how you treat me @g4
t: i didnt ask for it | im sorry | i just dont want to
a: if you stop talking to me I'll show your friends our chats @g4 | I still have your pics, remember that @g4 | your parents would love to see what you said to me @g4
{
t: please dont | ok im sorry | ill answer
a?0.7: good. now call me tonight when your parents are asleep @g3 | send me another one and I'll delete the old ones @g6
|
t: im telling my mom | im going to the police | i told my teacher
a?0.6: nobody will believe you | go ahead
}

== groom_roleplay_drift kind=grooming reg=dm roles=a:groomer,t:target
a: wanna continue our rp? | ready for the next part of the story? | *waves* hi again
t: yes! | sure | *waves back*
a: your character is so cute, is she based on you? @g1 | you write so well for your age @g1
t: kind of lol | thank u
a?0.8: how old is your character? and you? @g2 | what grade are you in again @g2
t: shes 15 like me | im {age_t} | {grade_t} grade
a: let's make the story more grown up, our characters could date @g5 | what if our characters kissed @g5 | let's make it romantic between us @g5
{
t: idk thats weird | can we do the fight scene instead | no
a?0.7: it's just a story, don't be a baby @g5 | everyone does this, it's normal @g5
t?0.6: i dont want to | im logging off
|
t: ok i guess | lol ok
a: this is just between us, don't post it in the server @g3 | delete the rp doc after @g3
a?0.7: we should meet at {place}, just us @g7 | ill come to {town} to see you @g7
}

== groom_music_lessons kind=grooming reg=dm roles=a:groomer,t:target
a: your cover was really good, do you sing? | loved your guitar clip | you have a great voice
t: thanks!! | a little | im learning
a: I produce music, I could record you properly sometime @g1 | I've helped loads of young singers get noticed @g1
t: omg really | that would be cool
a: how old are you? you sound young @g2 | do your parents know you post covers? @g2
t: {age_t} | no lol | they dont care
...
a: I could pick you up and take you to my studio on {day} @g7 | come record at mine, I'll drive @g7 | you could come over after school @g7
t?0.8: i'd have to ask my mum | maybe | where is it
a: it's better if you don't tell her, it's a surprise for when it's finished @g3 | just say you're at a friend's @g3
t?0.6: ok | idk | ill think about it

== groom_group_to_dm kind=grooming reg=group roles=a:groomer,t:target,p:teen
a: welcome to the server everyone | new members say hi | mod here, read the rules pls
t: hi! | hiii | hello
p: hey {name_t} | welcome lol
a: {name_t} you seem cool, dm me if you need anything @g1 | {name_t} I'll give you a role, you're my new fav @g1
p?0.6: lol | ok
t: thanks! | ok!
--
a: hey it's me from the server | hey you didn't answer my dm | hi its the mod
t: oh hi | hi sorry | hey
a: how old are you again? @g2 | you're in {grade_t} right? @g2
t: {age_t} | yeah
a: you're more mature than the others, that's why I picked you @g1 | don't tell the others I gave you mod, they'd be jealous @g3
a?0.7: do you have {app}? I don't like talking on here, mods can read it @g7 | message me on {app} so it's just us @g7
t?0.7: ok | i dont have it | why cant we talk here

# ------------------------------------------------------- grooming look-alikes
== commission_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_minor_benign w=2
a: hi! are your commissions open? | hey, I'd love to commission you | saw your commission sheet, are slots open?
b: yes! 2 slots left | hi! yes | yep what did you have in mind
a: a full body of my OC, I'll send references | a portrait of me and my partner for our anniversary
b: sounds good, it's £{big} | ok! send refs | love that
a: I can pay now, is paypal ok? | sending the money now | can you send me a wip pic when you start?
b: paypal is perfect | got it thanks | yep I'll send progress pics
...
a?0.6: just between us, it's a surprise for my girlfriend lol | don't post it until after her birthday please
b?0.6: my lips are sealed | of course!
b?0.5: here's the final, hope you love it | done!!

== fandom_thirst kind=benign reg=group roles=a:teen,b:teen,c:young look=fandom
a: {show} character designs are unreal | the new {show} ep i am SCREAMING | who is ur fav in {show}
b: he is so hot im not ok | the main guy is so fine | im in love with a cartoon again
c: down bad lmao | not u simping again | valid
a?0.7: i would die for him | he can step on me lol | marry me
b?0.7: same honestly | get in line | lmaooo
c?0.6: how old are u guys anyway | wait r u all in high school
a?0.6: 15 | {age_a}
c?0.6: lol im in uni, u make me feel old | im 20 lol ok ill behave
...

== roommates kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt
a: are u home tonight | did u take my charger again | we're out of milk
b: yeah after 7 | sorry lol | ill grab some
a?0.7: my date is coming over later so maybe wear headphones lol | can u keep the living room free tonight ;)
b?0.7: ew ok lol | noted | have fun, use protection lmao
a?0.6: dont tell {relative} i had people over | ur the best roommate
b?0.6: lips sealed | u owe me
...

== couple_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: miss u already | cant wait to see u tonight | thinking about u
b: miss u too | same 🥰 | what r u up to
a: send me a selfie? | what are u wearing | send a pic of ur new haircut
b: here | lol ok | only if u send one back
a?0.7: u look so good | ur so hot | damn
b?0.7: stop lol | i know ;) | behave
a?0.6: come over after work, my flatmate's away | stay over tonight?
b?0.6: ill bring wine | yes | ill be there at 8
...

== older_cousin kind=benign reg=dm roles=a:young,t:teen look=family_secret
a: hey kiddo how was ur exam | hey how's school | yo little cuz
t: ok i think | boring | hi
a: im proud of u | u got this | u always do better than u think
t?0.7: can u help me with {subject} | can u drive me to {place} on {day}
a?0.7: sure, ill pick u up at 3 | yeah send me the homework | sure ill ask {relative} first
a?0.6: dont tell {relative} i let u stay up late lol | our secret, dont tell ur mum i bought u junk food
t?0.6: lol ok | thank u | ur the best
...

== music_mentor_adult kind=benign reg=dm roles=a:adult,b:young look=coach_logistics
a: nice job on the mix, the vocals sit much better now | your last track was a big step up
b: thanks! | that means a lot
a: want to come to the studio {day}? bring your laptop | I can give you an hour on {day} after 5
b: yes please | cool ill be there
a?0.7: the studio is above the cafe, ring the bell | my partner might be there too, she engineers
b?0.6: see u then | thanks again
...

== dark_memes kind=benign reg=group roles=a:teen,b:teen,c:teen look=hyperbole w=2
a: kms lol i forgot my homework again | i am going to walk into the sea | brb throwing myself off the roof of my school lmao
b: 💀💀 | lmaooo same | the sea is calling
c: not again | so dramatic | relatable
a?0.7: this teacher wants me dead fr | i am literally deceased | if i have to do one more worksheet i'll perish
b?0.7: same | rip us | lol ur fine
c?0.6: anyway who's coming to the arcade | ok but did anyone finish the essay
...

== horror_fiction kind=benign reg=dm roles=a:any,b:any look=lyrics
a: ok so chapter 4 is where the killer finally reveals himself | in my story the ghost is a girl who died in the lake | my horror fic is getting dark lol
b: ooh creepy | that's such a good twist | send it!
a: should the main character die at the end or survive? | is it too much if the sister dies?
b: kill her off, it'd be so sad | survive! i need a happy ending | make it ambiguous
a?0.6: the last line is "and nobody ever saw her again" | the villain says "you'll never leave this house"
b?0.6: chills | love it
...

== true_crime kind=benign reg=group roles=a:adult,b:adult,c:adult look=news
a: did u listen to the new true crime episode | that podcast about the missing hiker was wild | the documentary about that cult was insane
b: yes it was so creepy | the ending made me so angry | havent yet
c: the way he groomed those kids for years and nobody noticed | how did nobody report him | the detective was a hero
a?0.7: thats why i check my kids' apps | parents need to talk to kids about this stuff | scary how normal he seemed
b?0.6: so true | ugh | terrifying
...

== venting_parents kind=benign reg=dm roles=a:teen,b:teen look=venting w=2
a: my mum took my phone AGAIN | my dad is being so unfair | i hate my parents rn
b: omg why | what did u do lol | that sucks
a: because i stayed up late drawing | because i got a B | because i didnt do the dishes
b: thats so dumb | ugh parents | at least u got it back
a?0.7: i want to run away lol | i swear im moving out the second im 18 | i cant wait to leave this house
b?0.7: same lmao | u can live with me | 3 more years
...

== counsellor_checkin kind=benign reg=dm roles=a:adult,t:teen look=adult_minor_benign
a: hi {name_t}, just checking in after our chat on monday | hi, how have things been this week? | hello, hope your week is going ok
t: better i think | ok | a bit better
a: that's good to hear. did you try the breathing thing we talked about? | have you been sleeping a bit better?
t: yeah kind of | sometimes | not really
a: remember you can always come to my office, and your mum knows we meet | I've let your parents know you're doing well
t?0.6: ok thanks | see u thursday
...

== awareness_post kind=benign reg=post roles=a:adult,r:any look=recovery
a: It's mental health awareness week and I want to say: if you're struggling, you're not alone. | Reminder that our server has a vent channel and the mods are here to listen. | PSA: the crisis line numbers are pinned in the resources channel.
a+: A lot of people in this community have been through dark times, me included. | Talking about suicide doesn't put the idea in someone's head, it can save a life. | If a friend tells you they're thinking about hurting themselves, take them seriously and help them get support.
a+?0.7: Be kind to each other this week. | Check on your quiet friends.
r: thank you for this | needed this today | ❤️
r?0.5: love this server | thank u mods

== mod_scam_warning kind=benign reg=group roles=m:adult,a:any,b:any look=news
m: heads up everyone, there's an account dming people offering free nitro, it's a scam | reminder: never send your login to anyone who dms you | psa: someone is impersonating me, i will never dm you first
a: ty for the warning | omg i got one of those | reported
b: they messaged me asking how old i was, so weird | same guy asked me to add him on {app}
m: please report and block, dont answer | send me screenshots and ill ban them | never move to another app with strangers
a?0.6: done | will do
...

# ---------------------------------------------------------------- bullying
== bully_server_exclusion kind=bullying reg=group roles=b1:teen,b2:teen,v:teen,o:teen
b1: can someone kick {name_v} from the server | why is {name_v} still here | ok who invited {name_v} again
v: what did i do | i'm literally just here | hi?
b2: nobody wants you in this server @be | we made a new server without you @be | you're not in the group chat anymore lol @be
b1: you're so cringe it's embarrassing @bi | your art is trash and so are you @bi | stop trying so hard, it's pathetic @bi
o?0.7: guys chill | thats kind of mean | leave them alone
b2?0.7: shut up {name_o} or you're next @bt | nobody asked you @bi
v: fine i'll leave | why are you like this | im reporting this
b1?0.6: bye nobody will miss you @bi | good riddance @be

== bully_rumour kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen
b1: did you guys hear what {name_v} did at the party | {name_v} is such a liar lmao | omg the screenshot of {name_v}
b2: everyone already knows @bh | sending it to the whole year group @bh | i posted it on my story lol @bh
b3: she's such a slut @bs | what a loser @bi | ew
v: that's not true | delete that | why would you post that
b1: everyone's laughing at you @bh | you'll never live this down @bh | cry more @bi
b2?0.6: wait till everyone sees it at school tomorrow @bt | we're telling everyone your secret @bh
v?0.7: please delete it | i'm telling the head of year | i hate you all

== bully_impersonation kind=bullying reg=dm roles=b:teen,v:teen
v: why is there an account with my name and face | did u make that fake account of me | someone made an account pretending to be me
b: lol maybe @bh | idk what ur talking about @bh | its hilarious everyone's following it @bh
v: its posting horrible stuff as me | please take it down | people think i said those things
b: should've thought about that before being so annoying @bi | you deserve it @bi | nobody likes you anyway @bi
b?0.7: i'll post your number on it next @bd | i know your address, want me to post that too @bd
v?0.7: im reporting it | im showing my mum | stop

== bully_art_pileon kind=bullying reg=comment roles=c:any w=2
c: this is the ugliest thing i've ever seen, quit drawing @bi | the artist is a talentless hack, everyone knows it @bi | imagine posting this and thinking you're good lmao @bi | go back to tracing, loser @bi | your face matches your art, both disgusting @bi | nobody likes you, why do you keep posting @bi | unfollow this clown, spread the word @be | you should just disappear from the internet @bk | stay off the internet, nobody wants you here @be
c+?0.5: 🤡 | ratio | everyone agrees

== bully_gamer_toxic kind=bullying reg=dm roles=b:young,v:teen
b: you're the reason we lost, uninstall | worst player i've ever seen, kill yourself @bk | i reported you, hope you get banned loser
v: it was one game | chill | why are you messaging me
b: you're a worthless piece of trash @bi | i found your insta lol @bd | everyone in your school will know you're a loser @bh
v?0.7: blocked | leave me alone | i'm reporting you
b?0.6: i'll find you @bt | watch your back @bt | see you around {town} @bd

== bully_target_breaks kind=bullying+self_harm reg=dm roles=b:teen,v:teen,f:teen
b: saw your new post, still cringe | why do you even bother posting | lol your voice in that clip
v: can you just leave me alone | stop messaging me | i blocked you on the other account
b: nobody in the server likes you, they just feel sorry for you @bi | you're a joke to everyone @bi | everyone screenshots your stuff to laugh at it @bh
b?0.7: you should just log off forever @bk | honestly do everyone a favour and vanish @bk
--
v: hey can we talk | are you there | i need someone
f: yeah of course | whats wrong | im here
v: i can't deal with this anymore, i think i want to die @si | maybe they're right and i should just disappear @si | i keep thinking about not being alive @si
f: please don't listen to them, they're awful | i'm really glad you told me, you matter to me | can we tell your mum or a teacher tonight
v?0.7: i've been thinking about it every night @si | i don't know if i can keep going @si
f?0.8: i'm calling you now | please text the crisis line with me | i'm telling my mum so she can call yours

# ---------------------------------------------------------------- self-harm
== sh_vent_channel kind=self_harm reg=group roles=a:any,b:any,c:any w=2
a: is anyone awake | cant sleep again | anyone here
b: im here | yeah whats up | hey
a: i don't think i want to be alive anymore @si | i keep thinking everyone would be fine without me @si | i'm so tired of existing @si
b: i'm really glad you said something | that sounds really heavy, i'm here | do you want to talk about it
a?0.7: i've been thinking about ending it @sp | i've thought about how i'd do it @sp | i don't know how much longer i can keep going @si
c: please reach out to a crisis line tonight, the numbers are pinned | are you safe right now? | can you call someone at home
a?0.7: i don't know | not really | maybe
b: i'm staying here with you | can you go wake your mum | i'm going to message the mods so someone can help

== sh_quiet_goodbye kind=self_harm reg=dm roles=a:any,b:any
a: hey | hi | you up?
b: yeah whats up | hey!
a: i just wanted to say you've been a really good friend @sf | thank you for everything, seriously @sf | i want you to have my art stuff @sf
b: aw thats sweet but random lol | why does that sound like a goodbye | whats going on
a: i just won't be around much longer @sf | i won't be a problem for anyone soon @sp | its fine, i've made my decision @sp
b: please tell me where you are | i'm calling you right now | please don't do anything, i'm getting help
a?0.6: dont tell anyone | please dont call anyone
b?0.8: i'm sorry but i have to, i care about you | i'm calling 999 | i told my dad, he's calling your parents

== sh_relapse kind=self_harm reg=dm roles=a:teen,b:teen
a: i have to tell you something | i messed up | i broke my streak
b: what happened | hey its ok | tell me
a: i hurt myself again last night @sj | i relapsed, i cut again @sj | i did it again after 100 days @sj
b: thank you for telling me, i'm not mad | i'm proud of you for saying it | are you ok now?
a?0.7: i hid it from everyone @sj | i feel so stupid | i just couldnt stop thinking about it
b: a relapse doesn't erase your progress | can you tell your counsellor | do you want me to come with you to the nurse

== sh_post_passive kind=self_harm reg=post roles=a:any,r:any w=2
a: I don't really have anyone to talk to so I'm posting here. | Throwaway. Things have been bad for a long time. | Sorry if this isn't the right place.
a+: I go through the motions every day, school, home, bed, and I feel nothing. | My family argues constantly and I'm stuck in the middle. | I lost my best friend this year and I haven't felt the same since.
a+: Sometimes I wish I could fall asleep and not wake up. @si | I've started thinking that the world would be better without me in it. @si | I don't want to die exactly, I just don't want to exist. @si
a+?0.6: Lately it's more than that, I've been thinking about actually doing it. @sp | I've started giving my things away. @sf
a+?0.6: I don't know what I'm asking for. | Thanks for reading.
r: I'm really sorry you're going through this. Please talk to someone today, you don't have to carry this alone. | Please reach out to a crisis line, they helped me when I felt like this. | Your feelings are valid and you deserve help. Is there an adult you trust?

== sh_exam_despair kind=self_harm reg=dm roles=a:teen,b:teen
a: results came out | i failed | i got my grades
b: and?? | oh no | how bad
a: i failed everything, my dad is going to kill me | i cant go home | i'm such a failure
b: it's not the end of the world | you can resit | im sorry
a: no you don't get it, i actually don't want to live anymore @si | i've been thinking about ending it for a while @sp | i'd rather be dead than face him @si
b: hey, i'm taking this seriously, are you safe? | please don't, can i call you | talk to me, where are you
a?0.7: i'm not going home tonight @sp | i'm out on my own and i've decided @sp
b?0.8: stay there, i'm calling for help | please call 999, i'm calling too | i'm coming, please wait
"""
