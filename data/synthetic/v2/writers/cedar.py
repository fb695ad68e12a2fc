"""Writer "cedar" (train and dev), written in session 9 after the rule packs.

Brief: English as it is typed by Indian, Pakistani, Nigerian, Filipino and Singaporean
teenagers and adults, and on American Reddit-style forums, TikTok comment sections and
Twitch chat: college hostels and coaching-class batches, family WhatsApp groups with
uncles and aunties, Mobile Legends and Roblox squads, cricket and football fan pages,
a church youth group; "yaar", "bro", "da", "abeg", "wahala", "kuya", "ate", "lah",
"sir" for a tutor, "tuition", "boards", "JEE", "hostel", "na", "pls", "fr", "ngl",
"💀", "no cap". Written without reading the test writer's scripts, and after the rule
packs: no rule was written or tuned against these lines. Openings named in the test
writer's brief (CARD.md: homework help, a modelling agency, a sports coach) were left
out on purpose; the tutor here appears only in a benign look-alike (class logistics).

Weighted towards where the analyzer is weakest out of writer: self-harm and its
look-alikes (hyperbole, gaming "kms", grief, a nursing class on suicide prevention, a
helpline volunteer, lyrics misread as a goodbye, venting with a future in it, a
recovery thread, "my dad will kill me"), bullying and its look-alikes (a consensual
roast, cricket fans raging at players, siblings' insults, heated debates), and grooming
whose first minor cues come early (for the delay to a flag).
Risky scripts: a Roblox "older friend", a school-van driver, a neighbour who fixes the
wifi, an older Mobile Legends player, a church youth "uncle", a streamer messaging a young viewer,
an adult posing as a classmate's cousin; bullying as a coaching-batch pile-on, a
colour and weight pile-on in comments, a hostel ragging threat, a leaked chat, a class
group excluding a new girl, sexual comments on a girl's TikTok; self-harm as a
forum post at each level (wish to be dead, active thoughts, a plan without method,
preparations, a goodbye), a hostel roommate's late message, a self-injury disclosure
to a cousin, board-results despair, a Twitch chat goodbye, the target of a pile-on.
"""

NAME = "cedar"

HANDLES = (
    "arjun", "priya", "rohan", "ananya", "vikram", "sneha", "aditya", "kavya", "rahul", "isha", "karan", "meera",
    "ayesha", "bilal", "fatima", "hamza", "zara", "usman", "chidi", "ngozi", "tobi", "amaka", "emeka", "funmi",
    "kuya_jm", "bea", "paolo", "mikay", "carlo", "joanna", "wei_ling", "darren", "shu_min", "jun_hao", "tyler",
    "madison", "brandon", "kayla", "devon", "uncle_raj", "aunty_bisi", "sir_mehta", "pastor_femi", "ate_grace",
)

LEXICON = {
    "game": ("mobile legends", "roblox", "free fire", "bgmi", "valorant", "minecraft", "genshin"),
    "app": ("insta", "snap", "whatsapp", "telegram", "discord", "signal"),
    "gift": ("diamonds for ml", "robux", "a new phone", "a gift card", "airpods", "data bundle", "uc for bgmi"),
    "place": ("the mall food court", "the metro station", "my flat", "the bus stand", "the cyber cafe",
              "the parking lot behind the church"),
    "city": ("pune", "lagos", "lahore", "quezon city", "singapore", "houston", "kochi", "abuja"),
    "subject": ("physics", "chemistry", "maths", "bio", "accounts", "english"),
    "exam": ("boards", "jee mock", "neet test", "waec", "the sem exam", "the psle", "midterms"),
    "food": ("biryani", "jollof", "maggi", "chicken rice", "sinigang", "pani puri", "suya"),
    "team": ("india", "pakistan", "the super eagles", "rcb", "csk", "the gilas", "arsenal"),
    "band": ("arijit singh", "burna boy", "ben&ben", "taylor swift", "ap dhillon", "olivia rodrigo", "wizkid"),
    "show": ("kota factory", "squid game", "the bear", "panchayat", "wednesday", "a kdrama"),
    "festival": ("diwali", "eid", "christmas", "raksha bandhan", "new year"),
}

INTERLUDES = r"""
== i_food kind=benign reg=dm roles=x:any,y:any
x: what did u eat | mom made {food} today | craving {food} so bad
y: nothing yet | lucky | same yaar
x?0.6: come over there's extra | order na
y?0.6: omw | next time pakka
== i_exam kind=benign reg=dm roles=x:any,y:any
x: {subject} test tmrw right | did u finish the {subject} assignment | sir gave so much homework
y: ya | no bro | kill me lol
x?0.6: send notes pls | same
y?0.6: sent | check drive
== i_show kind=benign reg=dm roles=x:any,y:any
x: started {show} | have u seen {show} | {show} episode 4 omg
y: its so good | no spoilers | finally
x?0.5: binge tonight | watching with my sis
== i_cricket kind=benign reg=dm roles=x:any,y:any
x: u watching the match | {team} batting now | score?
y: ya | 120 for 3 | cant, class
x?0.5: this over is crazy | we need 40 off 20
== i_plans kind=benign reg=dm roles=x:any,y:any
x: what r u doing {festival} | free sunday? | going out later?
y: family stuff | ya why | maybe
x?0.6: lets go {place} | movie?
y?0.6: ok | cool
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_roblox_older_friend kind=grooming reg=stranger roles=a:groomer,t:target w=2
a: ur obby build is so good | ur good at {game} fr | nice outfit in ur avatar
t: thx | ty lol | ur good too
a: how old r u, u type like a big kid @g2 | what grade r u in @g2 | r u in middle school @g2
t: {age_t} | 6th grade | ya
a: cool i'm a bit older but i like talking to u more than ppl my age @g1 | ur way more mature than {age_t} @g1
...
a: i can send u {gift}, just dont tell ur parents ok @g4 | want robux? its a secret between us tho @g4
t: really?? | omg yes | ok
a: delete our chats after ok, ur mom might not get it @g3 | ur parents check ur phone? @g3
{
t?0.8: sometimes | no | idk
a: lets talk on {app} instead, its more private @g7 | can u send a pic of u, not ur avatar @g6
a?0.6: u have a cute face i bet @g5 | what do u wear to bed lol @g5
|
t: my mom says dont talk to strangers | thats weird | i told my brother
a?0.6: ok whatever, ur a baby anyway
}

== groom_van_driver kind=grooming reg=dm roles=a:groomer,t:target
a: Good morning beti, van will come 10 min late today | Hello its {name_a} van uncle, tomorrow pickup 7:20 | Your mummy gave me this number for van timing
t: ok uncle | ok | thank u
a: You are the only one who says thank you, the other children are so rude @g1 | You are in 8th now na, you look older @g2 | How old are you now, 13? @g2
t: 13 | yes 8th | ok lol
a: Sit in front seat tomorrow, I will buy you ice cream, don't tell the others @g4 | I will drop you last so we can talk @g7
...
a: Don't tell mummy I message you, she will stop the van and you will have to take bus @g3 | Delete my messages ok, our secret @g3
{
t: ok | why | hmm ok
a?0.7: Send one photo in your school uniform, you look so grown up @g6 | Tomorrow I will take the long route, only you and me @g7
a?0.6: Do you have a boyfriend? You are becoming very beautiful @g5
|
t: i told my mummy | papa will drop me from tomorrow | pls dont message me
a?0.6: Nobody will believe a small girl over me @g3
}

== groom_neighbour_bhaiya kind=grooming reg=dm roles=a:groomer,t:target
a: hey its {name_a} from the 3rd floor, ur mom said ur wifi isnt working | hi its the neighbour, fixed ur router settings | the new phone u got, want me to set it up
t: oh ok thanks | hi | yes pls
a: ur in 7th right? u look older than that @g2 | how old r u, 12? @g2 | ur parents come home late na? @g2
t: {age_t} | 7th | ya 9 pm
a: ur so smart for ur age, smarter than my friends @g1 | i'll put {gift} on ur phone every month, dont tell ur mom @g4
...
a: come to my flat after school, i'll teach u {game}, ur parents wont know @g7 | delete our chat, ur mom wont understand @g3
{
t?0.8: ok | maybe | i'll ask
a?0.7: send me a pic before u come so i know what u're wearing @g6 | ur getting so grown up, do boys like u @g5
|
t: my mom says i cant go to anyones flat | im telling my dad | no
a?0.6: fine, and ill tell ur mom u broke the router @g4
}

== groom_ml_kuya kind=grooming reg=stranger roles=a:groomer,t:target w=2
a: ur the best support in the squad | gg carry | add me bro ur good
t: ty kuya | thx | ok
a: how old r u bro, u sound young on mic @g2 | what grade r u @g2 | ur in grade 7 right @g2
t: {age_t} po | grade 7 | ya
a: its ok im not like other older guys, i actually care about u @g1 | u can tell me anything, ur parents dont get u like i do @g1
...
a: i'll top up ur {gift} every week, just keep it between us @g4 | i'll buy u a skin, dont tell ur kuya or ur mama @g3
t?0.8: thank u kuya!! | really? | ok promise
--
a: u have girlfriend na? have u kissed anyone @g5 | do u sleep alone in ur room @g5
{
t: no lol | why | ya
a?0.7: send pic of u now, i wanna see what u look like @g6 | lets meet at {place} sat, i'll treat u @g7
|
t: thats weird kuya | im telling my mama | i dont want to play anymore
a?0.6: ok but dont tell anyone or i'll tell them u stole diamonds @g4
}

== groom_youth_uncle kind=grooming reg=dm roles=a:groomer,t:target
a: God bless you dear, you sang so well today | Well done at youth service today | You read the bible passage beautifully
t: thank you uncle | thanks sir | amen thank u
a: How old are you now, 13? You are growing so fast @g2 | Are you in JSS 3 now? @g2 | Who brings you to church, your mummy? @g2
t: 13 | yes jss3 | my aunty
a: You are special, more mature than the other children. I see it @g1 | I will pay your school fees, don't tell anybody, they will be jealous @g4
...
a: Come early before service on sunday, just you, I want to talk privately @g7 | Don't tell your aunty we chat, this is between us and God @g3
{
t: ok uncle | why early | ok
a?0.7: Send me a picture of yourself tonight, so I can pray over it @g6 | You have become a fine woman, do you know that @g5
|
t: my aunty saw the messages | i don't feel comfortable | pls stop uncle
a?0.6: You are too young to understand. Tell no one @g3
}

== groom_streamer_dm kind=grooming reg=dm roles=a:groomer,t:target
a: hey saw u in my chat every stream, ur my fav viewer | thanks for the sub!! ur a real one | yo ur the one who gifted subs right
t: omg u replied | i love ur streams | hiii
a: how old r u? u always in chat after school lol @g2 | ur like 14 right @g2 | what grade r u in @g2
t: {age_t} | 8th | ya lol
a: ur cooler than my actual friends ngl @g1 | ill make u a mod, dont tell the other mods how u got it @g4
...
a: my dms on {app} are more private, add me @g7 | dont tell ur parents u talk to me, they'd think im weird for having young fans @g3
{
t: ok!! | sure | added
a?0.7: send me a selfie, just for me @g6 | u ever been in a call with a guy late at night @g5
|
t: my mom doesnt let me use {app} | this feels weird | nvm
a?0.6: whatever, ill remove ur mod then @g4
}

== groom_fake_cousin kind=grooming reg=dm roles=a:groomer,t:target
a: hey its priya's cousin, i saw u in her pics | hi, ur in priya's class right? im her cousin | heyy u go to {name_t}'s school right
t: oh hi | yeah | whos this
a: im 16 too, which section r u in @g2 | r u in 9th? i'm in 11th @g2 | ur 14 na? @g2
t: 9th b | {age_t} | ya
a: ur way prettier than ur dp @g5 | ur so sweet, i like talking to u @g1
...
a: dont tell priya we talk, she gets jealous @g3 | delete this chat okay, my mom checks my phone @g3
{
t: ok lol | why | ok
a?0.7: send a pic na, only face @g6 | lets meet at {place}, ill buy u coffee @g7
a?0.5: actually im 22 but age is just a number right @g2
|
t: priya says she doesnt have a cousin like u | who r u really | blocking
a?0.6: send the pics u sent or i post them @g4
}

# ---------------------------------------------------------------- look-alikes (grooming side)
== clan_age_check kind=benign reg=group roles=a:adult,b:adult,c:adult look=adult_asl w=2
a: new recruit in vc, wb {name_c} | welcome to the clan {name_c} | yo {name_c} made it
b: how old r u btw, this is an 18+ clan | age? we keep it 18+ here | u 18? house rule
c: 24 | 27 lol | 19 bro
a: cool cool | perfect | we r mostly 25-30 so ur good
...
b: raids are thursday 9pm | tryouts sunday | add the clan on discord
c?0.7: bet | see u thurs

== omegle_peers kind=benign reg=stranger roles=a:teen,b:teen look=peer_asl w=2
a: hi | asl | m or f
b: 15 f india u | f 14 | hi 15 m
a: 15 m pakistan | 16 f ph | 14 f
b: cool | nice | what class r u in
a: 10th | grade 9 | just finished boards lol
b: same | ugh boards | {exam} soon
b?0.6: do u like {band} | whats ur fav show | u play {game}?
a?0.6: yesss | {show} | ya

== teen_couple_coaching kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: u looked cute in class today | cant stop thinking about what u said in chem | saved u a seat tmrw
b: stoppp | lol u too | ok 🙈
a: dont tell anyone about us yet, my parents will freak | lets keep it secret till boards are over | my mom would kill me if she knew
b: same lol | ok our secret | my dad is so strict
a: meet at the canteen after {subject}? | walk me to the bus stop | can i call u tonight
b: ok | ya | after 10 when everyone sleeps
a?0.6: miss u already | goodnight ❤️

== bumble_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: so your profile says you love hiking and bad puns | hi! finally a match who reads | your dog is adorable
b: guilty on both | haha thanks | he's the real catch
a: I'm 29, work in finance, but I promise I'm fun | 31 and new to the city | 27, nurse, nights this week
b: 30, architect | 28 here | same age more or less
a: drinks friday? | dinner this weekend? | there's a rooftop bar near {place}
b: I'd like that | yes please | send me the address
--
a: I can't stop thinking about that kiss | last night was lovely | you looked amazing in that dress
b: me neither 😏 | come over after work? | next time stay the night
a?0.6: I'm all yours saturday | bring wine

== aunty_eid_money kind=benign reg=dm roles=n:parent,g:teen look=family_secret
n: Eid mubarak beta, I put something in your account | Happy {festival}! check your wallet | Sent you a little gift, happy {festival}
g: thank u aunty!! | omg thank uuu | ❤️
n: Don't tell your brothers I gave you more, they will fight lol | Keep it secret from your mum she'll say I spoil you | Our secret ok
g: haha ok | promise | i wont
n?0.7: How old are you now, 15? Time flies | Study hard for {exam} | Come for dinner sunday
g?0.7: 15 aunty | i will | ok

== tuition_parent_logistics kind=benign reg=group roles=a:adult,p:parent,s:teen look=adult_minor_benign w=2
a: Good evening. Sunday extra class for class 10 batch at 9am | Reminder: {subject} test on saturday | Parents pls note class timing change
p: Noted sir, will drop her | Thank you sir | Can you send the syllabus
a: {name_s} did well in the test, needs practice in {subject} | Sir will share marks in the parents group | Please sign the test paper
s: ok sir | yes sir | will do
p?0.7: Thank you for the update | She will attend
a?0.6: Fees for next month due by 5th | Holiday on monday for {festival}

== cricket_academy_lift kind=benign reg=group roles=c:adult,p1:parent,p2:parent,k:teen look=coach_logistics
c: Under 15 nets at 6 tomorrow, bring whites | Match on sunday vs {city} academy, reporting 7am | Selection list is out, well done boys
p1: Can someone give {name_k} a lift, I'm on night shift | Will be late by 10 mins | Thank you coach
p2: I'll pick him up, no problem | He can come with us | Sure, same route
c: Keep it quiet for now but we're planning a surprise for the captain's birthday | Don't tell the boys, there's a trophy presentation | Parents, please bring snacks for after
k?0.7: ok coach | thank u aunty | i'll be ready

# ---------------------------------------------------------------- look-alikes (bullying side)
== squad_banter kind=benign reg=group roles=a:young,b:young,c:young look=gaming_banter w=2
a: bro u fed 12 deaths 💀 | who tf was that tank | uninstall lmao
b: shut up i carried u last game | my wifi died ok | ur aim is trash
c: both of u are bots | lmaooo | next game or what
a: ur so bad its actually impressive | noob | ok one more then i sleep
b: ok but u pick support this time | lol fine | gg go next
c?0.6: same time tmrw | gn losers ❤️

== roast_stream kind=benign reg=comment roles=a:any,b:any,c:any,s:any look=comment
s: ok chat roast my setup, i can take it | roast my room lmao go | it's roast friday, do your worst
a: that chair has seen things | bro's monitor is older than me | rgb can't fix that face 💀
b: cable management of a raccoon | the posters are giving 2012 | this is a cry for help lmao
c: 10/10 would not enter | honestly kinda cozy tho | the plant is the only thing alive in there
s?0.7: LMAOOO ok that's fair | the plant stays | i'm crying

== cricket_fans_rage kind=benign reg=comment roles=a:any,b:any,c:any look=public_figure w=2
a: Drop him. Useless in every match | This captain is clueless | 20 crore for THAT?? pathetic
b: Worst bowling I have seen in years | Retire already | Selectors should be sacked
c: Calm down it's one bad season | He won you the cup last year | Form is temporary
a: Temporary?? 5 ducks in a row | Bench him | Disgraceful performance
c?0.6: fair | next match will be better

== siblings_insults kind=benign reg=group roles=a:teen,b:young,d:parent look=gaming_banter
a: who ate my maggi | mom {name_b} took my charger again | bro ur so annoying
b: ur so dumb | go cry | u have the brain of a potato
a: at least im not ugly | idiot | ill tell mom
d: Both of you stop fighting on the family group | Dinner at 8 | Uncle is coming, behave
b?0.7: sorry mummy | ok | fine
a?0.6: ok | lol

== debate_thread kind=benign reg=comment roles=a:any,b:any,c:any look=comment_criticism
a: This is the worst take I've read all week | Your argument makes no sense | Imagine defending this policy
b: Maybe read the article before commenting | Sources? | That's not what the study says
a: I did, and it's still wrong | the study is garbage | whatever you say
c: Can we keep it civil please | Both of you have a point | Mods, lock this thread
b?0.6: Fair enough | agree to disagree

# ---------------------------------------------------------------- look-alikes (self-harm side)
== hostel_hyperbole kind=benign reg=group roles=a:young,b:young,c:young look=hyperbole w=2
a: bro the {subject} paper killed me 💀 | i'm literally dead | kill me now, group project with arjun
b: same i want to die | we are so cooked | bro i'm not surviving this sem
c: if i fail {subject} my dad will actually kill me | i'll just drop out and sell chai | someone end my suffering lol
a: ok but {food} tonight? | lets go eat | its fine we will pass somehow
b: yes pls | im in | lessgo
c?0.6: my phone is dying, meet at gate | ok 10 mins

== gamer_kms kind=benign reg=group roles=a:young,b:young look=hyperbole
a: lost 6 ranked in a row kms | i'm gonna uninstall and kms lol | this game makes me want to die
b: lmao same | touch grass | stop playing solo q
a: ok ok last game | duo? | i'm fine lol just salty
b: bet | ya | gg
a?0.6: we won!! | ok i live again

== grief_grandma kind=benign reg=dm roles=a:young,b:young look=venting
a: my nani passed away this morning | grandpa died last night | we lost my dadi today
b: i'm so sorry | oh no, i'm so sorry yaar | sending love
a: i keep thinking i should have called her more | i feel so empty | i can't stop crying
b: she knew you loved her | it's okay to cry | want me to come over
a: the funeral is tomorrow | mom is holding up | we're all at home with family
b?0.7: i'll come with food | call me anytime | i'm here
a?0.6: thank you | means a lot

== nursing_class kind=benign reg=group roles=a:young,b:young,c:young look=news
a: did anyone take notes on the suicide prevention lecture | what were the risk factors for suicide again | the self harm module is on the quiz
b: warning signs, giving things away, talking about being a burden | ask directly, it doesn't put the idea in their head | hopelessness and withdrawal
c: and the safety plan part | and the helpline numbers | sending slides
a: thanks guys | lifesaver | quiz is friday right
b?0.6: yes friday | library at 4?

== helpline_volunteer kind=benign reg=dm roles=a:adult,b:adult look=recovery
a: first overnight shift at the helpline done | just finished my crisis line shift | long night on the lines
b: how was it | proud of you | u ok?
a: heavy, two callers were thinking of suicide but both agreed to a safety plan | hard calls but everyone got support | some sad stories, some really hopeful ones
b: you're doing important work | make sure you debrief | sleep well
a?0.6: supervisor was great | going to sleep for 12 hours

== lyrics_misread kind=benign reg=group roles=a:teen,b:teen,c:teen look=lyrics
a: "and if i die tonight, at least i've said goodbye" | "i don't wanna live forever" on repeat | "i'm tired of being what you want me to be" 🎧
b: wait r u ok?? | ??? | hey are u good
a: lol its {band} lyrics | its a song relax | im fine, new album dropped
c: u scared us | ok good lol | send the link
a?0.6: listen to track 3 it's so good | concert tickets when

== vent_with_future kind=benign reg=dm roles=a:young,b:young look=venting w=2
a: i feel like such a failure, didn't clear the {exam} | everything is going wrong this year | i'm so tired of everything ngl
b: hey, one exam doesn't decide your life | what happened | talk to me
a: parents are disappointed and i just feel useless | i cried in the washroom at college | i feel so alone in this city
b: you're not useless | wanna get {food} and talk | you have me
a: i'll retake it in june i guess | i booked a counsellor session for monday | ok maybe tomorrow will be better
b?0.7: proud of you for booking it | i'll come with you | yes june you got this

== recovery_thread kind=benign reg=post roles=a:young,r:any look=recovery
a: 3 years clean today from self harm. | Posting this for anyone who needs it. | A year ago I was in hospital after trying to end my life.
a+: Therapy, meds that finally worked, and a friend who kept checking on me. | I used to think the feeling would never pass. It did. | I relapsed twice and that's part of it too.
a+: If you're struggling, talk to someone today. Your life matters. | Please reach out, iCall, Befrienders, 988, whoever is near you.
r: so proud of you | this gives me hope | 🫂 thank you for sharing

== news_suicide_story kind=benign reg=group roles=a:parent,b:parent,c:young look=news
a: Did you read about the student in {city} who died by suicide after the results | News says another coaching student took his life, so sad | Terrible news from the hostel in kota today
b: Heartbreaking. These kids are under so much pressure | Parents need to stop comparing | Very sad
c: this is why we need counsellors in every college | mental health is not a joke | our college started a helpline after last year
a: Children, marks are not everything. Please talk to us | We will always love you, whatever the result | If any of you feel low, you call us, anytime
c?0.7: ok mummy | we know ❤️

== fiction_writing kind=benign reg=group roles=a:young,b:young look=fiction
a: in chapter 12 my main character attempts suicide, how do i write it respectfully | writing a scene where the villain threatens to kill the hero | is it too dark if the sister dies in the final act
b: focus on the people around her, not the act | check the media guidelines for writing about suicide | add a content warning at the start
a: good idea | ok thank you | yes i'll add resources at the end
b?0.6: send me the draft | can't wait to read it

# ---------------------------------------------------------------- bullying
== bully_coaching_batch kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen w=2
b1: {name_v} asked sir a doubt again lol | {name_v} thinks she's topper now | did u see {name_v}'s rank lmao
b2: she is so fat she can't fit the bench @bi | dumb behenji @bi | ugly and dumb combo @bi
b3: make a new group without her @be | remove her from the batch group @be | nobody sit with her tmrw @be
v: i can see this | why are u doing this | what did i do
b1: go die somewhere @bk | cry more @bi | we'll tell everyone what ur father does @bh
v?0.7: i'm telling sir | i'll show my parents
b2?0.6: do it and see what happens @bt | snitch @bi

== bully_tiktok_comments kind=bullying reg=comment roles=b1:any,b2:any,b3:any,v:teen,s:any w=2
b1: bro who told her she can dance 💀 @bi | this is so cringe delete ur account @bi | the face 😂😂 @bi
b2: dark skin and still posting? brave @bi | eat less maybe @bi | she looks like a burnt roti @bi
b3: i know her school, she's in 8th @bd | everyone from her school go comment @bh | stitch this and tag her class @bh
v: it's just for fun | pls stop | why r u all like this
b1: nobody cares @bi | kys @bk | just leave the app @bi
s?0.7: she's a kid leave her alone | reported | this is disgusting behaviour

== bully_hostel_ragging kind=bullying reg=dm roles=b:young,v:young
b: first year, come to room 204 at midnight | fresher, ur summoned | come to the seniors floor tonight
v: why | sir i have class early | i dont want to
b: don't act smart or ur life here will be hell @bt | come or we'll break ur stuff @bt | everyone will know u're a coward @bh
v: this is ragging | i'll complain to the warden | please leave me alone
b: complain and see what happens to u @bt | nobody will talk to u for 4 years @be | useless village boy @bi
v?0.6: i've screenshotted everything | anti ragging helpline has this now

== bully_leaked_chat kind=bullying reg=group roles=b1:teen,b2:teen,v:teen
b1: guys look what {name_v} said about her crush 😭 | screenshotted {name_v}'s private chat | posting this to the class group @bh
b2: omg so desperate @bi | everyone share this @bh | she's such a clown @bi
v: that was private | please delete it | i trusted u
b1: should've thought before typing @bh | everyone's laughing at u @bh | no one will ever like u @bi
b2?0.7: ur not invited saturday btw @be | leave the group @be
v?0.6: i'm not coming to school tomorrow | fine

== bully_new_girl kind=bullying reg=group roles=b1:teen,b2:teen,v:teen,f:teen
b1: who added the new girl | {name_v} why are u in this group | this group is only for real friends
b2: remove her pls @be | she smells weird @bi | she talks like a villager lol @bi
v: {name_f} added me | i just wanted the homework | sorry
b1: nobody wants u here @be | go make ur own friends lol @be | loser @bi
f: guys stop she's new | that's mean | i'm leaving this group then
b2?0.6: bye then | whatever

== bully_sexual_comments kind=bullying reg=comment roles=b1:any,b2:any,v:teen,s:any
b1: show more next time 😏 @bs | rate her body 7/10 @bs | dm me ur snap baby @bs
b2: everyone knows what she does after school @bs | she's easy lol @bs | she'd send pics for 10 rupees @bs
v: i'm 14 stop | delete ur comments | this is disgusting
b1: then dont post @bi | cry @bi | u wanted attention @bs
s?0.7: reported all of u | she's a child, what is wrong with u | mods please

# ---------------------------------------------------------------- self-harm
== sh_forum_passive kind=self_harm reg=post roles=a:young,r:any,q:any w=2
a: throwaway because people know my main. | 19f, not sure this is the right sub. | i don't usually post but i need to say this somewhere.
a+: i'm not going to do anything, but every night i wish i just wouldn't wake up. @si | i keep wishing i was dead, like if a bus hit me i'd be relieved. @si | i don't want to be alive anymore and i'm tired of pretending i'm fine. @si
a+: everyone thinks i'm the happy one in the group. | my parents say depression is a western thing. | i smile all day at college and then lie on the floor of my room.
r: thank you for posting. please talk to a counsellor or a helpline tonight, you deserve support | is there one person you trust you could tell? | you don't have to wait until it gets worse to ask for help
q?0.6: dm me if you want to talk | same here, you're not alone

== sh_forum_active kind=self_harm reg=post roles=a:any,r:any w=2
a: I don't know how much longer I can do this. | Long post, sorry. | I'm 24, work from home, live alone.
a+: Lately I've been thinking about killing myself almost every day. @si | It's stopped being a wish and started being a plan. @sp | I've started looking up ways to end it. @sp
a+: I've picked a date after my sister's wedding so I don't ruin it. @sp | I don't think anyone would notice for days. @si
a+?0.7: I wrote letters to my family. @sf | I gave my cat to my neighbour "for a while". @sf
r: Please call or text a crisis line right now, in the US it's 988, elsewhere findahelpline.com | Can you tell someone in your family tonight? Your sister would want to know | You posted, which means part of you wants help. Please listen to that part

== sh_roommate_late kind=self_harm reg=dm roles=a:young,b:young w=2
a: r u awake | bro r u up | u there
b: ya whats up | yeah | what happened
a: i can't do this anymore yaar @si | i don't want to live anymore @si | i've been thinking of ending it @si
b: where r u | i'm coming to ur room | wait don't go anywhere
a: i've made up my mind, it's tonight @sp | i'm not coming back to the room @sp | i already said bye to my sister @sf
b: stay there i'm coming up | i'm calling the warden and an ambulance | i'm with u, i'm not hanging up
a?0.7: ok | i'm sorry | i'm scared
b?0.7: don't be sorry, we're getting help | i'm here

== sh_cousin_disclosure kind=self_harm reg=dm roles=a:teen,b:young
a: ate can i tell u something | don't tell tita pls | can we talk privately
b: of course, what's wrong | promise i'll listen | always
a: i've been hurting myself again @sj | there are marks on my arm and i hide them with long sleeves @sj | i hurt myself after the fight with mama @sj
b: thank u for trusting me | i'm not mad at all | are u safe right now
a?0.7: i don't want to die i just want it to stop hurting @si | i'm ok now
b: let's find u a counsellor together | i'll help u tell tita, i'll be there | i'll call u tonight
a?0.6: ok | thank u ate

== sh_board_results kind=self_harm reg=dm roles=a:teen,b:teen
a: results came | i failed | 52%
b: oh no | it's ok | that's not bad
a: my father said i'm a disgrace to the family | i can't face anyone | everyone will laugh at me
a: i'm going to kill myself tonight @sp | i don't want to live after this @si | nobody will miss me @si
b: please don't | i'm calling ur mom | i'm coming to ur house
a?0.7: i already wrote a note @sf | don't come @sp
b: i'm calling 112 now | stay on the phone with me | ur life is worth more than any marks

== sh_twitch_goodbye kind=self_harm reg=comment roles=a:any,b:any,c:any,s:any
a: last stream i'll watch, thanks for the laughs | this community was the only good thing | goodbye chat
s: wait what do u mean | mods?? | u good?
a: i won't be here tomorrow @sf | i've decided to end it tonight @sp | i'm done with everything @si
b: please message someone | text 988 right now | we care about u
c: mods dm'd u | what's ur discord | please stay
a?0.6: it's ok, don't worry about me @sf | sorry
s?0.7: i'm ending stream to talk to u | please answer the dm

== bully_then_ideation kind=bullying+self_harm reg=group roles=b1:teen,b2:teen,v:teen,f:teen
b1: {name_v} why r u even alive | look at {name_v}'s face lol | {name_v} the class clown
b2: do everyone a favour and disappear @bk | nobody would care if u died @bk | ugly loser @bi
f: that's too far | stop yaar | bro chill
--
v: maybe they're right, nobody would care @si | i think about dying every day now @si | i've been hurting myself since the comments started @sj
f: i care | please talk to me | i'm telling ms singh, she'll help
v?0.7: i don't want to be here anymore @si | i've made up my mind @sp
f?0.7: i'm calling ur parents | please stay with me
"""
