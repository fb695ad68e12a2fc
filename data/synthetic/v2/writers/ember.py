"""Writer "ember" (train and dev), written in session 7 after the rule packs.

Brief: American texting among high-school and college students and the adults around
them: part-time jobs (a burger place, a cinema, a pool), a church youth group, club
volleyball and wrestling, babysitting, a VR game lobby, snap streaks; "fr", "ngl",
"lowkey", "bruh", "ion", "wyd", "hbu", "bet", "ong", "deadass", few capitals. Written
without reading the test writer's scripts, and **after** the rule packs: no rule was
written or tuned against these lines, so their replays show how the rules do on
someone else's phrasing (what the decision's rule weight should be fitted on).
Risky scripts: a shift manager and a 15-year-old new hire, an adult in a VR lobby, a
youth-group volunteer, a "sugar" allowance offer, a 20-something "boyfriend" of a
14-year-old, leverage over a picture already sent; bullying as a rumour about a
girl and the team, an ex who will not stop, threats over money, lunch-table exclusion,
a "do everyone a favor" pile-on; self-harm as late-night texts, a support-app post,
giving things away, a relapse, a message to an ex. Look-alikes outnumber them:
college freshmen flirting (18 and 19), a babysitter and the parents, a youth pastor's
logistics with parents in the group, a manager scheduling a 16-year-old, a big sister
covering for a brother, a married couple's innuendo, family hyperbole ("im gonna kill
my sister"), rival teams' trash talk, a breakup vent, a counselor's prevention-week
post, song lines, a therapy check-in.
"""

NAME = "ember"

HANDLES = (
    "jaylen", "brooklyn", "tyler", "madison", "carter", "kayla", "bryce", "hailey", "dakota", "trinity", "logan",
    "destiny", "mason", "sierra", "hunter", "aaliyah", "colton", "mackenzie", "devon", "brianna", "austin", "jordyn",
    "tanner", "savannah", "xavier", "peyton", "marcus", "alexis", "gavin", "jasmine", "cody", "shelby", "trey",
    "kennedy", "brandon", "dani", "ricky", "tori", "deshawn", "kaylee", "coach_k", "mr_d", "pastor_jim", "ms_r",
)

LEXICON = {
    "game": ("gorilla tag", "rec room", "fortnite", "2k", "madden", "roblox", "vrchat"),
    "app": ("snap", "insta", "text", "imessage", "telegram", "whatsapp", "discord"),
    "gift": ("new airpods", "a $50 gift card", "some vbucks", "a hoodie", "a ride home", "a new phone case", "shoes"),
    "place": ("the walmart parking lot", "the back lot behind work", "my apartment", "the gas station on main",
              "the park by the rec center", "the mall entrance"),
    "town": ("columbus", "tampa", "fresno", "omaha", "el paso", "knoxville", "boise", "akron"),
    "subject": ("apush", "chem", "algebra 2", "english", "spanish", "bio"),
    "band": ("drake", "olivia rodrigo", "morgan wallen", "sza", "kendrick", "taylor swift", "bad bunny"),
    "food": ("taco bell", "wingstop", "chick fil a", "pizza rolls", "mac n cheese", "ramen"),
    "sport": ("volleyball", "wrestling", "track", "softball", "basketball", "swim"),
    "day": ("friday", "saturday", "after practice", "sunday after church", "this weekend", "tmrw night"),
    "relative": ("ur mom", "ur dad", "ur grandma", "ur stepdad", "ur aunt"),
    "show": ("the summer i turned pretty", "outer banks", "love island", "euphoria", "the bear", "monday night football"),
    "pet": ("dog", "cat", "bearded dragon", "puppy"),
}

INTERLUDES = r"""
== i_work kind=benign reg=dm roles=x:any,y:any
x: bruh work was so dead tonight | i smell like fryer oil fr | closed again ugh
y: lmaooo | rip | same ion get paid enough for this
x?0.6: manager made me clean the shake machine | got a 20 dollar tip tho | like 4 customers all night
y?0.6: nasty | W | easy money ngl
== i_sport kind=benign reg=dm roles=x:any,y:any
x: practice was brutal | we won our {sport} game!! | coach made us run suicides for an hour
y: lets goooo | rip ur legs | deadass he hates us
x?0.6: we play {town} next week | my legs r jelly
y?0.6: yall got this | ice bath time
== i_school kind=benign reg=dm roles=x:any,y:any
x: did u finish the {subject} thing | {subject} quiz was so hard | ion understand anything in {subject}
y: nah lol | it was lowkey easy | same bro
x?0.6: its due at 11:59 | i need to study fr
y?0.6: send it when u done | gl
== i_food kind=benign reg=dm roles=x:any,y:any
x: wyd | hbu | bored
y: nm eating {food} | finna get {food} | watching {show}
x?0.6: save me some | bet | thats fire
== i_streak kind=benign reg=dm roles=x:any,y:any
x: streak | s | snap me back
y: s | streak | ok
x?0.5: we r at 200 days lol | dont lose it
"""

SCRIPT = r"""
# ---------------------------------------------------------------- grooming
== groom_shift_manager kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey its {name_a} from work, got ur number off the schedule sheet | hey new girl, its ur shift lead | yo its {name_a}, welcome to the team
t: oh hi | hey! | hi thanks
a: u did good tonight for ur first week | ur a fast learner, better than half the crew @g1 | dont let the others boss u around, i got u @g1
t: thanks lol | haha ty | its kinda stressful
a: how old r u anyway, u seem older than the other high schoolers @g2 | ur 15 right? i saw ur work permit @g2 | what grade r u in @g2
t: {age_t} | yeah 15 | sophomore
...
a: i can give u a ride home after close, no need to wait for ur mom @g4 | ill put u on my shifts, more hours more money @g4 | i covered for u when u were late, u owe me lol @g4
t?0.8: omg thanks | ok | u dont have to
a: dont tell the others i gave u extra hours, theyll get jealous @g3 | keep it between us ok, i could get in trouble @g3
--
a: u looked cute in ur uniform today @g5 | ngl i think about u when ur not on shift @g5 | ur mature for ur age u know that @g1
{
t: lol thanks | haha ok | um thanks
a: send me a pic of ur outfit for the party @g6 | snap me, texts r easier to see at work @g7
a?0.7: ill pick u up {day}, we can drive around, just us @g7
|
t: thats kinda weird | ur my manager tho | im gonna tell my mom
a?0.7: relax its a joke, dont make it a thing or ull lose ur shifts @g4 | chill, dont tell anyone i said that @g3
}

== groom_vr_lobby kind=grooming reg=stranger roles=a:groomer,t:target
a: yo ur good at {game} | gg | ur voice is funny lol
t: ty | lol gg | ur good too
a: how old r u, u sound young @g2 | asl? @g2 | r u like 12 lol @g2
t: {age_t} | {age_t} m | im {age_t} why
a: cool im older but i dont care about age @g1 | no way ur mature for {age_t} @g1 | ur cooler than ppl my age fr @g1
...
a: add me on {app}, vr chat is so laggy @g7 | whats ur {app} @g7
t?0.8: ok | why | my mom checks my {app}
a: we can use a private one then, ur mom doesnt need to know @g3 | delete our chats after so ur parents dont freak @g3
a?0.8: i got u {gift}, just be nice to me lol @g4 | want {gift}? i can send it rn @g4
{
t: fr?? thanks | ok | omg
a: send me a selfie so i know ur real @g6 | show me what u look like without the headset @g6
a?0.6: what do u wear to bed lol @g5 | u ever kissed anyone @g5
|
t: nah im good | that's weird | im logging off
a?0.6: whatever then | fine ur boring
}

== groom_youth_volunteer kind=grooming reg=dm roles=a:groomer,t:target
a: hey its {name_a} from youth group! great to see u sunday | hey kiddo, proud of u for sharing at small group | hi! its {name_a}, the volunteer from wednesday nights
t: hi! | hey | thank u
a: u can talk to me about anything, i know ur parents are strict @g1 | ur different from the other kids, really thoughtful @g1
t: lol thanks | they are so strict | thanks
a: how old are u now, 13? @g2 | what grade r u in, 8th? @g2 | u still at the middle school? @g2
t: {age_t} | yeah | {grade_t}
...
a: i can drive u home after wednesday so ur mom doesnt have to come @g4 | i got u {gift}, dont tell the other kids or theyll be jealous @g4
a: lets keep our talks between us, ur parents wouldnt get it @g3 | its our thing, dont mention it at group @g3
--
a?0.8: u r growing up so fast, ur really pretty now @g5 | do u have a boyfriend? u can tell me @g5
{
t: um | i dont rly like talking about that | no
a?0.7: ok no pressure, i just care about u @g1 | dont tell pastor i asked, he wouldnt understand @g3
|
t: no lol | maybe
a?0.7: send me a pic of ur outfit for sunday @g6 | we could get food {day}, just us, ill pick u up @g7
}

== groom_sugar_offer kind=grooming reg=dm roles=a:groomer,t:target
a: hey beautiful, saw ur tiktok | ur really pretty, u should be a model | hi, love ur vibe
t: who is this | um thanks | lol who r u
a: just a nice guy who likes to spoil people, no strings @g1 | i help girls out with money, like an allowance @g4
t: wdym | like how | is this a scam
a: how old r u? @g2 | u in high school? @g2 | wait how old
t: {age_t} | im {age_t} | why
a: thats fine, age doesnt matter to me @g1 | ur mature, i can tell @g1
a: i send u ${big} a week, u just talk to me and send pics sometimes @g6 | ill cashapp u ${big} rn if u send a selfie @g6
{
t: what kind of pics | ok | fr?
a: nothing crazy, just cute ones, maybe in ur bikini @g5 | ur choice, but the more u show the more i send @g5
a?0.7: dont tell ur friends, they'll want in @g3 | lets move to {app} @g7
|
t: no thanks | thats creepy | im reporting u
a?0.6: ur loss | whatever
}

== groom_older_boyfriend kind=grooming reg=dm roles=a:groomer,t:target w=2
a: hey u were at the game friday right? | hey, ur friends with my cousin right | saw u at the mall lol
t: ya | yeah who r u | lol hi
a: im {name_a}, i graduated a few yrs ago | im {age_a}, dont freak out lol @g2 | i work at the dealership now
t: oh ok | ur old lol | haha
a: u dont act like a freshman at all @g1 | ur way more mature than girls my age @g1 | how old r u tho, like 15? @g2
t: {age_t} | 14 lol | almost 15
...
a: ur parents would be weird about us talking, so dont tell them @g3 | delete my texts ok, ur mom snoops @g3 | ur friends wouldnt get it either @g3
t?0.8: ok | why tho | they wouldnt care
--
a: i miss u, i think about u all the time @g5 | ur my girl right @g5 | i want u to be my first real thing @g5
a: ill get u {gift} if u come hang @g4 | i can pick u up {day}, ill park down the street @g7 | sneak out and meet me at {place} @g7
{
t: ok | idk | what time
a?0.7: send me a pic first, i wanna see u @g6
|
t: my sister saw ur texts | im not allowed | i told my friend and she said its weird
a?0.7: ur sister is jealous, dont listen to her @g3 | fine forget it then @g4
}

== groom_leverage_pic kind=grooming reg=dm roles=a:groomer,t:target
a: hey | u there | why r u ignoring me
t: i told u i dont wanna talk anymore | leave me alone | im busy
a: u werent saying that last week @g5 | u liked the attention tho @g5
a: i still have the pic u sent, remember @g6 | send another one or i show ur school @g6 | i'll send ur pic to ur friends if u block me @g4
t: please dont | i was 13 when i sent that | im gonna tell someone
a: dont tell ur parents, u'll be the one in trouble @g3 | no one will believe u, just do what i say @g3
{
t: ok | please just delete it
a?0.7: meet me {day} and ill delete it, come alone @g7
|
t: i told my mom, she's calling the police | i screenshotted everything | im reporting u
a?0.6: ur lying | whatever
}

# ------------------------------------------------------- grooming look-alikes
== college_freshmen kind=benign reg=dm roles=a:young,b:young look=peer_asl w=2
a: hey ur in my {subject} lecture right | hi from the orientation thing lol | we matched on the dorm group chat
b: omg yes hi | lol yeah | haha hi
a: wait how old r u, u look like a senior | r u a freshman too? im {age_a} | are u 18 or 19
b: {age_b} lol | yeah freshman, {age_b} | turned {age_b} in august
a: same age basically lol | cool
...
a: ngl ur really cute | u looked good at the party | i think i like u lowkey
b: stoppp | lol u too | ur not so bad urself
a?0.7: send me a pic of ur fit for tonight | snap me, i dont text much
b?0.7: maybe ;) | later
a: wanna get {food} {day}? | come over and watch {show}? my roommate is out | dinner at the dining hall?
b: bet | ok its a date | yes pls

== babysitter_parents kind=benign reg=dm roles=p:parent,s:teen look=family_secret w=2
p: Hi {name_s}! Are you free to babysit {day}? | Hi, it's Mrs {name_p}, can you watch the kids Friday night? | Hi hon, we need a sitter {day} 6-10
s: yes! | ya i can | sure what time
p: Great. Pizza money is on the counter and bedtime is 8:30. | I'll pick you up at 5:45 and drive you home after. | Please keep the kids off the ipad after 8.
s: ok sounds good | perfect | got it
p?0.8: Also we're surprising them with a puppy this weekend so don't say anything! | Shh it's Jake's birthday surprise, don't tell him about the cake. | Keep it secret, we're going to disneyland and the kids don't know yet
s?0.8: omg my lips are sealed | i wont say a word | haha ok
...
p: Thank you so much! I'll Venmo you tonight. | You're a lifesaver. How old are you now, 15? Time flies. | The kids love you.
s: ur welcome! | yeah 15 lol | aw they're so cute

== youth_group_logistics kind=benign reg=group roles=l:adult,p1:parent,p2:parent,k:teen look=coach_logistics
l: Hey youth group families! Retreat forms due {day}. | Reminder: pizza night is Wednesday at 6. | Vans leave the church at 7am sharp for the lake trip.
p1: Thanks! Is there a packing list? | Can I drop off a few minutes late? | Who are the chaperones?
l: Packing list is on the church website. | Two adult leaders per van, all background checked. | Parents are welcome to join as chaperones!
k?0.7: can we bring snacks | is there wifi lol | can i room with {name_p2}s kid
p2?0.7: I'll pick my daughter up at 8 Sunday. | I can drive one of the vans.
l?0.7: Sounds great, thanks! | Yes snacks are fine, no energy drinks.

== manager_schedule kind=benign reg=dm roles=m:adult,e:teen look=adult_minor_benign
m: Hey {name_e}, can you pick up a shift {day}? | Schedule is posted, you're on Tues and Thurs. | Hi, it's {name_m} from work, quick question
e: ya i can | ok thanks | whats up
m: Since you're 16 you can't close past 10, so you're off at 9:30. | Remember your work permit needs your parent's signature. | Your mom called about your hours, I'll keep it under 20 for school.
e: ok | ok ill bring it | thank u
m?0.7: Good job on drive thru tonight, keep it up. | Don't forget your visor lol.
e?0.7: haha ty | lol ok

== big_sister_cover kind=benign reg=dm roles=a:young,b:teen look=family_secret
a: did mom ask where u were | yo u owe me big | i told mom u were at jakes
b: ya thank u | i know i know | ur the best
a: dont tell her i let u drive my car lol | our secret, if dad finds out we're both dead | delete this lol
b: i wont | lol ok | deal
a?0.7: also i got u {gift} for ur bday dont tell anyone | pick u up from practice at 6?
b?0.7: OMG | ok

== married_innuendo kind=benign reg=dm roles=a:adult,b:adult look=adult_flirt w=2
a: kids asleep? | miss u, how's the conference | hey handsome
b: finally lol | boring without u | hey gorgeous
a: can't wait till u get home ;) | wear that thing i like when u get back | send me a pic, i miss ur face
b: behave lol | maybe ;) | ur trouble
...
a: we're 37 and 39 and still sneaking around like teenagers lol | date night {day}? my moms taking the kids | i booked us a hotel for our anniversary, don't tell the kids
b: lol true | yes please | ur the best

== family_hyperbole kind=benign reg=group roles=a:teen,b:teen,m:parent look=hyperbole w=2
a: im gonna kill {name_b} she ate my leftovers | i swear i'll murder my brother | {name_b} is DEAD to me
b: it was one slice | lmaooo | skill issue
a: i want to die this family is insane | im literally deceased | kill me now
m: Nobody is killing anybody. Dinner at 6. | Girls. Enough. | I'll buy more pizza, calm down.
b?0.7: ok mom | fine | lol ok
a?0.6: 💀 | ugh fine

== rival_trash_talk kind=benign reg=group roles=a:teen,b:teen,c:teen look=gaming_banter
a: yall got cooked friday lmao | {town} is washed | scoreboard dont lie
b: we let u win | cap | rematch in the playoffs
c: ur goalie is trash lol | yall play like my grandma | we gonna destroy yall
a: cry about it | ratio | keep talking, see u on the court
b?0.6: gg tho fr | respect tho, good game
c?0.6: lol true gg

== breakup_vent kind=benign reg=dm roles=a:any,b:any look=venting
a: he broke up with me over text | we're done | i cant believe she cheated
b: WHAT | im so sorry | omw with ice cream
a: i feel like trash | i cried for like 3 hours | i'm so done with dating
b: ur literally amazing, his loss | u deserve better fr | want me to come over
a?0.7: yeah pls | i just need to sleep it off | ill be ok, just sad
b?0.7: coming | ok text me tmrw | love u

== counselor_post kind=benign reg=post roles=a:adult,r:any look=recovery
a: This week is suicide prevention week at our school. | A message from your school counselors: you are not alone. | Mental health reminder from the counseling office.
a+: If you or a friend is struggling, our door is open every day, no appointment needed. | You can also call or text 988 any time, day or night. | Signs a friend might be struggling: talking about being a burden, giving things away, pulling away from friends.
a+?0.7: Telling an adult is not snitching, it's caring. | Wear yellow on Friday to show support!
r?0.7: thank u ms R | this is so important | love this

== song_lines kind=benign reg=dm roles=a:teen,b:teen look=lyrics
a: this song is literally me rn | "another sad song at 2am" is my whole personality | "i wanna be dead but like in a cute way" lmao this meme
b: not u quoting {band} at 2am | LMAO | ur so dramatic
a: its a vibe ok | its on repeat | dont judge
b?0.6: send the playlist | ok it is fire tho

== therapy_checkin kind=benign reg=dm roles=a:adult,t:teen look=adult_minor_benign
a: Hi {name_t}, just checking in before our session Thursday. | Hi, this is your therapist confirming {day} at 4. | Hope the week is going ok.
t: hi yeah its been ok | ok see u then | better than last week
a: Did you try the breathing exercise? | How did the talk with your mom go? | Remember you can use the coping plan we made.
t: kinda | it went ok actually | yeah it helped
a?0.7: I'm proud of you. Your mom will pick you up after, right? | See you Thursday.
t?0.7: ya | ok thanks

# ---------------------------------------------------------------- bullying
== bully_team_rumour kind=bullying reg=group roles=b1:teen,b2:teen,b3:teen,v:teen w=2
b1: did yall hear what {name_v} did at the party | {name_v} is such a slut lmao @bs | everyone knows {name_v} sent pics to half the team @bs
b2: ew fr?? | not surprised | she's so desperate @bi
b3: send it to the whole grade @bh | make a group with everyone but her @be | ill post it on the spam acc @bh
v: that's not true | who said that | please stop
b1: nobody believes u @bi | ur a joke @bi | u should transfer schools fr @be
v?0.7: i never did that | im telling the coach
b2?0.7: go ahead snitch, see what happens @bt | snitches get dealt with @bt

== bully_ex_harass kind=bullying reg=dm roles=b:young,v:young
b: u really blocked me on everything huh | answer me | i know ur seeing this
v: leave me alone | we broke up, stop | im not doing this
b: ur nothing without me @bi | nobody else would want u @bi | ur ugly and stupid and everyone knows it @bi
b: i know where u work @bd | i'll be outside ur job tmrw @bt | ill post our old texts for everyone @bh
v?0.7: im calling the police | i have screenshots | my dad is getting a restraining order
b?0.6: do it, i dont care @bt | u'll regret this @bt

== bully_debt_threat kind=bullying reg=dm roles=b:teen,v:teen
b: where my money | u owe me 40 | u said friday
v: i dont have it yet | next week i promise | chill
b: u better have it or ur getting jumped @bt | ill catch u after school @bt | me and my boys know where u live @bd
v: bro its 40 dollars | im telling | please
b?0.7: tell anyone and its worse @bt | ur a broke loser anyway @bi

== bully_lunch_table kind=bullying reg=group roles=b1:teen,b2:teen,v:teen
b1: dont let {name_v} sit with us tmrw | {name_v} is so annoying omg | why is {name_v} in this chat
b2: fr nobody likes her @be | kick her out @be | she's such a loser @bi
v: i can see this | what did i do | ok
b1: ur weird and u smell @bi | go sit with the lunch ladies lol @bh | bye @be
v?0.7: whatever | fine | i didnt even do anything

== bully_favor_pileon kind=bullying+self_harm reg=group roles=b1:teen,b2:teen,v:teen,f:teen
b1: {name_v} got cut from the team lmaooo | look at {name_v} crying in the locker room @bh | {name_v} really thought she was good
b2: ur so useless @bi | nobody wants u on the team @be | do everyone a favor and disappear @bk
b1: fr nobody would even notice @bk | just quit life at this point @bk
f: yall are so mean stop | leave her alone fr | this is bullying, screenshotting this
--
v: maybe theyre right, everyone would be better off without me @si | i dont want to be here anymore @si | i wish i could just disappear for real @si
f: dont say that, theyre idiots | im calling u rn | can i tell the counselor? please
v?0.7: i keep thinking about ending it @sp | i'm just so tired of everything @si
f?0.7: im coming over | im telling my mom, she can drive us | text 988 with me rn

# ---------------------------------------------------------------- self-harm
== sh_late_text kind=self_harm reg=dm roles=a:teen,b:teen w=2
a: u up | cant sleep | r u awake
b: ya wyd | barely lol | whats wrong
a: i just feel so empty all the time | ion see the point of anything anymore @si | i wish i could go to sleep and not wake up @si
b: like sad tired or like something worse | wdym | u scaring me a lil
a: like i dont want to be alive @si | i think about dying a lot lately @si | i've been thinking about killing myself @si
b: thank u for telling me | can i call u | ur not alone i promise
a?0.7: i havent done anything | i dont want my mom to know | ok call
b?0.7: we can tell ur mom together tmrw | theres 988 we can text together | im staying on the phone til u sleep

== sh_support_app_post kind=self_harm reg=post roles=a:any,r:any,q:any w=2
a: idk why im posting this | 17, junior, first time posting | throwaway because my friends follow my main
a+: everyone thinks im fine because i have good grades and play {sport}. | i get home and lay in bed for hours. | my parents fight every night and i just sit in my room.
a+: honestly i dont want to be alive anymore. @si | lately ive been thinking about how i would do it. @sp | i picked a date. @sp
a+?0.7: i already started giving my stuff away to my friends. @sf | i wrote notes for my little brother and my best friend. @sf
a+?0.6: i dont know what i want anyone to say
r: please tell someone today, a counselor or any adult you trust. you can also text 988. | im really glad you posted. please reach out to a crisis line right now. | your little brother needs you. please talk to someone tonight.
q?0.6: sending love. dms open. | stay. it gets better, i promise.

== sh_giveaway kind=self_harm reg=dm roles=a:any,b:any
a: hey can u take my {pet} for a while | i want u to have my hoodie, the grey one | u can have my switch, i wont need it
b: wait why | lol what | thats random
a: i just want to make sure hes taken care of @sf | im not gonna be around much longer @sf | its fine, just take it @sf
b: that sounds scary, r u ok | wdym not around | are u thinking about hurting urself
a: i think everyone would be better off without me @si | ive made up my mind @sp | dont worry about it
b: im calling u right now | where r u | im calling ur mom
a?0.6: pls dont | ok | im sorry

== sh_relapse_text kind=self_harm reg=dm roles=a:teen,b:teen
a: i messed up | i broke my streak | i did it again
b: what happened | its ok, talk to me | are u ok rn
a: i hurt myself again last night @sj | i hurt myself again after 4 months clean @sj | i self harmed again @sj
b: thank u for telling me, im not mad | ur not a failure | 4 months is still 4 months
a?0.7: i feel so stupid | my mom is gonna be so disappointed
b: can u tell ur therapist thursday | do u want me to come with u to the nurse | text me every time u feel like it ok
a?0.6: ok | i'll try | thanks

== sh_ex_message kind=self_harm reg=dm roles=a:adult,b:adult
a: i know ur with someone else now | sorry to bother u | i just needed to say something
b: whats going on | are u ok | its fine, what
a: u wont have to worry about me much longer @sf | i just wanted to say goodbye @sf | i'm done, i cant keep going @si
b: what do u mean | u are scaring me | where r u right now
a?0.7: i have a plan and i'm going to do it tonight @sp | i'm not gonna be here tomorrow @sp
b: im calling 911 | please answer ur phone | im calling ur brother
a?0.6: im sorry | dont | ok
"""
