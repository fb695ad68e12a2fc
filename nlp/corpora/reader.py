"""Typed reader for corpus JSONL and stream JSONL (docs/formats.md), plain or gzipped.

Every tool that takes conversations from a file (``score``, ``eval``, ``train``, the
converters' round-trip tests) reads them here, so the contract is enforced in one
place. A line is validated whole before anything is yielded from it: a bad line is
a :class:`CorpusError` that names the file line and the field
(``input.jsonl:12: messages[3].ts: not an ISO-8601 timestamp``) and never the text,
or, with ``skip_invalid=True``, it is skipped and counted.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Annotated, Any, Iterable, Iterator, Mapping

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from ..categories import CATEGORIES, SUBTYPES
from ..errors import field_path
from ..types import MAX_TEXT_CHARS, Conversation, Message, parse_ts

#: Same default as ``AnalyzerConfig.max_text_chars``: the analyzer never looks further.
DEFAULT_MAX_TEXT_CHARS = MAX_TEXT_CHARS

#: Errors kept in :attr:`CorpusReader.errors` when skipping (the count is always exact).
MAX_KEPT_ERRORS = 100


class CorpusError(ValueError):
    """A bad input line. The message holds file, line, field and reason, never content."""

    def __init__(self, source: str, line: int, field: str, reason: str) -> None:
        self.source = source
        self.line = line
        self.field = field
        self.reason = reason
        super().__init__(f"{source}:{line}: {field}: {reason}")


# -- edge schemas -------------------------------------------------------------------


def _as_id(value: Any) -> Any:
    # platforms often send numeric ids; keep them as their decimal string
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _as_ts(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("not an ISO-8601 timestamp")
    try:
        return parse_ts(value)
    except ValueError:
        raise ValueError("not an ISO-8601 timestamp") from None


def _as_flag(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and value in (0, 1):
        return value
    raise ValueError("expected 0 or 1")


Id = Annotated[str, BeforeValidator(_as_id), Field(min_length=1, strict=True)]
Ts = Annotated[datetime, BeforeValidator(_as_ts)]
Flag = Annotated[int, BeforeValidator(_as_flag)]


class _MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    message_id: Id
    sender_id: Id
    ts: Ts
    text: Annotated[str, Field(strict=True, min_length=1)]
    labels: dict[str, str | None] | None = None
    meta: dict[str, Any] | None = None


class _StreamIn(_MessageIn):
    conversation_id: Id


class _ConversationIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    conversation_id: Id
    labels: dict[str, Flag] | None = None
    onset: dict[str, Annotated[int, Field(strict=True, ge=0)]] | None = None
    meta: dict[str, Any] | None = None
    messages: Annotated[list[_MessageIn], Field(min_length=1)]


def _loc(loc: tuple[Any, ...]) -> str:
    return field_path(loc, empty="record")


def _reason(err: Mapping[str, Any]) -> str:
    # Built from the error type and our own texts only: pydantic's `input` (which may
    # be message text) is never used.
    kind = err.get("type", "")
    if kind == "missing":
        return "missing required field"
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", "invalid value"))
    if kind == "too_short":
        return "must not be empty"
    if kind == "string_too_short":
        return "must not be empty"
    return str(err.get("msg", "invalid value"))


# -- reading ------------------------------------------------------------------------


@dataclass
class ReadStats:
    """What a read saw: lines, records of each kind and skipped (invalid) lines."""

    lines: int = 0
    conversations: int = 0
    messages: int = 0
    stream_messages: int = 0
    skipped: int = 0
    errors: list[CorpusError] = field(default_factory=list)


class CorpusReader:
    """Iterate the records of a corpus or stream JSONL file.

    Yields a :class:`~convowatch.nlp.types.Conversation` for each corpus line and a
    :class:`~convowatch.nlp.types.Message` for each stream line (the format is detected
    per line: a ``messages`` array means a conversation).

    Args:
        source: a path (``.jsonl`` or gzip, detected by its magic bytes), ``"-"`` for
            stdin, or a binary file object.
        skip_invalid: skip bad lines and count them in :attr:`stats` instead of raising.
        max_text_chars: longest message text accepted.
        name: how the source is named in errors (default: the file name).

    Raises:
        CorpusError: on the first bad line unless ``skip_invalid``; always for a corrupt
            gzip stream (nothing after it can be read).
    """

    def __init__(
        self,
        source: str | Path | IO[bytes],
        *,
        skip_invalid: bool = False,
        max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
        name: str | None = None,
    ) -> None:
        self.source = source
        self.skip_invalid = skip_invalid
        self.max_text_chars = max_text_chars
        if name is None:
            name = "<stdin>" if str(source) == "-" else (Path(source).name if isinstance(source, (str, Path)) else getattr(source, "name", "<stream>"))
        self.name = str(name)
        self.stats = ReadStats()

    @property
    def skipped(self) -> int:
        return self.stats.skipped

    def __iter__(self) -> Iterator[Conversation | Message]:
        with _open_binary(self.source) as fh:
            lineno = 0
            while True:
                try:
                    raw = fh.readline()
                except (OSError, EOFError, gzip.BadGzipFile):
                    raise CorpusError(self.name, lineno + 1, "file", "corrupt gzip stream") from None
                if not raw:
                    break
                lineno += 1
                self.stats.lines += 1
                try:
                    record = self.parse_line(raw, lineno)
                except CorpusError as exc:
                    if not self.skip_invalid:
                        raise
                    self.stats.skipped += 1
                    if len(self.stats.errors) < MAX_KEPT_ERRORS:
                        self.stats.errors.append(exc)
                    continue
                if record is None:
                    continue
                if isinstance(record, Conversation):
                    self.stats.conversations += 1
                    self.stats.messages += len(record.messages)
                else:
                    self.stats.stream_messages += 1
                yield record

    def parse_line(self, raw: bytes, lineno: int) -> Conversation | Message | None:
        """Validate one line; None for a blank line."""
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CorpusError(self.name, lineno, "encoding", f"not valid UTF-8 (byte {exc.start})") from None
        if not line.strip():
            return None
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(self.name, lineno, "json", f"malformed JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(data, dict):
            raise CorpusError(self.name, lineno, "record", "expected a JSON object")
        if "messages" in data:
            return self._conversation(data, lineno)
        if "text" in data:
            return self._stream_message(data, lineno)
        raise CorpusError(self.name, lineno, "record", "neither a conversation (messages) nor a stream message (text)")

    # -- per-kind validation -------------------------------------------------------
    def _validate(self, model: type[BaseModel], data: dict[str, Any], lineno: int) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            err = exc.errors(include_url=False, include_input=False)[0]
            raise CorpusError(self.name, lineno, _loc(tuple(err["loc"])), _reason(err)) from None

    def _check_message(self, m: _MessageIn, prefix: str, lineno: int) -> None:
        if len(m.text) > self.max_text_chars:
            raise CorpusError(self.name, lineno, f"{prefix}text", f"longer than {self.max_text_chars} characters")
        for cat, sub in (m.labels or {}).items():
            if cat not in CATEGORIES:
                raise CorpusError(self.name, lineno, f"{prefix}labels.{cat}", f"unknown category; expected one of {list(CATEGORIES)}")
            if sub is not None and sub not in SUBTYPES[cat]:
                raise CorpusError(self.name, lineno, f"{prefix}labels.{cat}", f"unknown subtype for {cat}")

    def _conversation(self, data: dict[str, Any], lineno: int) -> Conversation:
        c: _ConversationIn = self._validate(_ConversationIn, data, lineno)
        for cat in c.labels or {}:
            if cat not in CATEGORIES:
                raise CorpusError(self.name, lineno, f"labels.{cat}", f"unknown category; expected one of {list(CATEGORIES)}")
        for cat, idx in (c.onset or {}).items():
            if cat not in CATEGORIES:
                raise CorpusError(self.name, lineno, f"onset.{cat}", f"unknown category; expected one of {list(CATEGORIES)}")
            if idx >= len(c.messages):
                raise CorpusError(self.name, lineno, f"onset.{cat}", f"index {idx} outside the {len(c.messages)} messages")
        seen: set[str] = set()
        for i, m in enumerate(c.messages):
            self._check_message(m, f"messages[{i}].", lineno)
            if m.message_id in seen:
                raise CorpusError(self.name, lineno, f"messages[{i}].message_id", "duplicate message_id in this conversation")
            seen.add(m.message_id)
        messages = tuple(
            Message(c.conversation_id, m.message_id, m.sender_id, m.ts, m.text, dict(m.meta or {})) for m in c.messages
        )
        has_msg_labels = any(m.labels for m in c.messages)
        return Conversation(
            conversation_id=c.conversation_id,
            messages=messages,
            labels={cat: int((c.labels or {}).get(cat, 0)) for cat in CATEGORIES},
            onset=dict(c.onset or {}),
            meta=dict(c.meta or {}),
            message_labels=tuple(dict(m.labels) if m.labels else None for m in c.messages) if has_msg_labels else (),
        )

    def _stream_message(self, data: dict[str, Any], lineno: int) -> Message:
        m: _StreamIn = self._validate(_StreamIn, data, lineno)
        self._check_message(m, "", lineno)
        return Message(m.conversation_id, m.message_id, m.sender_id, m.ts, m.text, dict(m.meta or {}))


@contextlib.contextmanager
def _open_binary(source: str | Path | IO[bytes]) -> Iterator[IO[bytes]]:
    """A binary line reader, transparently gunzipping (detected by magic bytes).

    Files we open are closed afterwards; stdin and caller-owned streams are not.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(source, (str, Path)) and str(source) != "-":
            fh: IO[bytes] = stack.enter_context(open(source, "rb"))
        else:
            fh = sys.stdin.buffer if isinstance(source, (str, Path)) else source
        buffered = fh if hasattr(fh, "peek") else io.BufferedReader(fh)  # type: ignore[arg-type]
        if buffered.peek(2)[:2] == b"\x1f\x8b":  # type: ignore[attr-defined]
            yield gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[misc]
        else:
            yield buffered  # type: ignore[misc]


# -- conveniences -------------------------------------------------------------------


def group_stream(messages: Iterable[Message]) -> list[Conversation]:
    """Group stream messages into unlabelled conversations, in first-seen order.

    Messages keep their file order within a conversation (the order a platform sent
    them). Stream files carry no conversation labels, so every conversation counts as
    benign in evaluation: that is how false-positive rates on benign streams are measured.
    """
    groups: OrderedDict[str, list[Message]] = OrderedDict()
    for m in messages:
        groups.setdefault(m.conversation_id, []).append(m)
    return [
        Conversation(conversation_id=cid, messages=tuple(ms), labels={c: 0 for c in CATEGORIES})
        for cid, ms in groups.items()
    ]


def read_conversations(
    source: str | Path | IO[bytes],
    *,
    skip_invalid: bool = False,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
) -> tuple[list[Conversation], ReadStats]:
    """Read a whole file as conversations (stream lines are grouped, after the corpus lines).

    Returns:
        The conversations and what the read saw (``stats.skipped`` invalid lines).

    Raises:
        CorpusError: as :class:`CorpusReader`.
    """
    reader = CorpusReader(source, skip_invalid=skip_invalid, max_text_chars=max_text_chars)
    conversations: list[Conversation] = []
    stream: list[Message] = []
    for rec in reader:
        if isinstance(rec, Conversation):
            conversations.append(rec)
        else:
            stream.append(rec)
    return conversations + group_stream(stream), reader.stats
