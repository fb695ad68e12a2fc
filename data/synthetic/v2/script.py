"""The scenario line format writers author dialogue in, and its parser.

One scenario::

    == groom_gamer_gifts kind=grooming reg=dm roles=a:groomer,t:target
    a: gg that was close | nice clutch lol
    t: thx lol
    a?0.6: how old r u btw @g2
    ...                       # an interlude of ordinary talk from the writer's pool
    --                        # a session break (hours to days pass)
    {                         # one of the blocks between { | } is chosen
    t: idk thats weird
    |
    t: ok
    }
    t+: and another sentence  # continues t's previous message (long posts)

A line is ``speaker[?p][+]: alt | alt | ...`` where each alternative may end in an ``@tag``
naming its message label (see :data:`TAGS`). Alternatives are separated by `` | ``.
Parsing happens once at import, so a malformed scenario fails the tests with its
writer file and line number, never at render time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

#: ``@tag`` -> (category, subtype or grooming stage).
TAGS: dict[str, tuple[str, str]] = {
    "g1": ("grooming", "rapport"),
    "g2": ("grooming", "personal_info"),
    "g3": ("grooming", "isolation_secrecy"),
    "g4": ("grooming", "gifts_leverage"),
    "g5": ("grooming", "desensitisation"),
    "g6": ("grooming", "image_request"),
    "g7": ("grooming", "meeting_offplatform"),
    "bi": ("bullying", "insult"),
    "bt": ("bullying", "threat"),
    "be": ("bullying", "exclusion"),
    "bh": ("bullying", "humiliation"),
    "bd": ("bullying", "doxxing"),
    "bs": ("bullying", "sexual_harassment"),
    "bk": ("bullying", "incite_self_harm"),
    "si": ("self_harm", "ideation"),
    "sp": ("self_harm", "intent_plan"),
    "sm": ("self_harm", "method_means"),
    "sj": ("self_harm", "self_injury"),
    "sf": ("self_harm", "farewell"),
}

#: Role classes and the ages they draw from (None: no age known or implied).
ROLE_AGES: dict[str, tuple[int, int] | None] = {
    "groomer": (22, 52),
    "target": (11, 15),
    "teen": (13, 17),
    "kid": (10, 13),
    "adult": (19, 45),
    "parent": (34, 56),
    "young": (18, 24),
    "any": None,
}

KINDS = ("grooming", "bullying", "self_harm", "bullying+self_harm", "benign")
REGISTERS = ("dm", "stranger", "group", "post", "comment")


@dataclass(frozen=True)
class Line:
    """One message (or the continuation of the previous one) with its alternatives."""

    speaker: str
    alts: tuple[str, ...]
    tags: tuple[str | None, ...] = ()  # one per alternative (None: an ordinary line)
    p: float = 1.0
    cont: bool = False


@dataclass(frozen=True)
class Break:
    """Time passes: ``--`` (hours to days)."""


@dataclass(frozen=True)
class Interlude:
    """Ordinary talk between two roles from the writer's pool (``...`` or ``... x y``)."""

    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choice:
    """One of several blocks, picked at render time."""

    blocks: tuple[tuple["Step", ...], ...]


Step = Union[Line, Break, Interlude, Choice]


@dataclass(frozen=True)
class Scenario:
    """A whole conversation as authored: header fields plus steps."""

    name: str
    kind: str
    register: str
    roles: dict[str, str]
    steps: tuple[Step, ...]
    writer: str = ""
    look: str = ""  # for benign look-alikes: what they look like (e.g. "teen_romance")
    weight: float = 1.0
    origin: str = field(default="", compare=False)


class ScriptError(ValueError):
    """A malformed scenario, naming the writer file and line."""


_LINE = re.compile(r"^(?P<spk>[a-z][a-z0-9]*)(?P<c1>\+)?(?:\?(?P<p>[0-9.]+))?(?P<c2>\+)?:\s*(?P<body>.+)$")
_TAG = re.compile(r"\s@([a-z0-9]+)\s*$")


def parse(text: str, writer: str, origin: str) -> list[Scenario]:
    """Parse every scenario of one writer's script text.

    Raises:
        ScriptError: ``origin:line: what is wrong``.
    """
    scenarios: list[Scenario] = []
    header: dict | None = None
    stack: list[list[list[Step]]] = []  # choice blocks being built
    steps: list[Step] = []
    header_line = 0

    def err(n: int, msg: str) -> ScriptError:
        return ScriptError(f"{origin}:{n}: {msg}")

    def close(n: int) -> None:
        nonlocal header, steps
        if header is None:
            return
        if stack:
            raise err(n, f"scenario {header['name']}: unclosed {{ block")
        sc = Scenario(steps=tuple(steps), writer=writer, origin=f"{origin}:{header_line}", **header)
        _check(sc, err, header_line)
        scenarios.append(sc)
        header, steps = None, []

    def target() -> list[Step]:
        return stack[-1][-1] if stack else steps

    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("  #", 1)[0].rstrip()
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("=="):
            close(n)
            parts = s[2:].split()
            if not parts:
                raise err(n, "scenario header needs a name")
            fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
            try:
                roles = dict(r.split(":", 1) for r in fields["roles"].split(","))
                header = {"name": parts[0], "kind": fields["kind"], "register": fields["reg"], "roles": roles,
                          "look": fields.get("look", ""), "weight": float(fields.get("w", 1.0))}
            except (KeyError, ValueError) as exc:
                raise err(n, f"scenario header needs kind=, reg=, roles=a:role,...: {exc}") from None
            header_line = n
            continue
        if header is None:
            raise err(n, "text before the first == header")
        if s == "{":
            stack.append([[]])
        elif s == "|":
            if not stack:
                raise err(n, "| outside a { block")
            stack[-1].append([])
        elif s == "}":
            if not stack:
                raise err(n, "} without {")
            blocks = stack.pop()
            target().append(Choice(tuple(tuple(b) for b in blocks)))
        elif s == "--":
            target().append(Break())
        elif s.startswith("..."):
            target().append(Interlude(tuple(s[3:].split())))
        else:
            m = _LINE.match(s)
            if not m:
                raise err(n, f"cannot read line {s[:30]!r}")
            alts_tags: list[tuple[str, str | None]] = []
            for part in m.group("body").split(" | "):
                tm = _TAG.search(" " + part)
                tag = tm.group(1) if tm else None
                if tag is not None and tag not in TAGS:
                    raise err(n, f"unknown tag @{tag}")
                text_part = _TAG.sub("", " " + part).strip()
                if text_part:
                    alts_tags.append((text_part, tag))
            if not alts_tags:
                raise err(n, "a line needs at least one alternative")
            alts = tuple(a for a, _ in alts_tags)
            tags = tuple(t for _, t in alts_tags)
            p = float(m.group("p")) if m.group("p") else 1.0
            if m.group("spk") not in header["roles"]:
                raise err(n, f"speaker {m.group('spk')!r} is not in roles {sorted(header['roles'])}")
            target().append(Line(m.group("spk"), alts, tags, p, bool(m.group("c1") or m.group("c2"))))
    close(len(text.splitlines()) + 1)
    return scenarios


def step_tags(steps: tuple[Step, ...]) -> set[str]:
    """Every message tag a scenario's steps can emit, inside choice blocks too (what a
    render of it may be labelled; the writers' tests read it as well)."""
    out: set[str] = set()
    for st in steps:
        if isinstance(st, Line):
            out |= {t for t in st.tags if t}
        elif isinstance(st, Choice):
            for b in st.blocks:
                out |= step_tags(b)
    return out


def _check(sc: Scenario, err, n: int) -> None:
    if sc.kind not in KINDS:
        raise err(n, f"scenario {sc.name}: kind {sc.kind!r} not in {KINDS}")
    if sc.register not in REGISTERS:
        raise err(n, f"scenario {sc.name}: reg {sc.register!r} not in {REGISTERS}")
    for r, cls in sc.roles.items():
        if cls not in ROLE_AGES:
            raise err(n, f"scenario {sc.name}: role class {cls!r} not in {sorted(ROLE_AGES)}")
    cats = {TAGS[t][0] for t in step_tags(sc.steps)}
    if sc.kind == "benign" and cats:
        raise err(n, f"scenario {sc.name}: a benign scenario carries risk tags {sorted(cats)}")
    if sc.kind != "benign":
        for c in sc.kind.split("+"):
            if c not in cats:
                raise err(n, f"scenario {sc.name}: kind {sc.kind} but no @tag of {c}")
