"""Build `deployconfig`, the Go checker of kind-config.yaml and skaffold.yaml, once per machine.

The source is `tests/deploy/tools/deployconfig/main.go`; it imports kind's and skaffold's own
config types, so it is built with `go build` in a wrapper module written into
`${XDG_CACHE_HOME:-~/.cache}/ai-resume-processor/deploy-tools/<inputs-hash>/`, keyed on the pinned
module versions and the source, like tests/k8s/binaries.py. Nothing prebuilt is downloaded.

    python -m tests.deploy.gotool              # build if missing, print the binary's path
    python -m tests.deploy.gotool --print-path # print the path only (exit 1 if not built)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

from tests.utils.gobuild import build_main, locked, run_go

# v2.16.1 is the newest skaffold release whose checksums the Go checksum database served here;
# its latest schema is skaffold/v4beta13 (v2.19.0 brought v4beta14 but could not be verified).
SKAFFOLD_MODULE = "github.com/GoogleContainerTools/skaffold/v2"
SKAFFOLD_VERSION = "v2.16.1"
KIND_MODULE = "sigs.k8s.io/kind"
KIND_VERSION = "v0.33.0"
WRAPPER_MODULE = "example.invalid/deploytools/deployconfig"
BUILD_SCHEMA = "1"  # bump when the way the tool is built changes

SOURCE = Path(__file__).resolve().parent / "tools" / "deployconfig" / "main.go"
MARKER = ".complete"


def inputs_hash() -> str:
    blob = json.dumps(
        {
            "skaffold": SKAFFOLD_VERSION,
            "kind": KIND_VERSION,
            "schema": BUILD_SCHEMA,
            "source": hashlib.sha256(SOURCE.read_bytes()).hexdigest(),
        },
        sort_keys=True,
    ).encode()
    return hashlib.sha256(blob).hexdigest()[:12]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ai-resume-processor" / "deploy-tools"


def build_dir() -> Path:
    return cache_root() / inputs_hash()


def binary() -> Path:
    return build_dir() / "bin" / "deployconfig"


def is_built() -> bool:
    return (build_dir() / "bin" / MARKER).is_file() and os.access(binary(), os.X_OK)


def go_command() -> str | None:
    """`go` on PATH, else the machine's /usr/local/go (where the Makefile also looks)."""
    found = shutil.which("go")
    if found:
        return found
    fallback = Path("/usr/local/go/bin/go")
    return str(fallback) if os.access(fallback, os.X_OK) else None


def _log(message: str) -> None:
    print(f"[deploy-tools] {message}", file=sys.stderr, flush=True)


def build(force: bool = False) -> Path:
    """Build the checker if it is missing; return its path. Safe to call from several processes."""
    go = go_command()
    if go is None:
        raise RuntimeError("the `go` command (1.26+) is needed to build the deploy config checker")
    root = build_dir()
    with locked(root / ".lock"):
        if is_built() and not force:
            return binary()
        src, log, out = root / "src", root / "build.log", binary()
        src.mkdir(parents=True, exist_ok=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        (out.parent / MARKER).unlink(missing_ok=True)
        (src / "go.mod").write_text(f"module {WRAPPER_MODULE}\n\ngo 1.26.0\n")
        (src / "go.sum").touch()
        shutil.copyfile(SOURCE, src / "main.go")
        _log(f"building {out} (log: {log}); the first build takes a few minutes")
        started = time.monotonic()
        modules = [f"{SKAFFOLD_MODULE}@{SKAFFOLD_VERSION}", f"{KIND_MODULE}@{KIND_VERSION}"]
        steps = [
            ("resolve modules", [go, "get", *modules]),
            ("tidy", [go, "mod", "tidy"]),
            ("go build", [go, "build", "-ldflags", "-s -w", "-o", f"{out}.tmp", "."]),
        ]
        for label, args in steps:
            t0 = time.monotonic()
            _log(f"{label} ...")
            run_go(args, src, log)
            _log(f"{label}: done in {time.monotonic() - t0:.0f}s")
        Path(f"{out}.tmp").replace(out)
        info = {
            "skaffold": SKAFFOLD_VERSION,
            "kind": KIND_VERSION,
            "go": run_go([go, "env", "GOVERSION"], src, log).strip(),
            "build_seconds": round(time.monotonic() - started, 1),
        }
        (out.parent / MARKER).write_text(json.dumps(info, indent=2) + "\n")
        _log(f"ready in {info['build_seconds']:.0f}s")
    return out


def main(argv: list[str] | None = None) -> int:
    description = (__doc__ or "").split("\n\n")[0]
    return build_main(argv, description, build, binary, is_built, "deploy-tools")


if __name__ == "__main__":
    sys.exit(main())
