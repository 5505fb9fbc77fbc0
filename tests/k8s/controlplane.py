"""A real Kubernetes control plane on loopback for tests: etcd, kube-apiserver,
kube-controller-manager, kube-scheduler and kwok (fake nodes whose Pods become Ready).

    with ControlPlane() as cp:
        cp.kubectl("get", "nodes")
        print(cp.kubeconfig, cp.server_url)

Flags follow controller-runtime's envtest. Every process listens on 127.0.0.1 only. Pod and
node addresses that kwok writes into object status are fake and never contacted: nodes get
127.0.0.1 as their InternalIP, Pods get addresses from `pod_cidr` that nothing connects to.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.k8s import binaries
from tests.k8s.pki import Pki, create_pki, write_kubeconfig

KWOK_NODE_ANNOTATION = "kwok.x-k8s.io/node"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ControlPlaneError(RuntimeError):
    pass


def _die_with_parent() -> None:
    """Runs in the child before exec: SIGKILL it if the test process dies without cleaning up."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class _Process:
    def __init__(self, name: str, args: list[str], log: Path) -> None:
        self.name, self.log = name, log
        with log.open("wb") as fh:
            self.popen = subprocess.Popen(
                args, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, preexec_fn=_die_with_parent,
            )  # fmt: skip

    def alive(self) -> bool:
        return self.popen.poll() is None

    def tail(self, lines: int = 25) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = 15) -> None:
        if not self.alive():
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(10)


class ControlPlane:
    """Start etcd, the API server, controller-manager, scheduler and kwok; stop them on exit."""

    def __init__(
        self,
        nodes: int = 3,
        *,
        bin_dir: Path | None = None,
        service_cidr: str = "10.0.0.0/24",
        pod_cidr: str = "10.244.0.0/16",
        startup_timeout: float = 180,
        keep_dir: bool = False,
    ) -> None:
        self.bin_dir = bin_dir or binaries.bin_dir()
        self.nodes = nodes
        self.service_cidr = service_cidr
        self.pod_cidr = pod_cidr
        self.startup_timeout = startup_timeout
        self.keep_dir = keep_dir
        self.processes: list[_Process] = []
        self.dir = Path(tempfile.mkdtemp(prefix="k8s-controlplane-"))
        self.port = 0
        self.kubeconfig = self.dir / "admin.kubeconfig"
        self.pki: Pki | None = None

    # -- public helpers ------------------------------------------------------------------
    @property
    def server_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """Environment for child processes (kubectl, helm, operators) that use this cluster."""
        env = dict(os.environ)
        env["KUBECONFIG"] = str(self.kubeconfig)
        env["PATH"] = f"{self.bin_dir}{os.pathsep}{env.get('PATH', '')}"
        # helm keeps its state under these; keep it inside the cluster's temp dir
        for var, sub in (("HELM_CACHE_HOME", "cache"), ("HELM_CONFIG_HOME", "config")):
            env[var] = str(self.dir / "helm" / sub)
        env["HELM_DATA_HOME"] = str(self.dir / "helm" / "data")
        return env

    def _tool(
        self, tool: str, args: tuple[str, ...], check: bool, input: str | None, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(self.bin_dir / tool), *args], env=self.env(), input=input,
            capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        if check and proc.returncode != 0:
            raise ControlPlaneError(
                f"{tool} {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}{proc.stdout}"
            )
        return proc

    def kubectl(
        self, *args: str, check: bool = True, input: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return self._tool("kubectl", ("--kubeconfig", str(self.kubeconfig), *args), check,
                          input, timeout)  # fmt: skip

    def kubectl_json(self, *args: str) -> Any:
        return json.loads(self.kubectl(*args, "-o", "json").stdout)

    def helm(
        self, *args: str, check: bool = True, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return self._tool("helm", ("--kubeconfig", str(self.kubeconfig), *args), check,
                          None, timeout)  # fmt: skip

    def logs(self) -> dict[str, str]:
        return {p.name: p.tail(200) for p in self.processes}

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> ControlPlane:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        missing = [b for b in binaries.BINARIES if not (self.bin_dir / b).exists()]
        if missing:
            raise ControlPlaneError(f"missing binaries in {self.bin_dir}: {', '.join(missing)}")
        deadline = time.monotonic() + self.startup_timeout
        self.pki = pki = create_pki(self.dir / "pki", service_ip=_first_ip(self.service_cidr))
        etcd_url = self._start_etcd(deadline)
        self.port = free_port()
        write_kubeconfig(self.kubeconfig, self.server_url, pki.ca.cert, pki.admin, "admin")
        self._start_apiserver(etcd_url, pki)
        self._wait(deadline, "kube-apiserver", self._apiserver_ready)
        cm_kc = write_kubeconfig(
            self.dir / "controller-manager.kubeconfig", self.server_url, pki.ca.cert,
            pki.controller_manager, "system:kube-controller-manager",
        )  # fmt: skip
        sched_kc = write_kubeconfig(
            self.dir / "scheduler.kubeconfig", self.server_url, pki.ca.cert, pki.scheduler,
            "system:kube-scheduler",
        )  # fmt: skip
        self._start_controller_manager(cm_kc, pki)
        self._start_scheduler(sched_kc)
        self._start_kwok()
        self.register_nodes(self.nodes)
        self._wait(deadline, "Ready kwok nodes", self._nodes_ready)
        self._wait(deadline, "the default ServiceAccount", self._default_sa_exists)

    def stop(self) -> None:
        for proc in reversed(self.processes):
            proc.stop()
        self.processes.clear()
        if not self.keep_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    # -- components ----------------------------------------------------------------------
    def _spawn(self, name: str, args: list[str]) -> _Process:
        proc = _Process(name, [str(self.bin_dir / name), *args], self.dir / f"{name}.log")
        self.processes.append(proc)
        return proc

    def _start_etcd(self, deadline: float) -> str:
        client, peer = free_port(), free_port()
        url, peer_url = f"http://127.0.0.1:{client}", f"http://127.0.0.1:{peer}"
        data = self.dir / "etcd-data"
        data.mkdir(mode=0o700)
        self._spawn("etcd", [
            "--name=test", f"--data-dir={data}",
            f"--listen-client-urls={url}", f"--advertise-client-urls={url}",
            f"--listen-peer-urls={peer_url}", f"--initial-advertise-peer-urls={peer_url}",
            f"--initial-cluster=test={peer_url}", "--initial-cluster-state=new",
            "--unsafe-no-fsync=true", "--log-level=warn", "--quota-backend-bytes=4294967296",
        ])  # fmt: skip
        self._wait(deadline, "etcd", lambda: _http_ok(f"{url}/health"))
        return url

    def _start_apiserver(self, etcd_url: str, pki: Pki) -> None:
        self._spawn("kube-apiserver", [
            f"--etcd-servers={etcd_url}",
            "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1",
            f"--secure-port={self.port}", f"--cert-dir={self.dir / 'apiserver-certs'}",
            f"--tls-cert-file={pki.serving.cert}", f"--tls-private-key-file={pki.serving.key}",
            f"--client-ca-file={pki.ca.cert}",
            f"--requestheader-client-ca-file={pki.ca.cert}",
            "--requestheader-allowed-names=front-proxy-client",
            "--requestheader-username-headers=X-Remote-User",
            "--requestheader-group-headers=X-Remote-Group",
            "--requestheader-extra-headers-prefix=X-Remote-Extra-",
            f"--proxy-client-cert-file={pki.front_proxy.cert}",
            f"--proxy-client-key-file={pki.front_proxy.key}",
            f"--service-account-key-file={pki.sa_public}",
            f"--service-account-signing-key-file={pki.sa_private}",
            f"--service-account-issuer={self.server_url}",
            f"--service-cluster-ip-range={self.service_cidr}",
            "--authorization-mode=RBAC,Node", "--allow-privileged=true",
            "--endpoint-reconciler-type=none", "--enable-priority-and-fairness=false",
            "--profiling=false", "--v=1",
        ])  # fmt: skip

    def _component_args(self, name: str, kubeconfig: Path) -> list[str]:
        return [
            f"--kubeconfig={kubeconfig}", f"--authentication-kubeconfig={kubeconfig}",
            f"--authorization-kubeconfig={kubeconfig}", "--leader-elect=false",
            "--bind-address=127.0.0.1", f"--secure-port={free_port()}",
            f"--cert-dir={self.dir / (name + '-certs')}", "--v=1",
        ]  # fmt: skip

    def _start_controller_manager(self, kubeconfig: Path, pki: Pki) -> None:
        self._spawn("kube-controller-manager", [
            *self._component_args("kube-controller-manager", kubeconfig),
            "--controllers=*", "--use-service-account-credentials=true",
            f"--service-account-private-key-file={pki.sa_private}",
            f"--root-ca-file={pki.ca.cert}",
            f"--cluster-signing-cert-file={pki.ca.cert}",
            f"--cluster-signing-key-file={pki.ca.key}",
            f"--service-cluster-ip-range={self.service_cidr}",
            "--node-monitor-grace-period=60s",
        ])  # fmt: skip

    def _start_scheduler(self, kubeconfig: Path) -> None:
        self._spawn("kube-scheduler", self._component_args("kube-scheduler", kubeconfig))

    def _start_kwok(self) -> None:
        self._spawn("kwok", [
            f"--kubeconfig={self.kubeconfig}", f"--config={binaries.kwok_stages()}",
            "--manage-all-nodes=false",
            f"--manage-nodes-with-annotation-selector={KWOK_NODE_ANNOTATION}=fake",
            "--manage-nodes-with-label-selector=",
            "--node-ip=127.0.0.1", f"--cidr={self.pod_cidr}",
            "--node-lease-duration-seconds=40", "--server-address=",
        ])  # fmt: skip

    def register_nodes(self, count: int, prefix: str = "kwok-node") -> list[str]:
        """Create `count` fake Nodes that kwok manages (Ready, schedulable, lots of room)."""
        names = [f"{prefix}-{i}" for i in range(count)]
        items = [_fake_node(name) for name in names]
        self.kubectl("apply", "-f", "-", input=json.dumps({"apiVersion": "v1", "kind": "List",
                                                            "items": items}))  # fmt: skip
        return names

    # -- readiness -----------------------------------------------------------------------
    def _wait(self, deadline: float, what: str, check: Callable[[], bool]) -> None:
        while time.monotonic() < deadline:
            dead = [p for p in self.processes if not p.alive()]
            if dead:
                p = dead[0]
                raise ControlPlaneError(
                    f"{p.name} exited ({p.popen.returncode}) while waiting for {what}:\n{p.tail()}"
                )
            with contextlib.suppress(Exception):
                if check():
                    return
            time.sleep(0.5)
        tails = "\n".join(f"--- {p.name}\n{p.tail(15)}" for p in self.processes)
        raise ControlPlaneError(f"timed out waiting for {what}\n{tails}")

    def _apiserver_ready(self) -> bool:
        assert self.pki is not None
        ctx = ssl.create_default_context(cafile=str(self.pki.ca.cert))
        ctx.load_cert_chain(str(self.pki.admin.cert), str(self.pki.admin.key))
        return _http_ok(f"{self.server_url}/readyz", ctx)

    def _nodes_ready(self) -> bool:
        nodes = self.kubectl_json("get", "nodes")["items"]
        ready = [
            n for n in nodes
            if any(c["type"] == "Ready" and c["status"] == "True"
                   for c in n.get("status", {}).get("conditions", []))
        ]  # fmt: skip
        return len(ready) >= self.nodes

    def _default_sa_exists(self) -> bool:
        return self.kubectl("get", "serviceaccount", "default", check=False).returncode == 0


def _fake_node(name: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {
            "name": name,
            "annotations": {KWOK_NODE_ANNOTATION: "fake", "node.alpha.kubernetes.io/ttl": "0"},
            "labels": {
                "type": "kwok",
                "kubernetes.io/arch": "amd64",
                "kubernetes.io/os": "linux",
                "kubernetes.io/hostname": name,
                "kubernetes.io/role": "agent",
                "node-role.kubernetes.io/agent": "",
            },
        },
        "status": {
            "allocatable": {"cpu": "32", "memory": "256Gi", "pods": "110"},
            "capacity": {"cpu": "32", "memory": "256Gi", "pods": "110"},
        },
    }


def _first_ip(cidr: str) -> str:
    import ipaddress

    return str(next(ipaddress.ip_network(cidr).hosts()))


def _http_ok(url: str, context: ssl.SSLContext | None = None) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5, context=context) as resp:  # noqa: S310
            return int(resp.status) == 200
    except OSError:
        return False
