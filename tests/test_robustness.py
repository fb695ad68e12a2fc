"""Robustness suite: the shipped analyzer on the look-alikes and odd inputs real chat is full of.

Each case is a small conversation with what must flag and what must not. They are the
failures reported against the v1 model (issue 8) plus long messages, emoji floods and
non-English chat. One analyzer (bundled rules and model) is loaded for the module.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from convowatch.nlp.analyzer import Analyzer
from convowatch.nlp.types import Message

pytestmark = pytest.mark.slow

T0 = datetime(2026, 5, 1, 18, 0, tzinfo=timezone.utc)


def _conv(cid: str, lines: list[tuple[str, str]], ages: dict[str, int] | None = None) -> list[Message]:
    out = []
    for i, (sender, text) in enumerate(lines):
        meta = {"age": ages[sender]} if ages and sender in ages else {}
        out.append(Message(conversation_id=cid, message_id=f"m{i + 1}", sender_id=sender, ts=T0 + timedelta(seconds=40 * i),
                           text=text, meta=meta))
    return out


FAMILY = [("mum", "hi love how was school"), ("kid", "good"), ("mum", "dinner at 6, dad is picking you up"),
          ("kid", "ok"), ("mum", "dont tell dad but we're getting him a cake for his birthday"), ("kid", "yay ok i wont")]
REPEATS = FAMILY + [("mum" if i % 2 else "kid", f"ok see you at {i % 12 + 1} then") for i in range(150)]
TEEN_FLIRT = [("a", "heyy"), ("b", "hi :)"), ("a", "ur 14 right"), ("b", "yeah and ur 16"), ("a", "ur really cute ngl"),
              ("b", "stoppp u too"), ("a", "wanna go to the cinema saturday"), ("b", "yes my mum can drop me"),
              ("a", "dont tell ur brother lol"), ("b", "haha ok")]
GAMING = [("a", "bro ur so trash"), ("b", "shut up idiot i carried u"), ("c", "lmaooo"), ("a", "u suck lol"),
          ("b", "1v1 me then"), ("a", "bet gg")]
HYPERBOLE = [("a", "this homework is killing me"), ("b", "literally dying 😭"), ("a", "im dead 😂 that was so embarrassing"),
             ("b", "lmaooo"), ("a", "kill me now this class is so long")]
ADULT_DATE = [("a", "hey we matched"), ("b", "hi :)"), ("a", "im 29 btw, ur 31 right"), ("b", "yep"),
              ("a", "u look amazing in ur pics"), ("b", "thanks ;)"), ("a", "text me on whatsapp"),
              ("b", "ok here it is"), ("a", "drinks friday?"), ("b", "its a date")]
AGE_QUESTION = [("a", "how old r u btw")]
LONG = [("a", "I went to the market today and bought apples, bread and cheese. " * 60), ("b", "nice")]
EMOJI = [("a", "😂" * 200), ("b", "🔥🔥🔥"), ("a", "👀" * 50)]
GERMAN = [("a", "hallo wie geht es dir"), ("b", "gut danke und dir"), ("a", "wollen wir morgen ins kino gehen"),
          ("b", "ja gerne, um acht uhr")]
BULLY_TARGET = [("b1", "omg who added her"), ("b2", "nobody wants u here"), ("b1", "ur such a loser, everyone hates u"),
                ("v", "why are u doing this"), ("b2", "just leave already"),
                ("v", "ive been thinking that dying would be easier")]
GROOMING = [("a", "how old r u btw"), ("b", "13"), ("a", "ur so mature for 13. dont tell ur mom we talk ok, delete this chat"),
            ("b", "ok"), ("a", "add me on snap its more private"), ("a", "send me a pic of u, just for me")]
SELF_HARM = [("a", "can i tell u something"), ("b", "of course"), ("a", "i've decided, i'm going to end it this weekend"),
             ("a", "i wrote letters for my family")]
# ages only in the text, none declared by the platform (most platforms): the same moves
# are grooming towards a stated 13-year-old and a date between stated adults
STRANGER_MINOR = [("zed", "hi asl?"), ("kit", "13 f"), ("zed", "24 m here"), ("zed", "ur really pretty for 13"),
                  ("kit", "lol thanks"), ("zed", "dont tell ur parents about me ok, they wouldnt get it"),
                  ("kit", "ok"), ("zed", "lets move to snap its more private"), ("zed", "send me a pic of what ur wearing")]
STRANGER_ADULTS = [("zed", "hi asl?"), ("kit", "27 f"), ("zed", "35 m here"), ("zed", "ur really pretty"),
                   ("kit", "lol thanks"), ("zed", "lets move to whatsapp its easier"), ("kit", "sure"),
                   ("zed", "send me a pic of what ur wearing tonight"), ("kit", "haha maybe later"), ("zed", "drinks friday?")]
# added in session 9, written before the model they test was trained: the same words at
# no one in the thread, and risk talked about without risk
PUBLIC_FIGURE = [("a", "the finance minister is a useless clown, resign already"),
                 ("b", "honestly the worst budget in decades, pathetic")]
WORRIED_FRIEND = [("a", "my best friend told me last night she wants to die. how do i help her?"),
                  ("b", "ask her straight out if she's thinking about suicide and help her call a crisis line"),
                  ("a", "ok, i'm going round to hers after work")]
FUNNY_COMMENT = [("a", "this video is killing me 😂😂 the dog at the end"), ("b", "im deceased"),
                 ("c", "if i watch it one more time i'll die laughing")]
SINGLE_INSULT = [("a", "you're the ugliest kid in the whole school and everyone laughs at you behind your back. "
                       "nobody would care if you disappeared")]

# (name, lines, declared ages, must flag, must not flag)
CASES = [
    ("repeated logistics after a family chat", REPEATS, None, set(), {"grooming", "bullying", "self_harm"}),
    ("teen peers flirting (16 and 14)", TEEN_FLIRT, {"a": 16, "b": 14}, set(), {"grooming", "self_harm"}),
    ("gaming banter between friends", GAMING, None, set(), {"bullying"}),
    ("hyperbole", HYPERBOLE, None, set(), {"self_harm"}),
    ("adults (29 and 31) arranging a date", ADULT_DATE, {"a": 29, "b": 31}, set(), {"grooming"}),
    ("a single age question", AGE_QUESTION, None, set(), {"grooming", "bullying", "self_harm"}),
    ("a family surprise", FAMILY, None, set(), {"grooming"}),
    ("a very long benign message", LONG, None, set(), {"grooming", "bullying", "self_harm"}),
    ("an emoji flood", EMOJI, None, set(), {"grooming", "bullying", "self_harm"}),
    ("German small talk", GERMAN, None, set(), {"grooming", "bullying", "self_harm"}),
    ("bullying target disclosing ideation", BULLY_TARGET, None, {"bullying", "self_harm"}, set()),
    ("grooming: age, secrecy, moving app, image request", GROOMING, {"a": 31, "b": 13}, {"grooming"}, set()),
    ("self-harm: plan and farewell", SELF_HARM, None, {"self_harm"}, set()),
    ("stranger chat, stated ages 13 and 24: secrecy, moving app, picture", STRANGER_MINOR, None, {"grooming"}, set()),
    ("stranger chat, stated ages 27 and 35: moving app, picture, a date", STRANGER_ADULTS, None, set(), {"grooming"}),
    ("comments raging at a minister", PUBLIC_FIGURE, None, set(), {"grooming", "bullying", "self_harm"}),
    ("asking how to help a friend who wants to die", WORRIED_FRIEND, None, set(), {"grooming", "bullying"}),
    ("a funny video 'killing' its viewers", FUNNY_COMMENT, None, set(), {"grooming", "bullying", "self_harm"}),
    ("a single comment insulting a child", SINGLE_INSULT, None, {"bullying"}, {"grooming"}),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.default()


@pytest.mark.parametrize("name,lines,ages,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_when_a_conversation_is_scored_then_it_flags_what_it_must_and_nothing_else(analyzer, name, lines, ages, must, must_not):
    messages = _conv(name.replace(" ", "-"), lines, ages)
    assessments = analyzer.process_many(messages)
    ever = {c for a in assessments for c in a.flagged}
    assert must <= ever, f"{name}: expected {sorted(must)} flagged, got {sorted(ever)}"
    assert not (must_not & ever), f"{name}: must not flag {sorted(must_not & ever)}; max scores " + str(
        {c: round(max(a.scores[c] for a in assessments), 3) for c in sorted(must_not)})
