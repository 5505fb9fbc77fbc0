"""The operator's own settings, from its environment (the service's settings come from
`resume_processor.config.Settings`: REDIS_URL, DB_URL, storage).

| Variable | Default | Meaning |
|---|---|---|
| `POD_NAME` | hostname | this replica's identity (Lease holder, stream consumer) |
| `POD_NAMESPACE` | the service account's namespace, else `default` | where the Lease lives |
| `OPERATOR_LEADER_ELECTION` | `true` | `false`: act without a Lease (one replica only) |
| `OPERATOR_LEASE_NAME` | `resume-operator` | the Lease replicas compete for |
| `OPERATOR_LEASE_DURATION_SECONDS` | `15` | how long a silent leader keeps the Lease |
| `OPERATOR_METRICS_PORT` | `9809` | Prometheus `/metrics` (0: none) |
| `OPERATOR_METRICS_HOST` | `0.0.0.0` | address the metrics endpoint binds |
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SA_NAMESPACE_FILE = Path("/var/run/secrets/kubernetes.io/serviceaccount/namespace")
FALSE = frozenset({"0", "false", "no", "off"})


def operator_namespace(env: Mapping[str, str] = os.environ) -> str:
    if namespace := env.get("POD_NAMESPACE"):
        return namespace
    with contextlib.suppress(OSError):
        return SA_NAMESPACE_FILE.read_text().strip() or "default"
    return "default"


@dataclass(frozen=True)
class OperatorSettings:
    identity: str
    namespace: str
    leader_election: bool = True
    lease_name: str = "resume-operator"
    lease_duration_seconds: int = 15
    metrics_port: int = 9809
    metrics_host: str = "0.0.0.0"  # noqa: S104 (scraped from other pods)

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> OperatorSettings:
        # A unique suffix: two processes on one host (or a restarted Pod) are different holders.
        identity = f"{env.get('POD_NAME') or socket.gethostname()}_{uuid.uuid4().hex[:8]}"
        return cls(
            identity=identity,
            namespace=operator_namespace(env),
            leader_election=env.get("OPERATOR_LEADER_ELECTION", "true").lower() not in FALSE,
            lease_name=env.get("OPERATOR_LEASE_NAME") or cls.lease_name,
            lease_duration_seconds=int(
                env.get("OPERATOR_LEASE_DURATION_SECONDS") or cls.lease_duration_seconds
            ),
            metrics_port=int(env.get("OPERATOR_METRICS_PORT") or cls.metrics_port),
            metrics_host=env.get("OPERATOR_METRICS_HOST") or cls.metrics_host,
        )
