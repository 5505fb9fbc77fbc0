"""Build the Kubernetes test binaries from Go modules, once per machine, cached outside the repo.

etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, kwok and helm are built
with `go build` through small wrapper Go modules written into the cache directory (no Kubernetes
source in the repo, no prebuilt downloads). The result lives in
`${XDG_CACHE_HOME:-~/.cache}/ai-resume-processor/k8s/<versions-hash>/bin/`; a marker file there
is written only when every binary built, so an interrupted build is simply resumed next time.

    python -m tests.k8s.binaries              # build what is missing, print the bin dir
    python -m tests.k8s.binaries --print-path  # print the bin dir only (exit 1 if not built)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.utils.gobuild import build_main, locked, run_go

KUBERNETES_VERSION = "v1.36.3"
ETCD_VERSION = "v3.6.16"
KWOK_VERSION = "v0.8.0"
HELM_VERSION = "v3.22.0"
BUILD_SCHEMA = "1"  # bump when the way binaries are built changes

BINARIES = (
    "etcd",
    "kube-apiserver",
    "kube-controller-manager",
    "kube-scheduler",
    "kubectl",
    "kwok",
    "helm",
)
MARKER = ".complete"


@dataclass(frozen=True)
class Target:
    """One `go build` of a main package inside a wrapper module."""

    name: str
    package: str
    ldflags: list[str] = field(default_factory=list)


def versions() -> dict[str, str]:
    return {
        "kubernetes": KUBERNETES_VERSION,
        "etcd": ETCD_VERSION,
        "kwok": KWOK_VERSION,
        "helm": HELM_VERSION,
        "schema": BUILD_SCHEMA,
    }


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ai-resume-processor" / "k8s"


def versions_hash() -> str:
    blob = json.dumps(versions(), sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:12]


def build_dir() -> Path:
    return cache_root() / versions_hash()


def bin_dir() -> Path:
    return build_dir() / "bin"


def kwok_stages() -> Path:
    """kwok's upstream "fast" node and pod Stages (from the same module version), one file."""
    return build_dir() / "share" / "kwok-stages.yaml"


def is_built() -> bool:
    d = bin_dir()
    ready = (d / MARKER).is_file() and kwok_stages().is_file()
    return ready and all(os.access(d / b, os.X_OK) for b in BINARIES)


def binary(name: str) -> Path:
    return bin_dir() / name


def _log(message: str) -> None:
    print(f"[k8s-binaries] {message}", file=sys.stderr, flush=True)


def _write_module(moddir: Path, name: str, replaces: dict[str, str] | None = None) -> None:
    moddir.mkdir(parents=True, exist_ok=True)
    go_mod = f"module example.invalid/k8stest/{name}\n\ngo 1.26.0\n"
    if replaces:
        lines = "".join(f"\t{m} => {m} {v}\n" for m, v in sorted(replaces.items()))
        go_mod += f"\nreplace (\n{lines})\n"
    (moddir / "go.mod").write_text(go_mod)
    (moddir / "go.sum").touch()


def _module_gomod(module: str, version: str, cwd: Path, log: Path) -> str:
    out = run_go(["go", "mod", "download", "-json", f"{module}@{version}"], cwd, log)
    info = json.loads(out[out.index("{") :])
    if info.get("Error"):
        raise RuntimeError(f"cannot download {module}@{version}: {info['Error']}")
    return Path(info["GoMod"]).read_text()


def staging_replaces(kubernetes_go_mod: str, version: str) -> dict[str, str]:
    """`k8s.io/x => ./staging/src/k8s.io/x` in kubernetes' go.mod becomes `k8s.io/x v0.y.z`."""
    staging_version = "v0." + version.removeprefix("v").split(".", 1)[1]
    found = re.findall(r"^\s*(k8s\.io/\S+)\s+=>\s+\./staging/", kubernetes_go_mod, re.M)
    if not found:
        raise RuntimeError("no staging replace directives found in the kubernetes go.mod")
    return dict.fromkeys(found, staging_version)


def kubernetes_ldflags(version: str) -> list[str]:
    major, minor = version.removeprefix("v").split(".")[:2]
    values = {
        "gitVersion": version,
        "gitMajor": major,
        "gitMinor": minor,
        "gitCommit": "0000000000000000000000000000000000000000",
        "gitTreeState": "clean",
        "buildDate": "1970-01-01T00:00:00Z",
    }
    pkgs = ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version")
    return [f"-X {p}.{k}={v}" for p in pkgs for k, v in values.items()]


def _module_version(module: str, cwd: Path, log: Path) -> str:
    return run_go(["go", "list", "-m", "-f", "{{.Version}}", module], cwd, log).strip()


def _build(moddir: Path, target: Target, out: Path, log: Path) -> None:
    ldflags = " ".join(["-s", "-w", *target.ldflags])
    tmp = out.with_name(out.name + ".tmp")
    run_go(["go", "build", "-ldflags", ldflags, "-o", str(tmp), target.package], moddir, log)
    tmp.replace(out)


def _previous_timings(marker: Path) -> dict[str, float]:
    """Per-binary build times of an earlier run, kept so the marker records every first build."""
    try:
        return dict(json.loads(marker.read_text())["per_binary_seconds"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _group_kubernetes(src: Path, log: Path) -> tuple[Path, list[Target]]:
    moddir = src / "kubernetes"
    _write_module(moddir, "kubernetes")
    gomod = _module_gomod("k8s.io/kubernetes", KUBERNETES_VERSION, moddir, log)
    _write_module(moddir, "kubernetes", staging_replaces(gomod, KUBERNETES_VERSION))
    cmds = ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl")
    run_go(
        ["go", "get", *(f"k8s.io/kubernetes/cmd/{c}@{KUBERNETES_VERSION}" for c in cmds)],
        moddir,
        log,
    )
    flags = kubernetes_ldflags(KUBERNETES_VERSION)
    return moddir, [Target(c, f"k8s.io/kubernetes/cmd/{c}", flags) for c in cmds]


def _group_etcd(src: Path, log: Path) -> tuple[Path, list[Target]]:
    moddir = src / "etcd"
    _write_module(moddir, "etcd")
    run_go(["go", "get", f"go.etcd.io/etcd/server/v3@{ETCD_VERSION}"], moddir, log)
    return moddir, [Target("etcd", "go.etcd.io/etcd/server/v3")]


KWOK_MODULE = "sigs.k8s.io/kwok"
KWOK_STAGE_FILES = (
    "node/fast/node-initialize.yaml",
    "node/heartbeat-with-lease/node-heartbeat-with-lease.yaml",
    "pod/fast/pod-ready.yaml",
    "pod/fast/pod-complete.yaml",
    "pod/fast/pod-delete.yaml",
)


def _copy_kwok_stages(module_dir: Path) -> None:
    docs = [(module_dir / "kustomize" / "stage" / f).read_text() for f in KWOK_STAGE_FILES]
    kwok_stages().parent.mkdir(parents=True, exist_ok=True)
    kwok_stages().write_text("\n---\n".join(d.strip() for d in docs) + "\n")


def _group_kwok(src: Path, log: Path) -> tuple[Path, list[Target]]:
    moddir = src / "kwok"
    _write_module(moddir, "kwok")
    run_go(["go", "get", f"sigs.k8s.io/kwok/cmd/kwok@{KWOK_VERSION}"], moddir, log)
    _copy_kwok_stages(
        Path(run_go(["go", "list", "-m", "-f", "{{.Dir}}", KWOK_MODULE], moddir, log).strip())
    )
    flags = [f"-X sigs.k8s.io/kwok/pkg/consts.Version={KWOK_VERSION.removeprefix('v')}"]
    return moddir, [Target("kwok", "sigs.k8s.io/kwok/cmd/kwok", flags)]


def _group_helm(src: Path, log: Path) -> tuple[Path, list[Target]]:
    moddir = src / "helm"
    _write_module(moddir, "helm")
    run_go(["go", "get", f"helm.sh/helm/v3/cmd/helm@{HELM_VERSION}"], moddir, log)
    client_go = _module_version("k8s.io/client-go", moddir, log)  # e.g. v0.37.0
    k8s_minor = client_go.removeprefix("v0.").split(".")[0]
    flags = [
        f"-X helm.sh/helm/v3/internal/version.version={HELM_VERSION}",
        "-X helm.sh/helm/v3/internal/version.gitTreeState=clean",
    ]
    for pkg in ("helm.sh/helm/v3/pkg/lint/rules", "helm.sh/helm/v3/pkg/chartutil"):
        flags += [f"-X {pkg}.k8sVersionMajor=1", f"-X {pkg}.k8sVersionMinor={k8s_minor}"]
    return moddir, [Target("helm", "helm.sh/helm/v3/cmd/helm", flags)]


GROUPS = (_group_etcd, _group_kubernetes, _group_kwok, _group_helm)


def build(force: bool = False) -> Path:
    """Build every missing binary; return the bin dir. Safe to call from several processes."""
    if shutil.which("go") is None:
        raise RuntimeError("the `go` command is needed to build the Kubernetes test binaries")
    root = build_dir()
    with locked(root / ".lock"):
        if is_built() and not force:
            return bin_dir()
        bindir, src, log = bin_dir(), root / "src", root / "build.log"
        bindir.mkdir(parents=True, exist_ok=True)
        timings = _previous_timings(bindir / MARKER)
        (bindir / MARKER).unlink(missing_ok=True)
        _log(f"building into {bindir} (log: {log}); the first build takes a long while")
        started = time.monotonic()
        for group in GROUPS:
            t0 = time.monotonic()
            moddir, targets = group(src, log)
            _log(f"{moddir.name}: modules resolved in {time.monotonic() - t0:.0f}s")
            for target in targets:
                out = bindir / target.name
                if out.exists() and not force:
                    _log(f"{target.name}: already built")
                    continue
                t0 = time.monotonic()
                _log(f"{target.name}: go build {target.package} ...")
                _build(moddir, target, out, log)
                timings[target.name] = round(time.monotonic() - t0, 1)
                total = time.monotonic() - started
                _log(f"{target.name}: done in {timings[target.name]:.0f}s (total {total:.0f}s)")
        info = {
            "versions": versions(),
            "go": run_go(["go", "env", "GOVERSION"], root, log).strip(),
            "seconds_this_run": round(time.monotonic() - started, 1),
            "go_build_seconds": round(sum(timings.values()), 1),
            "per_binary_seconds": timings,
        }
        (bindir / MARKER).write_text(json.dumps(info, indent=2) + "\n")
        _log(f"all binaries ready ({info['seconds_this_run']:.0f}s this run)")
    return bindir


def main(argv: list[str] | None = None) -> int:
    description = (__doc__ or "").split("\n\n")[0]
    return build_main(argv, description, build, bin_dir, is_built, "k8s-binaries")


if __name__ == "__main__":
    sys.exit(main())
