"""Template and lexicon banks, one disjoint set per split, validated when loaded.

Each split (``train``, ``dev``, ``test``) has its own YAML files under
``banks/<split>/``: different phrasings, names, places, apps and gifts, so a model
that memorises train templates meets unseen wording on test. Loading checks the
category/stage names against :mod:`convowatch.nlp.categories` and every
``{placeholder}`` against :data:`PLACEHOLDERS`, so a typo fails here, not mid-run.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from convowatch.nlp.categories import BULLYING, GROOMING, SELF_HARM, TEXT_SUBTYPES

BANKS_DIR = Path(__file__).parent / "banks"
SPLITS: tuple[str, ...] = ("train", "dev", "test")

#: Placeholders a template may use; the generator fills them per conversation.
PLACEHOLDERS = frozenset(
    {"name", "target", "game", "app", "gift", "place", "town", "street", "school", "parent",
     "teacher", "sport", "sports", "food", "singer", "age", "num", "phone"}
)

LEXICON_KEYS = ("first_names", "handles", "adult_names", "games", "apps", "gifts", "places", "towns",
                "streets", "schools", "parents", "teachers", "sports", "foods", "singers")

HARD_NEGATIVE_SCENARIOS = (
    "gaming_trash_talk", "hyperbole", "caring_adult", "teen_flirting", "surprise_party", "health_class",
    "news_discussion", "lyrics_quotes", "adult_room", "recovery_story", "friendly_banter",
)


def _check_templates(lines: list[str]) -> list[str]:
    for line in lines:
        if not line.strip():
            raise ValueError("empty template")
        for _, field, _, _ in string.Formatter().parse(line):
            if field is not None and field not in PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {{{field}}}")
    return lines


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SignalBank(_Strict):
    """Signal templates per subtype or stage, plus the reply lines around them."""

    signals: dict[str, list[str]]

    @field_validator("signals")
    @classmethod
    def _templates(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for lines in value.values():
            if not lines:
                raise ValueError("a subtype needs at least one template")
            _check_templates(lines)
        return value


class GroomingBank(SignalBank):
    replies: dict[str, list[str]]

    @model_validator(mode="after")
    def _names(self) -> "GroomingBank":
        _same_names(GROOMING, self.signals)
        for key in ("compliant", "hesitant", "deflect", "age", "answer"):
            if not self.replies.get(key):
                raise ValueError(f"replies.{key} missing")
        return self


class BullyingBank(SignalBank):
    target_replies: list[str]
    bystander: list[str]
    defender: list[str]

    @model_validator(mode="after")
    def _names(self) -> "BullyingBank":
        _same_names(BULLYING, self.signals)
        return self


class SelfHarmBank(SignalBank):
    friend_support: list[str]
    friend_checkin: list[str]
    atrisk_neutral: list[str]

    @model_validator(mode="after")
    def _names(self) -> "SelfHarmBank":
        _same_names(SELF_HARM, self.signals)
        return self


class Scenario(_Strict):
    """A hard-negative scenario: roles as ``name: [count, [min_age, max_age] | null]``."""

    roles: dict[str, tuple[int, Optional[tuple[int, int]]]]
    chat: dict[str, list[str]]
    hooks: dict[str, list[str]]

    @model_validator(mode="after")
    def _roles(self) -> "Scenario":
        for part in (self.chat, self.hooks):
            for role, lines in part.items():
                if role not in self.roles:
                    raise ValueError(f"lines for undeclared role {role!r}")
                _check_templates(lines)
        return self


class NegativesBank(_Strict):
    scenarios: dict[str, Scenario]

    @field_validator("scenarios")
    @classmethod
    def _all(cls, value: dict[str, Scenario]) -> dict[str, Scenario]:
        missing = [s for s in HARD_NEGATIVE_SCENARIOS if s not in value]
        if missing or len(value) != len(HARD_NEGATIVE_SCENARIOS):
            raise ValueError(f"scenarios must be exactly {list(HARD_NEGATIVE_SCENARIOS)}; missing {missing}")
        return value


class FillerBank(_Strict):
    topics: dict[str, list[str]]
    reactions: list[str]
    greetings: list[str]

    @field_validator("topics")
    @classmethod
    def _templates(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for lines in value.values():
            _check_templates(lines)
        return value


class Lexicon(_Strict):
    words: dict[str, tuple[str, ...]]

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self.words[key]


def _same_names(category: str, signals: dict[str, list[str]]) -> None:
    expected = list(TEXT_SUBTYPES[category])
    if sorted(signals) != sorted(expected):
        raise ValueError(f"{category} signals must name exactly {expected}, got {list(signals)}")


class Banks(_Strict):
    """Everything one split may say."""

    split: str
    grooming: GroomingBank
    bullying: BullyingBank
    self_harm: SelfHarmBank
    negatives: NegativesBank
    filler: FillerBank
    lexicon: Lexicon


def _read_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _merge_filler(shared: dict, own: dict) -> dict:
    """Shared chatter plus the split's own lines (split lines first, then shared)."""
    topics = {k: list(v) for k, v in shared.get("topics", {}).items()}
    for key, lines in own.get("topics", {}).items():
        topics[key] = list(lines) + topics.get(key, [])
    return {"topics": topics,
            "reactions": list(own.get("reactions", [])) + list(shared.get("reactions", [])),
            "greetings": list(own.get("greetings", [])) + list(shared.get("greetings", []))}


@lru_cache(maxsize=None)
def load_banks(split: str, root: str | None = None) -> Banks:
    """Load and validate the banks of one split.

    Raises:
        ValueError: naming the file when a bank is missing or invalid.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {list(SPLITS)}")
    base = Path(root) if root else BANKS_DIR
    parts: dict = {"split": split}
    for name in ("grooming", "bullying", "self_harm", "negatives", "filler", "lexicon"):
        path = base / split / f"{name}.yaml"
        try:
            data = _read_yaml(path)
            if name == "lexicon":
                missing = [k for k in LEXICON_KEYS if not data.get(k)]
                if missing:
                    raise ValueError(f"missing keys {missing}")
                data = {"words": {k: tuple(str(v) for v in data[k]) for k in LEXICON_KEYS}}
            if name == "filler":
                data = _merge_filler(_read_yaml(base / "shared" / "filler.yaml"), data)
            parts[name] = data
            Banks.model_fields[name].annotation.model_validate(data)  # type: ignore[union-attr]
        except (OSError, ValueError) as exc:
            raise ValueError(f"{path.relative_to(base.parent)}: {exc}") from exc
    return Banks.model_validate(parts)
