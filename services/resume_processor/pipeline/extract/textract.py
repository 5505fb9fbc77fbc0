"""Amazon Textract engine: asynchronous document analysis on a stored S3 object → LayoutDocument.

`TextractClient` starts a job and fetches its result; it never waits, so the worker can poll
with a countdown (see `next_poll_delay`) instead of holding a slot. `blocks_to_layout` turns
Textract Blocks into the layout model, in reading order.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from botocore.exceptions import (
    ClientError,
    HTTPClientError,
    NoCredentialsError,
    PartialCredentialsError,
)
from botocore.exceptions import ConnectionError as BotoConnectionError

from resume_processor.pipeline.errors import PermanentError, TransientError
from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page

if TYPE_CHECKING:
    from resume_processor.config import Settings

ENGINE = "textract"
US_LETTER = (612.0, 792.0)
FEATURE_TYPES = ["LAYOUT", "FORMS"]
MAX_RESULTS = 1000  # the API's maximum Blocks per GetDocumentAnalysis response
MAX_RESULT_PAGES = 10_000  # bounds the NextToken walk should the service never stop paging
CONNECT_TIMEOUT_SECONDS = 10.0
READ_TIMEOUT_SECONDS = 60.0
MAX_ATTEMPTS = 4  # in total: botocore retries throttling and 5xx thrice before the worker does
MIN_COLUMN_LINES = 5  # as the local PDF extractor: fewer lines make a row, not a column
MAX_MERGE_GAP_LINES = 4.0  # section breaks are a few lines tall; a footer sits further away

LAYOUT_PREFIX = "LAYOUT_"
TRAILING_LAYOUTS = frozenset({"LAYOUT_FOOTER", "LAYOUT_PAGE_NUMBER"})
LAYOUT_RANK = {"LAYOUT_HEADER": 0} | dict.fromkeys(TRAILING_LAYOUTS, 2)  # the rest keep rank 1
HEADING_LAYOUTS = frozenset({"LAYOUT_TITLE", "LAYOUT_SECTION_HEADER"})

TRANSIENT_CODES = frozenset(
    {"ThrottlingException", "ProvisionedThroughputExceededException", "LimitExceededException"}
    | {"InternalServerError", "ServiceUnavailable", "ServiceUnavailableException"}
)
PERMANENT_REASONS = {
    "InvalidS3ObjectException": "Textract could not read the stored file from S3 (missing object, "
    "wrong region or no permission)",
    "UnsupportedDocumentException": "Textract does not support this document format; upload a "
    "PDF, PNG, JPEG or TIFF",
    "BadDocumentException": "Textract could not read the document; it may be corrupt or "
    "encrypted, upload a clean copy",
    "DocumentTooLargeException": "the document is too large for Textract; upload a smaller file "
    "or fewer pages",
    "InvalidParameterException": "Textract rejected the request parameters",
    "AccessDeniedException": "the AWS credentials are not allowed to call Textract",
    "InvalidJobIdException": "the Textract job is unknown or has expired; start a new analysis",
    "InvalidKMSKeyException": "Textract cannot use the KMS key that encrypts the stored file",
}

JobStatus = Literal["IN_PROGRESS", "SUCCEEDED", "PARTIAL_SUCCESS", "FAILED"]


# --------------------------------------------------------------------------- conversion


def blocks_to_layout(
    blocks: list[dict[str, Any]], *, page_size: tuple[float, float] = US_LETTER
) -> LayoutDocument:
    """Convert Textract Blocks (all result pages concatenated) into pages of lines in reading order.

    LAYOUT_* blocks, when present, give the order; otherwise it comes from the lines' geometry.
    """
    width, height = page_size
    by_id = {block["Id"]: block for block in blocks if "Id" in block}
    numbers: set[int] = set()
    lines: dict[int, list[dict[str, Any]]] = defaultdict(list)
    layouts: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for block in blocks:
        kind, number = block.get("BlockType", ""), int(block.get("Page", 1))
        if kind == "PAGE":
            numbers.add(number)
        elif kind == "LINE":
            numbers.add(number)
            lines[number].append(block)
        elif kind.startswith(LAYOUT_PREFIX):
            layouts[number].append(block)

    pages = []
    for number in sorted(numbers):
        if layouts[number]:
            ordered = _layout_order(lines[number], layouts[number], by_id, width, height)
        else:
            converted = [_line(block, width, height) for block in lines[number]]
            ordered = geometric_order(converted)
        pages.append(Page(number=number, width=width, height=height, lines=ordered))
    return LayoutDocument(pages=pages, engine=ENGINE)


def _box(block: Mapping[str, Any], width: float, height: float) -> Box:
    bbox = block.get("Geometry", {}).get("BoundingBox", {})
    left, top = float(bbox.get("Left", 0.0)), float(bbox.get("Top", 0.0))
    right, bottom = left + float(bbox.get("Width", 0.0)), top + float(bbox.get("Height", 0.0))
    # Textract may report slightly negative or >1 coordinates at the page edges.
    x0, y0, x1, y1 = (min(max(value, 0.0), 1.0) for value in (left, top, right, bottom))
    return Box(x0=x0 * width, y0=y0 * height, x1=x1 * width, y1=y1 * height)


def _line(block: Mapping[str, Any], width: float, height: float, bold: bool | None = None) -> Line:
    return Line(text=str(block.get("Text", "")), box=_box(block, width, height), bold=bold)


def _child_ids(block: Mapping[str, Any]) -> list[str]:
    return [
        child
        for relation in block.get("Relationships") or []
        if relation.get("Type") == "CHILD"
        for child in relation.get("Ids", [])
    ]


def _layout_order(
    line_blocks: list[dict[str, Any]],
    layout_blocks: list[dict[str, Any]],
    by_id: Mapping[str, dict[str, Any]],
    width: float,
    height: float,
) -> list[Line]:
    """Follow Textract's LAYOUT order (header first, footer and page number last)."""
    page_line_ids = {block.get("Id") for block in line_blocks}
    nested = {
        child
        for layout in layout_blocks
        for child in _child_ids(layout)
        if by_id.get(child, {}).get("BlockType", "").startswith(LAYOUT_PREFIX)
    }
    roots = [layout for layout in layout_blocks if layout.get("Id") not in nested]
    roots.sort(key=lambda layout: LAYOUT_RANK.get(layout["BlockType"], 1))  # stable sort

    placed: set[str] = set()
    visited: set[str] = set()
    body: list[Line] = []
    tail: list[Line] = []

    def expand(layout: Mapping[str, Any], bold: bool, out: list[Line]) -> None:
        visited.add(layout.get("Id", ""))
        for child_id in _child_ids(layout):
            child = by_id.get(child_id)
            if child is None:
                continue
            kind = child.get("BlockType", "")
            if kind == "LINE" and child_id in page_line_ids and child_id not in placed:
                placed.add(child_id)
                out.append(_line(child, width, height, True if bold else None))
            elif kind.startswith(LAYOUT_PREFIX) and child_id not in visited:
                expand(child, bold or kind in HEADING_LAYOUTS, out)

    for root in roots:
        out = tail if root["BlockType"] in TRAILING_LAYOUTS else body
        expand(root, root["BlockType"] in HEADING_LAYOUTS, out)

    orphans = [_line(b, width, height) for b in line_blocks if b.get("Id") not in placed]
    for orphan in geometric_order(orphans):
        _insert_by_position(body, orphan)
    return body + tail


def _insert_by_position(ordered: list[Line], line: Line) -> None:
    """Place a line no LAYOUT block claimed before the first line below it in the same column."""
    for index, other in enumerate(ordered):
        overlaps = other.box.x0 < line.box.x1 and line.box.x0 < other.box.x1
        if overlaps and other.box.y0 >= line.box.y0:
            ordered.insert(index, line)
            return
    ordered.append(line)


# --------------------------------------------------------------------------- reading order


def geometric_order(lines: list[Line]) -> list[Line]:
    """Reading order from geometry alone: recursive XY-cut with column (gutter) detection.

    Tables are not read specially: Textract often reports a two-column layout as a TABLE.
    """
    if len(lines) <= 1:
        return list(lines)
    height = statistics.median(line.box.height for line in lines) or 1.0
    cut = _XYCut(min_gap=0.5 * height, min_gutter=max(0.5 * height, 6.0), line_height=height)
    return cut.order(lines)


def _bounds(lines: Iterable[Line]) -> Box:
    return Box.around(line.box for line in lines)


@dataclass(frozen=True, slots=True)
class _XYCut:
    min_gap: float  # vertical whitespace that separates two bands
    min_gutter: float  # horizontal whitespace that separates two columns
    line_height: float

    def order(self, lines: list[Line]) -> list[Line]:
        if len(lines) <= 1:
            return lines
        columns = self.columns(lines)
        if len(columns) > 1:
            return [line for column in columns for line in self.order(column)]
        bands = self._merge_aligned(_split(lines, vertical=True, min_gap=self.min_gap))
        if len(bands) > 1:
            return [line for band in bands for line in self.order(band)]
        return _row_order(lines)

    def columns(self, lines: list[Line]) -> list[list[Line]]:
        columns = _split(lines, vertical=False, min_gap=self.min_gutter)
        # Real columns hold runs of lines; a few stray ones (right-aligned dates) read by rows.
        if sum(len(column) >= MIN_COLUMN_LINES for column in columns) >= 2:
            return columns
        return [lines]

    def _merge_aligned(self, bands: list[list[Line]]) -> list[list[Line]]:
        """Rejoin bands cut at a gap that both columns happen to share (e.g. aligned sections)."""
        merged = [bands[0]]
        for band in bands[1:]:
            previous = merged[-1]
            gap = _bounds(band).y0 - _bounds(previous).y1
            if (
                gap <= MAX_MERGE_GAP_LINES * self.line_height
                and self._has_gutter(previous)
                and self._has_gutter(band)
                and len(self.columns(previous + band)) > 1
            ):
                merged[-1] = previous + band
            else:
                merged.append(band)
        return merged

    def _has_gutter(self, lines: list[Line]) -> bool:
        # Single rows (a label and its value) stay apart so that they keep reading across.
        tall = _bounds(lines).height >= 1.5 * self.line_height
        return tall and len(_split(lines, vertical=False, min_gap=self.min_gutter)) > 1


def _split(lines: list[Line], *, vertical: bool, min_gap: float) -> list[list[Line]]:
    """Cut along one axis wherever the lines' projection leaves a gap of `min_gap`."""

    def span(line: Line) -> tuple[float, float]:
        return (line.box.y0, line.box.y1) if vertical else (line.box.x0, line.box.x1)

    groups: list[list[Line]] = []
    end = float("-inf")
    for line in sorted(lines, key=span):
        start, stop = span(line)
        if not groups or start - end >= min_gap:
            groups.append([])
        groups[-1].append(line)
        end = max(end, stop)
    return groups


def _row_order(lines: list[Line]) -> list[Line]:
    """Top to bottom, and left to right among lines that share a row."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (line.box.y0, line.box.x0)):
        if rows:
            row = _bounds(rows[-1])
            overlap = min(row.y1, line.box.y1) - max(row.y0, line.box.y0)
            if overlap >= 0.5 * min(row.height, line.box.height):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda line: line.box.x0)]


# --------------------------------------------------------------------------- client


class TextractApi(Protocol):
    """The two calls used from a boto3 `textract` client (mypy_boto3_textract is not a dep)."""

    def start_document_analysis(self, **kwargs: Any) -> Mapping[str, Any]: ...

    def get_document_analysis(self, **kwargs: Any) -> Mapping[str, Any]: ...


@dataclass(slots=True)
class AnalysisResult:
    """One look at a job: `layout` is set once it has finished (SUCCEEDED or PARTIAL_SUCCESS)."""

    status: JobStatus
    layout: LayoutDocument | None = None
    message: str | None = None
    pages: int = 0

    @property
    def finished(self) -> bool:
        return self.status != "IN_PROGRESS"


class TextractClient:
    def __init__(self, client: TextractApi, *, page_size: tuple[float, float] = US_LETTER):
        self._client = client
        self._page_size = page_size

    @classmethod
    def from_settings(cls, settings: Settings) -> TextractClient:
        import boto3
        from botocore.config import Config

        config = Config(
            retries={"mode": "adaptive", "total_max_attempts": MAX_ATTEMPTS},
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            read_timeout=READ_TIMEOUT_SECONDS,
        )
        key_id, secret = settings.aws_access_key_id, settings.aws_secret_access_key
        client = boto3.client(
            "textract",
            region_name=settings.aws_default_region,
            # None falls back to boto3's default chain (instance role, IRSA, profile).
            aws_access_key_id=key_id.get_secret_value() if key_id else None,
            aws_secret_access_key=secret.get_secret_value() if secret else None,
            endpoint_url=settings.textract_endpoint_url,
            config=config,
        )
        return cls(cast(TextractApi, client))

    def start_analysis(
        self, bucket: str, key: str, *, client_request_token: str | None = None
    ) -> str:
        """Start LAYOUT + FORMS analysis of `s3://bucket/key` and return the JobId.

        The same `client_request_token` (e.g. the application id) returns the same job when a
        retried start reaches Textract twice.
        """
        request: dict[str, Any] = {
            "DocumentLocation": {"S3Object": {"Bucket": bucket, "Name": key}},
            "FeatureTypes": FEATURE_TYPES,
        }
        if client_request_token:
            request["ClientRequestToken"] = client_request_token
        response = self._call("StartDocumentAnalysis", request)
        return str(response["JobId"])

    def fetch_analysis(self, job_id: str) -> AnalysisResult:
        """Return the job's state; once finished, every result page converted to a layout.

        Raises PermanentError when the job FAILED, with Textract's StatusMessage.
        """
        request: dict[str, Any] = {"JobId": job_id, "MaxResults": MAX_RESULTS}
        response = self._call("GetDocumentAnalysis", request)
        status = cast(JobStatus, response.get("JobStatus", "IN_PROGRESS"))
        message = response.get("StatusMessage")
        if status == "FAILED":
            raise PermanentError(f"Textract could not analyse the document: {message or status}")
        if status == "IN_PROGRESS":
            return AnalysisResult(status=status, message=message)

        blocks = list(response.get("Blocks", []))
        warnings = list(response.get("Warnings", []))
        pages = int(response.get("DocumentMetadata", {}).get("Pages", 0))
        seen_tokens: set[str] = set()
        token = response.get("NextToken")
        while token:
            if token in seen_tokens or len(seen_tokens) >= MAX_RESULT_PAGES:
                raise TransientError("Textract kept returning result pages; fetch the job again")
            seen_tokens.add(token)
            request = {"JobId": job_id, "MaxResults": MAX_RESULTS, "NextToken": token}
            page = self._call("GetDocumentAnalysis", request)
            blocks.extend(page.get("Blocks", []))
            warnings.extend(page.get("Warnings", []))
            token = page.get("NextToken")

        if warnings and not message:
            message = "; ".join(
                f"{w.get('ErrorCode', 'warning')} on pages {w.get('Pages', [])}" for w in warnings
            )
        layout = blocks_to_layout(blocks, page_size=self._page_size)
        return AnalysisResult(
            status=status, layout=layout, message=message, pages=pages or len(layout.pages)
        )

    def _call(self, operation: str, request: dict[str, Any]) -> Mapping[str, Any]:
        method = (
            self._client.start_document_analysis
            if operation == "StartDocumentAnalysis"
            else self._client.get_document_analysis
        )
        try:
            return method(**request)
        except ClientError as error:
            raise classify_client_error(operation, error) from error
        except (NoCredentialsError, PartialCredentialsError) as error:
            raise PermanentError(
                "AWS credentials for Textract are missing or incomplete; set "
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or attach a role"
            ) from error
        except (BotoConnectionError, HTTPClientError) as error:
            raise TransientError(f"Textract {operation} could not be reached: {error}") from error


def classify_client_error(operation: str, error: ClientError) -> PermanentError | TransientError:
    """Map a Textract error response to what the worker should do: retry or fail with a reason."""
    details = error.response.get("Error", {})
    code = str(details.get("Code", "Unknown"))
    text = str(details.get("Message", "")).strip()
    status = int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
    suffix = f" ({code}: {text})" if text else f" ({code})"
    if code in TRANSIENT_CODES or status >= 500 or status == 429:
        return TransientError(f"Textract {operation} is busy or unavailable; retry later{suffix}")
    reason = PERMANENT_REASONS.get(code, f"Textract {operation} refused the request")
    return PermanentError(reason + suffix)


def next_poll_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds before poll number `attempt` (0-based): base · 2^attempt, never above `cap`."""
    exponent = min(max(attempt, 0), 62)  # 2**62 already exceeds any sane cap; avoids overflow
    return float(min(cap, base * 2.0**exponent))
