"""Lost updates: a moderator's claim or decision racing a batch that extends the same case.

Both orders are forced deterministically by a hook between a writer's read and its
commit, on the in-memory stores and on Redis: the batch's planner claims the case
after reading it (the batch commit must lose and re-plan), or the moderator's update
scores a new message after reading the case (the moderator's save must lose and re-run).
"""

from __future__ import annotations

import pytest

from convowatch.service.cases import Action, CaseStatus, StaleCase, claim, decide, utcnow
from convowatch.service.stores import MAX_COMMIT_ATTEMPTS, Backend, make_backend

from service_fixtures import message, scoring_service

MOD = "key-moderator"

# conversation "c": opens a case at the photo request (keyword thresholds in service_fixtures)
OPENING = [(0, "hey how was school"), (1, "keep this our secret ok"), (2, "ok"), (3, "send me a photo")]


@pytest.fixture
def backend(store_url: str) -> Backend:
    b = make_backend(store_url, prefix="cwtest")
    yield b
    b.close()


def open_case(scoring) -> str:
    results = scoring.score([message("c", i, t) for i, t in OPENING])
    case_id = results[-1]["case_id"]
    assert case_id is not None, "the fixture conversation must open a case"
    return case_id


def hook_planner_once(scoring, action) -> list[int]:
    """Run ``action`` right after the planner's first read, i.e. between load and commit."""
    plan, calls = scoring.planner.plan, []

    def hooked(*args, **kwargs):
        result = plan(*args, **kwargs)
        if not calls:
            action()
        calls.append(1)
        return result

    scoring.planner.plan = hooked
    return calls


def message_ids(case) -> list[str]:
    return [m.message_id for m in case.messages]


def test_when_a_claim_lands_between_a_batch_load_and_commit_then_both_the_claim_and_the_messages_stay(backend) -> None:
    scoring = scoring_service(backend)
    case_id = open_case(scoring)
    calls = hook_planner_once(scoring, lambda: backend.cases.update(case_id, lambda c: claim(c, MOD, utcnow())))

    out = scoring.score([message("c", 4, "why"), message("c", 5, "just because")])

    case = backend.cases.get(case_id)
    assert len(calls) == 2                                     # the batch lost once and re-planned
    assert case.status == CaseStatus.CLAIMED and case.claimed_by == MOD   # the claim survived
    assert message_ids(case)[-2:] == ["m4", "m5"]              # and so did the new context
    assert [r["case_id"] for r in out] == [case_id, case_id]


def test_when_a_batch_commits_between_a_claim_load_and_save_then_both_the_claim_and_the_messages_stay(backend) -> None:
    scoring = scoring_service(backend)
    case_id = open_case(scoring)
    runs = []

    def claim_with_race(c):
        if not runs:  # a batch extends the case after the moderator read it
            scoring.score([message("c", 4, "why")])
        runs.append(c.version)
        return claim(c, MOD, utcnow())

    backend.cases.update(case_id, claim_with_race)

    case = backend.cases.get(case_id)
    assert len(runs) == 2 and runs[1] > runs[0]                # the claim re-ran on the newer case
    assert case.status == CaseStatus.CLAIMED and case.claimed_by == MOD
    assert message_ids(case)[-1] == "m4"


@pytest.mark.parametrize(
    "text, expect_new_case",
    [
        ("just because", False),   # benign context after a dismissal: goes nowhere, the dismissed case is untouched
        ("send me a photo now", True),  # new evidence after a dismissal: a new case opens, the dismissed one stays
    ],
)
def test_when_a_dismissal_lands_between_a_batch_load_and_commit_then_the_dismissed_case_is_not_reopened(
    backend, text: str, expect_new_case: bool
) -> None:
    scoring = scoring_service(backend)
    case_id = open_case(scoring)
    before = message_ids(backend.cases.get(case_id))
    hook_planner_once(scoring, lambda: backend.cases.update(case_id, lambda c: decide(c, Action.DISMISS, "ok", MOD, utcnow())))

    out = scoring.score([message("c", 4, text)])

    case = backend.cases.get(case_id)
    assert case.status == CaseStatus.DISMISSED and message_ids(case) == before
    new_id = out[0]["case_id"]
    assert (new_id is not None and new_id != case_id) == expect_new_case
    assert backend.cases.active_for("c") == (new_id if expect_new_case else case_id)


def test_when_the_case_changes_under_every_attempt_then_the_batch_fails_whole(backend) -> None:
    scoring = scoring_service(backend)
    case_id = open_case(scoring)
    plan = scoring.planner.plan

    def always_raced(*args, **kwargs):
        result = plan(*args, **kwargs)
        backend.cases.update(case_id, lambda c: claim(c, MOD, utcnow()))  # the same moderator re-claims: a new version
        return result

    scoring.planner.plan = always_raced
    version = backend.cases.version_of(case_id)
    with pytest.raises(StaleCase):
        scoring.score([message("c", 4, "why")])

    case = backend.cases.get(case_id)
    assert case.version == version + MAX_COMMIT_ATTEMPTS and "m4" not in message_ids(case)
    if backend.name == "redis":  # the batch's window append and state were not committed either
        assert [e.message.message_id for e in backend.windows.window("c")][-1] == "m3"
        assert "m4" not in backend.windows.get_state("c")["seen"]


@pytest.fixture(params=["redis", "cluster"])
def shared_url(request: pytest.FixtureRequest) -> str:
    """A store two processes can share: a private Redis db, or the suite's cluster."""
    return request.getfixturevalue("redis_url" if request.param == "redis" else "cluster_url")


def test_when_another_writer_scores_the_same_conversation_mid_batch_then_the_batch_is_scored_again(shared_url: str) -> None:
    # two workers (or the API and a worker) on one Redis: the second writer commits between
    # the first one's state read and its commit; the first must not overwrite that state
    first, second, reference = (make_backend(shared_url, prefix=p) for p in ("cwtest", "cwtest", "cwref"))
    a, b, ref = scoring_service(first), scoring_service(second), scoring_service(reference)
    a.score([message("c", 0, "hi")])
    calls = hook_planner_once(a, lambda: b.score([message("c", 1, "you loser")]))
    out = a.score([message("c", 2, "loser again")])

    for m in ([message("c", 0, "hi")], [message("c", 1, "you loser")], [message("c", 2, "loser again")]):
        expected = ref.score(m)  # the same messages, one writer, in the same order
    assert len(calls) == 2                                          # scored again after the conflict
    assert a.analyzer.risk("c").to_dict() == ref.analyzer.risk("c").to_dict()
    assert a.analyzer.risk("c").n_messages == 3                     # nothing lost
    assert [r["scores"] for r in out] == [r["scores"] for r in expected]
    for x in (first, second, reference):
        x.close()


def test_when_one_conversation_of_a_batch_loses_its_commit_then_only_it_is_scored_again(backend) -> None:
    # the batch holds c and d; another writer scores c between the batch's load and its
    # commit: c is loaded and scored again, d commits once (on a cluster, in its own slot
    # or together with c: either way it is neither lost nor counted twice)
    scoring, other = scoring_service(backend), scoring_service(backend)
    calls = hook_planner_once(scoring, lambda: other.score([message("c", 0, "hi")]))
    out = scoring.score([message("c", 1, "you loser"), message("d", 0, "hello"), message("d", 1, "keep this our secret ok")])

    assert len(calls) == 2
    assert scoring.analyzer.risk("c").n_messages == 2 and scoring.analyzer.risk("d").n_messages == 2
    assert [r.get("duplicate", False) for r in out] == [False, False, False]
    batched = {tuple(sorted(m.message_id for m in c.messages)) for c in backend.cases.list()}
    assert all(len(ids) == len(set(ids)) for ids in batched)  # no message twice in a case


def test_when_a_later_slot_fails_to_commit_then_the_committed_cases_are_still_announced(cluster_url: str) -> None:
    # on a cluster a batch commits slot by slot: when Redis fails after the first slot,
    # its case is stored, so the webhook must hear of it even though the batch raises
    import redis

    backend = make_backend(cluster_url, prefix="cwtest")
    scoring = scoring_service(backend)
    announced: list[tuple[list[str], set[str]]] = []
    scoring.on_cases = lambda cases, opened: announced.append(([c.case_id for c in cases], set(opened)))
    slot_c, slot_d = backend.slot_of("c"), backend.slot_of("d")
    assert slot_c != slot_d, "the two conversations must live in different slots for this test"
    commit = backend.commit

    def failing_second(writes, window, hook=None):
        if any(w.conversation_id == "d" for w in writes):
            raise redis.ConnectionError("node went away")
        return commit(writes, window, hook)

    backend.commit = failing_second
    batch = [message("c", i, t) for i, t in OPENING] + [message("d", 0, "hello")]
    with pytest.raises(redis.ConnectionError):
        scoring.score(batch)
    stored = backend.cases.active_for("c")
    assert stored is not None and announced == [([stored], {stored})]
    assert backend.windows.get_state("d") is None  # the failed slot wrote nothing
    backend.close()
