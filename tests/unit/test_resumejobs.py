"""The ResumeJob mirror's pure parts: event -> name, manifest, status; retention."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from resume_operator.resumejobs import (
    BadEvent,
    Event,
    Finished,
    application_id_for,
    apply_event,
    finished,
    fold,
    group_by_object,
    iso,
    manifest,
    needs_ingest,
    object_name,
    rejected_status,
    status_patch,
    to_delete,
    waiting_status,
)
from resume_processor.events import EventType, event_fields

APP = uuid.UUID("0123abcd-4567-89ef-0123-456789abcdef")
T0 = 1_700_000_000.0


def event(kind: str, ts: float = T0, **details: str | int | None) -> Event:
    fields = event_fields(EventType(kind), APP, **details)
    fields["ts"] = f"{ts:.3f}"
    return Event.parse(fields)


def test_parses_the_services_event_fields() -> None:
    got = event("completed", attempt=2, candidate="Ada Lovelace")
    assert (got.type, got.application_id, got.attempt, got.candidate) == (
        "completed",
        APP,
        2,
        "Ada Lovelace",
    )
    assert got.ts == T0


@pytest.mark.parametrize(
    "fields",
    [
        {"type": "exploded", "application_id": str(APP)},
        {"type": "created"},
        {"type": "created", "application_id": "not-a-uuid"},
        {"type": "started", "application_id": str(APP), "attempt": "x"},
    ],
)
def test_bad_events_are_rejected(fields: dict[str, str]) -> None:
    with pytest.raises(BadEvent):
        Event.parse(fields)


def test_name_is_a_short_stable_dns_label() -> None:
    assert object_name(APP) == "rj-0123abcd45678"
    assert len(object_name(uuid.uuid4())) == 16


def test_manifest() -> None:
    body = manifest(event("created", filename="cv.pdf"), ttl_seconds=60)
    assert body["kind"] == "ResumeJob"
    assert body["apiVersion"] == "airesume.io/v1alpha1"
    assert body["metadata"]["name"] == "rj-0123abcd45678"
    assert body["metadata"]["labels"]["airesume.io/application-id"] == str(APP)
    assert body["spec"] == {
        "applicationId": str(APP),
        "ttlSecondsAfterFinished": 60,
        "fileName": "cv.pdf",
    }


def test_phase_mapping() -> None:
    queued = apply_event({}, event("created", filename="cv.pdf"))
    assert queued == {"phase": "Queued", "applicationId": str(APP), "fileName": "cv.pdf"}

    running = apply_event(queued, event("started", T0 + 1, attempt=1, filename="cv.pdf"))
    assert running["phase"] == "Processing"
    assert running["attempts"] == 1
    assert running["startTime"] == iso(T0 + 1)

    retrying = apply_event(running, event("retrying", T0 + 2, attempt=1, reason="ocr timeout"))
    assert retrying["phase"] == "Queued"
    assert retrying["message"] == "retrying: ocr timeout"

    again = apply_event(retrying, event("started", T0 + 3, attempt=2))
    assert again["phase"] == "Processing"
    assert again["attempts"] == 2
    assert "message" not in again
    assert again["startTime"] == iso(T0 + 1)  # the first start

    done = apply_event(again, event("completed", T0 + 4, attempt=2, candidate="Ada Lovelace"))
    assert done["phase"] == "Completed"
    assert done["candidateName"] == "Ada Lovelace"
    assert done["completionTime"] == iso(T0 + 4)
    assert done["conditions"][0]["type"] == "Complete"
    assert done["conditions"][0]["status"] == "True"


def test_failed_carries_the_reason() -> None:
    failed = fold({}, [event("created"), event("failed", T0 + 5, attempt=3, reason="bad pdf")])
    assert failed["phase"] == "Failed"
    assert failed["message"] == "bad pdf"
    assert failed["attempts"] == 3
    assert failed["completionTime"] == iso(T0 + 5)
    assert failed["conditions"][0]["type"] == "Failed"


def test_a_finished_job_never_moves_back() -> None:
    done = fold({}, [event("created"), event("completed", candidate="Ada", attempt=1)])
    for late in ("created", "started", "retrying", "failed"):
        assert apply_event(done, event(late, T0 + 9, attempt=1, reason="x")) == done
    failed = fold({}, [event("failed", reason="x", attempt=1)])
    assert apply_event(failed, event("completed", candidate="Ada", attempt=1)) == failed


def test_created_after_started_keeps_processing() -> None:
    got = fold({}, [event("started", attempt=1), event("created", filename="cv.pdf")])
    assert got["phase"] == "Processing"
    assert got["fileName"] == "cv.pdf"


def test_a_stale_attempt_is_ignored() -> None:
    running = fold({}, [event("started", attempt=2)])
    assert apply_event(running, event("retrying", attempt=1, reason="old")) == running


def test_replaying_events_is_idempotent() -> None:
    events = [event("created"), event("started", attempt=1), event("completed", candidate="A")]
    once = fold({}, events)
    assert fold(once, events) == once
    assert status_patch(once, fold(once, events)) == {}


def test_status_patch_sets_changed_and_removes_missing() -> None:
    old = {"phase": "Queued", "message": "retrying: x", "attempts": 1}
    new = {"phase": "Processing", "attempts": 1}
    assert status_patch(old, new) == {"phase": "Processing", "message": None}


def test_group_by_object_keeps_stream_order() -> None:
    other = uuid.uuid4()
    a1, a2 = event("created"), event("started")
    b1 = Event(type="created", application_id=other, ts=T0)
    assert group_by_object([a1, b1, a2]) == {object_name(APP): [a1, a2], object_name(other): [b1]}


def item(name: str, phase: str | None, completed: float | None, ttl: int = 3600) -> dict[str, Any]:
    status: dict[str, Any] = {"phase": phase} if phase else {}
    if completed is not None:
        status["completionTime"] = iso(completed)
    return {"metadata": {"name": name}, "spec": {"ttlSecondsAfterFinished": ttl}, "status": status}


def test_finished_lists_only_finished_jobs() -> None:
    items = [
        item("a", "Completed", T0),
        item("b", "Failed", T0 + 1, ttl=5),
        item("c", "Processing", None),
        item("d", None, None),
    ]
    assert finished(items) == [Finished("a", T0, 3600), Finished("b", T0 + 1, 5)]


def test_to_delete_expired_then_oldest_beyond_the_limit() -> None:
    jobs = [
        Finished("old", T0, 3600),
        Finished("short", T0 + 10, 1),
        Finished("mid", T0 + 20, 3600),
        Finished("new", T0 + 30, 3600),
    ]
    assert to_delete(jobs, T0 + 12, keep_finished=10) == ["short"]
    assert to_delete(jobs, T0 + 12, keep_finished=2) == ["short", "old"]
    assert to_delete(jobs, T0 + 5, keep_finished=10) == []
    assert to_delete(jobs, T0 + 4000, keep_finished=10) == ["mid", "new", "old", "short"]
    assert to_delete(jobs, T0, keep_finished=0) == ["old", "short", "mid", "new"]


def test_a_user_applied_job_needs_ingesting_until_it_has_a_job_id() -> None:
    applied = {"metadata": {"name": "cv", "uid": "u1"}, "spec": {"source": "s3://b/cv.pdf"}}
    assert needs_ingest(applied)
    assert not needs_ingest({**applied, "status": {"applicationId": str(uuid.uuid4())}})
    assert not needs_ingest({**applied, "status": {"phase": "Failed"}})  # rejected: final
    assert needs_ingest({**applied, "status": {"phase": "Pending"}})  # a service was down
    assert not needs_ingest({"spec": {"applicationId": str(uuid.uuid4())}})  # mirrored


def test_the_job_id_of_an_applied_object_is_stable_per_object() -> None:
    assert application_id_for("uid-1") == application_id_for("uid-1")
    assert application_id_for("uid-1") != application_id_for("uid-2")


def test_rejected_and_waiting_statuses() -> None:
    rejected = rejected_status("SourceNotFound", "s3://b/k does not exist", 0.0)
    assert rejected["phase"] == "Failed"
    assert rejected["completionTime"] == "1970-01-01T00:00:00Z"  # so the TTL applies
    assert rejected["conditions"][0]["reason"] == "SourceNotFound"
    waiting = waiting_status("database down", 0.0)
    assert waiting["phase"] == "Pending"
    assert waiting["message"] == "will retry: database down"
    assert "completionTime" not in waiting
