"""Only one operator replica acts at a time: leader election on a coordination.k8s.io/v1 Lease.

The rules are client-go's (`k8s.io/client-go/tools/leaderelection`): a replica takes the Lease
when nobody holds it, or when the holder has not renewed it for `leaseDurationSeconds` as seen on
this replica's own clock (the time it last saw the record change, never the holder's timestamps,
so clock skew between nodes does not matter). The leader renews every `retry_seconds` and steps
down when it could not renew for `renew_deadline_seconds` (shorter than the duration, so it stops
acting before anyone may take over). Writes are optimistic (`resourceVersion`): of two replicas
racing for an expired Lease, one gets a 409. On a clean shutdown the leader releases the Lease
(empty holder), so a successor takes over at once instead of after the duration.

`LeaderElector.is_leader` is what the handlers check before acting.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kubernetes import client as k8s
from kubernetes.client.exceptions import ApiException

log = logging.getLogger(__name__)


def micro_time(epoch: float) -> str:
    """A Kubernetes MicroTime."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class Observed:
    """The Lease record last seen and when (this replica's monotonic clock)."""

    holder: str
    renew_time: str
    resource_version: str
    at: float


def held_by_other(spec: Mapping[str, Any], me: str, observed: Observed | None, now: float) -> bool:
    """True when another replica holds the Lease and has renewed it within its duration, as
    observed from here."""
    holder = spec.get("holderIdentity") or ""
    if not holder or holder == me:
        return False
    duration = float(spec.get("leaseDurationSeconds") or 0)
    return observed is not None and observed.at + duration > now


def claimed_spec(spec: Mapping[str, Any], me: str, duration: int, now: float) -> dict[str, Any]:
    """The Lease spec with this replica holding it (renewed, or newly acquired)."""
    stamp = micro_time(now)
    if spec.get("holderIdentity") == me:
        acquired = spec.get("acquireTime") or stamp
        transitions = int(spec.get("leaseTransitions") or 0)
    else:
        acquired = stamp
        transitions = int(spec.get("leaseTransitions") or 0) + (1 if spec else 0)
    return {
        "holderIdentity": me,
        "leaseDurationSeconds": duration,
        "acquireTime": acquired,
        "renewTime": stamp,
        "leaseTransitions": transitions,
    }


class LeaderElector:
    def __init__(
        self,
        name: str,
        namespace: str,
        identity: str,
        *,
        duration_seconds: int = 15,
        renew_deadline_seconds: float = 10.0,
        retry_seconds: float = 2.0,
        api: Any = None,
        on_change: Callable[[bool], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < retry_seconds < renew_deadline_seconds < duration_seconds:
            raise ValueError("need 0 < retry < renew deadline < lease duration")
        self.name = name
        self.namespace = namespace
        self.identity = identity
        self.duration = duration_seconds
        self.renew_deadline = renew_deadline_seconds
        self.retry = retry_seconds
        self.api = api if api is not None else k8s.CoordinationV1Api()
        self.on_change = on_change
        self.clock = clock
        self.observed: Observed | None = None
        self.renewed_at: float | None = None
        self._leader = False

    @property
    def is_leader(self) -> bool:
        return self._leader

    def _set_leader(self, leader: bool) -> None:
        if leader != self._leader:
            self._leader = leader
            log.info(
                "%s lease %s/%s as %s",
                "acquired" if leader else "lost",
                self.namespace,
                self.name,
                self.identity,
            )
            if self.on_change is not None:
                self.on_change(leader)

    # -- Kubernetes ------------------------------------------------------------------------
    async def _read(self) -> dict[str, Any] | None:
        try:
            response = await asyncio.to_thread(
                self.api.read_namespaced_lease, self.name, self.namespace, _preload_content=False
            )
        except ApiException as exc:
            if exc.status == 404:
                return None
            raise
        lease: dict[str, Any] = json.loads(response.data)
        return lease

    async def _write(self, lease: dict[str, Any] | None, spec: dict[str, Any]) -> bool:
        """Create or replace (optimistically) the Lease; False when another replica won."""
        try:
            if lease is None:
                body = {"metadata": {"name": self.name}, "spec": spec}
                await asyncio.to_thread(
                    self.api.create_namespaced_lease, self.namespace, body, _preload_content=False
                )
            else:
                body = {"metadata": lease["metadata"], "spec": spec}
                await asyncio.to_thread(
                    self.api.replace_namespaced_lease,
                    self.name,
                    self.namespace,
                    body,
                    _preload_content=False,
                )
        except ApiException as exc:
            if exc.status == 409:
                return False
            raise
        return True

    # -- election --------------------------------------------------------------------------
    async def try_acquire_or_renew(self) -> bool:
        now = self.clock()
        lease = await self._read()
        spec: dict[str, Any] = (lease or {}).get("spec") or {}
        if lease is not None:
            seen = (
                spec.get("holderIdentity") or "",
                spec.get("renewTime") or "",
                lease["metadata"].get("resourceVersion", ""),
            )
            if self.observed is None or seen != (
                self.observed.holder,
                self.observed.renew_time,
                self.observed.resource_version,
            ):
                self.observed = Observed(*seen, at=now)
        if held_by_other(spec, self.identity, self.observed, now):
            return False
        claimed = claimed_spec(spec, self.identity, self.duration, time.time())
        return await self._write(lease, claimed)

    async def step(self) -> None:
        """One attempt; leadership follows its outcome (errors count as a failed renewal)."""
        try:
            ok = await self.try_acquire_or_renew()
        except (ApiException, OSError) as exc:
            log.warning("lease %s/%s: %r", self.namespace, self.name, exc)
            ok = False
        now = self.clock()
        if ok:
            self.renewed_at = now
            self._set_leader(True)
        elif self._leader and (
            self.renewed_at is None or now - self.renewed_at >= self.renew_deadline
        ):
            self._set_leader(False)  # stop acting before anyone else may take over

    async def run(self) -> None:
        while True:
            await self.step()
            await asyncio.sleep(self.retry)

    async def release(self) -> None:
        """Give the Lease up (clean shutdown) so a successor does not wait for it to expire."""
        if not self._leader:
            return
        self._set_leader(False)
        try:
            lease = await self._read()
            spec = (lease or {}).get("spec") or {}
            if lease is not None and spec.get("holderIdentity") == self.identity:
                released = {**spec, "holderIdentity": None, "leaseDurationSeconds": 1}
                await self._write(lease, released)
        except (ApiException, OSError) as exc:
            log.warning("lease %s/%s not released: %r", self.namespace, self.name, exc)


class AlwaysLeader:
    """Leader election switched off (OPERATOR_LEADER_ELECTION=false): one replica only."""

    is_leader = True

    async def run(self) -> None:
        return None

    async def release(self) -> None:
        return None
