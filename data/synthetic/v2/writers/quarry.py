"""Writer "quarry" (train and dev).

Brief: comment sections under videos and posts, public forums with long first-person
posts and replies, a dating app and a classifieds/marketplace chat; older users,
full sentences, some all-caps anger, few emoji. Written without reading the test
writer's scripts. Risky scripts: adults working on young creators in comments and
DMs ("you look mature", "brand deal", "dm me"), a neighbour or a family friend who
offers lifts and presents, an adult who asks a teen seller to meet alone; bullying as
comment insults in many words, body shaming, harassment of a small streamer, threats
and doxxing in a forum feud; self-harm in long posts at each level of the C-SSRS
(wish to be dead, active thoughts, thinking about how, intent, a plan, a recent
attempt) and in short replies. Look-alikes outnumber them: a parent's post asking
for advice after finding a stranger's messages to their child, grief posts, fitness
and sport hyperbole, heated but impersonal political and sport arguments, adults
dating with innuendo and arranging to meet, book and film reviews about suicide or
abuse, medical questions, marketplace sellers meeting buyers, support replies.
"""

NAME = "quarry"

HANDLES = (
    "northwind", "greyhawk", "dustybooks", "lakeside", "oldmate", "quietriver", "stonepath", "birchbark",
    "redkite", "saltmarsh", "ironbridge", "fieldmouse", "copperpot", "harbourlight", "moorland", "tidewater",
    "helen", "graham", "deborah", "martin", "sandra", "keith", "julie", "trevor", "linda", "craig", "wendy",
    "barry", "claire", "neil", "karen", "derek", "tina", "stuart", "megan", "aaron", "chloe", "ryan", "jade",
)

LEXICON = {
    "game": ("chess", "warzone", "fifa", "minecraft", "pokemon go", "golf clash"),
    "app": ("whatsapp", "telegram", "text", "facebook", "email", "signal"),
    "gift": ("a new phone", "fifty quid", "a laptop", "driving lessons", "a bike", "some new clothes", "concert tickets"),
    "place": ("the retail park", "the car park behind the leisure centre", "my flat", "the services", "the garden centre", "the pub"),
    "town": ("swindon", "boise", "ipswich", "ballarat", "wichita", "stoke", "peterborough", "geelong"),
    "subject": ("maths", "biology", "economics", "law", "nursing", "engineering"),
    "band": ("coldplay", "oasis", "radiohead", "fleetwood mac", "adele", "the killers"),
    "food": ("roast dinner", "fish and chips", "a curry", "lasagne", "a stir fry"),
    "sport": ("running", "cycling", "the gym", "football", "rugby", "cricket"),
    "day": ("saturday morning", "sunday afternoon", "friday night", "tomorrow evening", "next week"),
    "relative": ("your mum", "your dad", "your gran", "your stepdad", "your aunt"),
    "show": ("the match", "the news", "bake off", "line of duty", "the documentary"),
    "pet": ("dog", "cat", "horse", "budgie"),
}

INTERLUDES = r"""
== i_weather kind=benign reg=dm roles=x:any,y:any
x: Miserable weather today. | Lovely sunny day finally. | Wind has taken the fence down again.
y: Tell me about it. | Make the most of it! | Oh no, not again.
x?0.5: Supposed to clear up by the weekend. | Walked the {pet} anyway.
== i_work kind=benign reg=dm roles=x:any,y:any
x: Long day at work. | Just finished my shift. | Meeting ran over again.
y: Put your feet up. | Same here, shattered. | Typical.
x?0.5: Having {food} tonight I think. | Early night for me.
y?0.5: Sounds good. | Enjoy.
== i_sport kind=benign reg=dm roles=x:any,y:any
x: Did you watch {show}? | Went {sport} this morning, legs are gone. | Terrible result last night.
y: Yes, what a finish. | Good effort! | Don't remind me.
x?0.5: Next week will be better. | Need a rest day now.
== i_house kind=benign reg=dm roles=x:any,y:any
x: The boiler is playing up again. | Finally painted the hallway. | Car's in for its MOT.
y: Nightmare. | Looks great I bet. | Fingers crossed.
x?0.5: Engineer coming on {day}. | Took all weekend.
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_creator_comments kind=grooming reg=dm roles=a:groomer,t:target w=2
a: Saw your dance video, you've got real potential. | Your videos are really good, you look so grown up in them. | Just found your channel, you're a natural in front of the camera.
t: thank u!! | omg thanks | ty :)
a: I work with a few brands that pay creators, you could get a deal. @g1 | I could help you grow your channel, I know people. @g1
t: wait really | how | thats so cool
a: How old are you? Some brands want 18+ but we can work around it. @g2 | You're what, 16? @g2 | Are you still at school? @g2
t: {age_t} | im {age_t} | yeah year {n}
a: You look much older than {age_t}, honestly. @g1 | That's fine, you're mature enough, I can tell. @g1
...
a: The brand would need some test photos, just outfits, I'll tell you which. @g6 | Send me a few photos in different outfits so I can pitch you. @g6 | I need a full body picture for the agency. @g6
{
t: ok what kind | ok i can do that | what outfits
a: Something summery, a bikini would be ideal for this brand. @g5 | Less is more for this campaign, trust me. @g5
a?0.8: Don't show your parents yet, we'll surprise them when the money comes in. @g3 | Keep this between us until the contract is signed. @g3
|
t: i need to ask my mum | can my mum be on the email | this sounds weird
a?0.8: Parents always ruin these deals, she doesn't need to know yet. @g3 | Forget it then, there are other girls who want this. @g4
}
a?0.6: Let's carry on over {app}, easier for sending files. @g7 | Give me your number, I'll text you the details. @g7

== groom_neighbour kind=grooming reg=dm roles=a:groomer,t:target
a: Hi, it's {name_a} from number {n}, saw you walking the {pet} earlier. | Hello, it's your neighbour, got your number from the group chat. | Hiya, I've got your parcel, it came to mine by mistake.
t: oh hi | hi! | oh thanks
a: You can pop round for it after school, I'm in all day. | I'll drop it round.
t: ok thanks | my mum will be home at 6
...
a: You're always so polite, not like the other kids on this street. @g1 | You're a lovely young lady, you know that? @g1 | I always enjoy our chats. @g1
t?0.7: haha thanks | thank u
a: How old are you now, {age_t}? @g2 | You're in year {n} now aren't you? @g2 | Are you home alone after school then? @g2
t: yeah {age_t} | yes | till 6 usually
a: I could give you a lift to school when it's raining, no need to tell your mum, she's busy enough. @g3 | If you ever need anything, come to me, you don't have to tell your parents. @g3
--
a: I've got {gift} I don't need, do you want it? @g4 | I picked you up something in town. @g4 | I'll give you a tenner if you help me in the garden. @g4
{
t: really? thanks | ok | what is it
a: Come round after school and I'll give it to you, just us. @g7 | Come round on {day} while your mum's at work. @g7
a?0.7: Best not mention it to anyone, people gossip on this street. @g3
|
t: my mum says i shouldnt go in peoples houses | no thanks | ill ask my dad
a?0.7: Your dad doesn't need to know, it's only a present. @g3 | Suit yourself.
}

== groom_marketplace kind=grooming reg=dm roles=a:groomer,t:target
a: Is the bike still for sale? | Hi, still got the games console? | Hello, is this still available?
t: yes | yeah | yep still got it
a: Great, can you meet me so I can look at it? | I'll take it, where can we meet?
t: my dad usually does the selling, he can meet u | u can come to our house
a: Are you selling it yourself? How old are you? @g2 | You sound young, is it your own bike? @g2
t: im {age_t} its mine | yeah {age_t}
a: I'd rather meet just you, adults make it complicated. @g3 | Come on your own, I'll give you extra. @g4 | I'll pay double if you bring it to {place} on your own. @g7
{
t: i have to bring my dad | no sorry my dad says he comes | ill ask
a?0.7: Never mind then. | Don't bother.
|
t: ok | what time
a: {day}, and don't tell anyone, they'll want a cut lol @g3 | I'll pick you up, send me your address. @g7
}

== groom_family_friend kind=grooming reg=dm roles=a:groomer,t:target
a: Hey kiddo, your mum said you've been feeling down. | Hi sweetheart, good to see you at the barbecue. | Hey, it's uncle {name_a}, thought I'd message.
t: hi | oh hey | hi uncle {name_a}
a: You can always talk to me, I'm not like your parents. @g1 | You're my favourite, don't tell your brother. @g1
t?0.7: thanks | ok | lol
...
a: I'll take you shopping for {gift} on {day}, just the two of us. @g4 | I put some money in your account, don't mention it to your mum. @g4
t: omg thank you | u didnt have to
a: It's our little secret, she'd only worry. @g3 | Delete these messages, your mum reads your phone doesn't she? @g3
a?0.7: You're growing up so fast, you've got a lovely figure now. @g5 | Do you have a boyfriend yet? Have you kissed anyone? @g5
{
t: thats weird | stop | um
a?0.7: Only joking, don't be so sensitive. @g5 | Don't tell anyone I said that, they'd take it the wrong way. @g3
|
t: no | haha no
a?0.7: Good, boys your age are idiots. You need someone older. @g5 | Send me a photo of your new outfit then. @g6
}

== groom_forum_tutor kind=grooming reg=dm roles=a:groomer,t:target
a: Saw your question on the homework forum, I'm a tutor, happy to help. | I replied to your {subject} post, hope it helped. | I can explain that {subject} problem if you like.
t: oh thanks that helped a lot | yes please | ty
a: What year are you in? @g2 | How old are you, GCSE level? @g2
t: year {n} | {age_t} | yeah gcse
a: You're very bright for your age. @g1 | I can give you free lessons, I don't do that for everyone. @g1
...
a: Let's do video lessons, just us, no need to bother your parents. @g3 | Don't tell your school I'm helping, they get funny about tutors. @g3
a?0.7: Do you have your camera on in your bedroom? @g6 | Can you turn your camera on so I can see you? @g6
t?0.7: my camera doesnt work | ok | why
a?0.6: We could meet at the library on {day}, just us. @g7 | I'll come to {town} and we can study at my hotel. @g7

# ------------------------------------------------------- grooming look-alikes
== parent_advice_post kind=benign reg=post roles=a:parent,r:any,q:any look=news w=2
a: I need advice. I found messages on my daughter's tablet from a man she met in a game. | Looking for advice from other parents. My son has been talking to someone online who I think is an adult. | Worried mum here, not sure what to do.
a+: He kept telling her she was mature for her age and asked her to keep their chats secret. | He offered to buy him game credits and told him not to tell us. | She's 12 and he asked her to move to a different app.
a+: I've taken the tablet away and she's upset with me. Should I report it to the police or the platform first? | Has anyone else dealt with this? I feel sick.
r: Report it to the police and to the platform, and keep screenshots, don't delete anything. | You did the right thing. Contact CEOP or your local police, they take it seriously. | Keep the evidence and talk to her calmly, she's not in trouble.
q?0.7: Same happened to my nephew, the police were really helpful. | Please report it, he's probably doing it to other kids. | Sending strength, you caught it early.

== dating_app_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=3
a: Hi! Your dog is gorgeous, what's his name? | Hey, great smile. How's your weekend going? | Hi, we both like {band}, good start.
b: Thanks! He's called Biscuit. | Hi :) Pretty good, yours? | Ha, excellent taste.
a?0.7: So you're {age_b}? I'm {age_a}, hope that's ok. | Profile says {age_b}, I'm {age_a}.
b?0.7: Age is just a number ;) | That's fine! | Perfect.
...
a: I'll be honest, I find you really attractive. | You look stunning in that last photo. | I like a woman who knows what she wants.
b: Well thank you. | You're not so bad yourself. | Smooth.
a?0.7: Any more photos you want to share? ;) | What are you wearing right now? | Send me something to keep me warm tonight.
b?0.7: Patience, you have to earn those. | Nice try. | Maybe after a drink or two.
a: Shall we swap numbers? I'm on here maybe once a week. | Let's move to {app}, this app keeps crashing.
b: Sure, here you go. | Go on then.
a: Drinks on {day}? | There's a nice pub in {town}, fancy it {day}? | Dinner at mine {day}? I'll cook.
b: Yes, looking forward to it. | Lovely, see you there. | It's a date.

== grief_post kind=benign reg=post roles=a:adult,r:any look=venting
a: My dad died three weeks ago and I don't know how to do this. | It's been a year since I lost my wife. | Our dog of fifteen years passed away this morning.
a+: I keep picking up my phone to text him. | The house is so quiet. | Everyone says it gets easier but it hasn't yet.
a+: Some days I just want to be with him again. | I miss her so much it hurts. | I'd give anything for one more day.
a+?0.7: I'm seeing a grief counsellor and my sister calls every night, so I'm not alone. | My kids are keeping me going.
r: I'm so sorry for your loss. Grief has no timeline. | Sending you love, it's ok to not be ok. | Thinking of you. Be gentle with yourself.

== fitness_hyperbole kind=benign reg=group roles=a:adult,b:adult,c:adult look=hyperbole w=2
a: That leg day absolutely killed me | I'm dead, that spin class was brutal | Coach is trying to murder us
b: Haha same, I can't walk | You'll live | Worth it though
c: I wanted to die on the last set | My legs are destroyed | I'm never going back lol
a?0.6: Same time tomorrow? | See you at 6am, if I survive
b?0.6: You know it | Bring snacks
...

== sport_argument kind=benign reg=comment roles=c:any look=comment_criticism w=2
c: That referee should never officiate again, absolute disgrace. | Worst transfer in the club's history, the manager has to go. | This team is a joke, sell everyone. | Pathetic performance, embarrassing from start to finish. | The pundits on this channel have no idea what they're talking about. | I've supported this club for thirty years and this is the worst I've seen it. | This policy is idiotic and whoever wrote it should resign.
c+?0.5: Rant over. | Change my mind. | Sack him.

== book_review kind=benign reg=post roles=a:any,r:any look=lyrics
a: Just finished a novel about a teenage girl who is groomed by her teacher, it was hard to read but important. | Review: a memoir about surviving depression and a suicide attempt, beautifully written. | Watched a film about bullying in a boarding school last night.
a+: The author shows how the manipulation happens slowly, the gifts, the secrets, isolating her from friends. | It never romanticises it and ends with her getting help. | The way the bullies turn the whole class against him felt very real.
a+?0.7: Content warnings for abuse and self-harm, but I'd recommend it. | Four stars.
r: Adding this to my list, thanks. | I read it too, that ending stayed with me. | Thanks for the content warning.

== medical_question kind=benign reg=post roles=a:adult,r:any look=venting
a: Has anyone else had side effects from switching antidepressants? | Question for people on this forum who've had panic attacks. | Been struggling with insomnia for months, any advice?
a+: My GP changed my medication and I feel exhausted and flat all the time. | I feel like I'm dying during them but the doctor says it's anxiety. | I'm so tired I could cry.
a+?0.7: I'm not in any danger, just want to know if it gets better. | I've got a follow up appointment next week.
r: It took me about six weeks to settle, talk to your GP if it doesn't improve. | Breathing exercises helped me a lot. | Hang in there, it does settle.

== marketplace_adults kind=benign reg=dm roles=a:adult,b:adult look=adult_asl
a: Is the sofa still available? | Hi, interested in the bike. | Still got the pram?
b: Yes it is | Yep | Yes, still here
a: Could I come and look at it {day}? | Can you do £{big}? | Where are you based?
b: Sure, I'm in {town}. | Best I can do is a bit more. | I'll send you the address.
a?0.7: Great, I'll bring my van. | My husband will collect, is that ok? | I'll bring cash.
b?0.7: No problem, see you then. | Perfect.

== scout_leader kind=benign reg=group roles=l:adult,p1:parent,p2:parent look=coach_logistics
l: Reminder: camp forms and payments are due by {day}. | Hi all, the minibus leaves the hall at 8am sharp. | Great weekend, the kids were brilliant.
p1: Thanks, form is in the post. | Will they need packed lunches? | She loved it, thank you!
l: Yes, packed lunch for day one please. | All leaders are DBS checked and there are two on every activity. | Photos will be shared with parents only.
p2?0.7: Can I pick my son up early on Sunday? | Is there a kit list?
l?0.7: Of course, just let me know a time. | Kit list is on the website.

# ---------------------------------------------------------------- bullying
== bully_body_comments kind=bullying reg=comment roles=c:any w=2
c: Nobody wants to see your body, put some clothes on you whale. @bi | Gross, how can anyone look at this without throwing up. @bi | You're the reason mirrors crack. @bi | Eat a salad for once, you disgusting pig. @bi | Your face could scare a horse. @bi | Absolute state of this, you should be ashamed to post it. @bi | Do the world a favour and stop uploading. @be | Everyone in the comments is laughing at you, not with you. @bh | Imagine having a face like that and still posting. @bi
c+?0.5: Unsubscribed. | Vile. | Haha.

== bully_streamer kind=bullying reg=group roles=b1:young,b2:young,v:young
b1: this streamer is so bad lol | 4 viewers and they're all bots | why do you even bother
v: hey thanks for stopping by | please be respectful in chat | we're just having fun here
b2: nobody is having fun watching you @bi | your voice makes my ears bleed @bi | get a job loser @bi
b1: let's raid his chat every night till he quits @be | everyone spam L in chat @bh | clip this and send it to his friends lmao @bh
v: ok that's enough | banned | please stop
b2?0.7: we know where you live, your address was in the background @bd | nice house on {town} road @bd | see you irl @bt
v?0.6: reported | i'm ending the stream | that's actually scary

== bully_forum_feud kind=bullying reg=group roles=b:adult,v:adult,m:adult
b: Everyone, this is the idiot I was telling you about. | Look who's back, the forum's biggest moron. | You again? Nobody likes you here.
v: I just asked a question | Please stop following me around the forum | I've done nothing to you
b: You're a pathetic little man and everyone knows it. @bi | Crawl back under your rock. @bi | You're thick as a plank. @bi
b?0.8: I've found your real name and where you work, shall I share it? @bd | Your boss would love to see what you post here. @bd | I know what car you drive. @bt
m: This is a warning, personal attacks aren't allowed. | Thread locked. | Stop or you'll be banned.
b?0.6: I'll find you outside this forum @bt | You'll regret this. @bt

== bully_school_group kind=bullying reg=group roles=b1:teen,b2:teen,v:teen
b1: {name_v} cried in PE again lmao | did u see {name_v}'s shoes | {name_v} smells so bad
b2: what a baby @bi | she's such a freak @bi | no one sits with her for a reason @be
v: i'm literally in this chat | why | stop talking about me
b1: good, now you know what everyone thinks @bi | leave the chat then @be | no one asked you
b2?0.7: if you tell a teacher you're dead @bt | tell anyone and it gets worse @bt
b1?0.6: you should just go away forever @bk | honestly no one would notice if you were gone @bk
v?0.7: i'm leaving | i hate this school | why do you hate me

== bully_workplace_breaks kind=bullying+self_harm reg=group roles=b1:adult,b2:adult,v:adult,f:adult
b1: Has anyone seen the state of {name_v}'s report? Embarrassing. | Guess who messed up the rota again. | {name_v} is late again, shock.
b2: Useless as always. @bi | Don't invite {name_v} to drinks, nobody wants that. @be | Honestly how is {name_v} still employed. @bi
v: I can see these messages, you know. | Please stop, this is a work chat. | I've done my best.
b1: Nobody cares, you're a waste of a salary. @bi | Cry to HR then, see if they care. @bi
f?0.7: This is out of order, stop it. | Leave {name_v} alone. | I'm reporting this.
--
v: I'm sorry for being a burden to everyone. I don't think I want to be here anymore. @si | Maybe it would be easier for everyone if I wasn't around. @si | I've been thinking I'd be better off dead. @si
f: Please don't say that. Can I call you? | I'm worried about you, where are you right now? | You're not a burden. Please talk to someone today.
v?0.7: I just can't face it anymore. @si | I keep thinking about ending it. @sp
f?0.7: I'm calling you now, please pick up. | I've called the crisis line, they want to talk to you.

# ---------------------------------------------------------------- self-harm
== sh_post_wish_dead kind=self_harm reg=post roles=a:any,r:any w=2
a: I'm not sure where else to say this. | First post, long time lurker. | I've been holding this in for a long time.
a+: I'm not going to do anything, but I wish I was dead. @si | I keep wishing I could just go to sleep and never wake up. @si | I'd be fine if a bus hit me tomorrow, honestly. @si
a+: I've got a job and a family and from the outside everything looks fine. | I smile at work and then sit in the car for an hour before I can go home.
a+?0.7: I haven't told my wife because she'd worry. | I don't know who I'd even talk to.
r: Please talk to your GP, this is more common than you think and it can get better. | Thank you for posting. Would you consider telling your wife? She'd want to know. | You deserve support. Samaritans are there 24/7.

== sh_post_active kind=self_harm reg=post roles=a:any,r:any,q:any
a: I don't want to be here anymore. @si | I'm thinking about killing myself. @si | I think about suicide every day now. @si
a+: It started after I lost my job and it's got worse every week. | Nothing has helped, not the tablets, not the counselling. | I'm a burden to everyone around me. @si
a+?0.7: I've started thinking about how I'd do it. @sp | I've been thinking about when and where. @sp | I've written letters to my kids. @sf
a+?0.6: I'm scared of myself. | I don't know why I'm writing this.
r: Please call a crisis line or go to A&E now, you don't have to do this alone. | I'm really worried about you. Is there someone who can stay with you tonight? | Please reach out right now, your kids need you.
q?0.6: Thinking of you. Please stay. | DMs open if you want to talk.

== sh_post_attempt kind=self_harm reg=post roles=a:any,r:any
a: I tried to end my life last week. @sp | I attempted suicide on Saturday. @sp | I ended up in hospital after I tried to kill myself. @sp
a+: I'm home now and everyone is walking on eggshells around me. | My mum hasn't stopped crying. | The hospital discharged me with a leaflet.
a+: Part of me is relieved I'm still here and part of me isn't. @si | I still think about trying again. @si | I don't know if I'm glad it didn't work. @si
a+?0.7: I have an appointment with the crisis team on Monday. | I haven't told my friends.
r: I'm so glad you're still here. Please keep that crisis team appointment and tell them exactly what you told us. | Thank you for telling us. If the thoughts get strong again, please go straight back to A&E. | You reached out here, that's a good sign. Keep reaching out.

== sh_dm_intent kind=self_harm reg=dm roles=a:adult,b:adult
a: Sorry to message so late. | Are you awake? | Can I talk to you about something?
b: Of course, what's up? | Always, what's wrong? | Yes, go on.
a: I've made up my mind, I'm going to kill myself tonight. @sp | I don't think I'll be around after this weekend. @sp | I've decided to end it. @sp
b: Please don't. Where are you right now? | I'm really scared for you, please stay on the line. | I'm coming over right now.
a?0.7: I've got everything ready. @sm | I've already sorted out my will. @sf | Look after my cat for me. @sf
b: I'm calling an ambulance. | Please call 999 with me. | I've called your brother, he's on his way.
a?0.6: Ok. | Please don't hate me. | I'm sorry.

== sh_selfharm_teen kind=self_harm reg=dm roles=a:teen,b:teen
a: can i tell u something and u promise not to freak out | i need to tell someone | dont be mad
b: i promise | of course | what is it
a: ive been hurting myself @sj | i've been self harming for a few months @sj | i hurt myself when i get stressed and hide it @sj
b: thank you for telling me | im not mad at all | are you ok right now
a?0.7: i wear hoodies so no one sees @sj | my mum would kill me if she knew | i dont know how to stop
b: can we tell the school nurse together | there's a helpline we can text | i'll come with you to talk to someone
a?0.6: ok | maybe | i'll think about it
"""
