"""`resumectl flower` starts Flower on the broker, and its API lists the live worker."""

from __future__ import annotations

import sys
import time

import httpx
import pytest

from resume_processor.devstack import free_port
from tests.utils.processes import StackConfig, _spawn, running, wait_until_serving

pytestmark = pytest.mark.usefixtures("worker")


def test_flower_lists_the_live_worker(stack_config: StackConfig) -> None:
    port = free_port()
    env = stack_config.env()
    # Flower 2 answers API calls only with authentication unless told otherwise.
    env["FLOWER_UNAUTHENTICATED_API"] = "true"
    argv = [sys.executable, "-m", "resume_processor.cli", "flower", "--port", str(port)]
    flower = _spawn("flower", argv, env, stack_config.workdir)
    url = f"http://127.0.0.1:{port}"

    with running(flower):
        wait_until_serving(flower, f"{url}/healthcheck", "Flower")
        workers: dict[str, object] = {}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not workers:
            response = httpx.get(f"{url}/api/workers", params={"refresh": "1"}, timeout=30)
            assert response.status_code == 200, response.text
            workers = response.json()
            time.sleep(1)
    assert any(name.startswith("test-") for name in workers), workers
