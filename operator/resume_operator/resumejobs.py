"""ResumeJob mirror, pure part: lifecycle event -> object name, manifest and status.

The service publishes `created`, `started`, `retrying`, `completed` and `failed` events (see
`resume_processor.events`); the operator folds them, in stream order, onto the object's current
status. A finished job (Completed or Failed) never moves back, so a late or replayed event is
harmless. The I/O (stream, Kubernetes) is in `resume_operator.handlers.resumejobs`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from resume_operator import constants

NAME_PREFIX = "rj-"
NAME_HEX = 13
DEFAULT_TTL_SECONDS = 3600
MESSAGE_MAX = 2000
MANAGED_BY = "resume-operator"
APPLICATION_LABEL = f"{constants.GROUP}/application-id"

QUEUED = "Queued"
PROCESSING = "Processing"
COMPLETED = "Completed"
FAILED = "Failed"
FINISHED = frozenset({COMPLETED, FAILED})


class BadEvent(ValueError):
    """A stream entry that is not a lifecycle event this mirror understands."""


@dataclass(frozen=True)
class Event:
    type: str
    application_id: uuid.UUID
    ts: float
    filename: str | None = None
    candidate: str | None = None
    attempt: int | None = None
    reason: str | None = None

    @classmethod
    def parse(cls, fields: Mapping[str, str]) -> Event:
        kind = fields.get("type", "")
        if kind not in {"created", "started", "retrying", "completed", "failed"}:
            raise BadEvent(f"unknown event type {kind!r}")
        try:
            application_id = uuid.UUID(fields["application_id"])
            ts = float(fields.get("ts") or 0)
            attempt = int(fields["attempt"]) if fields.get("attempt") else None
        except (KeyError, ValueError) as exc:
            raise BadEvent(f"malformed event {dict(fields)!r}: {exc}") from exc
        return cls(
            type=kind,
            application_id=application_id,
            ts=ts,
            filename=fields.get("filename") or None,
            candidate=fields.get("candidate") or None,
            attempt=attempt,
            reason=fields.get("reason") or None,
        )


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def object_name(application_id: uuid.UUID) -> str:
    return f"{NAME_PREFIX}{application_id.hex[:NAME_HEX]}"


# -- user-applied ResumeJobs (spec.source) ---------------------------------------------------
INGEST_NAMESPACE = uuid.UUID("5b0e6f0c-3c7e-4f0a-9a43-6f1c1d0f2a11")


def application_id_for(uid: str) -> uuid.UUID:
    """The job id of a user-applied ResumeJob: derived from the object's uid, so ingesting it
    twice (a retry, a new leader) finds the same job instead of making a second one."""
    return uuid.uuid5(INGEST_NAMESPACE, uid)


def needs_ingest(obj: Mapping[str, Any]) -> bool:
    """A ResumeJob a user applied with `spec.source` that the service has not taken yet."""
    spec = obj.get("spec") or {}
    status = obj.get("status") or {}
    return (
        bool(spec.get("source"))
        and not status.get("applicationId")
        and (status.get("phase") not in FINISHED)
    )


def rejected_status(reason: str, message: str, ts: float) -> dict[str, Any]:
    """The status of a ResumeJob whose source can never be ingested."""
    return {
        "phase": FAILED,
        "message": message[:MESSAGE_MAX],
        "completionTime": iso(ts),
        "conditions": [_condition("Failed", reason, message, ts)],
    }


def waiting_status(message: str, ts: float) -> dict[str, Any]:
    """A source not ingested yet because a service is down (retried on the next resync)."""
    return {
        "phase": "Pending",
        "message": f"will retry: {message}"[:MESSAGE_MAX],
        "conditions": [
            {**_condition("Ingested", "ServiceUnavailable", message, ts), "status": "False"}
        ],
    }


def manifest(event: Event, ttl_seconds: int = DEFAULT_TTL_SECONDS) -> dict[str, Any]:
    """The object to create for a job seen for the first time (status is patched after)."""
    spec: dict[str, Any] = {
        "applicationId": str(event.application_id),
        "ttlSecondsAfterFinished": ttl_seconds,
    }
    if event.filename:
        spec["fileName"] = event.filename[:255]
    return {
        "apiVersion": f"{constants.GROUP}/{constants.VERSION}",
        "kind": "ResumeJob",
        "metadata": {
            "name": object_name(event.application_id),
            "labels": {
                "app.kubernetes.io/managed-by": MANAGED_BY,
                APPLICATION_LABEL: str(event.application_id),
            },
        },
        "spec": spec,
    }


def _condition(kind: str, reason: str, message: str, ts: float) -> dict[str, str]:
    return {
        "type": kind,
        "status": "True",
        "reason": reason,
        "message": message[:MESSAGE_MAX],
        "lastTransitionTime": iso(ts),
    }


def apply_event(status: Mapping[str, Any], event: Event) -> dict[str, Any]:
    """The status after `event`; the input is not modified. Finished jobs do not change."""
    new = dict(status)
    phase = new.get("phase")
    if phase in FINISHED:
        return new
    new["applicationId"] = str(event.application_id)
    if event.filename and not new.get("fileName"):
        new["fileName"] = event.filename
    attempts = int(new.get("attempts") or 0)
    if event.attempt is not None and event.attempt < attempts and event.type != "completed":
        return new  # an older attempt's news (replayed or out of order)
    if event.attempt is not None:
        new["attempts"] = max(attempts, event.attempt)

    if event.type == "created":
        if phase in (None, "", "Pending"):
            new["phase"] = QUEUED
    elif event.type == "started":
        new["phase"] = PROCESSING
        new.setdefault("startTime", iso(event.ts))
        new.pop("message", None)
    elif event.type == "retrying":
        new["phase"] = QUEUED
        new["message"] = f"retrying: {event.reason or 'unknown error'}"[:MESSAGE_MAX]
    elif event.type == "completed":
        new["phase"] = COMPLETED
        if event.candidate:
            new["candidateName"] = event.candidate
        new.pop("message", None)
        new["completionTime"] = iso(event.ts)
        new["conditions"] = [_condition("Complete", "Completed", "processed", event.ts)]
    elif event.type == "failed":
        new["phase"] = FAILED
        new["message"] = (event.reason or "failed")[:MESSAGE_MAX]
        new["completionTime"] = iso(event.ts)
        new["conditions"] = [_condition("Failed", "Failed", new["message"], event.ts)]
    return new


def fold(status: Mapping[str, Any], events: Iterable[Event]) -> dict[str, Any]:
    new = dict(status)
    for event in events:
        new = apply_event(new, event)
    return new


def status_patch(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON merge patch from `old` to `new` (None removes a field); empty if unchanged."""
    patch: dict[str, Any] = {key: value for key, value in new.items() if old.get(key) != value}
    patch.update({key: None for key in old if key not in new})
    return patch


def group_by_object(events: Iterable[Event]) -> dict[str, list[Event]]:
    """Events per object name, each list in stream order."""
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(object_name(event.application_id), []).append(event)
    return grouped


# -- retention -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Finished:
    name: str
    completed_at: float
    ttl_seconds: int


def finished(items: Iterable[Mapping[str, Any]]) -> list[Finished]:
    """The finished ResumeJobs among listed objects (those with a completionTime)."""
    found = []
    for item in items:
        status = item.get("status") or {}
        if status.get("phase") not in FINISHED or not status.get("completionTime"):
            continue
        try:
            completed_at = parse_iso(status["completionTime"])
        except ValueError:
            continue
        ttl = (item.get("spec") or {}).get("ttlSecondsAfterFinished", DEFAULT_TTL_SECONDS)
        found.append(Finished(item["metadata"]["name"], completed_at, int(ttl)))
    return found


def to_delete(jobs: Sequence[Finished], now: float, keep_finished: int) -> list[str]:
    """Names past their TTL, then the oldest beyond `keep_finished` finished ones."""
    expired = [job for job in jobs if job.completed_at + job.ttl_seconds <= now]
    names = {job.name for job in expired}
    alive = sorted(
        (job for job in jobs if job.name not in names),
        key=lambda job: (job.completed_at, job.name),
    )
    excess = alive[: max(0, len(alive) - keep_finished)]
    return sorted(names) + [job.name for job in excess]
