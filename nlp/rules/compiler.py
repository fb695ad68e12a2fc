"""Compile validated rules into matchers that run once per message.

All phrase patterns go into one spaCy ``PhraseMatcher`` (on ``LOWER``), all token
patterns into one ``Matcher``, each keyed by rule id (``<id>!unless`` for allow-list
patterns), and regexes are compiled with RE2, whose linear-time matching rules out
catastrophic backtracking. Scoring a message is then one tokenizer call, one call of
each matcher and one RE2 search per regex, whatever the number of rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..normalize import normalize
from .guards import REPORTED_SPEECH_CUES
from .schema import Pattern, Rule, compile_re2

#: Matches kept per regex, and per rule from the token matchers, per message: enough for
#: guards to skip a few, bounded work and memory whatever the message.
MAX_REGEX_HITS = 16

_CUE_KEY = "__reported_speech__"
_UNLESS = "!unless"


@dataclass(slots=True)
class Scan:
    """What the matchers found in one message (token and character offsets)."""

    # rule index -> [(tok_start, tok_end, char_start, char_end)], in the order found
    spans: dict[int, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    unless: set[int] = field(default_factory=set)  # rules whose allow-list matched
    cue_ends: list[int] = field(default_factory=list)  # token end of each reported-speech cue


class CompiledRules:
    """Matchers for one ruleset, bound to their own ``spacy.blank("en")`` vocabulary."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self.rules: tuple[Rule, ...] = tuple(rules)
        self.index: dict[str, int] = {r.id: i for i, r in enumerate(self.rules)}
        self.nlp = spacy.blank("en")
        vocab = self.nlp.vocab
        self.phrase = PhraseMatcher(vocab, attr="LOWER")
        self.tokens = Matcher(vocab, validate=True)
        self.regexes: list[tuple[int, bool, Any]] = []
        self._regex_sources: list[str] = []
        self._keys: dict[int, tuple[int, bool]] = {}
        self.has_tokens = False
        for i, rule in enumerate(self.rules):
            self._add(i, rule.id, rule.patterns, unless=False)
            self._add(i, rule.id + _UNLESS, rule.unless, unless=True)
        self.phrase.add(_CUE_KEY, list(self.nlp.tokenizer.pipe(REPORTED_SPEECH_CUES)))
        self._prefilter = _regex_set(self._regex_sources) if self.regexes else None
        self._cue_id = vocab.strings[_CUE_KEY]
        self.baseline_strings = len(vocab.strings)

    def _add(self, rule_index: int, key: str, patterns: Iterable[Pattern], *, unless: bool) -> None:
        phrases: list[str] = []
        token_patterns: list[list[dict[str, Any]]] = []
        for p in patterns:
            if p.phrase is not None:
                # same normalisation as the messages, so "sooo" or an odd apostrophe still meet
                phrases.extend(normalize(text).text for text in p.phrase)
            elif p.tokens is not None:
                token_patterns.append(p.tokens)
            elif p.regex is not None:
                self.regexes.append((rule_index, unless, compile_re2(p.regex)))
                self._regex_sources.append(p.regex)
        docs = [d for d in self.nlp.tokenizer.pipe(phrases) if len(d)]
        if docs:
            self.phrase.add(key, docs)
        if token_patterns:
            self.tokens.add(key, token_patterns)  # validate=True: spaCy raises on a bad pattern
            self.has_tokens = True
        if docs or token_patterns:
            self._keys[self.nlp.vocab.strings[key]] = (rule_index, unless)

    def vocab_growth(self) -> int:
        """Strings the tokenizer has added since compilation (it interns every new word)."""
        return len(self.nlp.vocab.strings) - self.baseline_strings

    def make_doc(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def scan(self, doc: Any) -> Scan:
        """Run every matcher once over ``doc`` (the normalised, truncated message)."""
        scan = Scan()
        spans = scan.spans
        matches = self.phrase(doc)
        if self.has_tokens:
            matches = list(matches) + list(self.tokens(doc))
        for key, start, end in matches:
            if key == self._cue_id:
                scan.cue_ends.append(end)
                continue
            rule_index, unless = self._keys[key]
            if unless:
                scan.unless.add(rule_index)
            else:
                found = spans.setdefault(rule_index, [])
                if len(found) < MAX_REGEX_HITS:
                    span = doc[start:end]
                    found.append((start, end, span.start_char, span.end_char))
        text = doc.text
        # one RE2::Set pass says which regexes match at all; only those are searched for spans
        which = self._prefilter.Match(text) if self._prefilter is not None else None
        for i in sorted(which or ()):
            rule_index, unless, rx = self.regexes[i]
            if unless and rule_index in scan.unless:
                continue
            for n, m in enumerate(rx.finditer(text)):
                if n >= MAX_REGEX_HITS:
                    break
                cs, ce = m.span()
                if ce <= cs:
                    continue
                if unless:
                    scan.unless.add(rule_index)
                    break
                span = doc.char_span(cs, ce, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                spans.setdefault(rule_index, []).append((span.start, span.end, cs, ce))
        return scan


#: Memory for the RE2::Set DFA (RE2's default is 8 MiB); a set has no slower fallback,
#: so it gets room for every pack's regexes over a full-length message.
REGEX_SET_MAX_MEM = 256 << 20


def _regex_set(patterns: list[str]) -> Any:
    import re2

    from .schema import re2_options

    opts = re2.Options()
    opts.log_errors = re2_options().log_errors
    opts.max_mem = REGEX_SET_MAX_MEM
    rset = re2.Set.SearchSet(opts)
    for p in patterns:
        rset.Add(p)
    rset.Compile()
    return rset


def compile_rules(rules: Sequence[Rule]) -> CompiledRules:
    """Build the matchers for ``rules``.

    Raises:
        ValueError: when spaCy or RE2 rejects a pattern the schema let through.
    """
    try:
        return CompiledRules(rules)
    except ValueError:
        raise
    except Exception as exc:  # spaCy's MatchPatternError is a ValueError too; anything else is a bug
        raise ValueError(f"{type(exc).__name__} while compiling rules") from exc
