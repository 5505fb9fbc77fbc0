"""Errors the pipeline raises, split by what the worker should do about them."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class; `reason` is shown to users as the job's `failed_reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermanentError(PipelineError):
    """The document itself is the problem (corrupt, encrypted, empty): retrying cannot help."""


class TransientError(PipelineError):
    """A dependency hiccuped (network, throttling, 5xx): the same input may succeed later."""
