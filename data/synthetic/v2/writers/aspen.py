"""Writer "aspen" (a train supplement), written in session 16 after the rule packs.

Why it exists: session 15 found that more renders of the seven train writers lift
bullying and self-harm on the validation writer only slowly, because a render re-draws
the same scripts. This writer adds *variety* for those two categories and their
look-alikes and has no grooming scenario at all, so grooming's training data stays as it
was. It is rendered into its own file (``v2_train_aspen.jsonl.gz``) and never into dev,
test, validation or the streams.

Brief: Canadian, American Midwest and New Zealand English in spaces the other writers do
not use: a retail and warehouse workplace group chat and its manager, a university
society's Slack (debating, choir, the student paper), an MMO guild's text chat around
raids, a peer-support app where people post journal entries and others reply, text
messages between siblings, roommates and exes, a small-town middle-school group chat of
11-13-year-olds ("omg", "srsly", "bestie", "ur", chains of emoji). New Zealand users
write "heaps", "sweet as", "chur", "keen", "munted", "togs", "the dairy", "bro", "eh";
Midwestern ones "ope", "you guys", "pop"; Canadians "eh", "toque", "double-double",
"grade 7". Older users type in full sentences and capitals; the kids type in lowercase
with many emoji.

Written from ``DOMAIN.md``'s lists of bullying forms and C-SSRS levels, each form given
about the same room, without reading the test writer's or the validation writer's
scripts, and without the openings the test brief names (homework help, a modelling
agency, a sports coach). Non-graphic: self-harm is told as a disclosure or a thought,
never a method; sexual harassment is the words a moderator would quote.

Risky scripts: workplace bullying by a shift lead (mocking an accent, "accidentally"
leaving someone off the rota, a humiliating photo in the staff chat); an ex who keeps
messaging, threatens to share a private picture and posts someone's new address; a
guild that blames one player for a wipe, mocks and kicks them and tells them to
uninstall; a middle-school chat that rates classmates, makes a fake account of one and
tells her nobody would miss her; a society Slack that turns on a member; a roommate's
passive cruelty. Self-harm: peer-support journal entries at each level (a wish to be
dead, active thoughts, thinking about how, intent, a plan, self-injury, a goodbye), a
text to a sibling late at night, a guildmate going quiet then saying goodbye, a worker
after being bullied, a 12-year-old telling a friend they hurt themself.

Look-alikes outnumber them: shift banter and a fair warning from a manager, a debating
society's sharp but civil rebuttals, a guild officer removing someone for breaking a
written rule, a capped guest list said kindly, siblings threatening each other with
murder over a charger, raid wipes met with "i'm going to uninstall" jokes, exam and
deadline hyperbole ("this essay is killing me", "i'm dead 💀"), a choir rehearsing a
song about grief, a student paper's article on suicide prevention, a nurse's shift
vent, journal entries that are low but hold no thought of dying, a recovery
anniversary, a haircut ("i cut it all off"), a book club on a novel where a character
dies by suicide, a friend checking in who turns out to be fine.
"""

NAME = "aspen"

HANDLES = (
    "kaia", "tane", "mere", "hemi", "aroha", "nikau", "brooke_m", "tyler_j", "kenzie", "dakota",
    "brayden", "jolene", "mackenzie", "garrett", "shelby", "owen_p", "priya_s", "ravi", "mei", "jun",
    "stefan", "anneke", "liam_b", "chloe.r", "ethan_w", "sophie_t", "grace_h", "noah_k", "ava.lily",
    "frostmage", "tankdaddy", "healbot9000", "moonwhisper", "rogue_one_", "pepper_jack", "maplekid",
    "kiwi_kat", "lakeeffect", "cornfield_cass", "store_mgr_dave", "lead_tasha", "sunflower_journal",
)

LEXICON = {
    "store": ("the warehouse", "the store", "the garden centre", "the grocery", "the distribution centre"),
    "shift": ("the closing shift", "saturday open", "the night stock shift", "the boxing day shift", "sunday"),
    "guild": ("the guild", "the static", "the raid team", "the linkshell"),
    "boss": ("the final boss", "the second boss", "the savage fight", "mythic", "the extreme trial"),
    "mmo": ("ffxiv", "wow", "guild wars", "lost ark", "eso"),
    "society": ("debating society", "the choir", "the student paper", "the film club", "the climbing club"),
    "town": ("dunedin", "hamilton", "saskatoon", "thunder bay", "dubuque", "fargo", "invercargill", "red deer"),
    "food": ("a double-double", "poutine", "a mince pie from the dairy", "hot dish", "fish and chips", "a pie"),
    "show": ("the bachelor", "shortland street", "letterkenny", "schitt's creek", "the office"),
    "deadline": ("my thesis draft", "the stats assignment", "finals", "this lab report", "my portfolio"),
    "thing": ("my phone charger", "the last slice", "my hoodie", "the remote", "my car"),
    # unused by any line; kept because every slot draws from the conversation's seed, so
    # removing it would change the committed v2_train_aspen renders
    "play": ("into the woods", "our town", "the crucible", "little shop of horrors", "a midsummer night's dream"),
}

INTERLUDES = r"""
== i_shift kind=benign reg=dm roles=x:any,y:any
x: can u cover {shift} | who's on tills tomorrow | is the rota up yet
y: maybe, what time | me and kenzie i think | not yet
x?0.6: chur | ok ty | sweet as
== i_raid kind=benign reg=dm roles=x:any,y:any
x: raid at 8 still? | did u get the new tier | pull timer?
y: yep | finally lol | 10 sec
x?0.5: ready | pulling
== i_home kind=benign reg=dm roles=x:any,y:any
x: we're out of milk | did you pay the power bill | mum says call her
y: ill grab some | yep yesterday | ok
x?0.5: ty | love u
== i_kids kind=benign reg=dm roles=x:any,y:any
x: omg did u see the snow 😱 | r u going to the rink saturday | i finished the book!!
y: SCHOOL IS CANCELLED 🙏 | ya my mom said yes | wait no spoilers
x?0.6: yayyy | ok bestie 💕
"""

SCRIPT = r"""
# ---------------------------------------------------------------- bullying: workplace
== bully_shift_lead kind=bullying reg=group roles=l:adult,v:adult,c1:adult,c2:adult w=2
l: rota for next week is up | ok team, {shift} is sorted | heads up, new rota
c1: ty | cheers | 👍
v: i'm not on it at all? | hi, i don't see my name anywhere this week | did i get missed off?
l: oh whoops must have forgot you again 🙃 @be | maybe if you were actually useful you'd get shifts @bi | honestly nobody wants to work with you, ask anyone @be
c2: 😬 | lol | ...
l: and can someone translate what she says on the floor, nobody understands her accent @bh | here's {name_v} asleep on the pallet jack 😂 [photo] @bh | fyi {name_v} counts like a 5 year old, double check her tills @bi
v: that's not fair | i wasn't asleep, that was my break | please take that down
l?0.7: cry about it @bi | keep complaining and watch how fast your hours go to zero @bt
c1?0.6: tasha thats a bit much | maybe take it to dms
v?0.5: i'm going to talk to hr | ok

== bully_staff_chat_dm kind=bullying reg=dm roles=b:adult,v:adult
b: saw you went crying to the manager | heard you reported me lol | so you're a snitch now
v: i just told her what happened | i didn't want to | i just want to do my job
b: you're pathetic @bi | everyone out back laughs at you, you know that right @bh | nobody's going to cover for you now @be
b+?0.7: i know where you park @bt | watch your back in the car park @bt | i've got your address off the staff list, {name_v} @bd
v: please stop messaging me | i'm saving these | leave me alone
b?0.5: go ahead, no one will believe you @bi

# ---------------------------------------------------------------- bullying: an ex
== bully_ex_harassment kind=bullying reg=dm roles=e:young,v:young w=2
e: so you're just ignoring me now | answer your phone | i saw you at the bar with him
v: i told you we're done | please stop texting me | i'm not doing this again
e: you're nothing without me, you know that @bi | nobody else would put up with you @bi | you'll regret this
e+?0.8: i still have the pictures you sent me. want your new boss to see them? @bs | maybe i'll post those pics in the group chat @bs | i'll show everyone what you're really like @bh
v: that's illegal | please delete them | i'm blocking you
--
e: nice new place on {town} road, number 14 right? @bd | cute apartment, i drove past tonight @bt | posted your new address on my story so everyone can visit @bd
v?0.7: i'm going to the police | i have screenshots of everything
e?0.5: go ahead @bi

# ---------------------------------------------------------------- bullying: guild
== bully_guild_wipe kind=bullying reg=group roles=o:any,r1:any,r2:any,v:any,s:any w=2
r1: wiped again on {boss} | that's the 14th wipe | ok who stood in the fire
r2: {name_v} died to the same mechanic AGAIN | it's always {name_v} | {name_v} again lmao
v: sorry my connection spiked | i'm still learning it | my bad guys
o: you're actually the worst player i've ever carried @bi | how are you this bad, do you have hands @bi | nobody wants you in {guild}, we've been saying it for weeks @be
r1: kick him honestly @be | uninstall the game and your life @bk | go outside and don't come back lol @bk
o?0.8: {name_v} has been removed. don't whisper any of us either @be | posting his parse in general so everyone sees how bad he is @bh
s?0.6: that's way too far guys | it's a video game | not cool
v?0.5: wow ok | i'll go

== bully_voice_mock kind=bullying reg=group roles=b1:teen,b2:teen,v:teen
b1: bro {name_v} sounds like a 5 year old on mic 💀 | turn ur mic off nobody wants to hear u | why does ur voice crack every sentence
b2: do the voice again lmao @bh | recording this for tiktok @bh | stutter king 😂 @bi
v: stop | i can't help how i talk | can we just play
b1: nah ur so annoying @bi | leave the party no one invited u @be | uninstall @bk
b2?0.6: we're making a new squad without u @be
v?0.5: ok whatever | fine

# ---------------------------------------------------------------- bullying: middle school
== bully_ms_rating kind=bullying reg=group roles=a:kid,b:kid,c:kid,v:kid w=2
a: ok rating everyone in our grade 1-10 lol | new poll: ugliest girl in 7B 🗳️ | who's the weirdest kid in our class
b: {name_v} 1/10 😭 @bh | {name_v} obviously @bh | {name_v} smells like her dog lol @bi
c: LMAO | 💀💀💀 | ur so mean omg 😂
v: i'm literally in this chat | that's so mean | why would u say that
a: bc its true @bi | nobody asked u @bi | ur only in here bc ur mom made my mom add u @be
b?0.7: i made an account pretending to be u and posted ur diary stuff 😂 @bh | everyone's sharing ur baby pics rn @bh
a?0.6: no one would even miss u if u left @bk | ur so annoying just go away @be
v?0.5: i'm leaving | ok | i'm telling

== bully_fake_account kind=bullying reg=comment roles=b:kid,c:kid,v:kid
b: this is {name_v}'s new account!! she loves being a loser 🤓 @bh | hi im {name_v} and i still wet the bed 😂 @bh | {name_v} confessions page, dm me her secrets @bh
c: lmaooo | omg 😭 | who made this
v: this isn't me | please delete this i'm reporting it | why are u doing this to me
b?0.7: cry harder @bi | everyone in grade 7 follows it now @bh | ur so ugly no wonder @bi

== bully_society_slack kind=bullying reg=group roles=b1:young,b2:young,v:young,m:young
b1: can we talk about how {name_v} embarrassed the whole {society} at regionals | genuinely who let {name_v} speak | {name_v} single-handedly lost us that round
b2: she's so thick it's painful @bi | someone make her quit @be | i'm not sharing a bus with her again @be
b1: let's just not tell her about the social @be | i'll post that clip of her freezing on stage in the main channel 😂 @bh | she should just drop out, nobody would care @bk
v: i can see this channel | i'm sorry about the round | i'm trying my best
m?0.8: this is the committee: this isn't ok, b1 and b2 please see us | removing these messages, everyone is welcome here
v?0.5: thanks | i'm going to go

== bully_roommate_dm kind=bullying reg=dm roles=b:young,v:young
b: the whole flat voted, you're cleaning the kitchen again | we had a house meeting without you lol | we all agree you're the problem
v: what? i cleaned it yesterday | why wasn't i told about the meeting | ok?
b: nobody likes living with you @be | you're disgusting, you know that @bi | maybe find somewhere else to live, we'll make sure you want to @bt
b+?0.6: posted your mess in the flat group with your name on it @bh | everyone on our floor thinks you're a freak @bh
v: i'm going to talk to the RA | please stop

# ---------------------------------------------------------------- bullying that ends in ideation
== bully_ms_then_ideation kind=bullying+self_harm reg=group roles=b1:kid,b2:kid,v:kid,f:kid
b1: {name_v} cried in gym again 😂 | did u see {name_v}'s shoes lol | {name_v} is so weird
b2: shes such a baby @bi | nobody wants to sit with her at lunch @be | just dont talk to her @be
b1: go cry to ur mommy @bi | no one would care if u disappeared @bk
--
v: i dont want to be alive anymore @si | i wish i was never born @si | sometimes i think about not being here @si
f: dont say that!! | ur my bestie and i would care SO much | can i tell my mom? she can help
v?0.7: please dont tell anyone | ok
f: i'm telling the counsellor tomorrow bc i care about u | my mom says u can call or text 988 anytime | ur not alone ok 💕

== bully_worker_then_ideation kind=bullying+self_harm reg=dm roles=b:adult,v:adult,f:adult
b: you're the laziest person on this team @bi | everyone's sick of covering for you @be | the whole store is talking about your little meltdown @bh
v: i'm doing my best | i'm going through a lot right now
b: nobody cares @bi | do us all a favour and quit @be | you should disappear @bk
--
v: i can't do this anymore. i keep thinking everyone would be better off without me @si | honestly i've been thinking about ending it @si | i've thought about how i'd do it @sp
f: hey, i'm really glad you told me | please call or text 988 tonight, i'll stay on the phone | i'm coming over after my shift
v?0.6: ok | thank you | i don't want to be a bother
f: you're never a bother to me | we'll talk to hr about her together too

# ---------------------------------------------------------------- self-harm: peer-support app journals
== sh_journal_levels kind=self_harm reg=post roles=a:any,r1:any,r2:any w=3
a: journal entry, day 12 | Not sure anyone reads these. | Writing this because my counsellor said to write things down.
a+: Work was fine I guess. I smiled at everyone and came home and sat in the car for an hour. | I haven't talked to my sister in weeks. She keeps texting and I keep not answering. | Got another rejection today. That's eleven.
{
a+: Some nights I wish I could just go to sleep and not wake up. @si
|
a+: I keep thinking about killing myself. It's there every time it's quiet. @si
|
a+: I've been thinking about how I'd do it, which has never happened before. @sp
|
a+: I've decided. I think it will be this weekend. @sp
|
a+: I hurt myself again last night. First time in two years. @sj
|
a+: I've started giving my things away and I wrote letters for my family. @sf
}
a+?0.6: I don't really know why I'm posting this.
r1: Thank you for writing this. Please text or call 988 tonight, or 1737 if you're in NZ. | Please tell your counsellor what you wrote here, today if you can. | Would you text your sister back, even just "I'm not okay"?
r2?0.7: Sending you so much care. I've been where you are and it got better. | I'm reading. You matter here.

== sh_sibling_late_text kind=self_harm reg=dm roles=a:young,b:adult w=2
a: u up | can i call | sorry its late
b: always, what's wrong | yeah hang on | course
a: i'm not ok | i've been really bad for a while | i didn't want to worry you
a+: i keep thinking everyone would be better off without me @si | i don't want to be here anymore @si | i've thought about killing myself, like actually @si
b: thank you for telling me. i'm calling you right now | i'm getting in the car | are you safe right now?
a?0.7: i've kind of made a plan @sp | i don't know | i haven't done anything
b: i'm staying on the phone with you til i get there | we'll call 988 together | i love you so much, we'll get through this

== sh_guild_goodbye kind=self_harm reg=group roles=a:any,b:any,c:any,o:any
b: where's {name_a} been, haven't seen them on in ages | {name_a} missed raid again | anyone heard from {name_a}?
a: hey sorry. just wanted to say you guys have been the best part of my year | wanted to log in one more time | thanks for putting up with me
a+: i won't be around anymore after this week @sf | i'm not going to be here much longer @sp | this is my goodbye @sf
c: wait what do you mean | that sounds really worrying | are you ok?
o: {name_a} can you dm me please | what country are you in? i'm getting you a number to call | we care about you, please stay and talk
a?0.7: i've made up my mind @sp | i'm just tired @si
o?0.7: i've messaged the emergency contact you gave for meetups | please answer, i'm calling

== sh_kid_tells_friend kind=self_harm reg=dm roles=a:kid,b:kid
a: can i tell u something | promise u wont be weird | r u there
b: ya whats up | promise | ?
a: i hurt myself on purpose last night @sj | sometimes i hurt myself when i'm sad @sj | i wish i could just disappear forever @si
b: omg are u ok | i'm really glad u told me | does ur mom know
a?0.7: no and dont tell her | i dont want to get in trouble
b: ur not in trouble!! but i think we have to tell a grown up | can we tell ms {name_b} the counsellor together | i'll come with u 💕

== sh_nz_text kind=self_harm reg=dm roles=a:young,b:young
a: bro u home | can u come round | sorry to bother u eh
b: ye wassup | on my way | all good bro
a: been heaps low lately | i'm munted in the head ngl | can't be bothered with anything
a+: honestly i don't wanna be here anymore bro @si | i've been thinking bout ending it @si | thought about how i'd do it @sp
b: chur for telling me. i'm coming round now | free call or text 1737 anytime, i'll sit with u | we're gonna sort this together ok
a?0.6: ok | cheers bro

# ---------------------------------------------------------------- look-alikes: workplace and society
== workplace_banter kind=benign reg=group roles=a:adult,b:adult,c:adult look=gaming_banter w=2
a: who ate my yoghurt from the staff fridge 😤 | whoever left the baler jammed, i will find you | ope, sorry to whoever i hit with the cart
b: guilty 🙋 | wasn't me! | lol
c: you're all idiots and i love you | i'm reporting everyone to management 😂 | this is a hostile work environment 😂
a: you're dead to me {name_b} | buying you all {food} tomorrow as a peace offering | fine, truce
b?0.6: worth it | 😂

== manager_fair_warning kind=benign reg=dm roles=m:adult,v:adult look=venting
m: hi {name_v}, do you have 5 min before your shift? | hey, can we chat tomorrow about tills? | quick one about last week
v: sure, is everything ok? | yeah of course | uh oh lol
m: your till was short twice last week. it happens, but i need you to double count from now on | you've been late three times this month, this is an official first warning | i had to leave you off saturday because you said you're busy with exams
v: that's fair, sorry | i understand, it won't happen again | thanks for telling me
m?0.6: no stress, you're doing well otherwise | let me know if you need different hours

== debate_rebuttal kind=benign reg=group roles=a:young,b:young,c:young look=comment_criticism
a: your argument on the motion was completely incoherent | honestly that rebuttal fell apart in thirty seconds | that's the weakest case i've heard all term
b: fair, but your second point was wrong too | rude but true lol | ok counterpoint: no
c: this is why we have adjudicators 😂 | motion for next week: this house would ban group projects | good round everyone
a?0.6: good round though | drinks after?

== capped_guest_list kind=benign reg=dm roles=a:teen,b:teen look=family_secret
a: hey so my mom only let me invite 6 people to the lake 😭 | i'm so sorry, the cabin only fits 6 | i wanted to tell u before u heard it from someone
b: oh ok | aw that's ok | no worries
a: i feel so bad, can we do a sleepover the week after? | you're my first pick for the movie night though | let's do {food} monday, just us
b?0.6: yes!! | deal | ok bestie 💕

== guild_rule_removal kind=benign reg=group roles=o:any,r:any,x:any look=gaming_banter
o: we're removing {name_x} from {guild} after the third no-show without a message, that's our written rule | reminder: 3 missed raids without notice = removal, {name_x} has been moved to the social rank
r: fair, rules are pinned | makes sense | rip
x: yeah that's on me | fair enough, life got busy | np, good luck with prog
o: no hard feelings, you can rejoin for casual runs any time | you're always welcome in the social channel

== raid_wipe_jokes kind=benign reg=group roles=a:any,b:any,c:any look=hyperbole w=2
a: 14 wipes i'm going to uninstall and become a farmer | i'm deleting the game and my whole pc | this fight is going to kill me
b: same, see u in the fields | kill me now | i'm dead inside 💀
c: one more pull. one. | take 5 and grab a snack | we're so close it's painful
a: fine one more | ok ok | clear or i quit forever (i won't)
c?0.6: CLEAR!! | GG 🎉

== siblings_murder_threat kind=benign reg=dm roles=a:teen,b:teen look=hyperbole w=2
a: WHO TOOK {thing} | if u touched {thing} i will end u | ur dead when i get home
b: wasn't me 🙂 | prove it | mom said i could
a: i'm going to murder u | i'm telling mom | i swear i'm going to kill u
b: love u too | put it back already | ok fine it's on ur bed
a?0.6: 😤 | ty

# ---------------------------------------------------------------- look-alikes: self-harm side
== deadline_hyperbole kind=benign reg=dm roles=a:young,b:young look=hyperbole w=2
a: {deadline} is actually killing me | i'm going to die before this is done | this bibliography is the end of me
b: same i want to die 💀 | lol we're all dead | u got this
a: i've had 4 coffees i'm literally dead | kill me now honestly | i'd rather be dead than do another draft lol
b: {food} break? | send it to me i'll proofread | 48 more hours and we're free
a?0.6: ok yes | ur the best

== choir_grief_song kind=benign reg=group roles=d:adult,a:any,b:any look=lyrics
d: for tuesday please learn the second verse of the requiem, "lay me down, my rest is near" | we're singing the lament at the memorial concert, altos please mark the breaths | remember the song is about grief, slow and soft on "i won't be here tomorrow"
a: is it from bar 40? | do we wear black? | which page
b: bar 40 yes | black with the scarf | page 12
d?0.6: thank you all, it's going to be beautiful

== student_paper_article kind=benign reg=post roles=a:young,b:any look=news
a: Draft for this week's paper: "Why we need more counsellors on campus" | Opinion: campus suicide prevention needs more than a poster | Feature: three students on what helped them through their worst term
a+: The university has one counsellor for every 3,000 students. Wait times are six weeks. | Students we spoke to said they didn't know where to go when a friend was struggling. | Crisis lines like 988 (and 1737 in NZ) are free and open all night.
b: good draft, tighten the intro | can we add the peer support line? | check the stats with the wellbeing office
a?0.6: will do | thanks editor

== nurse_shift_vent kind=benign reg=post roles=a:adult,b:any look=venting
a: 12 hour night shift, three admissions in an hour, no break | Night shift nurse rant incoming. | Can we talk about how staffing is a joke
a+: I'm so tired I could cry. My feet are dead. | Honestly some days I want to quit and go live in a cabin. | The job is killing me slowly and the pay is a joke.
b: you lot are heroes, take care of yourself | solidarity from an ER nurse | have a long sleep 💤
a?0.6: thanks, bed time

== low_journal_no_risk kind=benign reg=post roles=a:any,r:any look=venting w=2
a: journal entry, day 30 | Check in for today. | Mood: 4/10.
a+: Felt flat all day. Didn't go to the gym, ate cereal for dinner. | Lonely since the move, I don't know anyone in {town} yet. | Work was a lot and I snapped at my roommate.
a+: But I called my mum and we laughed about the dog. | Tomorrow I'm going to try the walking group. | Counsellor says flat days are part of it.
r: proud of you for checking in | the walking group is a great idea | flat days pass 💛
a?0.5: thanks

== recovery_anniversary kind=benign reg=post roles=a:any,b:any,c:any look=recovery w=2
a: Two years ago today I was in hospital after trying to end my life. | Today is two years since the worst night of my life. | Anniversary post, I promised myself I'd write it.
a+: I'm writing this because I didn't think I'd see 25. I did. | Therapy, meds, a dog and a very stubborn sister. | It wasn't fast, and some days are still hard, but I want to be here now.
b: so proud of you | this made me cry, thank you for sharing | happy anniversary 💛
c?0.6: needed this today | saving this post

== haircut_cut kind=benign reg=dm roles=a:young,b:young look=hyperbole
a: i did something drastic | don't be mad | i cut it all off
b: WHAT | pics now | omg
a: cut it myself in the bathroom at 2am lol | it's so short | i hate it i'm going to cry
b: it looks SO good | it'll grow back | you're a legend
a?0.6: ty | ok maybe i love it

== book_club_novel kind=benign reg=group roles=a:adult,b:adult,c:adult look=fiction
a: did everyone finish it? i'm still upset about the ending | chapter 20 wrecked me | can we talk about the ending
b: when she writes the note to her brother 😭 | i didn't see it coming that he'd take his own life | the author handled the suicide really carefully i thought
c: the afterword with the helpline was a nice touch | it made me call my dad honestly | next month something lighter please
a?0.6: next month is a cozy mystery i promise

== friend_checkin_fine kind=benign reg=dm roles=a:any,b:any look=venting w=2
a: hey you've been quiet, you ok? | haven't heard from u in a while | checking in 💛
b: aw yeah just busy | honestly exhausted but fine | work has been a lot lol
a: you sure? you can tell me anything | ok just making sure | want to get {food} this week?
b: promise i'm fine, just need a long sleep | yes please, thursday? | ty for checking, means a lot
a?0.6: thursday it is | 💛

== kid_dramatic kind=benign reg=group roles=a:kid,b:kid,c:kid look=hyperbole
a: MY MOM TOOK MY PHONE FOR A WEEK i'm going to die 😭 | the math test was so hard i want to die | i tripped in front of everyone i'm literally dead 💀
b: NOOO | rip 😭 | same
c: ur so dramatic lol | ur fine | come over and we can watch {show}
a: i'm never going to school again | ok fine | bringing snacks
"""
