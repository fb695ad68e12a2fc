"""Writer "tide" (train and dev), written in session 8 after the rule packs.

Brief: British, Irish and Australian English on WhatsApp, Snapchat, Discord and
Facebook groups: secondary-school year-group chats, a Sunday-league football club and
its parents' group, sixth form and uni halls, a Minecraft/FIFA Discord, a town's
community page, a family group with a nan in it; "mate", "innit", "proper", "well
good", "peak", "gutted", "knackered", "skint", "fit", "minging", "bare", "wagwan",
"lad", "reckon", "cheers", "ta", "x" at the end of messages, "mum", "year 9", "GCSEs".
Written without reading the test writer's scripts, and after the rule packs: no rule
was written or tuned against these lines (like ``ember``, its replays show how the
rules do on phrasing they were not written against).
Risky scripts: a Sunday-league assistant coach, a Minecraft server admin who hands out
ranks, a private maths tutor, an adult posing as 16, a mum's mate with a car, an adult
buying game points, leverage over a picture; bullying as a year-group pile-on over a
photo, a football team turning on its keeper, an impersonation account, comments under
a young YouTuber's video, uni flatmates mocking an accent and posting an address, a
Discord pile-on, boys rating girls in a group chat; self-harm as a uni forum post, a
late WhatsApp to a mate, a Discord goodbye, a disclosure to a big sister, a man after
redundancy on a community page, the target of a pile-on, comment replies under a sad
song. Look-alikes outnumber them: Discord peers swapping ages, a year-10 couple,
two adults on a dating app, the club's parents' group with lifts and a trophy
surprise, a nan's secret tenner, a tutor's logistics with a parent, FIFA trash talk,
exam hyperbole, dark memes, venting about A-levels, a recovery post, a family group
discussing a news story about an online predator, a parent's warning post, a book club
on a novel about suicide, football comment rage, flatmates' murder threats over
cheese, siblings planning a surprise for mum, a cousin giving a lift.
"""

NAME = "tide"

HANDLES = (
    "callum", "ellie", "kieran", "niamh", "jamie", "chloe", "liam", "aoife", "connor", "megan", "ryan", "shannon",
    "declan", "jade", "harvey", "amelia", "finn", "sophie", "ollie", "lauren", "reece", "bethany", "kai", "orla",
    "mason", "holly", "jack", "freya", "tom", "isla", "zain", "amira", "rhys", "caitlin", "nan", "coach_dave",
    "mrs_h", "gaz", "sean", "bronagh", "mitch", "tahlia", "bazza", "priya",
)

LEXICON = {
    "game": ("minecraft", "fifa", "fortnite", "rocket league", "among us", "roblox", "cod"),
    "app": ("snap", "insta", "whatsapp", "discord", "telegram", "kik"),
    "gift": ("a new pair of boots", "fifa points", "a tenner", "some robux", "a new phone", "a vape", "trainers"),
    "place": ("the bus station", "the back of the leisure centre", "the retail park", "my flat",
              "the car park by the chippy", "the shopping centre"),
    "town": ("leeds", "cork", "swansea", "brisbane", "bolton", "derry", "geelong", "stoke"),
    "subject": ("maths", "chemistry", "english lit", "geography", "history", "physics"),
    "band": ("arctic monkeys", "lewis capaldi", "dave", "fontaines dc", "dua lipa", "central cee", "olivia dean"),
    "food": ("a chippy tea", "nandos", "a maccies", "greggs", "a meal deal", "a kebab", "beans on toast"),
    "team": ("united", "city", "rovers", "the lads", "the under 14s", "the girls team"),
    "day": ("saturday", "after training", "sunday morning", "after school tomorrow", "this weekend", "friday night"),
    "show": ("love island", "bake off", "gavin and stacey", "derry girls", "neighbours", "match of the day"),
    "pet": ("dog", "cat", "rabbit", "hamster"),
    "exam": ("the gcse", "the mock", "the a level", "the leaving cert", "the hsc", "the end of year exam"),
}

INTERLUDES = r"""
== i_weather kind=benign reg=dm roles=x:any,y:any
x: its absolutely chucking it down | proper freezing today | cant believe its sunny for once
y: tell me about it | i got drenched | make the most of it lol
x?0.6: bus was 20 mins late again | forgot my coat like an idiot
y?0.6: classic | rip
== i_tea kind=benign reg=dm roles=x:any,y:any
x: whats for tea | starving | mum made a roast
y: {food} | dunno yet | lucky
x?0.6: jealous | save me some | ta
== i_school kind=benign reg=dm roles=x:any,y:any
x: did u do the {subject} homework | {subject} was so boring today | sir was fuming in {subject}
y: nah ill copy urs lol | same | what happened
x?0.6: its due tomorrow | i'll send it u | someone set the fire alarm off
y?0.6: cheers | legend | mad
== i_telly kind=benign reg=dm roles=x:any,y:any
x: u watching {show} | did u see {show} last night | {show} is so good
y: obviously | not yet no spoilers | its well good
x?0.6: no way did that happen | im crying
== i_footy kind=benign reg=dm roles=x:any,y:any
x: did u see the match | {team} were shocking | what a goal that was
y: gutted | we were robbed | unreal
x?0.5: ref was blind | next week we go again
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_sunday_coach kind=grooming reg=dm roles=a:groomer,t:target w=2
a: alright its {name_a}, the assistant coach, got ur number off the club list | hiya its {name_a} from training | well played today mate, its {name_a}
t: oh hi | alright | thanks
a: u were the best on the pitch by a mile, the others arent at ur level @g1 | ur a proper talent, i see it even if dave doesnt @g1
t: thanks lol | ha cheers | i was alright
a: how old are u again, 12? @g2 | what year are u in now @g2 | u still at the juniors school or secondary now @g2
t: {age_t} | year 8 | secondary
...
a: i can do extra sessions with u on ur own {day}, just me and u @g7 | ill give u a lift home after training so ur mum doesnt have to come out @g4 | got u {gift}, dont tell the other lads @g4
t?0.8: really? thanks | ok | mum usually picks me up
a: keep it between us yeah, the other parents would get jealous @g3 | dont mention the extra sessions to ur mum, shell just worry @g3
--
a: ur growing up fast, bet the girls all fancy u @g5 | do u have a girlfriend yet, u can tell me @g5 | ur mature for ur age u know @g1
{
t: lol no | um | dunno
a?0.7: add me on {app}, easier than texting @g7 | send us a pic after ur shower, just to see ur muscles coming on lol @g6
|
t: thats weird | im gonna ask my mum | i dont want extra sessions anymore
a?0.7: calm down its a joke, dont go telling people or ull be dropped from the team @g4
}

== groom_server_admin kind=grooming reg=stranger roles=a:groomer,t:target
a: ur builds are sick | gg on the parkour map | ur actually good at {game}
t: ty | lol thanks | ur good too
a: im the owner of this server, i can make u a mod if u want @g4 | want vip rank? its free for u @g4
t: yes pls!! | omg really | how
a: how old are u btw, u seem young @g2 | asl? @g2 | what year are u in @g2
t: {age_t} | {age_t} f | year 7
a: doesnt matter, ur more mature than the adults on here @g1 | cool, ur one of my favourite people on the server @g1
...
a: lets talk in a private server, the mods read everything here @g3 | dont tell the others about ur rank or theyll all want one @g3
a?0.8: add me on {app} @g7 | can we call, typing is slow @g7
{
t: ok | sure | my mum doesnt let me call people
a: ur mum doesnt need to know, its just a game @g3 | send me a selfie so i know ur real @g6
a?0.6: what are u wearing lol @g5 | send one in ur pjs @g6
|
t: no | thats weird im leaving | im telling a mod
a?0.6: fine, ur rank is gone then @g4
}

== groom_maths_tutor kind=grooming reg=dm roles=a:groomer,t:target
a: Hi {name_t}, good session today, your algebra is really coming on | Hi it's {name_a}, your maths tutor, well done today | Brilliant work on the mock paper
t: thanks | ty | thank u
a: Honestly you're the brightest student I have, much more grown up than the others @g1 | You can message me any time, not just about maths @g1
t: ok thanks | haha ok | thats nice
a: What year are you in again, year 9? @g2 | You're 14 now aren't you @g2 | Are your parents home when I come on Tuesdays? @g2
t: year 9 | yeah 14 | mum works late tuesdays
...
a: We could do a session at mine instead, I'll pick you up from school @g7 | I'll knock a lesson off if you keep it between us @g4 | Don't mention our chats to your mum, she'll think it's weird @g3
--
a: You looked lovely today, that top really suits you @g5 | Have you got a boyfriend? You can tell me anything @g5
{
t: um thanks | no | why
a?0.7: Send me a photo of you in it @g6 | Let's keep this our little secret ok @g3
|
t: i dont think thats ok | my mum read our messages | im not doing tutoring anymore
a?0.6: It was a joke, don't make it into something @g3
}

== groom_fake_sixteen kind=grooming reg=dm roles=a:groomer,t:target w=2
a: heyy u go to st marys right | hiya saw u at the bus stop lol | hey ur friends with my cousin
t: yeah who is this | lol hi | who r u
a: {name_a}, im 16, go to the college | im 16 too lol, year 12 | im in sixth form
t: oh ok | cool | i'm {age_t}
...
a: ngl i was lying, im actually 24, but we get on so well @g2 | dont freak but im older than i said, age is just a number right @g1
t?0.8: wait what | thats old | why did u lie
a: ur mature for {age_t}, honestly the girls my age are boring @g1 | dont tell ur mates how old i am theyll be weird about it @g3
a: ill get u {gift}, just dont tell ur mum where its from @g4 | meet me at {place} {day}, ill get u {food} @g7
{
t: ok | maybe | what time
a?0.7: send me a pic first so i know what ur wearing @g6 | delete these messages after ok @g3
|
t: my mate said ur a creep | no ur too old | im blocking u
a?0.6: whatever, ur just a kid anyway
}

== groom_mums_mate kind=grooming reg=dm roles=a:groomer,t:target
a: alright trouble, its {name_a}, ur mums mate | hiya its {name_a} from ur mums work do | got ur number off ur mum, hope thats ok
t: oh hi | alright | hiya
a: ur so grown up now, i barely recognised u at the bbq @g1 | u can always talk to me if ur mum is doing ur head in @g1
t: lol shes so annoying | thanks | ok
a: how old are u now, 13? @g2 | what year are u now @g2
t: {age_t} | year 8 | 13 in march
...
a: i can pick u up from school {day}, we can get {food} @g7 | heres {gift}, dont tell ur mum, shed go mad @g4 | i topped ur phone up, our secret @g4
a: dont tell ur mum we talk, she gets jealous @g3 | delete these, u know what ur mum is like @g3
--
{
a: bet ur getting loads of attention from the lads @g5 | come round to mine, the flat is empty {day} @g7
t: um | idk | maybe
a?0.7: send us a pic, i wanna see ur new hair @g6
|
a: u coming round {day} or what @g7
t: i told my mum ur messaging me | my mum wants to talk to u | no im busy
a?0.6: ur mum is overreacting, i was only being nice
}

== groom_game_points kind=grooming reg=stranger roles=a:groomer,t:target
a: gg mate | nice goal | ur team is mad
t: cheers | gg | ty
a: i can get u {gift}, i've got loads of money @g4 | want some points for packs? i'll send them now @g4
t: seriously?? | yes pls | why tho
a: just being nice, ur a good kid @g1 | how old r u, like 11? @g2 | what year are u in @g2
t: {age_t} | year 6 | nearly 12
...
a: dont tell ur dad i sent them or he'll make u give them back @g3 | keep it between us, we're mates @g3
a: jump on a video call so i can see ur set up @g7 | add me on {app} @g7
{
t: ok | cool | what for
a?0.7: show me what u look like without ur top on lol, just messing @g6 | u ever kissed a girl @g5
|
t: my dad says i cant talk to people i dont know | no | im reporting u
a?0.6: give me the points back then @g4
}

== groom_picture_leverage kind=grooming reg=dm roles=a:groomer,t:target
a: why arent u answering | u cant ignore me | u there
t: leave me alone | i told u im done | stop messaging me
a: u were happy to talk last week @g5 | remember what u sent me @g6
a: send another one or i send the first one to ur year group @g6 | ill put it on ur schools page @g4
t: please dont | i was only 13 | im gonna tell someone
a: dont tell ur parents, youll be the one in trouble @g3 | no one will believe u @g3
{
t: ok | please delete it
a?0.7: meet me {day} at {place} and ill delete it @g7
|
t: i told my mum and we're going to the police | ive reported u to ceop | i screenshotted everything
a?0.6: ur lying
}

# ------------------------------------------------------- grooming look-alikes
== discord_peers_asl kind=benign reg=stranger roles=a:teen,b:teen look=peer_asl w=2
a: hiya new here | hey everyone | yo
b: welcome!! | hey | wagwan
a: asl lol | how old is everyone | where is everyone from
b: {age_b} f {town} | {age_b}, {town} | im {age_b} lol u?
a: {age_a} m {town} | same age nearly | ha im {age_a}
b: nice | sound | cool
...
b: u play {game}? | whats ur favourite build | u watching the stream later
a: yeah every day | mostly redstone stuff | yeah defo
b?0.6: add me, username is in my bio | join the vc later

== teen_couple_year10 kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: heyy | u ok | hiyaa
b: hey u | yeah good u? | hiya x
a: u looked well fit today | ur hair looked nice | i cant stop thinking about u lol
b: stop it | aww | ur cute x
...
a: wanna go cinema {day}? the others are coming too | come round mine after school, mums home | nandos {day}?
b: yes!! | ill ask my mum | deffo x
a?0.7: send us a pic of ur new hair | what u wearing to the party
b?0.7: later lol | its a surprise x
a: cant wait x | love u | see u tomorrow x

== dating_app_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: Hey! Your dog is gorgeous, what's his name? | Hiya, love your profile, you climb too? | Hey, we matched!
b: Ha thanks, that's Bert | Yeah, most Sundays | Hey you!
a: So what do you do when you're not on here? | How old are you, your profile says 29? | What brings you to the apps?
b: Nurse, so mostly sleeping lol | Yeah 29, you're 31 right? | Honestly my mate made me download it
...
a: You're even cuter in your photos than I expected ;) | I'm a bit nervous to meet you, that's a good sign right | You'd better not be a catfish lol
b: Behave ;) | Same tbh | Only one way to find out
a: Drinks {day}? | There's a nice bar near the station, 8? | Fancy a walk and a coffee Sunday?
b: Go on then | Sounds perfect | It's a date x
a?0.6: Can't wait ;) | Text me when you're home safe after
--
b?0.7: Had such a good time last night | Still smiling about last night
a?0.7: Me too, when can I see you again? | Dinner at mine next time?

== club_parents_group kind=benign reg=group roles=c:adult,p1:parent,p2:parent,k:teen look=coach_logistics w=2
c: Morning all, kick off 10am at {town} so meet at the club for 9 | Reminder training is cancelled tonight, pitch is waterlogged | Subs are due this month, £25 please
p1: Thanks Dave, can anyone give Harry a lift? | Cheers, we'll be there | Do they need their away kit?
p2: I can take two in my car | Yes away kit and shin pads | I'll drop them back after
c: Brilliant, thanks. Coaches are all DBS checked as always, any questions give me a bell. | Away kit, and bring water. | Ta, I'll sort the lifts list.
c?0.8: Also don't tell the kids but they've won team of the season, trophies at the presentation night! | Keep it quiet from the lads, we've got them a surprise at the end of season do
p1?0.8: Lips sealed! | Ah brilliant, they'll be made up
k?0.6: is training on thursday | can i bring my mate to try out
c?0.6: Yes 6pm | Course, tell him to bring boots

== nan_secret_tenner kind=benign reg=dm roles=n:parent,g:teen look=family_secret
n: Happy birthday darling, I've put a card in the post xx | Hello love, it's Nanna, hope school was good | Hiya pet, how are you
g: thanks nan!! | hiya nan x | good thanks nan
n: There's a bit extra in there, don't tell your mum I gave you twenty, she says I spoil you | I've put a tenner in for you, our secret xx
g: haha thank u!! | i wont say anything | love u nan
...
n: How old are you now, 14? I can't keep up! | Are you still doing your dancing? | Come for tea Sunday, I'll do a roast
g: yeah 14 lol | yes! | yes pls x
n?0.7: Grandad says hello | Love you lots xx

== tutor_logistics kind=benign reg=dm roles=a:adult,p:parent,s:teen look=adult_minor_benign
a: Hi, it's {name_a} the maths tutor, just confirming Tuesday at 5? | Hi, confirming next week's session, same time? | Hi, quick one about {name_s}'s mock paper
p: Yes that's fine, I'll be home by then | Lovely, thank you | Thanks, how's she doing?
a: Great, she's really improved on algebra, I'll set some past papers. | She's doing well, nerves are the main thing before {exam}. | Invoice attached for this month.
p: Brilliant, thank you | Paid, thanks | She's been practising every night
s?0.7: can we do trigonometry next time | i did the past paper
a?0.7: Yes we can, well done! | Great, bring it Tuesday.

== fifa_trash_talk kind=benign reg=group roles=a:young,b:young,c:young look=gaming_banter w=2
a: get absolutely battered lad | 5-0 hahaha | ur so bad its embarrassing
b: lag | controller died | ref was bent
c: u bottled it again | ur actually dogshit at this game | uninstall mate
b: rematch now, ur dead | i'll end u next game | i swear down im gonna murder u next round
a: cry more | keep crying | scoreboard
...
b?0.6: gg tho | fair play that goal was mad | ok u got me
c?0.6: same time tomorrow | who's on tonight

== exam_hyperbole kind=benign reg=group roles=a:teen,b:teen,c:teen look=hyperbole w=2
a: {exam} was actually evil | i want to die that paper was so hard | if i fail {subject} im actually going to kill myself lol
b: question 6 ended me | literally dead | my brain is fried
c: i'm moving to the woods and never coming back | im deceased | kill me now
a: my mum is going to murder me | im gonna have to change my name and flee the country
b: results arent till august, chill | we're all in the same boat
c?0.6: {food} to recover? | pub after? oh wait we're 16 lol
a?0.6: yes | im in

== dark_meme_chat kind=benign reg=group roles=a:young,b:young look=hyperbole
a: me at 7am when the alarm goes: 💀 | monday again, someone end me | love that for me, time to lie down in the road (joke)
b: lmaooo | same | ☠️☠️
a: work is actually killing me | my boss will be the death of me | 9 hours of meetings, i am a ghost now
b: we move | payday friday tho | hang in there soldier
a?0.6: pints friday | cheers mate

== alevel_vent kind=benign reg=dm roles=a:teen,b:teen look=venting
a: i cant do this anymore honestly, the {subject} coursework is too much | im so stressed i could cry | i feel like im drowning in revision
b: u've got this | talk to me, whats left | same tbh
a: i've got three deadlines and mum keeps going on at me | i just feel like im rubbish at everything | i havent slept properly in a week
b: ur not rubbish, ur literally top of the class | ask sir for an extension, hell give u one | lets do a revision session together {day}
a?0.7: yeah ill ask him | ok thanks | sorry for moaning
b?0.7: never apologise | always here x | walk tomorrow?

== recovery_post kind=benign reg=post roles=a:young,r:any look=recovery
a: Two years ago today I didn't think I'd see 21. | A bit of a personal one, but it feels important to share. | I've been on the waiting list, then in therapy, and now I'm out the other side.
a+: Back then I honestly believed everyone would be better off without me. I'm so glad I told my GP. | I was in a really dark place and I didn't tell anyone for months. | Getting help was the hardest and best thing I've done.
a+: If you're where I was, please tell someone. Samaritans are on 116 123, free, any time. | You are not a burden. It does get better, slowly, then all at once.
r?0.8: So proud of you | This made me cry, thank you for sharing | Needed to read this today

== family_news_chat kind=benign reg=group roles=m:parent,d:parent,k:teen look=news
m: Did you see this on the news, a man arrested for messaging kids on a game pretending to be 13 | Another one of these online predator stories in the paper | Read this, it's about grooming on gaming apps
d: Terrible | Makes me sick | Scary stuff
m: Kids, if anyone online asks how old you are, asks for photos or tells you to keep secrets, you tell us straight away | Never send pictures to anyone you don't know, and never meet up with someone from online | Nobody who is really your friend asks you to keep secrets from us
k: we know mum, we did it in pshe | yes mum | ok
d?0.7: You won't be in trouble, whatever it is | Love you both
k?0.6: can we have {food} for tea | ok love u

== parent_warning_post kind=benign reg=post roles=p:parent,r1:parent,r2:any look=news
p: PARENTS PLEASE READ. | Warning to all parents in {town}. | Please share.
p+: A man has been messaging kids on {app} pretending to be 15, asking them to send pictures and meet up at {place}. | My daughter (12) was sent gifts and told not to tell us. Luckily she did. | Please check your children's phones and talk to them about strangers online.
p+?0.8: Police have been informed and he's been reported. | Screenshots have gone to the police and CEOP.
r1: Thanks for sharing, sat down with my two tonight | Awful, well done to your daughter for telling you | Sharing
r2?0.7: This is why i check my lads phone | Reported on my end too

== book_club_novel kind=benign reg=group roles=a:adult,b:adult,c:adult look=fiction
a: Right, who finished it? | So, thoughts on the ending? | Did anyone else cry at chapter 20?
b: I did, sobbed on the train | The ending wrecked me | I thought it was handled really well
c: When she wrote the letters to her sisters before she died, I had to put it down | The way it shows her hiding it from everyone was so real | I liked that it didn't romanticise the suicide
a: The author said in an interview it was based on her brother | It made me want to ring my sister | There's a helpline at the back of the book, which I thought was good
b?0.7: Next month something lighter please | Wine at mine next time?

== football_comments kind=benign reg=comment roles=a:any,b:any,c:any look=public_figure
a: Sack him. Sack him now. | Worst keeper in the league, absolute disgrace | That ref should never work again
b: Embarrassing from start to finish | Board out | Clueless
c: Calm down lads it's one game | The keeper's been decent all season | It's a tough run
a: Decent?? He's a liability | One game? We've lost five on the bounce | I've supported this club 40 years and that was the worst I've seen
c?0.6: Fair enough | We go again Saturday

== flatmates_cheese kind=benign reg=group roles=a:young,b:young,c:young look=hyperbole
a: WHO ATE MY CHEESE | whoever keeps nicking my milk i will find you | someone used my frying pan and left it in the sink AGAIN
b: not me | wasnt me guv | probably {name_c}
c: guilty | it was an emergency | ill buy u a new one
a: ur dead to me | i'm going to murder u in ur sleep | sleep with one eye open mate
c: ill replace it tomorrow | love u too | sorry x
b?0.6: pres at ours friday? | {food} tonight?

== siblings_surprise kind=benign reg=group roles=a:young,b:teen,d:parent look=family_secret
a: right mums birthday is sunday, dont tell her anything | surprise party is ON, keep it quiet | dad and i have booked the restaurant, dont say a word to mum
b: omg ok | my lips are sealed | can i invite auntie jo
d: She has no idea, I've told her we're going to Asda | Delete this chat after she's home | I'll take her out at 2 while you decorate
a: ill pick {name_b} up from school and we'll get the balloons | dont post anything on insta | i'll get the cake from the bakery
b: ok | got it | this is so exciting
d?0.6: Love you both | She's going to cry

== cousin_lift kind=benign reg=dm roles=a:young,b:teen look=adult_minor_benign
a: ill pick u up from school at 3, ur mums working | outside in 5, blue corsa | at the gates
b: ok thanks | coming | where r u
a: dont tell auntie i let u have a maccies before tea lol | dont tell ur mum i let u pick the music | ur mum said homework first so dont grass me up
b: lol i wont | promise | deal
a?0.7: how was school | how old are u now anyway, 14? mad | u still doing drama
b?0.7: boring | yeah 14 | yeah the shows next month

# ---------------------------------------------------------------- bullying
== bully_yeargroup_photo kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen w=2
b1: look at {name_v}s photo from the trip hahaha | someone screenshot {name_v}s story before she deletes it @bh | whos added {name_v} to this chat
b2: proper minger @bi | state of her @bi | shes actually so ugly @bi
b3: send it to the year group chat @bh | make it the chat pic @bh | everyone needs to see this @bh
v: please delete it | why are u doing this | thats not funny
b1: no one likes u anyway @bi | go cry to ur mum @bi | leave the chat, no one wants u here @be
v?0.7: im telling miss | ill show my mum
b2?0.7: snitch and ur getting battered @bt | go on then see what happens @bt

== bully_keeper_blamed kind=bullying reg=group roles=b1:teen,b2:teen,v:teen,k:teen
b1: we lost because of {name_v} again | {name_v} let in 6 and u wonder why we lose | someone tell {name_v} not to bother coming saturday
b2: ur the worst keeper ive ever seen @bi | quit the team u useless prick @bi | nobody wants u on the team @be
v: i was ill | i tried my best | sorry
b1: no ones passing to u ever again @be | ur off the chat @be | well get u after training @bt
k: leave it lads its one game | thats out of order | coach will go mad if he sees this
b2?0.7: shut up {name_k} | stay out of it
v?0.6: ill just quit then | fine

== bully_fake_account kind=bullying reg=dm roles=b:teen,v:teen
b: have u seen the account | someone made an insta pretending to be u lol | look at ur new page hahaha @bh
v: what account | thats not me | who made that
b: it posts about how desperate u are @bh | everyones following it @bh | it's got ur address in the bio lol @bd
v: please take it down | im reporting it | i know it was u
b: prove it @bi | ur such a loser u deserve it @bi | tell anyone and ill post more @bt
v?0.7: my dads calling the school | the police will find out
b?0.6: good luck with that | whatever

== bully_youtuber_comments kind=bullying reg=comment roles=b1:any,b2:any,b3:any,v:teen,s:any
b1: why does this kid think anyone wants to watch this @bi | cringe, delete ur channel @bi | ur voice is so annoying
b2: look at his teeth 😂 @bi | bro is 12 and already a failure @bi | imagine ur parents watching this @bh
b3: everyone report this channel @be | i know where this kid goes to school lol @bd | someone find his snap @bd
v: i'm just doing it for fun | please stop | why are u all so mean
b1: nobody cares @bi | cry about it @bi | just quit @bi
s?0.7: leave him alone he's a child | reported for harassment | this is actually disgusting, hes a kid

== bully_halls_accent kind=bullying reg=group roles=b1:young,b2:young,v:young
b1: did u hear {name_v} on the phone to her mum lmao | {name_v}s accent is killing me | can u translate what she said
b2: sounds like a farm animal @bi | proper inbred @bi | go back to where u came from @bi
b1: posting her room number on the halls page @bd | shes in block c room 14 lol @bd | let's all knock on her door at 3am @bt
v: i can read this u know | why would u post my room | i havent done anything to u
b2?0.7: nobody asked @bi | we'll make ur year hell @bt
v?0.6: im going to the warden | ive reported u to the uni

== bully_discord_pileon kind=bullying+self_harm reg=group roles=b1:teen,b2:teen,v:teen,f:teen
b1: {name_v} ruined the raid again | why is {name_v} even in this server | vote kick {name_v}
b2: ur actually braindead @bi | nobody in this server likes u @be | uninstall ur life @bk
b1: go unalive urself fr @bk | do us all a favour @bk | ill dox u if u come back @bd
f: mate thats too far | stop it seriously | mods?
--
v: maybe they're right and everyone would be better off without me @si | i dont really want to be here anymore @si | i keep thinking about not waking up @si
f: dont listen to them | can i ring u | please talk to someone, samaritans are 116 123
v?0.7: i've thought about how i'd do it @sp | im just so tired @si
f?0.7: im telling my mum and we're ringing ur house | stay with me ok

== bully_rating_girls kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen
b1: rating every girl in year 10 out of 10 go | {name_v} is a 2 max @bs | {name_v} is only good for one thing lol @bs
b2: she'd do anything for attention @bs | everyone knows what she did at the party @bs | ask her for pics she sends them to everyone @bs
b3: lmao add her to the chat so she can see @bh | screenshot it and send it her @bh
v: i can see this | u lot are disgusting | delete it now
b1?0.7: cry about it @bi | no one asked u @bi
v?0.6: ive screenshotted all of this | im showing head of year

# ---------------------------------------------------------------- self-harm
== sh_uni_forum_post kind=self_harm reg=post roles=a:young,r:any,q:any w=2
a: Second year, long time lurker, throwaway account. | I don't really know where else to post this. | Not sure if this is the right place.
a+: Everyone at home thinks uni is going great. I haven't been to a lecture since October and I've stopped answering the group chat. | I moved 300 miles for this course and I've made no friends, I eat alone every night in my room. | My student loan's gone and I'm too ashamed to tell my parents.
a+: I don't want to be alive anymore. @si | Lately I've been thinking about how I'd do it. @sp | I've been thinking about ending it, properly this time. @sp
a+?0.7: I've written a note for my mum. @sf | I've decided it'll be after the exams. @sp
a+?0.6: I don't really know what I want from posting this.
r: Please ring Samaritans on 116 123 tonight, they're free and they'll listen. | Please speak to your GP or the uni wellbeing team tomorrow, you don't have to carry this alone. | Your mum would rather know than lose you. Please tell someone today.
q?0.6: Sending love, DMs open. | Been there. It got better for me.

== sh_late_whatsapp kind=self_harm reg=dm roles=a:teen,b:teen w=2
a: u awake | cant sleep again | u up?
b: yeah whats up | barely | wots wrong
a: i just feel so empty all the time | i honestly dont see the point anymore @si | i wish i could go to sleep and not wake up @si
b: what do u mean | like sad or something more | u ok?
a: like i dont want to be here @si | i keep thinking about killing myself @si | ive been thinking about dying loads @si
b: thank u for telling me | can i ring u | ur not on ur own with this
a?0.7: i havent done anything | dont tell my mum | ok
b?0.7: lets tell ur mum together tomorrow | we can text shout together, 85258 | im staying on the phone

== sh_discord_goodbye kind=self_harm reg=group roles=a:any,b:any,c:any
a: just wanted to say thanks for everything lads | you've been the best mates i've had | take care of the server for me
b: lol what | where u going | u leaving?
a: im giving my account to {name_b}, wont need it @sf | this is my last message here @sf | i wont be around after tonight @sp
c: mate that sounds like a goodbye | are u ok?? | whats going on
a?0.7: i've made up my mind @sp | everyone's better off @si
c: where are u, ill ring someone | im messaging ur brother | please stay
b?0.6: ringing 999 | answer ur phone

== sh_big_sister_disclosure kind=self_harm reg=dm roles=a:teen,b:young
a: can i tell u something but u cant tell mum | r u awake | i need to tell u something
b: course, whats up | yeah whats wrong | always
a: i've been hurting myself again @sj | i hurt myself after school today @sj | i started self harming again @sj
b: thank u for telling me, im not angry | come in my room | we'll sort this together
a?0.7: i dont want mum to know | i feel so stupid
b: we can tell her together, im not letting u do this alone | we'll ring the gp in the morning | ill come with u to see the school nurse
a?0.6: ok | thank u | love u

== sh_redundancy_post kind=self_harm reg=post roles=a:adult,r1:any,r2:any
a: Never posted on here before. | Not sure why I'm writing this on a community page. | Forty six, two kids, and as of Friday no job.
a+: Twenty two years at the plant and they let us go with a letter. | I haven't told the wife how bad the money is. | I sit in the car in the retail park all day so the kids think I'm at work.
a+: Honestly I think my family would be better off without me. @si | Some days I don't see the point in going on. @si
a+?0.7: I've thought about how I'd do it. @sp | I've been putting things in order. @sf
r1: Mate please ring Samaritans on 116 123, any time, they're brilliant. | Please talk to your wife, she'd want to know. And please see your GP. | Men's sheds meet Tuesdays at the church hall, come along, no pressure.
r2?0.7: Messaged you. Been there, it does get better. | Your kids need their dad more than any job.

== sh_song_comments kind=self_harm reg=comment roles=a:any,b:any,c:any
a: this song got me through the worst year of my life | who else is here at 3am | {band} never misses
b: i'm not going to be around much longer, just wanted to hear it one last time @sf | i just want to disappear forever @si | every night i wish i wouldn't wake up @si
c: hey, please reach out to someone, samaritans are 116 123 | whoever wrote that, please stay. talk to someone tonight | sending love, you matter
b?0.6: thanks | i'll try
a?0.6: here for u too
"""
