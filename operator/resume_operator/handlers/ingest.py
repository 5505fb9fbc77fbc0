"""User-applied ResumeJobs: `spec.source` -> a job of the service, through the service's own
ingestion code (`resume_processor.ingest`).

Triggered by every watch event of a ResumeJob that still needs it (`needs_ingest`) and by a
resync every `resync_seconds` (a replica that becomes the leader picks up what arrived while it
was standby). Steps, each safe to repeat:

1. label the object with its job id (`application_id_for(uid)`), so the mirror applies the job's
   lifecycle events to this object instead of creating an `rj-…` one;
2. read the source and ingest it (a no-op if the job exists: same id);
3. write `status.applicationId` (and `fileName`); the job's `created` event, already published,
   moves the phase to Queued, and later events move it on like any other job.

A source that can never work (missing, too large, not a resume) ends the object `Failed` with the
reason; a service that is down leaves it `Pending` with a message, retried on the next resync.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from kubernetes import client as k8s
from kubernetes.client.exceptions import ApiException

from resume_operator import constants, metrics
from resume_operator.resumejobs import (
    APPLICATION_LABEL,
    application_id_for,
    needs_ingest,
    rejected_status,
    waiting_status,
)
from resume_processor.config import Settings
from resume_processor.db.models import ApplicationStatus
from resume_processor.ingest import Source, SourceRejected, ingest_document, read_source

if TYPE_CHECKING:
    import redis
    from celery import Celery
    from sqlalchemy.orm import Session, sessionmaker

    from resume_processor.storage import Storage

log = logging.getLogger(__name__)

DONE_CACHE = 10_000


class Ingestor:
    def __init__(
        self, settings: Settings, namespace: str, custom: Any = None, resync_seconds: float = 30
    ) -> None:
        self.settings = settings
        self.namespace = namespace
        self.custom = custom if custom is not None else k8s.CustomObjectsApi()
        self.resync_seconds = resync_seconds
        self._busy: set[str] = set()
        self._done: dict[str, None] = {}
        """uids ingested or rejected by this process (bounded): the watch events that follow
        our own patches still carry the old status and must not start the work again."""

    # service clients, made on first use (the operator may never see a user-applied job)
    @cached_property
    def storage(self) -> Storage:
        from resume_processor.storage import make_storage

        return make_storage(self.settings)

    @cached_property
    def celery(self) -> Celery:
        from resume_processor.worker.celery_app import make_celery

        return make_celery(self.settings)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from resume_processor.db.session import make_sync_engine

        return sessionmaker(make_sync_engine(self.settings), expire_on_commit=False)

    @cached_property
    def events(self) -> redis.Redis:
        from resume_processor.worker.dispatch import redis_client

        return redis_client(self.settings.redis_url)

    # -- Kubernetes ------------------------------------------------------------------------
    async def _patch(self, name: str, body: Mapping[str, Any], *, status: bool = False) -> None:
        method = (
            self.custom.patch_namespaced_custom_object_status
            if status
            else self.custom.patch_namespaced_custom_object
        )
        await asyncio.to_thread(
            method,
            constants.GROUP,
            constants.VERSION,
            self.namespace,
            constants.RESUMEJOB_PLURAL,
            name,
            body,
        )

    # -- one object ------------------------------------------------------------------------
    async def reconcile(self, obj: Mapping[str, Any]) -> None:
        if not needs_ingest(obj):
            return
        meta = obj["metadata"]
        name, uid = meta["name"], meta["uid"]
        if name in self._busy or uid in self._done:  # being ingested, or a stale event
            return
        self._busy.add(name)
        try:
            if await self._ingest(name, uid, obj["spec"]):
                self._done[uid] = None
                while len(self._done) > DONE_CACHE:
                    self._done.pop(next(iter(self._done)))
        finally:
            self._busy.discard(name)

    async def _ingest(self, name: str, uid: str, spec: Mapping[str, Any]) -> bool:
        """True when finished with (ingested or rejected), False to retry later."""
        application_id = application_id_for(uid)
        now = time.time()
        try:
            source = Source.parse(spec["source"])
        except SourceRejected as exc:
            await self._reject(name, exc, now)
            return True
        await self._patch(name, {"metadata": {"labels": {APPLICATION_LABEL: str(application_id)}}})
        filename = str(spec.get("fileName") or source.filename)
        try:
            outcome = await asyncio.to_thread(self._run, source, filename, application_id)
        except SourceRejected as exc:
            await self._reject(name, exc, now)
            return True
        except Exception as exc:  # storage, database or broker down: retried on the next resync
            metrics.RESUMEJOBS_INGESTED.labels("error").inc()
            metrics.ERRORS.labels("ingest", type(exc).__name__).inc()
            log.warning("ResumeJob %s/%s not ingested yet: %r", self.namespace, name, exc)
            await self._patch(name, {"status": waiting_status(str(exc), now)}, status=True)
            return False
        metrics.RESUMEJOBS_INGESTED.labels("accepted").inc()
        log.info(
            "ResumeJob %s/%s: %s ingested as job %s (%s)",
            self.namespace,
            name,
            source,
            application_id,
            outcome,
        )
        await self._patch(
            name,
            {
                "status": {
                    "applicationId": str(application_id),
                    "fileName": filename[:255],
                    "message": None,
                    "conditions": None,
                }
            },
            status=True,
        )
        return True

    def _run(self, source: Source, filename: str, application_id: uuid.UUID) -> ApplicationStatus:
        data = read_source(source, self.settings, self.storage)
        return ingest_document(
            data,
            filename,
            application_id,
            settings=self.settings,
            storage=self.storage,
            celery=self.celery,
            events=self.events,
            sessions=self.sessions,
        )

    async def _reject(self, name: str, exc: SourceRejected, now: float) -> None:
        metrics.RESUMEJOBS_INGESTED.labels("rejected").inc()
        log.warning("ResumeJob %s/%s rejected: %s", self.namespace, name, exc.message)
        await self._patch(
            name, {"status": rejected_status(exc.reason, exc.message, now)}, status=True
        )

    # -- resync ----------------------------------------------------------------------------
    async def resync(self) -> None:
        listed = await asyncio.to_thread(
            self.custom.list_namespaced_custom_object,
            constants.GROUP,
            constants.VERSION,
            self.namespace,
            constants.RESUMEJOB_PLURAL,
        )
        for item in listed.get("items") or ():
            if needs_ingest(item):
                await self.reconcile(item)

    async def run(self, is_leader: Callable[[], bool]) -> None:
        """Resync every `resync_seconds` while this replica leads."""
        while True:
            if is_leader():
                try:
                    await self.resync()
                except (ApiException, OSError) as exc:
                    metrics.ERRORS.labels("ingest", "resync").inc()
                    log.warning("ResumeJob resync failed: %r", exc)
            await asyncio.sleep(self.resync_seconds)
