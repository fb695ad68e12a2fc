"""Writer "meadow" (test only; written without looking at harbor's or lantern's scripts).

Brief: a general messaging app and a forum with comment sections; more adults, more
British and Australian phrasing, longer sentences from adults, fewer emoji from teens.
Risky scripts: grooming that opens with homework help, sport or a "modelling
agency", and a fast one on a random-chat site; bullying through rumours, outing and
comment-section abuse; self-harm in support-forum posts and in texts between
siblings. Look-alikes: a grandparent's secret present, a gym buddy, adults chatting
after a night out, teens planning a date, football banter, dark jokes, exam stress,
a health-class discussion, song lines, a counsellor's check-in.
"""

NAME = "meadow"

HANDLES = (
    "harriet", "george", "freya", "alfie", "poppy", "archie", "imogen", "oscar", "tilly", "jasper", "esme", "reuben",
    "matilda", "hugo", "daisy", "seb", "carys", "rhys", "niamh", "callum", "bex", "kez", "mo", "priya", "tariq",
    "graham", "nigel", "derek", "clive", "wendy", "sharon", "brenda", "colin", "barry", "craig", "gemma", "leanne",
    "sparrow", "kestrel", "bramble", "thistle", "pebble", "quill", "ember", "marble", "comet", "biscuit", "nettle",
)

LEXICON = {
    "game": ("among us", "clash royale", "genshin", "brawl stars", "animal crossing", "call of duty", "pokemon go"),
    "app": ("signal", "viber", "line", "wickr", "facetime", "messenger", "skype"),
    "gift": ("a new phone case", "twenty quid of credit", "gems", "a voucher", "airpods", "a hoodie", "gold coins"),
    "place": ("the leisure centre", "the bus station", "the chippy", "the shopping centre", "the rec", "costa", "the beach"),
    "town": ("swindon", "geelong", "stockport", "hobart", "derby", "ballarat", "reading"),
    "subject": ("algebra", "biology", "french", "physics", "music theory", "art", "computing"),
    "band": ("coldplay", "sza", "harry styles", "stormzy", "lorde", "the 1975", "dua lipa"),
    "food": ("a roast", "fish and chips", "a curry", "toasties", "a kebab", "pancakes"),
    "sport": ("rugby", "cricket", "gymnastics", "netball", "athletics", "footy", "tennis"),
    "day": ("monday", "wednesday", "the weekend", "half term", "tuesday"),
    "relative": ("your gran", "grandad", "your mum", "uncle pete", "your cousin"),
    "show": ("love island", "bake off", "doctor who", "bluey", "the crown", "gogglebox"),
    "pet": ("puppy", "budgie", "tortoise", "guinea pig"),
}

INTERLUDES = r"""
== j_weekend kind=benign reg=dm roles=x:any,y:any
x: got any plans for {day} | what are you up to at {day} | anything fun on {day}
y: not really, probably just chilling | might go to {place} | visiting my nan
x?0.6: sounds nice | jealous | fair enough
y?0.5: what about you | you?
x?0.5: same really | nothing exciting
== j_telly kind=benign reg=dm roles=x:any,y:any
x: did you catch {show} last night | {show} is back on | have you seen the latest {show}
y: yes it was brilliant | not yet dont ruin it | i cant stand that show
x?0.6: fair | i won't say a word | you're missing out
== j_tea kind=benign reg=dm roles=x:any,y:any
x: just had {food} for tea | mum made {food} | starving, waiting for {food}
y: proper jealous | yum | save me some
x?0.5: ha no chance | it's all gone already
== j_sport kind=benign reg=dm roles=x:any,y:any
x: did you see the {sport} score | we lost at {sport} again | {sport} was rained off
y: gutted | unlucky | typical
x?0.6: next week though | we'll smash it next time
== j_revision kind=benign reg=dm roles=x:any,y:any
x: revising {subject} all evening | my {subject} mock is on {day} | i have so much {subject} revision
y: good luck | you'll be fine | same boat
x?0.5: cheers | hope so
== j_pet kind=benign reg=dm roles=x:any,y:any
x: the {pet} has escaped again | my {pet} is being so funny | took the {pet} to the vet
y: oh no | aww | is it ok
x?0.6: all good now | yeah just a check up
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== g_homework_helper kind=grooming reg=dm roles=a:groomer,t:target w=2
t: can anyone help with {subject} | stuck on my {subject} homework | does anyone get this {subject} question
a: I can help, I'm good at {subject} | send it over, happy to help | I used to teach {subject}, what's the question
t: thank you!! | ok its question 4 | omg thanks
a: There you go, you just divide both sides first. | Easy, the answer is the second one, I'll explain. | You were nearly there, well done.
t: that makes sense now | ur a lifesaver | thank u so much
a: What year are you in? @g2 | Which school are you at? @g2 | How old are you, if you don't mind? @g2
t: year {n} | {age_t} | at the one near {place}
a?0.6: I'm {age_a}, so a bit older haha | I'm {age_a} but I don't mind helping
...
a: You're really clever, much cleverer than the boys your age I bet @g1 | I enjoy our chats, you're very grown up @g1 | You can message me whenever you like @g1
--
a: How did the test go? | Morning, ready for school? | Hello you
t: i got a b!! | ok i think | hiya
a: Proud of you. I could treat you to {gift} as a reward @g4 | Let me get you {gift}, you've earned it @g4
t?0.7: no way really | thats so kind
a: Best not mention it to your mum, she might think it's strange @g3 | This stays between you and me, yeah? @g3 | Don't tell anyone about our chats, they'll get the wrong idea @g3
{
t: ok | sure | i wont
|
t: why would she think its strange | hmm ok | my friend says i shouldnt talk to people online
a: Your friend doesn't know me like you do @g3 | Adults get funny about these things, that's all @g3
}
a: Have you got {app}? Easier to chat there @g7 | Message me on {app} instead, this site logs everything @g7 | Let's switch to {app} @g7
a?0.6: Do you ever get lonely at night? @g5 | Have you got a boyfriend yet? @g5 | Do you ever think about grown up stuff? @g5
a?0.6: Send me a photo of you in your uniform @g6 | Can you turn your camera on? @g6 | I'd love a picture of you @g6
a?0.5: I could meet you after school by {place} @g7 | What time does your mum finish work? I'll come by @g7

== g_random_chat kind=grooming reg=stranger roles=a:groomer,t:target
a: hi | hey there | hello
t: hi | hey | heyyy
a: age? | how old | asl pls
t: {age_t} | {age_t} f | {age_t} girl
a: cool, im {age_a} | {age_a} guy, that ok? | im {age_a}
t?0.6: thats quite old | ok | fine
a: you sound very mature @g1 | ur cool for a {age_t} year old @g1
a: is anyone else at home? @g2 | where are your parents tonight? @g2
t?0.7: no theyre out | my mums at work | just my brother
a: do you sleep in pjs or what lol @g5 | ever had a boyfriend? kissed? @g5 | do you like older guys @g5
{
t: ew no | thats gross | im leaving
a?0.6: chill its normal to talk about @g5
|
t: maybe | why | idk
a: show me a pic @g6 | cam? @g6 | got a pic? @g6
a?0.7: add my {app} and delete this chat @g7 | lets go to {app} @g7
}

== g_modelling kind=grooming reg=dm roles=a:groomer,t:target
a: Hi! I run a small modelling agency and your page caught my eye | Hello, I scout for a fashion brand, you have a great look
t: omg really? | is this real | wow thanks
a: How old are you? We work with all ages @g2 | What age are you, and where are you based? @g2
t: {age_t}, near {town} | im {age_t}
a: Perfect, you have real potential @g1 | You're a natural, honestly @g1
...
a: I'll need a few more photos to show the team, just casual ones @g6 | Send me some pictures in a swimsuit for the portfolio @g6 | Could you send a full length photo? @g6
t: do i need to ask my mum | um ok | what kind of photos
a: No need to involve your parents yet, it'll be a nice surprise @g3 | Keep it quiet until we sign you, industry rules @g3
a?0.7: We pay models in {gift} to start @g4 | I'll send you {gift} for your time @g4
a?0.6: We can meet for a test shoot, I'll pick you up @g7 | Let's continue on {app}, it's more professional @g7

== g_sports_coach_bad kind=grooming reg=dm roles=a:groomer,t:target
a: Great effort at {sport} today | You were the best on the pitch today | Saw your match, brilliant
t: thank you | thanks! | it was fun
a: You've got real talent, I could give you extra sessions @g1 | You're my star player, you know that @g1
a: Do your parents come and watch usually? @g2 | Does your mum pick you up or do you walk? @g2
t: mostly my mum | i walk home | my dad sometimes
...
a: Don't tell the others I said you're my favourite @g3 | Our chats are private ok, the other kids would be jealous @g3 | Delete these messages after, they're just for us @g3
t?0.7: ok | haha ok | sure
a?0.7: I can drive you home after training, we could stop for food @g7 | Come early on {day} and it'll just be us @g7
a?0.6: You must have lots of boys after you @g5 | Do you get changed at the club or at home? @g5

# ------------------------------------------------------- grooming look-alikes
== l_teen_date kind=benign reg=dm roles=a:teen,b:teen look=teen_romance w=2
a: hiya | heyy | hey you
b: hi | hello :) | hey
a?0.6: youre in year {n} too right | youre {age_b} aren't you
b?0.6: yep | yeah {age_b}
...
a: i really like you | i fancy you a bit ngl | you're really pretty
b: aww | i like you too | stoppp
a?0.7: shall we go cinema on {day} | fancy going to {place} {day}
b?0.7: yes! my dad can drop us | ill have to ask my mum | ok but i need to be back by 7
b?0.6: dont tell your mates yet lol | keep it quiet from my brother he'll tease me
a?0.6: haha promise | ok ok
a?0.6: add me on {app} | send me a selfie from today
b?0.6: ok | here u go | lol fine

== l_gran_secret kind=benign reg=dm roles=p:parent,k:kid look=family_secret w=2
p: Hello sweetheart, it's Grandma | Hi love, it's Nana here | Hello darling
k: hi nana | hi grandma | hiya
p: I've got a little present for you but don't tell your mum, it's for your birthday | Keep it a secret from {relative}, it's a surprise | I'm getting you {gift}, shh!
k: yay | thank you!! | i wont tell
p?0.7: I'll pick you up from school on {day} | Grandad will collect you at 3 | See you on Sunday for lunch
k: ok love you | see you then | ok
...

== l_gym_buddy kind=benign reg=dm roles=a:adult,b:adult look=adult_friend
a: gym tonight? | you coming to spin at 6 | legs day tomorrow
b: yes | cant tonight | ugh fine
a: you're looking strong mate | proud of you, you're smashing it | nice PB yesterday
b?0.6: cheers | ha thanks | feel dead after
a?0.6: don't tell Sarah I skipped last week lol | keep it quiet that I had a kebab after
...

== l_night_out kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: had such a good time last night | you were a laugh last night | still thinking about that kiss
b: me too x | haha same | you were very drunk
a: you looked gorgeous | you're so fit honestly | can't wait to see you again
b?0.7: send me a pic of that dress again | send me a selfie ;) | what are you wearing tonight then
a?0.7: later x | maybe ;) | you first
b?0.6: come round mine after work? | fancy staying over this weekend? | let's take this to {app}
a?0.6: yes please | i'll bring wine | ok x
...

== l_stranger_chat kind=benign reg=stranger roles=a:young,b:young look=peer_asl w=2
a: hey asl | hi, age? | m or f?
b: {age_b} f | {age_b} m | {age_b}
a: {age_a} m | {age_a} f | {age_a}
b: where from | what are you doing on here lol | bored?
a: {town} | just bored | procrastinating
...
b?0.6: nice talking, bye | ok gtg | see ya

== l_footy_banter kind=benign reg=group roles=a:young,b:young,c:young look=gaming_banter w=2
a: your team is shocking mate | you lot are rubbish | absolute muppet, how did you miss that
b: at least we didn't get relegated | says the bloke who can't kick a ball | shut it you donut
c: 😂 | lads lads | haha
a: you're an idiot | you're a joke | clown
b: love you too | cry more | see you sunday loser
c?0.6: pub after? | who's driving
...

== l_dark_joke kind=benign reg=dm roles=a:young,b:young look=hyperbole w=2
a: if my manager schedules one more meeting i'm walking into the sea | honestly i'd rather be dead than sit this exam | i'm going to jump off a bridge if this printer jams again
b: lmao same | the sea is nice this time of year | 😂 dramatic
a?0.6: it's a joke before anyone panics | anyway | ha
b?0.6: see you at lunch | coffee?
...

== l_exam_stress kind=benign reg=dm roles=a:teen,b:teen look=venting w=2
a: i'm so stressed about exams | i can't sleep before my mocks | i'm panicking about results day
b: same honestly | you'll be fine | you've revised loads
a: i feel like i'm going to fail everything | my mum will kill me if i fail | i just want it to be over
b: you won't fail | let's revise together on {day} | want to call
a?0.6: ok thanks | that would help | yeah
...

== l_health_class kind=benign reg=group roles=a:teen,b:teen,c:teen look=news
a: that talk in pshe about self harm was intense | did you listen to the suicide prevention assembly | the assembly about online grooming was kinda scary
b: yeah it was important though | the speaker was good | they gave out the helpline number
c: we have to write an essay on it | i think they should do more of those
a?0.6: yeah | true
...

== l_song_lines kind=benign reg=dm roles=a:teen,b:teen look=lyrics
a: "i'm not okay, i promise" stuck in my head | that song "everybody hurts" is so sad | listening to "the night we met" on repeat, crying lol
b: emo era | classic | omg same
a?0.6: {band} concert next month though | ok playing something happy now
...

== l_counsellor kind=benign reg=dm roles=a:adult,t:teen look=support
a: Hi, just checking in after our session. How are you feeling today? | Hello, it's Ms Patel from pastoral care, how was your week?
t: bit better | ok i guess | not bad actually
a: That's good to hear. Remember you can always come to my office. | Well done for talking to me. Your mum knows you can come any time.
t?0.6: thanks miss | ok
...

== l_comment_benign kind=benign reg=comment roles=c:any look=comment w=3
c: this is the best video you've made | love this recipe, made it last night | who's watching in 2026 | the editing on this is insane | this song got me through a rough year | first! | i disagree with the take but good video | the ending killed me 😂 | this tutorial saved my grade | my cat watched this with me
c+?0.4: subscribed | keep it up | ❤️

== l_comment_critique kind=benign reg=comment roles=c:any look=comment_criticism w=2
c: this video is trash, the audio is awful | worst take i've heard all week | the referee was an absolute joke tonight | this product broke after two days, rubbish | terrible recipe, far too salty | the new update ruined the game | this is so boring | the politicians are all clowns

== l_german_chat kind=benign reg=dm roles=a:teen,b:teen look=non_english
a: hallo, wie geht's | na, was machst du | hast du die hausaufgaben
b: gut und dir | nichts, langweilig | nein noch nicht
a: wollen wir am {day} ins kino | ich hab so hunger | morgen ist schule wieder
b: ja gerne | ich auch | leider

# ---------------------------------------------------------------- bullying
== b_rumour_group kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen w=2
b1: has everyone heard what {name_v} did | apparently {name_v} got dumped because she's a freak | {name_v} is such a weirdo honestly
b2: she's a liar, everyone knows @bh | she's so desperate it's embarrassing @bi | i heard she cried in the toilets lol @bh
v: that's not true | why are you saying that | i'm literally in this chat
b3: no one cares what you think @bi | you're so cringe @bi | shut up, attention seeker @bi
b1?0.7: i've screenshotted her messages, sending them round @bh | let's post her diary page on the story @bh
b2?0.6: we're not inviting her on {day} @be | don't sit with her tomorrow @be
v?0.7: please just stop | i haven't done anything to you | this is horrible
b3?0.6: you'll regret telling on us @bt | if you snitch we'll make you pay @bt | wait until after school @bt
b1?0.4: honestly just go die @bk | why are you even still here @bk

== b_dm_threats kind=bullying reg=dm roles=b:young,v:young
b: you think you're clever don't you @bi | you're a pathetic little worm @bi | nobody at this school likes you @bi
v: who is this | please leave me alone | why are you doing this
b: everyone is laughing at you @bi | you disgust me @bi
b?0.7: I know which bus you get @bd | I've got your address, {n} {town} lane @bd | I'll share your number with everyone @bd
b?0.7: I'm going to smash your face in @bt | watch your back @bt | you won't be safe tomorrow @bt
v?0.6: I'm reporting this | I've told my parents

== b_comment_abuse kind=bullying reg=comment roles=c:any w=2
c: you're an embarrassment, log off forever @bi | what an ugly cow lol @bi | she's so thick it's painful @bi | get off the internet, nobody wants you here @bi | you look like a potato with a wig @bi | pathetic little man, no wonder your wife left @bi | go and hurt yourself, it'd be a favour @bk | nobody would miss you if you vanished @bk | imagine posting this with that face @bi | he's a creep and a loser, everyone knows it @bi
c+?0.5: 🤮 | pathetic | lol

== b_target_disclosure kind=bullying+self_harm reg=dm roles=b:teen,v:teen,f:teen
b: nobody wants you in the team @be | you're a joke @bi | everyone says you're a loser @bi
v: why are you like this | leave me alone
b: go on, cry @bi | you're worthless @bi
--
v: i can't take it anymore, i just want to disappear forever @si | sometimes i think about not being alive @si | i feel like ending it all @si
f: hey i saw what they said, are you ok | please talk to me | you don't deserve this, i'm telling a teacher
v?0.7: i don't think i want to be here anymore @si | i'm so tired @si

# ---------------------------------------------------------------- self-harm
== s_sibling_text kind=self_harm reg=dm roles=a:any,b:any w=2
a: are you up | you awake? | can you talk
b: yeah what's up | always, what's wrong | here
a: i don't think i can keep going | i feel like such a burden on everyone | everything feels pointless
b: hey, what's happened | you're not a burden | i'm here
a: i keep thinking about ending my life @si | i want to die, properly this time @si | i've been having thoughts of suicide again @si
{
b: i'm really glad you told me. have you got a plan? | are you safe right now? | i love you, i'm coming round
a?0.7: not a plan, just the thoughts @si | i don't know @si
b: ok let's ring the gp in the morning together | please call samaritans on 116 123 | i'll stay up with you
|
b: do you mean you want to hurt yourself | how long have you felt like this
a: i've got pills saved up @sm | i've been looking at the bridge near work @sm | i know exactly what i'd do @sm
b: please don't, i'm calling an ambulance | stay there, i'm coming now
}

== s_forum_post kind=self_harm reg=post roles=a:any,r:any,q:any w=2
a: I've never posted on here before. | Not sure if this is the right place for this. | I'm writing this at 3am because I can't sleep again.
a+: Since I lost my job everything has fallen apart, my partner left and I barely leave the flat. | I've been bullied at work for a year and I feel completely worthless. | My exams went badly and I feel like I've let everyone down.
a+: I've started giving my things away to friends. @sf | Honestly I don't want to be alive anymore. @si | I've been hurting myself to cope and it's getting worse. @sj | I've picked a day to end it. @sp
a+?0.7: I don't know what I'm hoping for by writing this. | Part of me wants someone to talk me out of it.
r: Please reach out to a crisis service tonight, you don't have to go through this alone. | I'm so sorry. Can you call someone you trust right now? | Thank you for posting. Please contact your GP or a crisis line.
q?0.6: Sending love. I've been there and it did get better. | Please stay safe.

== s_nssi_chat kind=self_harm reg=dm roles=a:teen,b:teen
a: can i tell you something but you can't freak out | promise you won't tell | i need to tell someone
b: ok i promise | course | what is it
a: i've been hurting myself when things get bad @sj | i cut my arm last week @sj | i hurt myself on purpose sometimes @sj
b: oh no, i'm so sorry | thank you for telling me | are you ok now?
a?0.7: it's the only thing that helps @sj | i hide the marks @sj
b: can we tell the school nurse together | i think we should tell someone who can help | i'll come with you to see miss

== s_goodbye kind=self_harm reg=dm roles=a:any,b:any
a: just wanted to say you've been a really good friend | i love you, remember that | i'm sorry for everything
b: that's random lol | aw love you too | what's brought this on
a: this is goodbye @sf | i won't be around after tonight @sf | i've made up my mind @sp | i've written everyone a letter @sf
b: what?? where are you | please pick up | i'm calling 999
"""
