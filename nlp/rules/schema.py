"""The rule-pack schema (docs/rules.md) as pydantic models.

Everything a pack can get wrong is caught here, when it is loaded, never while
scoring: unknown fields, categories and subtypes, ids outside their category, weights
outside (0, 1], unknown severities, regexes RE2 cannot compile (or that match the
empty string, or are too long), token patterns spaCy's Matcher rejects, missing
examples. The loader turns each pydantic error location into ``file:line``.
"""

from __future__ import annotations

import functools
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..categories import CATEGORIES, SUBTYPES, TEXT_SUBTYPES, Severity

#: Longest regex a pack may carry (docs/rules.md); long alternations belong in `phrase`.
MAX_REGEX_CHARS = 500

# spaCy's Matcher keeps one partial match per way the quantified tokens of a pattern
# can still go, for every start position, so its cost is the product of their ranges
# times the message length (60 optional tokens OOM-killed a server; 3 x "{0,4}" on a
# repeated word takes 0.7 s per message). Token patterns are therefore bounded in shape
# here and then run once over a worst-case message (:func:`token_pattern_probe`).
MAX_PATTERN_TOKENS = 16
MAX_QUANTIFIED_TOKENS = 2
MAX_REPEAT = 3
#: Tokens in the worst-case probe message: a full-length message of two-character words.
PROBE_TOKENS = 2000
#: Matches a pattern may produce per probe token before it is refused as explosive.
PROBE_MAX_MATCHES_PER_TOKEN = 8
_LITERAL_ATTRS = ("LOWER", "ORTH", "TEXT", "NORM", "LEMMA")

_FROZEN = ConfigDict(extra="forbid", frozen=True)


@functools.lru_cache(maxsize=1)
def re2_options() -> Any:
    """RE2 options shared by validation and compilation (no stderr logging of patterns)."""
    import re2

    opts = re2.Options()
    opts.log_errors = False
    return opts


def compile_re2(pattern: str) -> Any:
    """Compile ``pattern`` with RE2.

    Raises:
        ValueError: with RE2's reason when it is not valid RE2 syntax (back-references
            and look-around are not).
    """
    import re2

    try:
        return re2.compile(pattern, options=re2_options())
    except re2.error as exc:
        reason = exc.args[0] if exc.args else "invalid"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise ValueError(f"not valid RE2 syntax ({reason})") from None


def _has_regex(value: Any) -> bool:
    if isinstance(value, dict):
        return any(k == "REGEX" or _has_regex(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_regex(v) for v in value)
    return False


def _repeat_bound(op: str) -> int | None:
    """Upper bound of a ``{n}``/``{n,m}``/``{,m}`` operator; None when it has none."""
    inner = op[1:-1]
    if "," not in inner:
        return int(inner)
    high = inner.split(",", 1)[1]
    return int(high) if high else None


def check_token_pattern_shape(tokens: list[dict[str, Any]]) -> None:
    """Refuse token patterns whose matching cost is unbounded.

    Raises:
        ValueError: naming the token and the limit (docs/rules.md, "Limits").
    """
    if len(tokens) > MAX_PATTERN_TOKENS:
        raise ValueError(f"has {len(tokens)} tokens; at most {MAX_PATTERN_TOKENS}")
    quantified = 0
    for i, tok in enumerate(tokens):
        if _has_regex(tok):
            raise ValueError(
                f"token {i}: REGEX runs Python's backtracking re inside spaCy; use a `regex:` pattern (RE2, linear time)"
            )
        op = tok.get("OP")
        if op is None or op == "!":
            continue
        if op in ("*", "+"):
            raise ValueError(f"token {i}: OP {op!r} is unbounded; use '{{0,{MAX_REPEAT}}}' or '{{1,{MAX_REPEAT}}}'")
        if op.startswith("{"):
            bound = _repeat_bound(op)
            if bound is None or bound > MAX_REPEAT:
                raise ValueError(f"token {i}: OP {op!r} repeats more than {MAX_REPEAT} times")
        quantified += 1
    if quantified > MAX_QUANTIFIED_TOKENS:
        raise ValueError(f"has {quantified} optional or repeated tokens (OP); at most {MAX_QUANTIFIED_TOKENS}")


@functools.lru_cache(maxsize=1)
def _probe_nlp() -> Any:
    import spacy

    return spacy.blank("en")


def _literals(tok: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for attr in _LITERAL_ATTRS:
        v = tok.get(attr)
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict) and isinstance(v.get("IN"), list):
            out.extend(str(x) for x in v["IN"][:3])
    return out


def token_pattern_probe(tokens: list[dict[str, Any]]) -> int:
    """Run the pattern over worst-case messages and return the most matches it made.

    The messages are the pattern's own words, cycled and each repeated alone, to
    :data:`PROBE_TOKENS` tokens: where overlapping partial matches pile up. Counting
    matches (not timing) keeps the check deterministic.

    Raises:
        ValueError: when a probe message yields more than
            :data:`PROBE_MAX_MATCHES_PER_TOKEN` matches per token.
    """
    from spacy.matcher import Matcher

    nlp = _probe_nlp()
    words = [w for tok in tokens for w in (_literals(tok) or ["x"])]
    distinct = list(dict.fromkeys(words))
    matcher = Matcher(nlp.vocab)
    matcher.add("probe", [tokens])
    worst = 0
    for seq in [words] + [[w] for w in distinct[:4]]:
        text = " ".join(seq[i % len(seq)] for i in range(PROBE_TOKENS))
        doc = nlp.make_doc(text)[: PROBE_TOKENS].as_doc()
        n = len(matcher(doc))
        worst = max(worst, n)
        if n > PROBE_MAX_MATCHES_PER_TOKEN * len(doc):
            raise ValueError(f"made {n} matches on a {len(doc)}-token probe message; the pattern overlaps itself too much")
    return worst


def _as_list(value: Any) -> Any:
    """Let a single string stand for a one-item list (``phrase: "keep it secret"``)."""
    return [value] if isinstance(value, str) else value


def _parse_severity(value: Any) -> Any:
    if value is None or isinstance(value, Severity):
        return value
    if isinstance(value, str):
        return Severity.parse(value)  # ValueError names the allowed levels
    raise ValueError(f"expected one of {[s.label() for s in Severity]}")


def _example_as_conversation(value: Any) -> Any:
    """A string example is a one-message conversation by sender ``a``."""
    if isinstance(value, str):
        return [{"sender": "a", "text": value}]
    return value


class Pattern(BaseModel):
    """One way a rule can match: exactly one of ``phrase``, ``tokens`` or ``regex``."""

    model_config = _FROZEN

    phrase: Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_as_list)] | None = Field(
        default=None, min_length=1
    )
    tokens: list[dict[str, Any]] | None = Field(default=None, min_length=1)
    regex: str | None = Field(default=None, min_length=1)

    @field_validator("tokens")
    @classmethod
    def _spacy_accepts(cls, value: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
        if value is not None:
            from spacy.schemas import validate_token_pattern  # what Matcher(validate=True) runs

            problems = validate_token_pattern(value)
            if problems:
                raise ValueError("not a valid spaCy token pattern: " + "; ".join(p.replace("pattern -> ", "token ") for p in problems))
            check_token_pattern_shape(value)
            token_pattern_probe(value)
        return value

    @field_validator("regex")
    @classmethod
    def _re2_accepts(cls, value: str | None) -> str | None:
        if value is not None:
            if len(value) > MAX_REGEX_CHARS:
                raise ValueError(f"longer than {MAX_REGEX_CHARS} characters ({len(value)})")
            compiled = compile_re2(value)
            if compiled.search("") is not None:
                raise ValueError("matches the empty string, so it would fire on every message")
        return value

    @model_validator(mode="after")
    def _exactly_one(self) -> "Pattern":
        given = [k for k in ("phrase", "tokens", "regex") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"needs exactly one of phrase, tokens, regex (got {len(given)})")
        return self

    @property
    def kind(self) -> str:
        return "phrase" if self.phrase is not None else "tokens" if self.tokens is not None else "regex"


GuardName = Literal["negation", "quotation", "reported_speech"]
ALL_GUARDS: tuple[GuardName, ...] = ("negation", "quotation", "reported_speech")


class Speaker(BaseModel):
    """Who must have said it, from declared ages/roles in ``message.meta``."""

    model_config = _FROZEN

    role: Literal["adult", "minor", "older"]
    unknown: Literal["pass", "fail"] = "pass"


class Context(BaseModel):
    """Other rules that must have fired in the last ``within`` messages (current included)."""

    model_config = _FROZEN

    requires: Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_as_list)] = Field(min_length=1)
    within: int = Field(default=5, ge=1, le=512)
    sender: Literal["same", "other", "any"] = "any"
    mode: Literal["any", "all"] = "any"

    @field_validator("requires")
    @classmethod
    def _known_selectors(cls, value: list[str]) -> list[str]:
        for sel in value:
            if ":" in sel:
                category, _, sub = sel.partition(":")
                if category not in CATEGORIES:
                    raise ValueError(f"unknown category {category!r} in {sel!r}")
                if sub != "*" and sub not in SUBTYPES[category]:  # a context may require a known-media match
                    raise ValueError(f"unknown subtype {sub!r} for category {category!r} in {sel!r}")
            elif "." not in sel and sel != "*":
                raise ValueError(f"{sel!r} is neither 'category:subtype' nor a rule-id glob")
        return value


class Repeat(BaseModel):
    """Fire only when this rule matched at least ``min`` times in the last ``within`` messages."""

    model_config = _FROZEN

    min: int = Field(ge=2, le=512)
    within: int = Field(ge=1, le=512)
    sender: Literal["same", "any"] = "same"

    @model_validator(mode="after")
    def _reachable(self) -> "Repeat":
        if self.min > self.within:
            raise ValueError(f"min ({self.min}) cannot exceed within ({self.within})")
        return self


class ExampleMessage(BaseModel):
    """One message of an example conversation."""

    model_config = _FROZEN

    sender: str = Field(min_length=1)
    text: str = Field(min_length=1)
    age: int | None = Field(default=None, ge=0, le=130)
    role: Literal["adult", "minor"] | None = None


Example = Annotated[list[ExampleMessage], BeforeValidator(_example_as_conversation), Field(min_length=1)]


class Examples(BaseModel):
    """Examples are tests: every ``match`` must fire the rule, every ``no_match`` must not."""

    model_config = _FROZEN

    match: list[Example] = Field(min_length=1)
    no_match: list[Example] = Field(default_factory=list)


class Rule(BaseModel):
    """One rule. Field order matters: ``subtype`` and ``id`` are checked against ``category``."""

    model_config = _FROZEN

    category: str
    subtype: str
    id: str = Field(min_length=1)
    severity: Annotated[Severity | None, BeforeValidator(_parse_severity)] = None
    weight: float
    #: False for a cue that cannot stand alone (an age question): its hit is recorded for
    #: context conditions and model features, but it adds no evidence to fusion.
    flag: bool = True
    description: str = ""
    patterns: list[Pattern] = Field(min_length=1)
    unless: list[Pattern] = Field(default_factory=list)
    guards: list[GuardName] = Field(default_factory=lambda: list(ALL_GUARDS))
    speaker: Speaker | None = None
    context: Context | None = None
    repeat: Repeat | None = None
    examples: Examples

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r}; expected one of {list(CATEGORIES)}")
        return value

    @field_validator("subtype")
    @classmethod
    def _known_subtype(cls, value: str, info: ValidationInfo) -> str:
        category = info.data.get("category")
        if category is not None and value not in TEXT_SUBTYPES[category]:
            raise ValueError(f"unknown subtype {value!r} for {category}; expected one of {sorted(TEXT_SUBTYPES[category])}")
        return value

    @field_validator("id")
    @classmethod
    def _id_in_category(cls, value: str, info: ValidationInfo) -> str:
        category = info.data.get("category")
        if category is not None and not value.startswith(f"{category}."):
            raise ValueError(f"must start with {category + '.'!r}")
        if any(c.isspace() for c in value) or any(c in value for c in "*?[]:"):
            raise ValueError("must not contain spaces or any of * ? [ ] :")
        return value

    @field_validator("weight")
    @classmethod
    def _weight_range(cls, value: float) -> float:
        if not 0.0 < value <= 1.0:
            raise ValueError("must be in (0, 1]")
        return value

    @field_validator("guards")
    @classmethod
    def _no_duplicate_guards(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("lists a guard twice")
        return value

    @property
    def level(self) -> Severity:
        """The rule's severity, or its subtype's default when the pack leaves it out."""
        return self.severity if self.severity is not None else SUBTYPES[self.category][self.subtype].severity


class Pack(BaseModel):
    """One YAML file."""

    model_config = _FROZEN

    pack: str = Field(min_length=1, pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
    version: int = Field(ge=1)
    description: str = ""
    rules: list[Rule] = Field(min_length=1)

