"""Leader election's pure rules (the Lease calls are tested on the real API server in
tests/k8s/test_leader_election.py)."""

from __future__ import annotations

import pytest

from resume_operator.leader import LeaderElector, Observed, claimed_spec, held_by_other

SPEC = {
    "holderIdentity": "other",
    "leaseDurationSeconds": 15,
    "acquireTime": "2026-11-28T10:00:00.000000Z",
    "renewTime": "2026-11-28T10:05:00.000000Z",
    "leaseTransitions": 4,
}


def seen(at: float) -> Observed:
    return Observed("other", SPEC["renewTime"], "42", at=at)  # type: ignore[arg-type]


def test_a_lease_renewed_within_its_duration_is_held() -> None:
    assert held_by_other(SPEC, "me", seen(at=100.0), now=114.9)


def test_a_lease_not_renewed_for_its_duration_as_seen_here_is_free() -> None:
    # our own clock: 15 s since we saw the record change, whatever its timestamps say
    assert not held_by_other(SPEC, "me", seen(at=100.0), now=115.0)


def test_an_empty_or_own_lease_is_free() -> None:
    assert not held_by_other({**SPEC, "holderIdentity": ""}, "me", seen(100.0), now=100.0)
    assert not held_by_other({**SPEC, "holderIdentity": None}, "me", seen(100.0), now=100.0)
    assert not held_by_other({**SPEC, "holderIdentity": "me"}, "me", seen(100.0), now=100.0)


def test_taking_over_counts_a_transition_and_renewing_keeps_acquire_time() -> None:
    taken = claimed_spec(SPEC, "me", 15, now=1_800_000_000.0)
    assert taken["holderIdentity"] == "me"
    assert taken["leaseTransitions"] == 5
    assert taken["acquireTime"] == taken["renewTime"] == "2027-01-15T08:00:00.000000Z"
    renewed = claimed_spec(taken, "me", 15, now=1_800_000_005.5)
    assert renewed["acquireTime"] == taken["acquireTime"]
    assert renewed["renewTime"] == "2027-01-15T08:00:05.500000Z"
    assert renewed["leaseTransitions"] == 5
    assert claimed_spec({}, "me", 15, now=0.0)["leaseTransitions"] == 0  # a new Lease


def test_timings_must_leave_the_leader_time_to_step_down() -> None:
    with pytest.raises(ValueError, match="renew deadline"):
        LeaderElector("l", "ns", "me", duration_seconds=10, renew_deadline_seconds=10, api=object())
