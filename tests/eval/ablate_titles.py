"""How well the parser reads resumes whose section titles are in no language it knows.

    python tests/eval/ablate_titles.py tests/eval/set

Every born-digital PDF and DOCX of the set is extracted once; then each line that is a known
section title ("Work Experience", "EDUCATION", "E X P E R I E N C E", "Skills: …") is replaced
by made-up words of the same shape (capitals stay capitals, letter-spacing stays), and the
resume is structured again. Work and education F1 are printed per style, with and without the
titles, and in total: the second figure is what the fallbacks alone (titles found by their
type, sections read by their content) achieve.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import zlib
from collections import defaultdict
from pathlib import Path

from resume_processor.evaluation import OCR_SUFFIX, Counts, documents_in, score_document
from resume_processor.pipeline.extract.local import LocalExtractor
from resume_processor.pipeline.layout import LayoutDocument, Line
from resume_processor.pipeline.sniff import sniff
from resume_processor.pipeline.structure.local import LocalStructurer
from resume_processor.pipeline.structure.sections import (
    INLINE_HEADING,
    capitals_kind,
    heading_key,
    heading_kind,
)

SYLLABLES = ("ka", "lo", "vi", "ru", "te", "mo", "sa", "ne", "pi", "du", "ro", "ga", "hu", "ze")
FIELDS = ("work", "education")


def made_up(word: str) -> str:
    """A word of no language, about as long as `word`, the same for the same word."""
    seed = zlib.crc32(word.lower().encode())
    count = max(1, round(len(word) / 2.5))
    text = "".join(SYLLABLES[(seed >> (4 * i)) % len(SYLLABLES)] for i in range(count))
    return text.upper() if word.isupper() else text.capitalize() if word[:1].isupper() else text


def made_up_title(text: str) -> str:
    tokens = text.split()
    if len(tokens) >= 4 and sum(len(token) == 1 for token in tokens) >= len(tokens) - 1:
        return "   ".join(" ".join(made_up(word).upper()) for word in heading_key(text).split())
    return " ".join(made_up(w) if any(c.isalpha() for c in w) else w for w in tokens)


def without_titles(document: LayoutDocument) -> LayoutDocument:
    pages = []
    for page in document.pages:
        lines: list[Line] = []
        for line in page.lines:
            text = line.text.strip()
            key = heading_key(text)
            inline = INLINE_HEADING.match(text)
            if heading_kind(key) is not None or capitals_kind(text, key) is not None:
                line = dataclasses.replace(line, text=made_up_title(text))
            elif inline and heading_kind(heading_key(inline.group(1))) is not None:
                replaced = f"{made_up_title(inline.group(1))}: {inline.group(2)}"
                line = dataclasses.replace(line, text=replaced)
            lines.append(line)
        pages.append(dataclasses.replace(page, lines=lines))
    return dataclasses.replace(document, pages=pages)


def f1(counts: list[dict[str, Counts]], field: str) -> float:
    total = Counts()
    for each in counts:
        if field in each:
            total += each[field]
    return total.f1


def main(directory: Path) -> int:
    extractor, structurer = LocalExtractor(), LocalStructurer()
    by_style: dict[str, tuple[list[dict[str, Counts]], list[dict[str, Counts]]]] = defaultdict(
        lambda: ([], [])
    )
    pairs = documents_in(directory)
    for number, (path, truth_path) in enumerate(pairs, start=1):
        print(f"\r[{number}/{len(pairs)}] {path.name[:60]:60}", end="", file=sys.stderr)
        if path.suffix.lower() not in (".pdf", ".docx"):
            continue
        content = path.read_bytes()
        layout = extractor.extract(content, sniff(content[:8192]))
        if layout.engine.endswith(OCR_SUFFIX):
            continue  # a scan: its titles are whatever OCR made of them
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        tags = truth.get("meta", {}).get("evaluation", {}).get("tags", [])
        known, unknown = by_style[tags[-1] if tags else path.stem]
        known.append(score_document(truth, structurer.structure(layout)))
        unknown.append(score_document(truth, structurer.structure(without_titles(layout))))
    print(file=sys.stderr)
    print(f"{'style':32} {'work':>15} {'education':>15}   (with titles -> made-up titles)")
    everything: tuple[list[dict[str, Counts]], list[dict[str, Counts]]] = ([], [])
    for style, (known, unknown) in sorted(by_style.items()):
        everything[0].extend(known)
        everything[1].extend(unknown)
        figures = "".join(f" {f1(known, f):6.3f} -> {f1(unknown, f):.3f}" for f in FIELDS)
        print(f"{style:32}{figures}")
    figures = "".join(f" {f1(everything[0], f):6.3f} -> {f1(everything[1], f):.3f}" for f in FIELDS)
    print(f"{'all':32}{figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/eval/set")))
