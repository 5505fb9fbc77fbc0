"""Streaming multipart receiver: the size limit is enforced while bytes arrive, memory stays
bounded (large files spill to disk), and the file's SHA-256 is computed on the way."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import IO, Any

from fastapi import HTTPException, Request, status
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect

SPOOL_MAX_MEMORY = 1024 * 1024
MAX_FIELD_BYTES = 1024
MULTIPART_OVERHEAD_BYTES = 64 * 1024
# A client sends its whole body before it reads the response: discard up to this much of a
# refused body so it gets a clean 413 instead of a reset connection.
DRAIN_LIMIT_BYTES = 32 * 1024 * 1024
FILE_FIELD = "file"
TEXT_FIELDS = frozenset({"job_post_id", "email"})


class UploadTooLarge(Exception):
    pass


@dataclass
class ReceivedUpload:
    file: IO[bytes]
    filename: str | None
    size: int
    sha256: str
    fields: dict[str, str] = field(default_factory=dict)


class _Receiver:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.file: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_MAX_MEMORY)  # noqa: SIM115
        self.digest = hashlib.sha256()
        self.size = 0
        self.filename: str | None = None
        self.seen_file = False
        self.fields: dict[str, str] = {}
        self._header_field = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._part_name: str | None = None
        self._is_file_part = False
        self._field_buffer = bytearray()

    def callbacks(self) -> Any:
        return {
            "on_part_begin": self._on_part_begin,
            "on_header_field": lambda data, start, end: self._header_field.extend(data[start:end]),
            "on_header_value": lambda data, start, end: self._header_value.extend(data[start:end]),
            "on_header_end": self._on_header_end,
            "on_headers_finished": self._on_headers_finished,
            "on_part_data": self._on_part_data,
            "on_part_end": self._on_part_end,
        }

    def _on_part_begin(self) -> None:
        self._headers = {}
        self._part_name = None
        self._is_file_part = False
        self._field_buffer.clear()

    def _on_header_end(self) -> None:
        self._headers[bytes(self._header_field).lower()] = bytes(self._header_value)
        self._header_field.clear()
        self._header_value.clear()

    def _on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        self._part_name = name
        self._is_file_part = name == FILE_FIELD and not self.seen_file
        if self._is_file_part:
            self.seen_file = True
            raw = options.get(b"filename")
            self.filename = raw.decode("utf-8", "replace") if raw is not None else None

    def _on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self._is_file_part:
            self.size += len(chunk)
            if self.size > self.max_bytes:
                raise UploadTooLarge
            self.digest.update(chunk)
            self.file.write(chunk)
        elif self._part_name in TEXT_FIELDS:
            self._field_buffer.extend(chunk)
            if len(self._field_buffer) > MAX_FIELD_BYTES:
                raise HTTPException(
                    status.HTTP_422_UNPROCESSABLE_CONTENT,
                    f"form field {self._part_name!r} is longer than {MAX_FIELD_BYTES} bytes",
                )

    def _on_part_end(self) -> None:
        if self._part_name in TEXT_FIELDS and not self._is_file_part:
            value = self._field_buffer.decode("utf-8", "replace").strip()
            if value:
                self.fields[self._part_name] = value


class _Body:
    """The request body as ASGI messages, remembering whether the client has sent it all."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.complete = False

    async def chunks(self) -> AsyncIterator[bytes]:
        while not self.complete:
            message = await self.request.receive()
            if message["type"] != "http.request":
                raise ClientDisconnect
            self.complete = not message.get("more_body", False)
            body: bytes = message.get("body", b"")
            if body:
                yield body

    async def drain(self) -> None:
        drained = 0
        async for chunk in self.chunks():
            drained += len(chunk)
            if drained > DRAIN_LIMIT_BYTES:
                return


def too_large(max_bytes: int) -> HTTPException:
    return HTTPException(
        status.HTTP_413_CONTENT_TOO_LARGE,
        f"the file is larger than the {max_bytes // 1024} KiB limit; upload a smaller file",
    )


async def receive_upload(request: Request, *, max_bytes: int) -> ReceivedUpload:
    """Read a multipart body with one `file` part (plus optional text fields)."""
    content_type, options = parse_options_header(request.headers.get("content-type"))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            "send the resume as multipart/form-data with a 'file' field",
        )
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes + MULTIPART_OVERHEAD_BYTES:
        # Known too large before a byte is read: refuse without storing any of it.
        await _Body(request).drain()
        raise too_large(max_bytes)

    receiver = _Receiver(max_bytes)
    parser = MultipartParser(boundary, receiver.callbacks())
    body = _Body(request)
    try:
        async for chunk in body.chunks():
            parser.write(chunk)
        parser.finalize()
    except UploadTooLarge:
        receiver.file.close()
        await body.drain()
        raise too_large(max_bytes) from None
    except MultipartParseError as exc:
        receiver.file.close()
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"malformed multipart body: {exc}"
        ) from exc

    if not receiver.seen_file:
        receiver.file.close()
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "no 'file' field in the form; attach the resume"
        )
    if receiver.size == 0:
        receiver.file.close()
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "the uploaded file is empty")
    receiver.file.seek(0)
    return ReceivedUpload(
        file=receiver.file,
        filename=receiver.filename,
        size=receiver.size,
        sha256=receiver.digest.hexdigest(),
        fields=receiver.fields,
    )
