"""How well the parser reads resumes written in words it does not know.

    python tests/eval/ablate.py titles tests/eval/set
    python tests/eval/ablate.py degrees tests/eval/set
    python tests/eval/ablate.py schools tests/eval/set

Every born-digital PDF and DOCX of the set is extracted once, then structured twice: as it is,
and with one kind of known word replaced by made-up words of the same shape (capitals stay
capitals, letter-spacing stays):

- `titles`: each line that is a known section title ("Work Experience", "EDUCATION",
  "E X P E R I E N C E", "Skills: …"). What is left are the fallbacks: titles found by their
  type, sections read by their content.
- `degrees`: every degree the word lists know ("Bachelor of Science", "MBA", "Licenciatura"),
  in the document and, the same way, in its truth: a degree in a language the parser does not
  hold, as "Osnovne akademske studije" was before it was added.
- `schools`: every word that marks a school ("University", "Hochschule", "Liceo"), likewise.

Work and education F1 are printed per style, before and after, and in total.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from resume_processor.pipeline.structure.vocab import DEGREE, INSTITUTION

SYLLABLES = ("ka", "lo", "vi", "ru", "te", "mo", "sa", "ne", "pi", "du", "ro", "ga", "hu", "ze")
FIELDS = ("work", "education")
MODES = ("titles", "degrees", "schools")


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


# A degree anywhere in a line: the parser's own pattern, not anchored to the line's start.
DEGREE_ANYWHERE = re.compile(r"(?<![\w.])" + DEGREE.pattern.removeprefix("^"), DEGREE.flags)
LETTERS = re.compile(r"[^\W\d_]+")


def made_up_words(pattern: re.Pattern[str]) -> Callable[[str], str]:
    """Every match of `pattern` in a text with its letters replaced by made-up words."""

    def replace(match: re.Match[str]) -> str:
        return LETTERS.sub(lambda word: made_up(word.group()), match.group())

    return lambda text: pattern.sub(replace, text)


def with_lines(document: LayoutDocument, rewrite: Callable[[str], str]) -> LayoutDocument:
    pages = [
        dataclasses.replace(
            page, lines=[dataclasses.replace(line, text=rewrite(line.text)) for line in page.lines]
        )
        for page in document.pages
    ]
    return dataclasses.replace(document, pages=pages)


def with_strings(value: Any, rewrite: Callable[[str], str]) -> Any:
    """The truth with every string rewritten, as the document's lines were."""
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, list):
        return [with_strings(item, rewrite) for item in value]
    if isinstance(value, dict):
        return {key: with_strings(item, rewrite) for key, item in value.items()}
    return value


def ablation(mode: str) -> tuple[Callable[[LayoutDocument], LayoutDocument], Callable[[Any], Any]]:
    """How a mode changes a document's layout, and its truth."""
    if mode == "titles":
        return without_titles, lambda truth: truth
    rewrite = made_up_words(DEGREE_ANYWHERE if mode == "degrees" else INSTITUTION)
    return (lambda layout: with_lines(layout, rewrite)), (
        lambda truth: with_strings(truth, rewrite)
    )


def f1(counts: list[dict[str, Counts]], field: str) -> float:
    total = Counts()
    for each in counts:
        if field in each:
            total += each[field]
    return total.f1


def main(mode: str, directory: Path) -> int:
    ablate_layout, ablate_truth = ablation(mode)
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
            continue  # a scan: its words are whatever OCR made of them
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        tags = truth.get("meta", {}).get("evaluation", {}).get("tags", [])
        known, unknown = by_style[tags[-1] if tags else path.stem]
        known.append(score_document(truth, structurer.structure(layout)))
        ablated = structurer.structure(ablate_layout(layout))
        unknown.append(score_document(ablate_truth(truth), ablated))
    print(file=sys.stderr)
    print(f"{'style':32} {'work':>15} {'education':>15}   (known {mode} -> made-up {mode})")
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
    if len(sys.argv) < 2 or sys.argv[1] not in MODES:
        sys.exit(f"usage: python tests/eval/ablate.py {{{'|'.join(MODES)}}} [DIR]")
    sys.exit(main(sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2 else "tests/eval/set")))
