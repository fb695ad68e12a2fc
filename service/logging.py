"""Structured JSON logs (structlog over stdlib logging): ids and counts, never message text.

Going through stdlib logging means pytest's ``caplog`` and any log shipper see the
same JSON lines that ``convowatch serve`` prints.
"""

from __future__ import annotations

import logging
import sys

import structlog

_configured = False


def configure(level: int | None = None) -> None:
    """Route structlog through stdlib logging, one JSON object per line (set up once; ``level`` any time)."""
    global _configured
    if level is not None:
        logging.getLogger("convowatch").setLevel(level)
    if _configured:
        return
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,  # drop disabled levels before rendering anything
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.JSONRenderer(sort_keys=True),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    root = logging.getLogger("convowatch")
    if level is None and root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    if not any(getattr(h, "_convowatch", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler._convowatch = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    _configured = True


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    configure()
    return structlog.get_logger(f"convowatch.{name}")
