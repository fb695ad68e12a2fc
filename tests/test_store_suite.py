"""One store suite, two backends: every test runs on the in-memory stores and on Redis."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from convowatch.nlp.types import Message
from convowatch.nlp.window import WindowConfig, WindowEntry
from convowatch.service.cases import AuditEntry, Case, CaseConflict, CaseMessage, claim, utcnow
from convowatch.service.stores import Backend, Write, make_backend

from service_fixtures import T0


@pytest.fixture
def backend(store_url: str) -> Backend:
    b = make_backend(store_url, prefix="cwtest")
    yield b
    b.close()


def entry(cid: str, i: int, text: str = "hello") -> WindowEntry:
    return WindowEntry(Message(cid, f"m{i}", "u1", T0 + timedelta(seconds=i), f"{text} {i}"), rule_hits=(f"r{i}",))


def make_case(case_id: str, cid: str, urgency: str | None, categories: list[str], *, age_s: float = 0, ttl_s: float = 60) -> Case:
    now = utcnow()
    opened = now - timedelta(seconds=age_s)
    return Case(
        case_id=case_id, conversation_id=cid, categories=categories, urgency=urgency, stage=None,
        scores={c: 0.9 for c in categories}, opened_at=opened, updated_at=now, expires_at=now + timedelta(seconds=ttl_s),
        messages=[CaseMessage(message_id="m1", sender_id="u1", ts=T0, text="context text", role="flagged")],
    )


# -- windows ---------------------------------------------------------------------------


def test_when_appending_past_max_len_then_only_the_last_entries_remain(backend: Backend) -> None:
    w = backend.windows
    for i in range(5):
        out = w.append("c1", entry("c1", i), max_len=3, ttl_s=60)
    assert [e.message.message_id for e in out] == ["m2", "m3", "m4"]
    assert [e.message.message_id for e in w.window("c1")] == ["m2", "m3", "m4"]
    assert w.window("c1")[-1].rule_hits == ("r4",)  # what was computed on arrival travels with the entry
    assert w.window("other") == []


def test_when_ttl_passes_then_window_and_state_are_gone(backend: Backend) -> None:
    w = backend.windows
    w.append("c1", entry("c1", 0), max_len=3, ttl_s=0.15)
    w.put_state("c1", {"n": 1}, ttl_s=0.15)
    assert w.window("c1") and w.get_state("c1") == {"n": 1}
    time.sleep(0.3)
    assert w.window("c1") == [] and w.get_state("c1") is None


def test_when_deleted_then_window_and_state_are_gone(backend: Backend) -> None:
    w = backend.windows
    w.append("c1", entry("c1", 0), max_len=3, ttl_s=60)
    w.put_state("c1", {"n": 1}, ttl_s=60)
    w.delete("c1")
    assert w.window("c1") == [] and w.get_state("c1") is None


WINDOW = WindowConfig(size=3, ttl_s=60)


def _by_slot(backend: Backend, writes: list[Write]) -> list[list[Write]]:
    groups: dict[object, list[Write]] = {}
    for w in writes:
        groups.setdefault(backend.slot_of(w.conversation_id), []).append(w)
    return list(groups.values())


def test_when_a_commit_loses_its_compare_and_set_then_nothing_of_it_is_written(backend: Backend) -> None:
    loaded = backend.load({"c1": ["m0"]})["c1"]
    assert loaded.snapshot.window == () and loaded.snapshot.state is None and loaded.case is None
    backend.windows.put_state("c1", {"n": 7}, ttl_s=60)  # another writer scored c1 after the load
    case_id = backend.new_case_id("c1")  # a case commits with its conversation (one slot on a cluster)
    write = Write("c1", appended=[entry("c1", 0)], state={"n": 1}, state_token=loaded.state_token, seen=["m0"],
                  cases=[make_case(case_id, "c1", "high", ["grooming"])], case_bases={case_id: None})
    assert backend.commit([write], WINDOW) == "state"
    assert backend.cases.get(case_id) is None and backend.windows.window("c1") == []
    assert backend.windows.get_state("c1") == {"n": 7} and backend.seen.contains([("c1", "m0")]) == [False]


def test_when_a_case_changed_since_the_load_then_the_commit_loses_on_the_case(backend: Backend) -> None:
    case_id = backend.new_case_id("c1")
    backend.cases.save(make_case(case_id, "c1", "high", ["grooming"]))
    loaded = backend.load({"c1": ["m1"]})["c1"]
    assert loaded.case is not None and loaded.case.case_id == case_id
    backend.cases.update(case_id, lambda c: claim(c, "key-1", utcnow()))  # a moderator, meanwhile
    extended = loaded.case.model_copy(update={"version": loaded.case.version + 1})
    write = Write("c1", appended=[entry("c1", 1)], state={"n": 1}, state_token=loaded.state_token,
                  cases=[extended], case_bases={case_id: loaded.case.version})
    assert backend.commit([write], WINDOW) == "case"
    assert backend.cases.get(case_id).claimed_by == "key-1" and backend.windows.window("c1") == []


def test_when_a_commit_wins_then_windows_states_cases_and_seen_ids_are_written_together(backend: Backend) -> None:
    loaded = backend.load({"c1": ["m0", "m1", "m2", "m3"], "c2": ["m0"]})
    hooked: list[object] = []
    case_id = backend.new_case_id("c1")
    writes = [
        Write("c1", appended=[entry("c1", i) for i in range(4)], state={"n": 4}, state_token=loaded["c1"].state_token,
              seen=["m0", "m1", "m2", "m3"], cases=[make_case(case_id, "c1", "high", ["grooming"])],
              case_bases={case_id: None}),
        Write("c2", appended=[entry("c2", 0)], state={"n": 1}, state_token=loaded["c2"].state_token, seen=["m0"]),
    ]
    for group in _by_slot(backend, writes):  # one commit on memory and one node; one per slot on a cluster
        assert backend.commit(group, WINDOW, hook=hooked.append) is None
    assert len(hooked) == len(_by_slot(backend, writes))  # the hook ran inside each commit
    assert [e.message.message_id for e in backend.windows.window("c1")] == ["m1", "m2", "m3"]  # trimmed to the window
    assert backend.windows.get_state("c1") == {"n": 4} and backend.windows.get_state("c2") == {"n": 1}
    assert backend.cases.get(case_id) is not None and backend.cases.active_for("c1") == case_id
    assert [c.case_id for c in backend.cases.list()] == [case_id]  # in the moderator queue
    again = backend.load({"c1": ["m3", "m9"], "c2": ["m0"]})
    assert again["c1"].snapshot.known_ids == {"m3"} and again["c2"].snapshot.known_ids == {"m0"}
    assert again["c1"].case.case_id == case_id and again["c1"].snapshot.state == {"n": 4}
    assert [e.rule_hits for e in again["c1"].snapshot.window] == [("r1",), ("r2",), ("r3",)]


def test_when_a_case_id_is_minted_then_it_routes_to_its_conversations_slot(backend: Backend) -> None:
    from convowatch.service.stores.slots import key_slot, tag_of_case

    case_id = backend.new_case_id("conversation-42")
    assert case_id.startswith("case-")
    if backend.name == "redis":  # the case's keys hash like the conversation's
        tag = tag_of_case(case_id)
        assert tag is not None
        assert key_slot(backend.rcases.case_key(case_id)) == key_slot(backend.rwindows.state_key("conversation-42"))
        assert key_slot(backend.rcases.audit_key(case_id)) == key_slot(backend.rwindows.win_key("conversation-42"))


# -- cases -----------------------------------------------------------------------------


def test_when_listing_cases_then_critical_self_harm_comes_first_then_oldest(backend: Backend) -> None:
    cs = backend.cases
    cases = [
        make_case("low-old", "c1", "low", ["bullying"], age_s=100),           # lowest severity: last
        make_case("high-new", "c2", "high", ["grooming"], age_s=1),           # high, newer
        make_case("high-old", "c3", "high", ["grooming"], age_s=50),          # high, older: before high-new
        make_case("crit-threat", "c4", "critical", ["bullying"], age_s=90),   # critical, not self-harm
        make_case("crit-sh", "c5", "critical", ["self_harm"], age_s=10),      # critical self-harm: first
    ]
    for c in cases:
        cs.save(c)
    assert [c.case_id for c in cs.list()] == ["crit-sh", "crit-threat", "high-old", "high-new", "low-old"]


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"category": "grooming"}, ["high-old"]),        # by category
        ({"severity": "critical"}, ["crit-sh"]),         # by severity
        ({"status": "claimed"}, ["high-old"]),           # by status
        ({"status": "open", "category": "self_harm"}, ["crit-sh"]),  # combined
        ({"category": "bullying"}, []),                  # nothing matches
    ],
)
def test_when_filtering_cases_then_only_matching_ones_are_listed(backend: Backend, filters: dict, expected: list) -> None:
    backend.cases.save(make_case("crit-sh", "c5", "critical", ["self_harm"]))
    backend.cases.save(make_case("high-old", "c3", "high", ["grooming"]))
    backend.cases.update("high-old", lambda c: claim(c, "key-1", utcnow()))
    assert [c.case_id for c in backend.cases.list(**filters)] == expected


def test_when_a_case_is_saved_then_it_reads_back_whole(backend: Backend) -> None:
    case = make_case("case-1", "c1", "high", ["grooming"])
    backend.cases.save(case)
    got = backend.cases.get("case-1")
    assert got == case and got.messages[0].text == "context text"


def test_when_claimed_by_another_then_update_raises_and_keeps_the_case(backend: Backend) -> None:
    backend.cases.save(make_case("case-1", "c1", "high", ["grooming"]))
    backend.cases.update("case-1", lambda c: claim(c, "key-a", utcnow()))
    with pytest.raises(CaseConflict):
        backend.cases.update("case-1", lambda c: claim(c, "key-b", utcnow()))
    assert backend.cases.get("case-1").claimed_by == "key-a"
    assert backend.cases.update("missing", lambda c: c) is None


def test_when_audit_entries_are_added_then_the_trail_keeps_them_in_order(backend: Backend) -> None:
    backend.cases.save(make_case("case-1", "c1", "high", ["grooming"]))
    for action in ("read", "claim", "decision"):
        backend.cases.audit("case-1", AuditEntry(at=utcnow(), actor="key-a", action=action))
    assert [a.action for a in backend.cases.audit("case-1")] == ["read", "claim", "decision"]


def test_when_retention_passes_then_the_case_is_purged(backend: Backend) -> None:
    backend.cases.save(make_case("short", "c1", "high", ["grooming"], ttl_s=0.2))
    backend.cases.save(make_case("long", "c2", "high", ["grooming"], ttl_s=60))
    time.sleep(0.35)
    assert backend.cases.get("short") is None
    assert [c.case_id for c in backend.cases.list()] == ["long"]
    assert backend.cases.active_for("c1") is None


def test_when_the_store_is_reopened_then_redis_cases_survive(redis_url: str) -> None:
    first = make_backend(redis_url, prefix="cwtest")
    first.cases.save(make_case("case-1", "c1", "high", ["grooming"]))
    first.close()
    second = make_backend(redis_url, prefix="cwtest")  # a restarted service
    assert second.cases.get("case-1") is not None and second.cases.active_for("c1") == "case-1"
    second.close()


def test_when_redis_keys_are_written_then_they_are_hash_tagged_per_conversation(redis_url: str) -> None:
    import redis

    b = make_backend(redis_url, prefix="cwtest")
    b.windows.append("conv-9", entry("conv-9", 0), max_len=3, ttl_s=60)
    b.windows.put_state("conv-9", {"n": 1}, ttl_s=60)
    keys = sorted(k.decode() for k in redis.Redis.from_url(redis_url).scan_iter("cwtest:*"))
    assert keys == ["cwtest:{conv-9}:state", "cwtest:{conv-9}:win"]
    b.close()
