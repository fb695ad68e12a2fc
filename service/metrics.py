"""Prometheus metrics, one registry per app (tests build many apps in one process).

Labels are route templates, methods, status codes, categories and rule ids: bounded
sets that never carry message text or conversation ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.requests = Counter("convowatch_requests_total", "HTTP requests", ["route", "method", "status"], registry=r)
        self.latency = Histogram(
            "convowatch_request_seconds", "HTTP request latency", ["route"], registry=r,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.messages = Counter("convowatch_messages_total", "messages assessed", ["result"], registry=r)
        self.flags = Counter("convowatch_flags_total", "categories newly flagged", ["category"], registry=r)
        self.rule_hits = Counter("convowatch_rule_hits_total", "signals by detector", ["source", "detector"], registry=r)
        self.cases = Counter("convowatch_cases_total", "case events", ["event"], registry=r)
        self.batch_size = Histogram(
            "convowatch_batch_messages", "messages per analyzer call (after micro-batching)", registry=r,
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024),
        )
        self.batch_requests = Histogram(
            "convowatch_batch_requests", "HTTP requests merged into one analyzer call", registry=r,
            buckets=(1, 2, 4, 8, 16, 32, 64),
        )
        self.stream_entries = Counter(
            "convowatch_stream_entries_total", "stream worker entries by outcome", ["result"], registry=r,
        )
        self.media_matches = Counter(
            "convowatch_media_matches_total", "known-media matches by bank (suppressed: an allow bank vetoed it)",
            ["bank", "outcome"], registry=r,
        )
        self.rules_version = Gauge("convowatch_rules_reloads_total", "successful rule reloads", registry=r)
