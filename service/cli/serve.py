"""``convowatch serve``: the scoring API on uvicorn.

Embedded defaults: in-memory stores, bundled rules and model, and (in development) a
generated API key printed at start-up. ``--store redis://...`` or
``CONVOWATCH_STORE_URL`` puts windows and cases in Redis.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000, help="TCP port"),
    store: Optional[str] = typer.Option(None, help="memory (default), redis://host:port/db or redis+cluster://host:port; overrides CONVOWATCH_STORE_URL"),
    rules: Optional[Path] = typer.Option(None, help="rule pack folder instead of the bundled packs"),
    model: Optional[str] = typer.Option(None, help="'default', a model folder, or 'none' for rules only"),
    env_file: Optional[Path] = typer.Option(None, help="a file of CONVOWATCH_* settings"),
    banks: Optional[Path] = typer.Option(None, help="a hash bank file (convowatch banks import) for the memory store"),
    log_level: str = typer.Option("info", help="log level of uvicorn and of convowatch's JSON logs"),
) -> None:
    """Run the scoring service (OpenAPI docs at /docs)."""
    import logging

    import uvicorn

    from ..app import create_app
    from ..logging import configure
    from ._settings import load_settings

    configure(getattr(logging, log_level.upper(), logging.INFO))
    settings = load_settings("serve", env_file, store_url=store, rules_dir=rules, model=model, banks_file=banks)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, access_log=False)
