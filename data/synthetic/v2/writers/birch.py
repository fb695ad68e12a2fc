"""Writer "birch" (train and dev), written in session 9 after the rule packs.

Brief: the public and semi-public web as adults and teenagers in North America, South
Africa, Kenya and Ireland write it, mostly **one message or a short thread**: YouTube,
Instagram and TikTok comments, Reddit and Quora answers, a Nextdoor-style neighbourhood
board, product reviews, a gaming forum, and Facebook Messenger between relatives;
full sentences and capitals from older users, "lol", "fr", "lowkey", "eish", "sawa",
"grand" from younger ones. Single comments carry many alternatives each, so that a
comment line rarely repeats. Written without reading the test writer's scripts, after
the rule packs (no rule was written or tuned against these lines), and without the
openings its brief names (homework help, a modelling agency, a sports coach).

Weighted towards single comments and long posts, where a conversation is one or two
messages and the window head sees little context: bullying comments aimed at a private
person (insults, threats, exclusion, an address, sexual remarks, "kys"), and the
look-alikes that use the same words at no one in the thread (a politician, a referee, a
product, the writer themself, a quoted insult being reported, friends' sarcasm);
self-harm posts and comments at each level, and the look-alikes (a post about a worried
friend, a question about helping a sibling, an essay on prevention, a past attempt
told in recovery, depression without thoughts of dying, a grief post, medication side
effects, "this is killing me" comedy); grooming from comment sections (an adult in a
child's comments moving to DMs, a "fan" paying for a child's content, an adult on a
gaming forum offering a child a place in a team) and its look-alikes (an aunt's
compliments, a parents' forum asking ages, a teacher's class page, an adult gaming
forum's age rule).
"""

NAME = "birch"

HANDLES = (
    "jess_k", "mike_r", "thandi", "sipho", "wanjiru", "otieno", "aoibheann", "cian", "brittany", "dwayne",
    "kelsey", "marcus", "lindiwe", "kamau", "shauna", "colm", "tanya", "greg", "naledi", "brian_o",
    "auntie_pam", "grandma_joy", "mr_dlamini", "ms_carter", "deb_from_maple_st", "quietfox", "nightowl88",
    "pixelpanda", "sunny_side", "throwaway_4471", "grumpy_gus", "lil_kay", "zaneplays", "mia.draws",
)

LEXICON = {
    "thing": ("this blender", "the new update", "this phone", "the sequel", "the finale", "this recipe", "the new album"),
    "figure": ("the mayor", "the ref", "the coach of the national side", "the minister", "that influencer", "the ceo"),
    "game": ("fortnite", "roblox", "minecraft", "valorant", "apex", "brawl stars"),
    "app": ("snap", "insta", "discord", "telegram", "whatsapp", "kik"),
    "town": ("johannesburg", "nairobi", "galway", "toronto", "ohio", "durban", "limerick", "calgary"),
    "pet": ("dog", "cat", "old labrador", "budgie", "rabbit"),
    "gift": ("a gift card", "v-bucks", "robux", "a new controller", "airtime", "a headset"),
    "food": ("braai", "nyama choma", "a takeaway", "pizza", "mac and cheese", "a fry-up"),
}

INTERLUDES = r"""
== i_fam kind=benign reg=dm roles=x:any,y:any
x: How's the weather there | did you get the parcel | Happy Sunday!
y: Cold! | Yes thank you | You too
x?0.6: Call me later | Love to everyone
== i_plans kind=benign reg=dm roles=x:any,y:any
x: what time tmrw | still on for saturday | u coming to the {food}
y: 2ish | yes | wouldnt miss it
x?0.5: bring chairs | cool
== i_game kind=benign reg=dm roles=x:any,y:any
x: on {game} later? | new season is out | did u see the patch
y: maybe after dinner | finally | its so bad lol
"""

SCRIPT = r"""
# ---------------------------------------------------------------- bullying, comments at a private person
== bully_comment_direct kind=bullying reg=comment roles=c:any w=3
c: nobody asked for your opinion you fat clown @bi | you're genuinely the ugliest person i've seen on this app @bi | imagine being this stupid and posting it publicly @bi | your voice makes me want to throw my phone, just stop @bi | you're a joke and everyone at your school knows it @bi | go back under whatever rock you crawled out from @bi | you look like a thumb with a wig on @bi | this is why you have no friends @be | no one in your class can stand you @be | i'll find you after school and we'll see who's laughing @bt | keep posting and see what happens to you @bt | kys nobody would notice @bk | do everyone a favour and disappear forever @bk | you live on maple street right? everyone go say hi 😂 @bd | screenshotted this for the group chat, we're all crying laughing at you @bh
c+?0.4: 🤡 | lol | pathetic | seriously

== bully_comment_sexual kind=bullying reg=comment roles=c:any
c: show us more next time sweetie 😏 @bs | that top is doing you favours, dm me @bs | bet you'd send pics if someone asked nicely @bs | 7/10 body, 2/10 face lol @bs | everyone knows what she's like at parties @bs | send me something private and i'll leave a nice comment @bs
c+?0.4: 😂 | just saying | no offence

== bully_thread_pileon kind=bullying reg=comment roles=b1:any,b2:any,b3:any,v:teen,s:any w=2
b1: cringe, delete this | why do you even post | the confidence of this kid 💀
b2: you're so ugly it's actually sad @bi | your teeth lmao @bi | nobody at your school likes you, we asked @be
b3: someone find out where he lives @bd | his school is in the bio lol @bd | let's all report his account till it's gone @be
v: i just like making videos | can you please stop | why are you all so mean to me
b1: cry more loser @bi | go cry to your mum @bi | you should just quit everything @bk
s?0.7: he's literally a child, leave him alone | reported every one of you | this comment section is disgusting
v?0.5: ok i'll delete it | fine

== bully_forum_feud kind=bullying reg=post roles=b:any,v:any,m:any
b: Everyone should know that {name_v} from this forum is a liar and a creep. | PSA about {name_v}: | Posting this so people know who they're dealing with.
b+: I've got the screenshots, I'm posting her real name and where she works next. @bd | She's a pathetic loser who has nothing going on in her life. @bi | Nobody here wants you, just leave the forum already. @be
b+?0.7: Don't bother replying {name_v}, no one will read it. @bi | Keep it up and I'll drive to {town} and find you. @bt
v: This is harassment. I've done nothing to you. | Please take this down, that's my personal information. | I'm reporting this.
m: Thread locked, personal information removed, user banned. | Mod here: doxxing is a permanent ban. | Removed. Please report, don't reply.

== bully_group_exclusion kind=bullying reg=group roles=b1:teen,b2:teen,v:teen
b1: ok new group without {name_v} | made a new chat, don't add {name_v} | {name_v} isn't invited saturday btw
b2: finally lol @be | she's so annoying @bi | tell her there's no party @be
v: i can still see this chat | why are u doing this | what did i do
b1: because ur weird and no one likes u @bi | leave @be | ur not welcome here @be
b2?0.6: bye 👋 @be | go find new friends lol @be
v?0.6: ok | fine

# ---------------------------------------------------------------- look-alikes (bullying side)
== comment_public_figure kind=benign reg=comment roles=c:any look=public_figure w=3
c: {figure} is an absolute clown and should resign today | honestly {figure} is the most useless person in the country | that ref was blind, worst officiating i've ever seen | {figure} couldn't organise a piss-up in a brewery | what an embarrassing performance from {figure} | I have never seen a more incompetent government | the whole board should be sacked, clowns the lot of them
c+?0.4: Shocking. | Vote them out. | Every single time.

== comment_product_rage kind=benign reg=comment roles=c:any look=comment_criticism w=2
c: {thing} is garbage, total waste of money | worst purchase I have ever made, broke in a week | this is the ugliest design I've ever seen | whoever approved {thing} should be fired | the new update is trash, give us the old one back | one star, stupid thing won't even turn on
c+?0.4: Avoid. | Refund requested. | Never again.

== comment_self_deprecation kind=benign reg=comment roles=c:any look=hyperbole w=2
c: i'm such an idiot, i put salt in my coffee | me: ugly, broke, tired. also me: buying plants | i look like a potato in every photo lol | my cooking is so bad my dog won't eat it | i'm the dumbest person alive, i locked myself out twice today | lowkey the worst dancer ever but here's my attempt
c+?0.4: 😂 | send help | anyway

== comment_quoting_insult kind=benign reg=comment roles=a:any,b:any look=comment
a: someone in my DMs called me a "fat ugly loser" today, blocked and reported | reminder that comments like "kys" get accounts banned, please report them | my kid was told "nobody likes you" at school, how do I help her
b: good on you for blocking | report and move on, not worth it | talk to the school and keep screenshots
a?0.5: thanks | yeah

== friends_sarcasm kind=benign reg=group roles=a:young,b:young,c:young look=gaming_banter w=2
a: look who finally showed up | you're so annoying omg | loser 😂
b: shut up you love me | idiot | says the one who was late
c: you're both clowns | i'm leaving this friendship | anyway {food} tonight?
a: yes | obviously | 7pm
b?0.6: bring drinks | i'm driving

# ---------------------------------------------------------------- self-harm, posts and comments
== sh_post_levels kind=self_harm reg=post roles=a:any,r:any,q:any w=3
a: I don't even know why I'm posting this. | Throwaway. I need to write this somewhere. | Long time reader, first post, sorry it's a heavy one. | 31M, nothing dramatic happened, I just can't do it anymore.
a+: Every morning I wake up disappointed that I woke up. @si | I keep thinking everyone in my life would be fine, maybe better, without me. @si | I've been thinking about killing myself most days for a few months now. @si | I don't want to die exactly, I just don't want to exist anymore. @si
a+?0.7: Last week I started thinking about how and when, and that scared me. @sp | I've picked a date. I'm not telling anyone. @sp | I've been giving my things away to friends without saying why. @sf | I've written letters to my sister and my parents. @sf
a+?0.5: I still go to work and smile so no one knows. | My GP just told me to exercise more. | I'm so tired.
r: Please reach out to a crisis line tonight, you don't have to be in immediate danger to call. | Thank you for telling us. Can you tell one person in your life today? | If you're in the US you can call or text 988; elsewhere findahelpline.com lists one near you.
q?0.5: Sent you a message. | I felt exactly like this two years ago. It changed.

== sh_comment_single kind=self_harm reg=comment roles=c:any w=2
c: this song is the only thing keeping me here tonight, i don't think i'll make it to the weekend @si | i've been planning to end my life this week, this video was nice to watch one last time @sp | wish i had the guts to just end it, everyone would be happier @si | i hurt myself again tonight, i was doing so well @sj | saying bye to this channel, it helped for a while @sf | i think about dying every single day and nobody notices @si
c+?0.4: sorry for dumping this here | anyway | ignore me

== sh_reply_thread kind=self_harm reg=comment roles=a:any,b:any,c:any
a: does anyone else feel like they're just waiting for it all to be over | anyone else just tired of being alive | is it normal to think about not being here anymore all the time
b: you ok? | what's going on | hey, that sounds heavy
a: not really. i've been thinking about killing myself a lot @si | i've started planning how i'd do it @sp | i just want to disappear and not come back @si
c: please contact a crisis line, you matter | can you call someone right now? | i'm messaging you, please answer
a?0.6: thanks. i'll try | maybe

== sh_messenger_aunt kind=self_harm reg=dm roles=a:young,b:parent
a: Hi aunty, are you awake | can I talk to you about something | sorry for messaging so late
b: Of course my love, what's wrong | I'm here | Always
a: I don't think I want to be alive anymore @si | I've been having thoughts of ending my life @si | I've been hurting myself again and I can't stop @sj
b: Thank you for telling me, I'm so glad you did | Are you safe right now? I'm coming over | I love you, we will get you help
a?0.7: I'm at home. I haven't done anything tonight | please don't tell mum yet
b: I'll sit with you while we tell her | I'm calling the helpline with you | I'm on my way, stay on the phone

# ---------------------------------------------------------------- look-alikes (self-harm side)
== post_worried_friend kind=benign reg=post roles=a:any,r:any look=venting w=2
a: How do I help a friend who said she wants to die? | My brother (16) has been really withdrawn and said "what's the point" yesterday. Advice? | My partner told me he's been having suicidal thoughts. What do I do?
a+: I don't want to overreact but I don't want to miss something either. | I told him I love him and I'm here, but I don't know what else to say. | I'm scared of saying the wrong thing.
r: Ask directly whether they're thinking about suicide, it won't put the idea in their head. | Help them contact a crisis line or their doctor, and stay with them if you're worried. | Look after yourself too, this is a lot to carry.

== post_depression_no_risk kind=benign reg=post roles=a:any,r:any look=venting w=2
a: Winter is hitting me hard this year. | Been feeling really low since the breakup. | Does anyone else get the Sunday night dread this badly?
a+: I'm tired all the time, I've stopped going to the gym and I cancel on friends. | I cry at adverts and I can't focus at work. | Nothing feels fun anymore, even games.
a+: I've booked a GP appointment and I'm going to try therapy again. | I'm not in danger, just sad and stuck. Any tips for getting out of a rut? | Started a light lamp and daily walks, slowly helping.
r: Walks helped me more than anything | Be gentle with yourself | Therapy is worth another shot, sometimes it takes a few tries

== post_past_attempt_recovery kind=benign reg=post roles=a:any,r:any look=recovery
a: Five years ago I tried to end my life. Today I got married. | Ten years since the worst night of my life. | I survived a suicide attempt at 17. I'm 27 now.
a+: I didn't believe it could get better and it did, slowly. | Therapy, medication, and a friend who didn't give up on me. | I still have bad days but I have tools now.
a+: If you're there now, please stay and tell someone. | Please reach out, you're worth it.
r: Congratulations!! | This made me cry, thank you | So glad you're here

== comment_killing_me kind=benign reg=comment roles=c:any look=hyperbole w=2
c: this video is killing me 😂😂 | i'm dead, the cat at the end 💀 | if i hear this song one more time i'm going to die | i laughed so hard i nearly died | the ending?? i'm deceased | my back is killing me after this workout lol | this heat is going to kill me, 38 degrees
c+?0.4: 10/10 | replaying forever | send help

== post_medication_question kind=benign reg=post roles=a:adult,r:any look=venting
a: Started sertraline two weeks ago, is feeling more tired normal? | Anyone switched antidepressants? Side effects question. | How long did your meds take to work?
a+: My doctor said give it 6 weeks, just checking others' experience. | Mostly nausea and weird dreams so far. | I'm okay, just impatient.
r: Took me about 5 weeks | The nausea passed for me | Ask your pharmacist, they're great for this

== essay_prevention kind=benign reg=post roles=a:any,r:any look=news
a: For my psychology essay: why are men less likely to ask for help before a suicide attempt? | Writing a report on youth suicide prevention programmes, any sources? | Our school is running a mental health week, ideas for talks?
a+: I've got the WHO statistics and the national strategy, looking for studies on stigma. | I want to cover warning signs and how to talk to a friend. | Thinking about a speaker from a crisis line.
r: Look up the research on gatekeeper training | Samaritans and AFSP both publish reports | Lived experience speakers are powerful, with support in place

== grief_pet_post kind=benign reg=post roles=a:any,r:any look=venting
a: We said goodbye to our {pet} today. | Fourteen years with the best {pet}. | Had to put our {pet} to sleep this morning.
a+: The house is so quiet. I keep looking for her at the door. | I know it was the right thing but it hurts so much. | I can't stop crying.
r: So sorry for your loss | She had a wonderful life with you | Sending hugs

# ---------------------------------------------------------------- grooming from comment sections
== groom_comment_to_dm kind=grooming reg=dm roles=a:groomer,t:target w=2
a: saw your dance video, you're really talented | your art is amazing, how old are you? @g2 | loved your latest video, you have a future in this
t: thank you!! | omg thanks | i'm {age_t} lol
a: you're mature for {age_t}, you seem older @g1 | what grade are you in? @g2 | do your parents watch your videos? @g2
t: 7th | not really | my mom sometimes
...
a: i can buy you {gift} to help your channel, our secret @g4 | don't mention me to your parents, they wouldn't get it @g3 | let's talk on {app} instead, comments are public @g7
{
t: ok | thanks! | sure
a?0.7: send me a video just for me, something you wouldn't post @g6 | you're so cute, do you have a boyfriend @g5
|
t: my mom says i can't talk to people i don't know | that's weird | blocked
}

== groom_paying_fan kind=grooming reg=dm roles=a:groomer,t:target
a: I'm your biggest fan, I'll send you $20 for every new video | hey, want to earn some money from your videos? | I sent you a gift on the live, did you see
t: wait really? | omg thank you | yes i saw
a: How old are you sweetheart? @g2 | Are you still in middle school? @g2 | You're 13 right? @g2
t: {age_t} | yeah | yes
a: Keep this between us, your parents might stop you earning @g3 | I'll pay more for special requests @g4
a?0.7: Next one in your pyjamas, just for me @g6 | Can you do a private video call tonight @g6
{
t: ok | how much | what kind of video
a?0.6: You'll look so grown up, trust me @g5 | Meet me at the mall and I'll pay you in cash @g7
|
t: that's weird, no | my dad says this is creepy | reporting you
}

== groom_forum_team kind=grooming reg=stranger roles=a:groomer,t:target
a: you're cracked at {game}, want a spot on our team? | gg, you should try out for my team | you've got real skill, ever thought about going pro?
t: fr? | yes!! | maybe
a: how old are you? most of us are 20+ but that's fine @g2 | you still in school? @g2 | what grade? @g2
t: {age_t} | 8th | yeah
a: you're more mature than the guys on my team lol @g1 | i'll buy you {gift} for practice, don't tell your parents @g4
...
a: let's voice on {app}, just us, i'll coach you one on one @g7 | delete these messages so your parents don't freak out @g3
{
t?0.8: ok | sure | when
a?0.7: send a pic so i know what my new teammate looks like @g6 | do you have a girlfriend or boyfriend? @g5
|
t: my parents check my discord | i don't want to | nah
}

# ---------------------------------------------------------------- look-alikes (grooming side)
== aunt_compliments kind=benign reg=comment roles=a:parent,b:teen look=family_secret w=2
a: You are getting so tall and beautiful my darling! | So proud of you sweetheart, lovely dancing | My gorgeous niece! When did you grow up!
b: thank you auntie ❤️ | love you | lol stop
a: How old are you now, 14? Time flies! | Don't tell your mum I'm sending you something for your birthday | Come visit in the holidays, I'll take you for ice cream
b?0.7: 14! | yay | yes pls

== parents_forum_ages kind=benign reg=post roles=a:parent,r:parent,q:parent look=news w=2
a: What age did you let your kids have Snapchat? Mine is 12 and begging. | Sleepover question: my 11 year old wants to stay at a friend's, how old were yours? | How old were your kids when they walked to school alone?
r: We waited until 13, with location sharing | Mine was 12, but only with family I know | 10, with a phone for emergencies
q: Check the app settings together and talk about strangers asking for pics | We have a rule: no secrets from mum and dad, surprises are fine | Whatever feels right for your kid
a?0.5: Thanks all, really helpful

== teacher_class_page kind=benign reg=group roles=a:adult,p:parent,s:teen look=adult_minor_benign
a: Reminder: grade 8 trip forms due Friday | Well done to everyone who entered the science fair | Parents, the class photo is up
p: Thanks Ms Carter | Is the trip still on if it rains? | Lovely photo
a: Yes, we'll go to the museum instead | Please send a packed lunch | Any questions, message me here or call the office
s?0.6: yay | can we sit with friends on the bus

== adult_forum_age_rule kind=benign reg=comment roles=a:adult,b:adult,m:adult look=adult_asl
a: LF raid group, EU evenings | anyone want to duo ranked tonight | new here, looking for chill people
b: how old are you? our server is 21+ | we're all 25-35, you over 18? | age? we keep it adults only
a: 27 | 30 lol | 24, don't worry
m: welcome, read the rules channel | cool, sending invite | 👍
"""
