"""Corpus v2: whole dialogues written by hand, rendered in many voices.

v1 (the package above) drops template risk lines into random filler, so a model can
learn the generator instead of the behaviour. v2 is written the other way round:
each *scenario* is a whole conversation in which both sides react (the target
complies, hesitates, refuses, changes the subject or tells a friend), the risky
trajectory unfolds inside ordinary talk, and look-alikes (peers asking asl, teens
flirting, adults dating, parents keeping a surprise, gaming trash talk, hyperbole,
recovery stories) outnumber the risky scripts. A scenario is authored in a small
line format (:mod:`.script`); the renderer (:mod:`.render`) picks alternatives,
optional lines, interludes, ages, names and typing voices from a seeded stream.

Splits are by *writer*: train and dev come from one set of writers (:mod:`.writers`
``harbor`` and ``lantern``), test from writers who were kept apart from them
(``meadow`` and ``quarry``), so the test split measures generalisation to someone
else's phrasing, not to a held-out seed of the same templates.
"""
