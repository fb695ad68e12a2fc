"""Minimal corpus reading and byte-stable writing for the generator's own use.

The typed corpus reader lives in ``convowatch.nlp.corpora``; this one only yields
dicts, so the generator, ``synth check`` and ``synth stats`` stay free of it.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Iterable, Iterator


def read_corpus(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield one conversation dict per non-empty line of a ``.jsonl`` or ``.jsonl.gz`` file.

    Raises:
        ValueError: naming the file and line of a line that is not a JSON object.
    """
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise ValueError(f"{path.name}:{lineno}: not valid JSON") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path.name}:{lineno}: expected a JSON object")
            yield obj


def dumps_line(conversation: dict[str, Any]) -> str:
    """One canonical JSONL line: sorted keys, UTF-8 text, no trailing spaces."""
    return json.dumps(conversation, sort_keys=True, ensure_ascii=False) + "\n"


def write_corpus(path: str | Path, conversations: Iterable[dict[str, Any]]) -> int:
    """Write conversations as canonical JSONL lines (:func:`dumps_line`) with the corpus
    writer shared with ``convowatch.nlp.corpora`` (byte-stable gzip); return the count."""
    from convowatch.nlp.corpora.writer import write_lines

    return write_lines(path, (dumps_line(c) for c in conversations))
