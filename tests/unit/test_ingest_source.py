"""`spec.source` of a user-applied ResumeJob: what is accepted and how it is read."""

from __future__ import annotations

import pytest

from resume_processor.ingest import Source, SourceRejected


def test_s3_urls_and_storage_keys() -> None:
    assert Source.parse("s3://inbox/2026/ada lovelace.pdf") == Source(
        key="2026/ada lovelace.pdf", bucket="inbox"
    )
    assert Source.parse("/incoming/ada.pdf") == Source(key="incoming/ada.pdf")
    assert Source.parse("s3://inbox/a/b.docx").filename == "b.docx"
    assert str(Source.parse("s3://inbox/a/b.docx")) == "s3://inbox/a/b.docx"


@pytest.mark.parametrize(
    "text", ["s3://", "s3://bucket", "s3://bucket/", "https://example.com/cv.pdf", "../etc/passwd",
             "a/../../b", "/"],
)  # fmt: skip
def test_malformed_sources_are_rejected_with_a_reason(text: str) -> None:
    with pytest.raises(SourceRejected) as caught:
        Source.parse(text)
    assert caught.value.reason == "InvalidSource"
    assert text.strip("/") in caught.value.message or text == "/"
