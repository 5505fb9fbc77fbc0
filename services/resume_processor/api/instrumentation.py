"""Request metrics as a pure ASGI middleware: counts and latency by route template, never by
the concrete path (which holds ids)."""

from __future__ import annotations

import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from resume_processor import metrics

KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "unmatched"


def route_template(scope: Scope) -> str:
    """`/resumes/{resume_id}` for `/resumes/3f2...`; `unmatched` for paths no route serves."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED


class RequestMetricsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # Labelled children by (route, method, status): `labels()` costs more than the update.
        self._children: dict[tuple[str, str, str], tuple[Any, Any]] = {}

    def _series(self, route: str, method: str, status: str) -> tuple[Any, Any]:
        key = (route, method, status)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (
                metrics.API_REQUESTS.labels(route=route, method=method, status=status),
                metrics.API_REQUEST_SECONDS.labels(route=route, method=method),
            )
        return children

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        # An exception escaping the app becomes a 500 further out.
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        finally:
            method = scope.get("method", "")
            method = method if method in KNOWN_METHODS else "OTHER"
            requests, latency = self._series(route_template(scope), method, str(status))
            requests.inc()
            latency.observe(time.perf_counter() - started)
