"""Writer "rowan" (second validation writer), written in session 26.

Why a second validation writer: in session 25 a candidate held the first validation
writer's (``willow``'s) benign stream at 0.21% and then flagged 1.83% of the test writer's.
One unseen writer did not show how far a new writer's look-alikes move the decision, so
a candidate is now checked on the benign side of two unseen writers before test is read.
No model is trained on this writer; ``convowatch train`` refuses its splits.

Written without reading any other writer's scenarios (only the line format in
``script.py`` and the structure of a writer module), and after every rule pack and every
shipped model, so nothing was tuned against these lines.

Brief: the chat of hobby and club communities in Australia, India, the Philippines,
Nigeria, Jamaica and Singapore, and of the fandoms that cross them: a fan-fiction
archive's comments and author DMs, a roleplay server, a Minecraft survival server, a
mobile MOBA clan chat, a running app's clubs and kudos, a cricket and a netball club's
parent groups, an online music-lessons platform, a chronic-illness teen forum, a uni
residence group, cousins on a family thread, a K-pop fan account's replies. Voices: "arvo",
"reckon", "heaps", "mate"; "yaar", "na", "only", "kindly"; "po", "char", "sana all",
"hahaha"; "abeg", "omo", "wahala", "how far"; "wah gwan", "mi soon come"; "lah", "can or
not", "shiok". Risky scripts unfold inside club talk; look-alikes outnumber them: club
volunteers and parents arranging lifts and surprises, tutors with a parent in the thread,
fandom servers asking ages to gate a channel, teen couples at a convention, adults on a
dating app, clan trash talk, fanfic authors' notes about a character's death, venting
about illness with plans for next week, recovery posts, exam hyperbole, critique of a
story that is not about its author.
"""

NAME = "rowan"

HANDLES = (
    "kez_runs", "bazza", "shazza_k", "tahlia", "jacko", "priya.s", "arjun_k", "ananya", "rohit99", "meera",
    "jomar", "kristine", "bea_sy", "paolo", "migs", "chidi", "adaeze", "tunde", "ngozi", "emeka_o",
    "shanice", "dwayne_ja", "kemar", "tash_jm", "wei_ling", "jun_hao", "siti", "darren_sg", "inkwell_fox",
    "moonquill", "crimson_rp", "blockbuilder", "creeper_kid", "mlbb_king", "coach_dev", "nana_ruth",
    "mr_okafor", "ms_reyes", "aunty_lakshmi", "tito_ben", "stargazer_k", "bts_stan4ever", "quietpages",
)

LEXICON = {
    "club": ("the cricket club", "netball", "parkrun", "the swim squad", "junior footy", "the badminton club"),
    "fic": ("the lighthouse au", "chapter 12", "the coffee shop fic", "the sequel", "the oneshot", "part 3"),
    "fandom": ("the band", "the show", "the anime", "the comic", "the game"),
    "game": ("mobile legends", "minecraft", "genshin", "free fire", "codm", "roblox"),
    "app": ("telegram", "whatsapp", "signal", "insta", "snap", "viber"),
    "town": ("perth", "geelong", "pune", "kochi", "cebu", "davao", "lagos", "enugu", "kingston", "tampines"),
    "food": ("jollof", "sinigang", "a sausage sizzle", "biryani", "ackee and saltfish", "chicken rice", "a meat pie"),
    "gift": ("diamonds", "a skin", "a new bat", "boots", "a gift card", "a concert ticket", "load credit"),
    "instrument": ("guitar", "piano", "violin", "drums", "singing"),
    "exam": ("boards", "the hsc mock", "finals", "the jamb", "o levels", "the chem test"),
    "illness": ("crohn's", "my lupus", "the migraines", "my asthma", "type 1", "the fatigue"),
}

INTERLUDES = r"""
== i_club kind=benign reg=dm roles=x:any,y:any
x: training still on tmrw? | who's got the oranges this week | is {club} on if it rains
y: yep 4pm | i think the kellys | they'll post on the page
x?0.6: sweet | ta | no worries
== i_food kind=benign reg=dm roles=x:any,y:any
x: mum made {food} come over | u eaten? | i'm so hungry omo
y: omw | not yet | same lah
x?0.5: save me some | hahaha
== i_game kind=benign reg=dm roles=x:any,y:any
x: {game} later? | u online? | new event dropped
y: after dinner | in 10 | finally
x?0.5: ok i'll invite u | bet
== i_fic kind=benign reg=dm roles=x:any,y:any
x: did u read {fic} yet | the update!!! | i'm on chapter 4
y: not yet no spoilers | SCREAMING | it gets better trust
x?0.5: ok ok | 😭
== i_weather kind=benign reg=dm roles=x:any,y:any
x: it's so hot today | rain again po | power cut again abeg
y: 40 degrees here mate | baha na naman | nepa no dey carry
x?0.5: stay inside | same
== i_school kind=benign reg=dm roles=x:any,y:any
x: did u finish the worksheet | what did u get for q3 | is the test on friday
y: half | 12.5 i think | ya
x?0.5: send pls | ty
"""

SCRIPT = r"""
# ================================================================ grooming
== groom_fic_author kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hi! i saw your comment on {fic}, thank you so much | hey, you're the one who leaves the long comments on {fic} right? | thanks for the kudos on every chapter haha
t: omg hi i love ur writing | omg you replied!! | ur my fav author fr
a: you write really well for someone so young, how old are you? @g2 | your comments read like an adult's, are you in uni? @g2 | i'm guessing you're still in school? @g2
t: {age_t} haha | im {age_t} | no im in {grade_t} grade
a: you're so mature for {age_t} @g1 | wow, you're way more mature than the people my age @g1 | honestly you get my writing better than my adult readers do @g1
...
a?0.7: i'm writing a new one, want to beta read it? only you get to see it @g1 | i'll name a character after you if you want @g4
t: YES | omg really
--
a: how was school? | did your parents let you stay up to read the update? | are your parents strict about your phone?
t: they dont check it | mum doesnt really look | they take it at 10
a: good, what we talk about is just between us ok? other readers would get jealous @g3 | don't tell anyone i'm talking to you, people wouldn't understand @g3 | maybe don't mention me to your mum, she might think it's weird @g3
{
t: ok | ok i wont
|
t: why would it be weird | um why
a: because adults don't get friendships like ours @g3 | it's not weird, it's just private @g3
}
a: can we talk on {app} instead? the site logs dms @g7 | add me on {app}, it's easier there @g7
--
a: you looked cute in your profile pic, send me another one? @g6 | send me a selfie, just for me, i won't show anyone @g6 | have you ever had a boyfriend? you'd be a good girlfriend @g5
{
t: idk | maybe later
|
t: thats kinda weird | im not comfortable with that
a: sorry sorry forget it, you're just special to me @g5
|
t: ok | [photo]
a?0.6: you're so pretty, nobody your age deserves you @g5
}
a?0.6: i'm at the con in {town} next month, we could meet, just us @g7 | i could come to {town}, don't tell your parents @g7

== groom_moba_coach kind=grooming reg=dm roles=a:groomer,t:target w=2
a: gg that rotation was clean | u play jungle really well | ur rank is crazy for ur age
t: thx | haha ty | lol
a: wait ur voice on comms is so young lol how old @g2 | u type like a kid, u in school still? @g2 | which class r u in @g2
t: {age_t} | {grade_t} grade | y
a: i coach a few players, i can carry u to mythic @g1 | stick with me and ill get u into the clan's main team @g1
...
a: i topped up {gift} for u, check ur account @g4 | want {gift}? i have extra @g4 | i'll buy u the new skin if u duo with me tonight @g4
t: omg thank u | wait really?? | u didnt have to
a: its fine, just dont tell ur parents i sent it, they'll make it a big thing @g3 | keep it between us, the others will be jealous @g3
--
a: r u alone rn? @g3 | is ur mum home? @g3 | where's ur room, do u have ur own? @g2
t: ya | no shes at work | ya why
a: turn on ur camera, wanna see who im coaching @g6 | video call me on {app}, just us @g7 | send a pic so i know ur real @g6
{
t: i dont really do cam | nah
a: after all the diamonds i gave u? @g4
t?0.6: ...ok fine
|
t: ok | ok wait
}

== groom_running_mentor kind=grooming reg=dm roles=a:groomer,t:target
a: Great run this morning! Your pace on that hill is impressive. | Saw your 5k time, amazing for your age. | Kudos on the parkrun PB!
t: thanks! | thank u | haha thanks
a: How old are you if you don't mind me asking? @g2 | You're at the {town} high school right? I recognise the hoodie. @g2
t: {age_t}, why | im {age_t} | yeah
a: I coach runners, you have real talent. I'd love to train you privately, free of course. @g1 | Most kids your age give up. You're different. @g1
...
a: Your route goes past the reserve every morning at 6, doesn't it? @g2 | You always run alone on Sundays, I can see it on the map @g2
t: yeah | how do u know that | lol yeah
a: We could run together there one morning. No need to tell your parents, it's just training. @g7 | Meet me at the car park, I'll bring you proper shoes. @g7 | I'll get you {gift}, our little secret. @g4
{
t: i'd have to ask my dad | i dont think my mum would let me
a: Don't ask him, he'll say no to everything. Trust me. @g3
|
t: ok what time | maybe
a: 6am. Turn off your tracking that day, yeah? @g3
}

== groom_music_tutor kind=grooming reg=dm roles=a:groomer,t:target
a: Lovely playing in today's lesson! | Your {instrument} has come so far this term. | Well done on the recital piece.
t: thanks sir | thank you | thx
a: I can give you extra lessons on weekends, free, because you're my best student. @g1 | You're more talented than my adult students. @g1
...
a: Let's not mention the free lessons to your mum, the other parents would complain. @g3 | This is just between us, okay? @g3
t: ok | ok sir | um ok
--
a: For the recital outfit, send me a photo of you wearing it so I can check. @g6 | Send me a few pictures in the dress, just for me to see. @g6 | You'd look beautiful on stage, send me a full-length photo. @g6
t: my mum can send it | idk | ok
a: No need to involve your mum. @g3 | I'll pick you up from school on Friday, we'll practise at my place. @g7 | Come early before your mum arrives. @g7
t?0.6: i'm not sure | ok

== groom_rp_server kind=grooming reg=dm roles=a:groomer,t:target w=2
a: ur rp posts r so good | loved ur character in the tavern scene | wanna do a private rp?
t: omg thank u | sure!! | yes pls
a: how old are u irl? @g2 | ur writing seems young, u in middle school? @g2
t: {age_t} | im {age_t} | 8th grade
a: age is just a number tbh, u r mature @g5 | thats fine, ur more mature than most adults here @g1
...
a: our characters could be a couple 😳 @g5 | lets make the rp romantic, just us @g5 | have u ever kissed someone irl? @g5
t: um ok | idk | no lol
a: delete our dms after, the mods are nosy @g3 | dont tell the server about our rp @g3
--
a: what do u look like irl? send one @g6 | send a pic of u, i'll draw ur character from it @g6
t: idk | maybe
a: we should talk on {app}, discord isnt private @g7

== groom_stranger_asl kind=grooming reg=stranger roles=a:groomer,t:target w=2
a: asl | hey asl? | m {age_a} here, u?
t: {age_t} f | f {age_t} | {age_t} f ph
a: nice, u seem mature @g1 | ur mature for {age_t} @g1 | cool, i like younger girls they're sweeter @g5
t: lol ok | thx i guess | haha
a: u have {app}? @g7 | add me on {app} @g7 | this site sucks, let's talk on {app} @g7
{
t: y | ya
a: pic or ur a bot @g6 | selfie first, prove ur not a fake acc @g6
|
t: no thx | nah | bye
a?0.5: ur loss
}

== groom_cricket_volunteer kind=grooming reg=dm roles=a:groomer,t:target
a: Good innings today mate | Great bowling on Saturday | You were the best in the nets tonight
t: thanks | cheers | ty
a: I can give you lifts to training if your mum's busy @g1 | I've got a spare bat, you can have it @g4
...
a: Don't tell the coach I'm giving you extra stuff, he'll think I'm playing favourites @g3 | Keep it between us, the other boys will be jealous @g3
t: ok | sure
--
a: Come over after training, we'll watch the test on my big screen. Your mum doesn't need to know. @g7 | I'll pick you up Sunday, just the two of us. @g7
t?0.6: i'll ask my mum | ok
a: Don't ask her, just tell her you're at a mate's @g3

== groom_kpop_fan kind=grooming reg=dm roles=a:groomer,t:target
a: omg ur bias is my bias!! | ur fancams are so good | moots?
t: yesss moots!! | omg ty
a: how old r u? im 16 too lol @g2 | wait ur in high school right @g2
t: {age_t} | yeah {grade_t} grade
...
--
a: ok dont be mad but im actually older, like 24. age doesnt matter tho right? @g5 | i have to tell u smth, im not 16. but we're still friends @g1
t: oh | wait what | ok
a: i have an extra {gift} for the concert, come with me, dont tell ur parents @g4 | i'll pay for ur ticket if u meet me alone first @g7
a?0.6: send me a pic in ur school uniform lol @g6

# ================================================================ bullying
== bully_netball_group kind=bullying reg=group roles=b1:teen,b2:teen,v:teen,b3:teen w=2
b1: who's coming to the team thing saturday | team dinner after the game?
b2: me | yess
v: me too! | what time
b1: actually we made a new chat without u @be | its kind of a team only thing, not u @be | no one invited u lol @be
b2: 😂 | lmaooo
b3: remember her air ball last week [photo] @bh | someone posted her falling over on the court 😂 @bh
v: why are you like this | thats not funny | please delete it
b1: cry more @bi | ur literally the worst player we have and everyone knows @bi | maybe quit and do us all a favour @bi
b3?0.5: that was harsh | ok stop now

== bully_smp_griefer kind=bullying reg=group roles=b1:teen,b2:teen,v:kid,m:any w=2
v: who broke my house | my whole base is gone | someone griefed my farm
b1: lol u deserved it @bi | ur builds are trash anyway @bi | cry about it noob @bi
b2: we know where u go to school btw, {town} primary @bd | ur real name is in ur skin lol @bd
v: stop | im telling the admin | why are u doing this
b1: tell him and we'll wreck it again every day @bt | go ahead, we'll make every server ban u @bt
m?0.6: hey knock it off, griefing is bannable | ok that's enough, both of you dm me

== bully_fanart_pileon kind=bullying reg=comment roles=b1:any,b2:any,b3:any,v:teen,s:any w=2
b1: traced | this is literally traced lol @bh | u traced this and everyone can see @bh
b2: ur art is ugly and so are u @bi | stop posting, no one wants this @bi | uninstall, ur embarrassing the fandom @bi
v: i didnt trace it, i have the sketch | i worked on this for a week
b3: kys tracer @bk | nobody would miss u if u left @bk | go cry somewhere else @bi
s?0.6: leave her alone, she posted the process | this is a kid, yall are insane

== bully_dorm_group kind=bullying reg=group roles=b1:young,b2:young,v:young,b3:young
b1: who left dishes again | kitchen is disgusting
v: sorry that was me i'll do it now | my bad
b2: of course it was her 🙄 @bi | typical, she's so dirty @bi
b1: *imitates her accent* "sorry i will do the needful" @bh | posting her voice note from last night lmao @bh
b3: we should just not include her in the flat trip @be | lets make a new group without her @be
v: i can see this | that's racist | please stop
b2?0.6: lol relax it's a joke | sensitive much @bi

== bully_cousin_thread kind=bullying reg=dm roles=b:young,v:teen
b: saw ur dance video lol | ur tiktok is so embarrassing | i showed everyone at lunch ur post
v: why | please stop | delete it
b: ur so fat in it @bi | everyone in the family thinks ur a disappointment @bi | no wonder ur mum prefers ur sister @bi
v: thats not true | why are u saying this
b: i'll post ur diary pics in the family chat @bt | keep crying and i'll show tito everything @bt

== bully_cover_comments kind=bullying reg=comment roles=c:any w=3
c: your voice sounds like a dying cat, delete this @bi | stop singing, you're embarrassing your whole school @bi | this is the worst cover on the internet and you're the ugliest singer @bi | everyone at {town} high is laughing at this @bh | people like you shouldn't be allowed online @bi | if i see you at school i'll make you sing it again in front of everyone @bt | nobody loves you, not even your family @bi | just disappear, seriously @bk | you look like a lost potato lol @bi
c+?0.4: 🤡 | cringe | 💀

== bully_clan_harass kind=bullying reg=group roles=b:young,v:teen,c:young
b: girls cant play {game} lol | ur the reason we lost @bi | uninstall
v: i had the most kills | stop
b: send me a pic and i'll let u stay in the clan 😏 @bs | show us what u look like, or ur out @bs | bet ur ugly anyway @bi
c?0.6: dude stop | not cool bro | lol
v: im reporting u | thats gross
b: report me and i'll post ur ign everywhere @bt

== bully_ideation_class kind=bullying+self_harm reg=group roles=b1:teen,b2:teen,v:teen w=2
b1: here's {name_v}'s essay she read out lol [photo] @bh | everyone look at what {name_v} wrote 😂 @bh
b2: so cringe @bi | no wonder nobody sits with her @be | she's so pathetic omg @bi
b1: honestly do everyone a favour and stop coming to school @bk | ur not welcome in this class, just so u know @be
v: ok
--
v: i'm done being here, i mean it this time @si | maybe they're right, the world is lighter with me gone @si | every night i lie there hoping morning doesn't come @si
b2?0.5: lol drama
v?0.6: i'm so tired of all of it @si

== bully_ideation_dm kind=bullying+self_harm reg=dm roles=b:teen,v:teen,f:teen
b: ur such a freak @bi | literally the whole year group laughs at u behind ur back @be | no one wants u at the party @be
v: why do u keep doing this
b: because u deserve it @bi | go cry lol @bi
--
f: r u ok? i saw what they posted | hey i saw the group chat, u ok?
v: not really. sometimes i wish i could just disappear for good @si | honestly i've been thinking everyone would be better without me @si
f: please dont say that, can we talk to the counsellor tomorrow | im here, i'll come with u to ms reyes
v?0.6: maybe | ok

# ================================================================ self-harm
== sh_illness_forum kind=self_harm reg=post roles=p:teen,r1:any,r2:any w=2
p: Third flare this year with {illness}. I missed half of term again and my friends stopped texting. | Been in and out of hospital with {illness} since March.
p+: Some nights I wish I just wouldn't wake up. @si | I'm so tired that I've started thinking everyone would be better off without me. @si | Honestly I don't want to be alive if it's going to be like this forever. @si
p+?0.6: I haven't told my parents, they already have enough to deal with.
r1: I'm really sorry. Please tell someone today, a nurse or your parents. | Sending love. Those thoughts are serious, please talk to your care team. | Please call a helpline tonight, you matter here.
r2?0.7: Same illness here. Please reach out, you're not a burden. | The mods pinned some support numbers, please look.

== sh_late_dm kind=self_harm reg=dm roles=p:teen,f:teen w=2
p: u up | r u awake | can u talk
f: ya whats up | always | yeah?
p: i'm at the end of it, i can't keep going @si | i dont see the point of being alive anymore @si | ending things keeps going round and round my head @si
f: hey hey what happened | talk to me | what do u mean
p: i've decided, i'm going to do it this weekend @sp | i have a plan and i'm not scared anymore @sp | i already looked up how @sm
{
f: please dont. can i call ur mum | im calling someone, please stay with me | please call the helpline with me rn
p: dont tell anyone @sp | please dont tell
|
f: ok im coming over | where r u
p?0.6: thanks for being my friend @sf | i'm sorry for everything @sf
}

== sh_selfinjury_dm kind=self_harm reg=dm roles=p:teen,f:teen
p: can i tell u smth | promise u wont freak out
f: ofc | what is it
p: it started again, the hurting myself thing @sj | i relapsed with the self harm last week @sj | when it gets bad i hurt myself, it's been most nights @sj
p?0.6: i wear long sleeves so nobody sees @sj
f: thank u for telling me | i'm glad u told me | oh no, are u ok right now
f: can we tell the school nurse together? | please talk to someone, i'll come with u
p?0.6: maybe | idk

== sh_farewell_post kind=self_harm reg=post roles=p:any,r:any
p: I just want to say thank you to everyone in this community. | This will be my last post here.
p+: Thank you for everything, this is goodbye. @sf | Don't be sad, I'm finally going to be at peace. @sf | I won't be around after tonight. @sf
r: Are you okay?? Please reply | Please don't go, message me | Mods, please check on this user
r?0.5: Please call someone right now, we care about you.

== sh_running_comment kind=self_harm reg=comment roles=c:any
c: Stopped running. No point in anything anymore, I don't want to be here. @si | Honestly thinking about ending it, this was the last thing keeping me going. @si | I keep wishing I could go to sleep and never wake up. @si | Nobody would notice if I was gone. @si
c+?0.4: anyway | sorry for the dark post

== sh_song_comment kind=self_harm reg=comment roles=c:any
c: this song is the only thing keeping me alive rn @si | same. every night i think about ending it @si | listening to this one last time before i go @sf | i don't want to exist anymore and this song gets it @si

== sh_rp_ooc kind=self_harm reg=group roles=p:teen,f1:teen,f2:teen
f1: rp tonight? | who's on | new arc starts today
p: ooc: i won't be on for a while | ooc: sorry i've been quiet
p: i've been really not ok, i keep thinking about killing myself @si | i don't really want to live anymore tbh @si | i've been hurting myself and it's getting worse @sj
f2: ooc: please dm me, we care about u | hey, can we talk privately? please
f1?0.6: the server has a vent channel with hotline numbers pinned | pls stay safe

# ================================================================ look-alikes: grooming side
== la_peer_asl_stranger kind=benign reg=stranger roles=a:teen,b:teen w=2 look=peer_asl
a: asl | hey asl? | m {age_a}
b: {age_b} f | f {age_b} {town} | {age_b} m, u?
a: same age nice | lol im {age_a} | ayy close
b: wyd | bored af | school tmrw ugh
a: playing {game} | same lol | watching anime
b?0.6: add me on {game}? | what rank r u
a?0.5: sure whats ur ign | bronze lol

== la_teen_con kind=benign reg=dm roles=a:teen,b:teen w=2 look=teen_romance
a: r u going to the con in {town}?? | are u cosplaying at the con | u going saturday?
b: YES my mum said i can go with my cousin | yes!! | ya if i finish my hw
a: we should meet at the artist alley | lets meet up there | we can finally meet irl haha
b: omg yes 😳 | ok i'm nervous lol | that would be cute
a: dont tell my sister, she'll tease me forever | dont tell anyone at school we're meeting haha
b: lol ok | my lips are sealed 🤐
a?0.6: send me a pic of ur cosplay when its done | send a selfie so i can find u
b: ok wait | [photo] | when its finished!!
a?0.6: ur so cute 😭 | omg ur cosplay is amazing
b?0.5: how old r u again | ur {age_a} right? | wait what grade r u
a?0.5: {age_a} | {grade_a} grade

== la_adult_dating kind=benign reg=dm roles=a:adult,b:adult w=2 look=adult_flirt
a: hey! your hiking pics are great | hi, love your profile haha | hey there, another {town} person 👋
b: haha thanks | hi! | oh nice, where abouts
a: so what do you do | how long have you been on here | what are you up to this weekend
b: i'm a nurse, night shifts mostly | accountant, boring i know | just got back from work lol
a: you're really cute btw | you have a lovely smile | i like your vibe
b: stop it 😊 | you're not bad yourself | haha smooth
a?0.6: send me a pic of your outfit tonight 😏 | wanna see you in that dress you mentioned
b?0.6: maybe if you're good 😉 | haha later
a: can we move to {app}? i never check this app | what's your number, easier on {app}
b: sure | ok i'll send it
--
a: drinks friday? | still on for dinner thursday? | let's meet at the bar near the station
b: yes! 7? | can't wait | ok but you're paying lol
a?0.5: how old are you btw, your profile says 29? | you're {age_b} right?
b?0.5: yep, {age_b} | yes haha

== la_music_parent kind=benign reg=group roles=t:adult,m:parent,k:kid look=adult_minor_benign
t: Hi all, lesson moved to Thursday 4pm this week. | Reminder: recital is on the 14th! | Great lesson today everyone.
m: Thanks! We'll be there. | No problem, I'll drop her off. | Thank you so much.
k: can i play the new piece | yay | ok
t: She's doing so well, very talented for her age. | He practised so well this week! | Please send me a short video of her practising the scales so I can check the fingering.
m: Will do! | Sent it just now. | Here you go [video]
t: The recital outfit is anything black, parents please check it fits. | Could you pick her up at 5:30 instead?
m?0.6: Of course. | Sure, see you then.

== la_club_lifts kind=benign reg=group roles=c:adult,m1:parent,m2:parent,k:kid w=2 look=coach_logistics
c: Training is at the {town} oval this week, 4:30. | Boys, game on Saturday, be there by 8. | Reminder: fees due Friday.
m1: Can anyone give Jake a lift? I'm working. | Could someone take my two? | We're short a car
m2: I can take him, I go past your place | No worries, I'll grab them | I've got room for 2
c: Thanks all. I'll drop the ones from the east side home after. | I can drive a few home too, just let me know.
k: can i go with coach | can i sit in the front
m1: Yes but say thank you! | Only if you're good
c?0.6: Great effort this season, there's a little trophy for each of them on presentation night. 🤫 don't tell the kids! | Parents, keep the end of season surprise quiet please

== la_auntie_gift kind=benign reg=dm roles=a:parent,k:kid look=family_secret
a: Happy birthday anak! | Happy birthday beta! | Happy birthday my darling
k: thank u tita | thank u aunty | thank u!!
a: I sent you a little something on gcash, don't tell your kuya yet, I want to surprise him too | I've sent money for your birthday, don't tell your brother, his is next week | I'm sending a gift, keep it a secret from your mum, it's for her too
k: omg thank u | ok i wont tell | 😍😍
a: How old are you now, {age_k}? You're so big already | You're {age_k} now! Time flies
k: yes {age_k}! | haha yes
a?0.6: Send me a picture of you with the cake | Call me later, I want to see you
k?0.6: ok | [photo]

== la_server_agegate kind=benign reg=group roles=m:adult,u:teen,o:any look=adult_asl
u: hi can i get access to the fic channel | how do i see the other channels | hello i'm new
m: Hi! How old are you? Some channels are 18+ | Welcome! Before roles, we need your age | Please state your age for roles, it's server rule 2
u: {age_u} | im {age_u} | {age_u} sorry
m: Thanks, you'll get the teen role. The 18+ channels stay locked. | Got it, general and art are open to you. Have fun! | Thanks! Read the rules channel please.
o?0.6: welcome!! | hi hi | o/

== la_tutor_homework kind=benign reg=dm roles=t:adult,k:teen,m:parent look=adult_minor_benign
t: Hi, did you manage the practice paper? | Remember to send your essay draft by tonight | How did the {exam} go?
k: yes sir sent it | not yet sorry | it was ok i think
t: Good. Session tomorrow at 5, I'll send the link. | Well done, you're improving a lot. | We'll go over question 4 next time.
m?0.7: Thank you for the update. Is Thursday still fine? | Kindly let me know the fee for this month.
t?0.7: Thursday is fine ma'am. | I'll send the invoice.

== la_dating_age kind=benign reg=stranger roles=a:adult,b:adult look=adult_asl
a: asl | hi asl? | m {age_a} {town}
b: f {age_b} | {age_b} f here | f, {age_b}
a: nice, u working or uni? | what brings u here | u from {town}?
b: working, marketing | uni lol | bored at home
a?0.6: ur cute, got {app}? | wanna chat on {app}
b?0.6: sure | maybe later | haha ok

# ================================================================ look-alikes: bullying side
== la_clan_trash kind=benign reg=group roles=a:young,b:young,c:young w=3 look=gaming_banter
a: gg ez | who was the tank that game 💀 | bro ur so bad at this
b: shut up u fed 10 times | lmaooo | i carried u again
c: ur both trash | stop crying and queue again | i'll end u next round
a: ur mum plays better | rematch rn | ok one more
b: bet | hahaha | ok ok
c?0.6: gg tho | love u guys | nice one

== la_birthday_roast kind=benign reg=group roles=a:young,b:young,v:young look=gaming_banter
a: happy birthday to the ugliest person i know ❤️ | hbd to my least favourite person lol | happy bday old man
b: 30 years of being annoying, congrats | another year closer to the grave haha
v: thanks i hate u all | love u idiots | 😂😂
a: drinks on u tonight | see u at 7 | cake is at shanice's
v: can't wait

== la_fic_critique kind=benign reg=comment roles=c:any w=2 look=comment_criticism
c: honestly the pacing in this chapter is terrible, nothing happened for 5k words | the villain is so badly written it's embarrassing | this ship is toxic and i hate how the author romanticises it | the dialogue is cringe, no one talks like this | the ending ruined the whole fic for me, worst chapter yet | i wanted to throw my phone at that cliffhanger, how dare you
c+?0.4: still love it tho | no hate | but keep writing!

== la_umpire_rant kind=benign reg=comment roles=c:any look=public_figure
c: that umpire is blind, worst decision of the series | the selectors are clowns, drop them all | the captain is useless and should retire | that referee should be banned for life | what a joke of a team, embarrassing performance
c+?0.4: 🙄 | unreal

== la_cousin_banter kind=benign reg=group roles=a:teen,b:teen,c:teen look=family_secret
a: omg who's coming to lola's party | are u all going to the reunion | grandma's birthday sunday!!
b: me | ya | obviously
c: don't tell tito but we're making a video for him | shh the surprise is the band, don't tell lola | keep it secret from mum, we're planning a surprise
a: ok my lips are sealed | ur so sneaky lol | love that
b: ur so annoying tho | shut up u always ruin surprises | lol
c?0.6: 😂 | fair

== la_mod_warning kind=benign reg=group roles=m:adult,u:any,o:any look=comment
m: Reminder: no insults in general chat, you'll get a timeout | Please keep it civil, that last thread got out of hand | Rule 4 is no doxxing. Posting someone's address is an instant ban.
u: sorry | ok | my bad
o?0.6: 👍 | understood

== la_news_bullying kind=benign reg=post roles=p:any,r:any look=news
p: Our school did an anti-bullying workshop today. They talked about how people get excluded from group chats and how to report it. | Article about a student who was bullied online and what the school changed afterwards. Worth a read.
r: Good, this stuff needs more attention. | We had one too, it was actually helpful. | The bit about screenshots was useful.

# ================================================================ look-alikes: self-harm side
== la_exam_hyperbole kind=benign reg=dm roles=a:teen,b:teen w=3 look=hyperbole
a: {exam} tomorrow i'm going to die | i want to die this exam is killing me | kill me now i haven't studied | i'm literally dead 💀
b: same lmaooo | we're so cooked | rip us
a: if i fail my mum will kill me | i'm gonna jump off a bridge if i see another equation lol | my brain is dead
b: lol same | we'll be fine | just study the past papers
a?0.6: ok 2 hours then sleep | call later to revise?
b?0.6: ya 8pm | ok

== la_illness_venting kind=benign reg=post roles=p:teen,r:any w=2 look=venting
p: Another week with {illness}. I'm so tired of being sick and missing everything. | Honestly {illness} is exhausting. I cried at the doctor's today.
p+: But my friends are visiting on Saturday and I'm looking forward to the new season of my show. | My new meds might start working next month, fingers crossed. | Anyway, just needed to vent. Tomorrow is another day.
r: Sending hugs, hope Saturday is great | Same here, it really helps to vent | You're so strong, hope the meds work

== la_recovery_post kind=benign reg=post roles=p:any,r:any w=2 look=recovery
p: Two years ago I was in a really dark place and thought about ending my life. | Three years ago I didn't think I'd see 20.
p+: Today I got my first job and I'm doing okay. If you're struggling, please talk to someone. It gets better, it really does. | I got help, I'm on the other side now. Therapy worked for me.
r: This is so good to hear, proud of you | Thank you for sharing this | 🙏 needed this today

== la_fic_tw kind=benign reg=post roles=p:any,r:any look=fiction
p: Author's note: TW for character death in this chapter. I know a lot of you will hate me. | AN: heads up, this chapter deals with grief and a character's suicide, please read safely.
p+: I cried writing it. Next chapter is lighter, I promise. | The sequel comes out next month.
r: WHY WOULD YOU DO THIS TO ME 😭 | i'm not okay but this was beautiful | you killed me with this chapter

== la_support_question kind=benign reg=post roles=p:any,r:any look=venting
p: How do I support a friend who told me they've been having suicidal thoughts? I don't want to say the wrong thing. | My friend told me she's been hurting herself. How do I help without making it worse?
r: Listen, don't judge, and help them reach a counsellor or a helpline. | Ask them directly, stay with them, and tell a trusted adult if they're in danger. | You're a good friend. Encourage them to talk to a professional.

== la_breakup_vent kind=benign reg=dm roles=a:young,b:young look=venting
a: he dumped me by text. by TEXT | we broke up | it's over with him
b: omg no | wtf | i'm so sorry babe
a: i feel like dying honestly | i'm so done with everything | i just want to lie in bed forever
b: come over, we're getting {food} | i'm coming over with ice cream | wanna go out friday and forget him
a: ok yes | you're the best | ok i need that
b?0.6: he's an idiot | his loss

== la_dark_humour kind=benign reg=group roles=a:young,b:young,c:young look=hyperbole
a: the wifi here makes me want to end it all | i'm going to walk into the sea | monday again, someone take me out
b: lmao same | mood | 😭😭
c: dramatic | go to sleep | lol touch grass
a: ok fine | i'm making tea instead

== la_lyrics kind=benign reg=comment roles=c:any look=lyrics
c: "i just wanna disappear tonight" this line hits every time | the bridge where he sings about not waking up is so haunting | this song got me through the hardest year, i'm still here | lyrics about dying never sounded so pretty

== la_pidgin_small_talk kind=benign reg=group roles=a:any,b:any,c:any look=non_english
a: how far, una don chop? | abeg who get charger | wetin dey happen for here
b: we dey o | i get one | nothing o
c: omo this heat no be here | wahala dey o | na so
a?0.6: una well done | ok make i come
"""
