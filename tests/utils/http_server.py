"""A threaded HTTP server on a free loopback port, run in the background for stand-ins."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast


class BackgroundHTTPServer:
    def __init__(self, handler: type[BaseHTTPRequestHandler], *, owner: Any, name: str) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        # Handlers reach the stand-in that owns them as `self.server.owner`.
        self._server.owner = owner  # type: ignore[attr-defined]
        # A short poll interval so leaving the context does not wait half a second per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=name,
            daemon=True,
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = cast(tuple[str, int], self._server.server_address[:2])
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
