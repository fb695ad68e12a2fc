"""A case's context does not depend on how its messages were batched (issue 12, #4).

Before the fix, a conversation sent as one batch longer than the window opened its case
with an empty "before": the batch had already pushed the context out of the window when
the case planner copied it.
"""

from __future__ import annotations

import pytest

from convowatch.service.stores import make_backend

from service_fixtures import message, scoring_service

#: 17 messages; the keyword detector flags grooming at m12 ("send me a photo" after the secret)
CHAT = [(f"filler line {i}", "kid" if i % 2 else "adult") for i in range(10)] + [
    ("keep this our secret ok", "adult"),
    ("ok", "kid"),
    ("send me a photo", "adult"),
    ("why", "kid"),
    ("just because", "adult"),
    ("hmm", "kid"),
    ("ok bye", "adult"),
]


def _case_view(store_url: str, batch: int, prefix: str) -> list[tuple[str, str]]:
    backend = make_backend(store_url, prefix=prefix)
    try:
        svc = scoring_service(backend, context_after=2)
        msgs = [message("c-batch", i, text, sender) for i, (text, sender) in enumerate(CHAT)]
        case_ids: set[str] = set()
        for start in range(0, len(msgs), batch):
            for r in svc.score(msgs[start:start + batch]):
                if r["case_id"]:
                    case_ids.add(r["case_id"])
        assert len(case_ids) == 1, case_ids
        case = backend.cases.get(case_ids.pop())
        return [(m.message_id, m.role) for m in case.messages]
    finally:
        if store_url != "memory":
            from conftest import redis_client

            r = redis_client(store_url)
            for key in r.scan_iter(match=f"{prefix}:*"):
                r.delete(key)
            r.close()
        backend.close()


@pytest.mark.parametrize("batch", [5, 8, 17])
def test_when_the_same_messages_are_batched_differently_then_the_case_is_the_same(store_url: str, batch: int) -> None:
    one_by_one = _case_view(store_url, 1, "cwtest-ctx-1")
    # the window (4) less the flagged message, then K=2 after
    assert one_by_one == [("m9", "before"), ("m10", "before"), ("m11", "before"), ("m12", "flagged"),
                          ("m13", "after"), ("m14", "after")]
    assert _case_view(store_url, batch, f"cwtest-ctx-{batch}") == one_by_one
