"""The service's one settings object, read from ``CONVOWATCH_*`` env vars (and an optional file).

Library settings (window size, limits) are mapped onto ``convowatch.nlp`` dataclasses
here, so the pure core never reads the environment. Unsafe defaults are refused
outside development: a production service must be given real API keys.
"""

from __future__ import annotations

import math
import os
import secrets
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ..nlp.pipeline import DetectorSpec
from ..nlp.types import MAX_TEXT_CHARS


class Role(str, Enum):
    """What an API key may do; each route requires one role."""

    INGEST = "ingest"
    MODERATOR = "moderator"
    RULES_ADMIN = "rules-admin"


#: Keys that ship in docs and examples: never acceptable outside development.
DEFAULT_KEYS = frozenset({"dev", "dev-key", "changeme", "change-me", "secret", "test"})
MIN_KEY_CHARS = 20
#: Estimated entropy a production key must carry: its length times the Shannon entropy
#: of its own characters. A random 20-character base64 key has ~80 bits; "a" * 40 has 0.
MIN_KEY_BITS = 64
#: Words that mark a key as typed by a person or copied from docs (checked lowercase).
DENY_SUBSTRINGS = ("changeme", "change-me", "change_me", "password", "passw0rd", "secret", "example",
                   "default", "letmein", "qwerty", "123456", "abcdef", "convowatch")
#: The prefix of keys generated in dev mode: printed to a terminal, never for production.
DEV_KEY_PREFIX = "cw-dev-"
#: ``CONVOWATCH_*`` variables that are not settings but are known (test tooling).
KNOWN_NON_SETTINGS = frozenset({"CONVOWATCH_UPDATE_GOLDEN", "CONVOWATCH_TEST_REDIS_URL"})


def key_bits(key: str) -> float:
    """Estimated entropy of ``key`` in bits: length x Shannon entropy of its characters."""
    if not key:
        return 0.0
    counts = Counter(key)
    n = len(key)
    return n * -sum(c / n * math.log2(c / n) for c in counts.values())


def key_weakness(key: str) -> str | None:
    """Why ``key`` is unfit for production, or None. Never includes the key."""
    low = key.lower()
    if key in DEFAULT_KEYS:
        return "a documented default key"
    if key.startswith(DEV_KEY_PREFIX):
        return "a generated development key"
    if len(key) < MIN_KEY_CHARS:
        return f"shorter than {MIN_KEY_CHARS} characters"
    if any(w in low for w in DENY_SUBSTRINGS):
        return "contains a common word (changeme, password, secret, ...)"
    for period in range(1, len(key) // 2 + 1):
        if len(key) % period == 0 and key == key[:period] * (len(key) // period):
            return "a repeated pattern"
    if key_bits(key) < MIN_KEY_BITS:
        return f"too little entropy (about {key_bits(key):.0f} bits; at least {MIN_KEY_BITS})"
    return None


def unknown_variables(env_file: str | Path | None = None) -> list[str]:
    """``CONVOWATCH_*`` names in the environment (and ``env_file``) that are no setting.

    A misspelt variable (``CONVOWATCH_API_KEY``) otherwise leaves its setting at the
    default without a word.
    """
    names = {k.upper() for k in os.environ if k.upper().startswith("CONVOWATCH_")}
    if env_file is not None and Path(env_file).is_file():
        from dotenv import dotenv_values

        names |= {k.upper() for k in dotenv_values(env_file) if k.upper().startswith("CONVOWATCH_")}
    known = {"CONVOWATCH_" + f.upper() for f in Settings.model_fields} | KNOWN_NON_SETTINGS
    return sorted(names - known)


def parse_api_keys(spec: str) -> dict[str, frozenset[Role]]:
    """Parse ``"<key>:ingest,<key>:moderator"`` (a key may repeat with several roles).

    Raises:
        ValueError: naming the position of a malformed entry (never the key itself).
    """
    keys: dict[str, set[Role]] = {}
    for i, item in enumerate(p.strip() for p in spec.split(",")):
        if not item:
            continue
        key, sep, role = item.rpartition(":")
        if not sep or not key.strip():
            raise ValueError(f"api_keys entry {i}: expected <key>:<role>")
        try:
            keys.setdefault(key.strip(), set()).add(Role(role.strip()))
        except ValueError:
            raise ValueError(f"api_keys entry {i}: unknown role; expected one of {[r.value for r in Role]}") from None
    return {k: frozenset(v) for k, v in keys.items()}


class Settings(BaseSettings):
    """Service settings. Every field is ``CONVOWATCH_<NAME>`` in the environment.

    Attributes:
        env: ``dev`` allows a generated key and in-memory defaults; ``prod`` refuses them.
        store_url: ``memory`` (default), ``redis://host:port/db``, or ``redis+cluster://host:port``
            (any node of a Redis Cluster) for windows, states, seen ids and cases.
        key_prefix: Redis key prefix, so several deployments can share one Redis.
        api_keys: ``<key>:<role>,...``; empty in dev means one generated all-roles key.
        max_text_chars / max_batch: input limits; larger input is rejected (4xx), never cut.
        window_size / window_ttl_s: W messages kept per conversation and for how long.
        dedup_ttl_s / dedup_max_ids: seen message ids (ids only) kept per conversation so a
            retry is not counted again after the window expired; at least the window TTL.
        case_context_after: K messages appended to a case after its last flagged message.
        case_retention_s: how long a case (and the text it holds) is kept after its last update.
        webhook_url: POST new and updated cases here (optional).
        encryption_key: a Fernet key; window and case text is encrypted at rest when set.
        rules_dir / model: passed to ``Analyzer.default`` (model ``none`` = rules only).
        batch_wait_ms / batch_max: micro-batching of concurrent requests.
        encoder_backend: torch, torch-int8, onnx or onnx-int8; default: what the model folder records.
        threads: intra-op threads of the encoder per process (torch, later ONNX Runtime).
            1 by default: the service scales by processes and micro-batches are small;
            torch's default (one per core) measured 5-8x slower on a shared 2-core host.
        banks_file: a JSON bank file (``convowatch banks import``) loaded at start-up and
            saved on every change, for the memory store; with Redis the banks live there.
        detectors: detectors run beside the rules and the model, by registered name with
            options (JSON, e.g. ``[{"name": "media.pdq.v1"}]``; ``[]`` turns known-media
            matching off); composed through the registry (``nlp/pipeline.py``).
        media_max_bytes / media_min_quality: largest decoded image accepted; PDQ quality
            under which an attachment is not matched (a platform hash under it is refused).
        stream_url: the Redis of the worker's streams; defaults to ``store_url`` (required
            to be that Redis when the store is Redis, so acks commit with the batch).
        stream_in / stream_out / stream_dead / stream_group: the worker's input stream,
            flagged-assessment output, dead letters and consumer group.
        worker_batch / worker_block_ms / worker_min_idle_ms: entries per step, how long
            an idle worker blocks, and after how long a dead worker's entries are re-claimed.
    """

    model_config = SettingsConfigDict(env_prefix="CONVOWATCH_", extra="ignore", env_file=None)

    env: Literal["dev", "prod"] = "dev"
    store_url: str = "memory"
    key_prefix: str = Field(default="cw", pattern=r"^[A-Za-z0-9_.-]{1,32}$")
    api_keys: SecretStr = SecretStr("")
    max_text_chars: int = Field(default=MAX_TEXT_CHARS, ge=1, le=100_000)
    max_batch: int = Field(default=256, ge=1, le=10_000)
    window_size: int = Field(default=12, ge=1, le=512)
    window_ttl_s: float = Field(default=6 * 3600.0, gt=0)
    dedup_ttl_s: float = Field(default=24 * 3600.0, gt=0)
    dedup_max_ids: int = Field(default=1024, ge=1, le=1_000_000)
    case_context_after: int = Field(default=10, ge=0, le=1000)
    case_retention_s: float = Field(default=30 * 24 * 3600.0, gt=0)
    webhook_url: str | None = None
    webhook_retries: int = Field(default=3, ge=0, le=20)
    encryption_key: SecretStr | None = None
    rules_dir: Path | None = None
    model: str | None = "default"
    batch_wait_ms: float = Field(default=2.0, ge=0, le=1000)
    batch_max: int = Field(default=512, ge=1, le=100_000)
    threads: int = Field(default=1, ge=1, le=256)
    encoder_backend: Literal["torch", "torch-int8", "onnx", "onnx-int8"] | None = None
    banks_file: Path | None = None
    media_max_bytes: int = Field(default=2_000_000, ge=1024, le=50_000_000)
    media_min_quality: int = Field(default=50, ge=0, le=100)
    detectors: list[DetectorSpec] = Field(default_factory=lambda: [DetectorSpec(name="media.pdq.v1")])
    _unknown: tuple[str, ...] = PrivateAttr(default=())
    stream_url: str | None = None
    stream_in: str = Field(default="convowatch:in", min_length=1, max_length=200)
    stream_out: str = Field(default="convowatch:out", min_length=1, max_length=200)
    stream_dead: str = Field(default="convowatch:dead", min_length=1, max_length=200)
    stream_group: str = Field(default="convowatch", min_length=1, max_length=200)
    stream_maxlen: int = Field(default=100_000, ge=100)
    worker_batch: int = Field(default=64, ge=1, le=10_000)
    worker_block_ms: int = Field(default=1000, ge=1, le=60_000)
    worker_min_idle_ms: int = Field(default=30_000, ge=1)

    @field_validator("model")
    @classmethod
    def _none_model(cls, v: str | None) -> str | None:
        return None if v is None or v.strip().lower() in ("", "none", "off") else v

    @model_validator(mode="after")
    def _check(self) -> "Settings":
        keys = parse_api_keys(self.api_keys.get_secret_value())
        if self.env != "dev":
            if not keys:
                raise ValueError("CONVOWATCH_API_KEYS must be set outside development")
            for i, key in enumerate(keys):
                why = key_weakness(key)
                if why is not None:
                    raise ValueError(f"refusing a weak API key outside development (api_keys entry {i}: {why})")
        if self.dedup_ttl_s < self.window_ttl_s:
            raise ValueError("dedup_ttl_s must be at least window_ttl_s (ids must outlive the window)")
        if not (self.store_url == "memory"
                or self.store_url.startswith(("redis://", "rediss://", "unix://", "redis+cluster://", "rediss+cluster://"))):
            raise ValueError("store_url must be 'memory', a redis:// URL or a redis+cluster:// URL")
        if self.stream_url is not None:
            if not self.stream_url.startswith(("redis://", "rediss://", "unix://")):
                raise ValueError("stream_url must be a redis:// URL")
            if self.uses_redis and not self.cluster_store and self.stream_url != self.store_url:
                raise ValueError("stream_url must be the store's Redis (acks commit with the batch); leave it unset")
        return self

    @property
    def cluster_store(self) -> bool:
        """The store is a Redis Cluster (the worker's streams then need a ``stream_url`` of their own)."""
        return "+cluster://" in self.store_url

    @property
    def uses_redis(self) -> bool:
        return self.store_url != "memory"

    def keys(self) -> dict[str, frozenset[Role]]:
        """The configured API keys and their roles."""
        return parse_api_keys(self.api_keys.get_secret_value())

    def with_dev_key(self) -> tuple["Settings", str | None]:
        """In dev without keys: a copy with one generated all-roles key, and that key.

        Returns:
            ``(settings, key)``; ``key`` is None when keys were configured.
        """
        if self.keys():
            return self, None
        key = "cw-dev-" + secrets.token_urlsafe(18)
        spec = ",".join(f"{key}:{r.value}" for r in Role)
        return self.model_copy(update={"api_keys": SecretStr(spec)}), key

    @classmethod
    def load(cls, env_file: str | Path | None = None, **overrides: object) -> "Settings":
        """Settings from the environment, optionally an env file, then explicit overrides.

        Raises:
            SettingsFileError: ``env_file`` was given but is not a readable file (it used
                to be ignored silently, starting a dev server with a generated key).
            UnknownSettings: in prod, a ``CONVOWATCH_*`` variable that is no setting.
            pydantic.ValidationError: a bad value, by field name.
        """
        if env_file is not None and not Path(env_file).is_file():
            raise SettingsFileError(f"env_file: {env_file}: no such file")
        settings = cls(_env_file=env_file, **overrides)  # type: ignore[call-arg]
        unknown = unknown_variables(env_file)
        if unknown and settings.env != "dev":
            raise UnknownSettings(f"unknown setting(s) {', '.join(unknown)}; see docs/service.md for the names")
        settings._unknown = tuple(unknown)
        return settings

    @field_validator("detectors")
    @classmethod
    def _registered(cls, specs: list[DetectorSpec]) -> list[DetectorSpec]:
        """Every name must be a registered detector taking the options given: a typo stops start-up, naming it."""
        from ..nlp.pipeline import check_spec

        for spec in specs:
            check_spec(spec)
        return specs

    @property
    def unknown(self) -> tuple[str, ...]:
        """Unknown ``CONVOWATCH_*`` names seen by :meth:`load` (dev only warns about them)."""
        return self._unknown


class SettingsFileError(ValueError):
    """The env file named on the command line does not exist."""


class UnknownSettings(ValueError):
    """A ``CONVOWATCH_*`` variable names no setting (refused in prod)."""
