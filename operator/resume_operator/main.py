"""The operator's kopf handlers: `kopf run -m resume_operator.main` (or `resumectl operator`).

Only the decorators and settings live here; the work is in `resume_operator.handlers`.
Every replica watches; only the one holding the Lease (`resume_operator.leader`) acts: scales,
mirrors lifecycle events, ingests user-applied ResumeJobs. Liveness: kopf's `--liveness`
endpoint, answered by `health` below.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from typing import Any

import kopf
from kubernetes import config as k8s_config

from resume_operator import constants, metrics
from resume_operator.handlers import resumejobs
from resume_operator.handlers.autoscaler import Autoscaler, Clients, polling_interval
from resume_operator.handlers.ingest import Ingestor
from resume_operator.leader import AlwaysLeader, LeaderElector
from resume_operator.settings import OperatorSettings
from resume_processor.config import Settings

log = logging.getLogger(__name__)


@kopf.on.login()
def login(**kwargs: Any) -> kopf.ConnectionInfo | None:
    """In a Pod its service account, else $KUBECONFIG (read at login, not at import)."""
    return kopf.login_with_service_account(**kwargs) or kopf.login_with_kubeconfig(**kwargs)


@kopf.on.startup()
async def configure(settings: kopf.OperatorSettings, memo: kopf.Memo, **_: Any) -> None:
    settings.posting.level = logging.INFO  # Events for Scaled decisions
    settings.persistence.finalizer = f"{constants.GROUP}/operator"
    settings.peering.standalone = True  # one actor at a time comes from the Lease, not peering
    try:
        k8s_config.load_incluster_config()
    except k8s_config.ConfigException:
        k8s_config.load_kube_config(config_file=os.environ.get("KUBECONFIG"))
    operator = OperatorSettings.from_env()
    service = Settings()
    memo.operator = operator
    memo.clients = Clients.connect(service.redis_url)
    metrics.serve(operator.metrics_port, operator.metrics_host)

    def on_change(leading: bool) -> None:
        metrics.LEADER.set(1 if leading else 0)
        if not leading:
            metrics.forget_autoscalers()

    memo.leader = (
        LeaderElector(
            operator.lease_name,
            operator.namespace,
            operator.identity,
            duration_seconds=operator.lease_duration_seconds,
            renew_deadline_seconds=operator.lease_duration_seconds * 2 / 3,
            retry_seconds=operator.lease_duration_seconds / 7.5,
            on_change=on_change,
        )
        if operator.leader_election
        else AlwaysLeader()
    )
    if not operator.leader_election:
        on_change(True)
    memo.election = asyncio.create_task(memo.leader.run(), name="leader-election")

    def is_leader() -> bool:
        return bool(memo.leader.is_leader)

    mirror_settings = resumejobs.MirrorSettings.from_env(service.redis_url, service.events_stream)
    memo.resumejob_mirror = await resumejobs.start(mirror_settings, is_leader)
    memo.ingestor = Ingestor(service, mirror_settings.namespace)
    memo.ingest_resync = asyncio.create_task(memo.ingestor.run(is_leader), name="ingest-resync")


@kopf.on.cleanup()
async def shutdown(memo: kopf.Memo, **_: Any) -> None:
    for name in ("ingest_resync", "election"):
        task = memo.get(name)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    await resumejobs.stop(memo.get("resumejob_mirror"))
    if memo.get("leader") is not None:
        await memo.leader.release()
    clients = memo.get("clients")
    if clients is not None:
        await clients.close()


@kopf.on.probe(id="leader")
def health(memo: kopf.Memo, **_: Any) -> dict[str, Any]:
    """What the liveness endpoint reports; it fails (and the Pod restarts) when a background
    task this replica needs has died."""
    for name in ("election", "resumejob_mirror", "ingest_resync"):
        task = memo.get(name)
        if task is not None and task.done():
            raise RuntimeError(f"background task {name} stopped")
    leader = memo.get("leader")
    return {
        "identity": memo.operator.identity if memo.get("operator") else None,
        "leader": bool(leader is not None and leader.is_leader),
    }


@kopf.daemon(
    constants.GROUP,
    constants.VERSION,
    constants.WORKERAUTOSCALER_PLURAL,
    cancellation_timeout=10,
)
async def autoscale(
    stopped: kopf.DaemonStopped,
    name: str,
    namespace: str | None,
    body: kopf.Body,
    spec: kopf.Spec,
    status: kopf.Status,
    meta: kopf.Meta,
    memo: kopf.Memo,
    **_: Any,
) -> None:
    """Every `spec.pollingInterval` seconds, on the leader: demand + policy -> scale, status,
    Event."""
    if namespace is None:  # the CRD is namespaced; kopf types the argument for both scopes
        raise kopf.PermanentError("a WorkerAutoscaler must be namespaced")
    autoscaler = Autoscaler.from_object(name, namespace, status)
    try:
        while not stopped:
            if memo.leader.is_leader:
                await autoscaler.poll(memo.clients, body, spec, meta.get("generation"))
            await stopped.wait(polling_interval(spec))
    finally:
        metrics.forget_autoscaler(namespace, name)


@kopf.on.event(constants.GROUP, constants.VERSION, constants.RESUMEJOB_PLURAL)
async def ingest(
    event: kopf.RawEvent, body: kopf.Body, namespace: str | None, memo: kopf.Memo, **_: Any
) -> None:
    """A ResumeJob applied with `spec.source`: ingest it (on the leader; the resync catches
    what a standby replica saw). Only ResumeJobs in the mirror's namespace are ingested."""
    if event.get("type") == "DELETED" or not memo.leader.is_leader:
        return
    if namespace == memo.ingestor.namespace:
        await memo.ingestor.reconcile(body)
