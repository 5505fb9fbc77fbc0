"""The operator's kopf handlers: `kopf run -m resume_operator.main` (or `resumectl operator`).

Only the decorators and settings live here; the work is in `resume_operator.handlers`.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import kopf
from kubernetes import config as k8s_config

from resume_operator import constants
from resume_operator.handlers import resumejobs
from resume_operator.handlers.autoscaler import Autoscaler, Clients, polling_interval
from resume_processor.config import Settings


@kopf.on.login()
def login(**kwargs: Any) -> kopf.ConnectionInfo | None:
    """In a Pod its service account, else $KUBECONFIG (read at login, not at import)."""
    return kopf.login_with_service_account(**kwargs) or kopf.login_with_kubeconfig(**kwargs)


@kopf.on.startup()
async def configure(settings: kopf.OperatorSettings, memo: kopf.Memo, **_: Any) -> None:
    settings.posting.level = logging.INFO  # Events for Scaled decisions
    settings.persistence.finalizer = f"{constants.GROUP}/operator"
    try:
        k8s_config.load_incluster_config()
    except k8s_config.ConfigException:
        k8s_config.load_kube_config(config_file=os.environ.get("KUBECONFIG"))
    memo.clients = Clients.connect(Settings().redis_url)


@kopf.on.startup()
async def start_resumejob_mirror(memo: kopf.Memo, **_: Any) -> None:
    """Lifecycle events -> ResumeJobs in a background task (after `configure` loaded config)."""
    settings = Settings()
    memo.resumejob_mirror = await resumejobs.start(
        resumejobs.MirrorSettings.from_env(settings.redis_url, settings.events_stream)
    )


@kopf.on.cleanup()
async def stop_resumejob_mirror(memo: kopf.Memo, **_: Any) -> None:
    await resumejobs.stop(memo.get("resumejob_mirror"))


@kopf.on.cleanup()
async def close(memo: kopf.Memo, **_: Any) -> None:
    clients = memo.get("clients")
    if clients is not None:
        await clients.close()


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
    """Every `spec.pollingInterval` seconds: demand + policy -> scale, status, Event."""
    if namespace is None:  # the CRD is namespaced; kopf types the argument for both scopes
        raise kopf.PermanentError("a WorkerAutoscaler must be namespaced")
    autoscaler = Autoscaler.from_object(name, namespace, status)
    while not stopped:
        await autoscaler.poll(memo.clients, body, spec, meta.get("generation"))
        await stopped.wait(polling_interval(spec))
