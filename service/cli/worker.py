"""``convowatch worker``: score messages from a Redis Stream in a consumer group.

Run as many as needed against one Redis: they share the input stream, re-claim the
entries of a worker that died, and stop cleanly on SIGTERM or Ctrl-C (the current
batch is finished and committed first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app


@app.command()
def worker(
    store: Optional[str] = typer.Option(None, help="redis://host:port/db for windows, cases and streams; overrides CONVOWATCH_STORE_URL"),
    consumer: Optional[str] = typer.Option(None, help="this worker's name in the group (default: host-pid)"),
    rules: Optional[Path] = typer.Option(None, help="rule pack folder instead of the bundled packs"),
    model: Optional[str] = typer.Option(None, help="'default', a model folder, or 'none' for rules only"),
    env_file: Optional[Path] = typer.Option(None, help="a file of CONVOWATCH_* settings (streams: STREAM_IN, STREAM_OUT, ...)"),
    metrics_port: Optional[int] = typer.Option(None, help="serve Prometheus metrics on this port"),
    log_level: str = typer.Option("info", help="level of convowatch's JSON logs"),
) -> None:
    """Consume CONVOWATCH_STREAM_IN (default convowatch:in); flagged assessments go to convowatch:out."""
    import logging
    import signal

    from pydantic import ValidationError

    from ..logging import configure
    from ..worker import build_worker
    from ._settings import exit_invalid, load_settings

    configure(getattr(logging, log_level.upper(), logging.INFO))
    settings = load_settings("worker", env_file, store_url=store, rules_dir=rules, model=model)
    try:
        w = build_worker(settings, consumer=consumer)
    except ValidationError as exc:  # names the field, never the value (it may be a key)
        exit_invalid("worker", exc)
    except ValueError as exc:
        typer.echo(f"convowatch worker: {exc}", err=True)
        raise typer.Exit(2) from None
    if metrics_port is not None:
        from prometheus_client import start_http_server

        start_http_server(metrics_port, registry=w.scoring.metrics.registry)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: w.stop())
    typer.echo(f"convowatch worker: consumer {w.cfg.consumer} on {w.cfg.stream_in} (group {w.cfg.group})", err=True)
    try:
        w.run()
    finally:
        w.close()
