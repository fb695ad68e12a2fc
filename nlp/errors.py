"""How every error names a field: ``messages[3].text``, ``rules[0].patterns[1].tokens``.

Rule packs, corpus files, settings, model configs and the API all report pydantic-style
locations; they format them with :func:`field_path`, so a location reads the same
wherever it is shown (it was written four times, slightly differently).
"""

from __future__ import annotations

from typing import Any, Iterable

#: Location parts FastAPI prepends that name where the input came from, not a field.
SOURCE_PARTS = frozenset({"body", "query", "path", "header"})


def field_path(loc: Iterable[Any], *, skip_source: bool = False, empty: str = "") -> str:
    """``("messages", 3, "text")`` -> ``"messages[3].text"``.

    Args:
        skip_source: drop a leading ``body``/``query``/``path``/``header`` (FastAPI's).
        empty: what an empty location reads as (e.g. ``"body"``, ``"record"``).
    """
    out = ""
    for part in loc:
        if skip_source and not out and part in SOURCE_PARTS:
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or empty
