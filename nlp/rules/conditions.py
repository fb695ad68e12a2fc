"""Window-level rule conditions: who is speaking, what fired before, how often.

They read only ids and declared metadata from the window (``rule_hits`` of earlier
entries, ``meta["age"]``/``meta["role"]``), never text, so they cost nothing next to
matching.
"""

from __future__ import annotations

import fnmatch
from typing import Callable, Iterable, Mapping, Sequence

from ..participants import declared_age, declared_role, is_adult
from ..window import Window, WindowEntry
from .schema import Context, Repeat, Rule, Speaker


def _declared(entry: WindowEntry) -> tuple[int | None, str | None]:
    return declared_age(entry.message.meta), declared_role(entry.message.meta)


def participants(window: Window) -> dict[str, tuple[int | None, str | None]]:
    """Each sender's latest declared (age, role) in the window; a later declaration wins."""
    out: dict[str, tuple[int | None, str | None]] = {}
    for entry in window.entries:
        age, role = _declared(entry)
        old_age, old_role = out.get(entry.message.sender_id, (None, None))
        out[entry.message.sender_id] = (age if age is not None else old_age, role or old_role)
    return out


def speaker_ok(speaker: Speaker, window: Window, people: Mapping[str, tuple[int | None, str | None]]) -> bool:
    """Whether the current sender fits ``speaker``; undeclared ages follow ``speaker.unknown``."""
    me = window.current.message.sender_id
    age, role = people.get(me, (None, None))
    verdict: bool | None
    if speaker.role in ("adult", "minor"):
        adult = is_adult(age, role)
        verdict = None if adult is None else (adult if speaker.role == "adult" else not adult)
    else:  # older than at least one other participant whose age or role is declared
        verdict = None
        me_adult = is_adult(age, role)
        for other, (o_age, o_role) in people.items():
            if other == me:
                continue
            if age is not None and o_age is not None:
                if age > o_age:
                    return True
                verdict = False
                continue
            o_adult = is_adult(o_age, o_role)
            if me_adult is not None and o_adult is not None:
                if me_adult and not o_adult:
                    return True
                verdict = False
    if verdict is None:
        return speaker.unknown == "pass"
    return verdict


def hit_selector(selector: str, describe: Callable[[str], tuple[str, str]]) -> Callable[[str], bool]:
    """A predicate on rule ids for one ``requires`` entry (``category:subtype`` or an id glob)."""
    if ":" in selector:
        category, _, sub = selector.partition(":")

        def by_type(rule_id: str) -> bool:
            c, s = describe(rule_id)
            return c == category and (sub == "*" or s == sub)

        return by_type
    return lambda rule_id: fnmatch.fnmatchcase(rule_id, selector)


def _senders_ok(entry: WindowEntry, me: str, sender: str) -> bool:
    if sender == "any":
        return True
    same = entry.message.sender_id == me
    return same if sender == "same" else not same


def _recent(window: Window, current_hits: Sequence[str], within: int) -> Iterable[tuple[WindowEntry, Sequence[str]]]:
    """The last ``within`` entries with their hits; the current one's come from this evaluation."""
    entries = window.entries[-within:]
    for entry in entries[:-1]:
        yield entry, entry.rule_hits
    yield entries[-1], current_hits


def context_ok(
    rule: Rule, ctx: Context, window: Window, current_hits: Sequence[str], selectors: Sequence[Callable[[str], bool]]
) -> bool:
    """Whether the rules ``ctx.requires`` names fired recently (a rule never satisfies its own context)."""
    me = window.current.message.sender_id
    found = [False] * len(selectors)
    for entry, hits in _recent(window, current_hits, ctx.within):
        if not _senders_ok(entry, me, ctx.sender):
            continue
        for hit in hits:
            if hit == rule.id:
                continue
            for k, sel in enumerate(selectors):
                if not found[k] and sel(hit):
                    found[k] = True
    return all(found) if ctx.mode == "all" else any(found)


def repeat_ok(rule: Rule, rep: Repeat, window: Window, current_hits: Sequence[str]) -> bool:
    """Whether this rule matched at least ``rep.min`` times in the last ``rep.within`` messages."""
    me = window.current.message.sender_id
    count = 0
    for entry, hits in _recent(window, current_hits, rep.within):
        if rule.id in hits and _senders_ok(entry, me, rep.sender):
            count += 1
    return count >= rep.min
