"""Accuracy harness: run engines over documents with ground truth and score them per field.

A directory holds documents and JSON Resume ground truth sharing a stem (`x.pdf` + `x.json`).
The truth may carry `meta.evaluation.tags` (e.g. `["held-out"]`) to report subsets apart.
Scores are also reported by kind: born-digital PDF (read from its text layer), DOCX, TXT and
scan (images, and PDFs any page of which OCR had to read).

Matching rules
--------------
* Strings are normalised before comparing: Unicode NFKC, casefold, whitespace collapsed,
  punctuation trimmed at both ends. Emails compare normalised; phones by their digits only;
  URLs without scheme, "www." and trailing slash.
* Scalars (name, email, phone, url, label): equal after normalisation is a true positive; a
  wrong value is a false positive *and* a false negative; a missing one is a false negative;
  a value where the truth has none is a false positive.
* location: the city must match, and the country code too when both sides give one.
* Lists are matched one to one, greedily by descending similarity above a threshold;
  matched pairs are true positives, the rest of the prediction false positives, the rest of
  the truth false negatives. Similarity of two strings is difflib's ratio on normalised text.
  - work: mean similarity of company (`name`) and `position` ≥ 0.75, neither below 0.5.
  - education: mean of institution similarity and similarity of "studyType area" ≥ 0.75.
  - profiles: same network and username. skills: each keyword (or the skill's name when it
    has no keywords) is an item, matched exactly. languages: the language name, exactly.
  - certificates, projects: name similarity ≥ 0.8.
* Dates compare by month: `2020-01-15` equals `2020-01`; when the truth gives only a year,
  the predicted year must match. `work.dates` and `education.dates` count startDate and
  endDate of *matched* entries only (so a missed entry is not counted twice).
* Overall figures are micro-averages: true/false positives and negatives summed over fields.
"""

from __future__ import annotations

import json
import string
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Protocol

from resume_processor.pipeline.extract.ocr import ENGINE as OCR_ENGINE
from resume_processor.pipeline.run import Extractor, Structurer
from resume_processor.pipeline.sniff import DocumentKind, UnsupportedDocument, sniff

SCALARS = ("name", "email", "phone", "url", "label")
FIELDS = (
    *SCALARS,
    "location",
    "profiles",
    "work",
    "work.dates",
    "education",
    "education.dates",
    "skills",
    "languages",
    "certificates",
    "projects",
)
CONTACT = ("name", "email", "phone", "url")
GROUPS: dict[str, tuple[str, ...]] = {
    "contact": CONTACT,
    "work": ("work",),
    "education": ("education",),
    "dates": ("work.dates", "education.dates"),
}
KIND_LABELS = {"pdf": "born-digital PDF", "docx": "DOCX", "text": "TXT"}
# The extractor's engine name when OCR read some page: such a PDF counts as a scan.
OCR_SUFFIX = f"+{OCR_ENGINE}"
KIND_ORDER = ("born-digital PDF", "DOCX", "TXT", "scan")
TRIM = string.punctuation + "\u2013\u2014\u2022\u00b7\u2018\u2019\u201c\u201d "
WORK_THRESHOLD = 0.75
EDUCATION_THRESHOLD = 0.75
NAME_THRESHOLD = 0.8


class EvalEngines(Protocol):
    """What the harness needs of `run.Engines`: an extractor and a structurer."""

    @property
    def extractor(self) -> Extractor: ...

    @property
    def structurer(self) -> Structurer: ...


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(slots=True)
class DocumentResult:
    path: Path
    kind: str
    tags: tuple[str, ...]
    counts: dict[str, Counts]
    seconds: float
    error: str | None = None


@dataclass(slots=True)
class EvalReport:
    engine: str
    documents: list[DocumentResult] = field(default_factory=list)

    def totals(self, keep: Callable[[DocumentResult], bool] = lambda _: True) -> dict[str, Counts]:
        totals = {name: Counts() for name in FIELDS}
        for document in self.documents:
            if keep(document):
                for name, counts in document.counts.items():
                    totals[name] += counts
        return totals

    def overall(self, keep: Callable[[DocumentResult], bool] = lambda _: True) -> Counts:
        return _sum(self.totals(keep).values())


def _sum(items: Iterable[Counts]) -> Counts:
    total = Counts()
    for item in items:
        total += item
    return total


def normalise(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value or "")).casefold()
    return " ".join(text.split()).strip(TRIM)


def normalise_phone(value: Any) -> str:
    return "".join(ch for ch in str(value or "") if ch.isdigit())


def normalise_url(value: Any) -> str:
    text = normalise(value)
    for prefix in ("https://", "http://", "www."):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


def similarity(a: Any, b: Any) -> float:
    left, right = normalise(a), normalise(b)
    if left == right:
        return 1.0
    if not left or not right:
        return 0.0
    return SequenceMatcher(None, left, right).ratio()


def same_date(truth: str | None, predicted: str | None) -> bool:
    if not truth or not predicted:
        return False
    precision = 7 if len(truth) >= 7 else 4
    return truth[:precision] == predicted[:precision]


def score_scalar(truth: Any, predicted: Any, norm: Callable[[Any], str] = normalise) -> Counts:
    t, p = norm(truth), norm(predicted)
    if t and p:
        return Counts(tp=1) if t == p else Counts(fp=1, fn=1)
    return Counts(fp=int(bool(p)), fn=int(bool(t)))


def score_location(truth: dict[str, Any] | None, predicted: dict[str, Any] | None) -> Counts:
    truth, predicted = truth or {}, predicted or {}
    if not truth.get("city"):
        return Counts(fp=int(bool(predicted.get("city"))))
    if not predicted.get("city"):
        return Counts(fn=1)
    codes = normalise(truth.get("countryCode")), normalise(predicted.get("countryCode"))
    agree = normalise(truth["city"]) == normalise(predicted["city"]) and (
        not all(codes) or codes[0] == codes[1]
    )
    return Counts(tp=1) if agree else Counts(fp=1, fn=1)


def match(
    truth: list[Any], predicted: list[Any], score: Callable[[Any, Any], float], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs (truth index, predicted index), greedily by descending score."""
    pairs = sorted(
        (
            (value, i, j)
            for i, t in enumerate(truth)
            for j, p in enumerate(predicted)
            if (value := score(t, p)) >= threshold
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_t: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
            matched.append((i, j))
    return sorted(matched)


def _list_counts(truth: list[Any], predicted: list[Any], pairs: list[tuple[int, int]]) -> Counts:
    return Counts(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(truth) - len(pairs))


def work_similarity(t: dict[str, Any], p: dict[str, Any]) -> float:
    parts = [similarity(t.get(key), p.get(key)) for key in ("name", "position") if t.get(key)]
    return sum(parts) / len(parts) if parts and min(parts) >= 0.5 else 0.0


def _degree(item: dict[str, Any]) -> str:
    return f"{item.get('studyType') or ''} {item.get('area') or ''}"


def education_similarity(t: dict[str, Any], p: dict[str, Any]) -> float:
    parts = [similarity(t.get("institution"), p.get("institution"))]
    if normalise(_degree(t)):
        parts.append(similarity(_degree(t), _degree(p)))
    return sum(parts) / len(parts)


def _name_similarity(key: str) -> Callable[[Any, Any], float]:
    return lambda t, p: similarity(t.get(key), p.get(key))


def score_dates(
    truth: list[dict[str, Any]], predicted: list[dict[str, Any]], pairs: list[tuple[int, int]]
) -> Counts:
    counts = Counts()
    for i, j in pairs:
        for key in ("startDate", "endDate"):
            t, p = truth[i].get(key), predicted[j].get(key)
            if t and p:
                counts += Counts(tp=1) if same_date(t, p) else Counts(fp=1, fn=1)
            else:
                counts += Counts(fp=int(bool(p)), fn=int(bool(t)))
    return counts


def skill_items(skills: list[dict[str, Any]]) -> list[str]:
    items: list[str] = []
    for skill in skills:
        items += skill.get("keywords") or ([skill["name"]] if skill.get("name") else [])
    return list(dict.fromkeys(normalise(item) for item in items if normalise(item)))


def _exact(a: Any, b: Any) -> float:
    return 1.0 if a == b else 0.0


def score_document(truth: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Counts]:
    """Per-field counts for one predicted JSON Resume against its ground truth."""
    tb, pb = truth.get("basics", {}), predicted.get("basics", {})
    norms: dict[str, Callable[[Any], str]] = {"phone": normalise_phone, "url": normalise_url}
    counts = {
        key: score_scalar(tb.get(key), pb.get(key), norms.get(key, normalise)) for key in SCALARS
    }
    counts["location"] = score_location(tb.get("location"), pb.get("location"))

    def keys(items: list[dict[str, Any]], *names: str) -> list[str]:
        return [" ".join(normalise(item.get(name)) for name in names) for item in items]

    exact = {
        "profiles": (tb.get("profiles", []), pb.get("profiles", []), ("network", "username")),
        "languages": (truth.get("languages", []), predicted.get("languages", []), ("language",)),
    }
    for name, (t_raw, p_raw, fields) in exact.items():
        t_keys, p_keys = keys(t_raw, *fields), keys(p_raw, *fields)
        counts[name] = _list_counts(t_keys, p_keys, match(t_keys, p_keys, _exact, 1.0))
    t_skills, p_skills = (
        skill_items(truth.get("skills", [])),
        skill_items(predicted.get("skills", [])),
    )
    counts["skills"] = _list_counts(t_skills, p_skills, match(t_skills, p_skills, _exact, 1.0))
    for name in ("certificates", "projects"):
        t_items, p_items = truth.get(name, []), predicted.get(name, [])
        pairs = match(t_items, p_items, _name_similarity("name"), NAME_THRESHOLD)
        counts[name] = _list_counts(t_items, p_items, pairs)
    for name, score, threshold in (
        ("work", work_similarity, WORK_THRESHOLD),
        ("education", education_similarity, EDUCATION_THRESHOLD),
    ):
        t_items, p_items = truth.get(name, []), predicted.get(name, [])
        pairs = match(t_items, p_items, score, threshold)
        counts[name] = _list_counts(t_items, p_items, pairs)
        counts[f"{name}.dates"] = score_dates(t_items, p_items, pairs)
    return counts


def documents_in(directory: Path) -> list[tuple[Path, Path]]:
    """(document, ground truth) pairs: every non-JSON file with a `<stem>.json` beside it."""
    pairs = []
    for path in sorted(directory.iterdir()):
        truth = path.with_suffix(".json")
        if path.is_file() and path.suffix != ".json" and truth.exists():
            pairs.append((path, truth))
    return pairs


def kind_label(kind: DocumentKind) -> str:
    return "scan" if kind.is_image else KIND_LABELS.get(kind.value, kind.value)


def evaluate(
    directory: Path, engines: EvalEngines, *, progress: Callable[[str], None] | None = None
) -> EvalReport:
    """Run `engines` over every document in `directory` and score it against its truth."""
    report = EvalReport(engine=f"{_engine_name(engines.extractor)}+{engines.structurer.name}")
    pairs = documents_in(directory)
    for number, (path, truth_path) in enumerate(pairs, start=1):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        tags = tuple(truth.get("meta", {}).get("evaluation", {}).get("tags", []))
        content = path.read_bytes()
        started = time.perf_counter()
        error: str | None = None
        label = "unknown"
        predicted: dict[str, Any] = {}
        try:
            kind = sniff(content[:8192])
            label = kind_label(kind)
            layout = engines.extractor.extract(content, kind)
            if label == KIND_LABELS["pdf"] and layout.engine.endswith(OCR_SUFFIX):
                label = "scan"  # a PDF of page images (or of outlined text): read by OCR
            predicted = engines.structurer.structure(layout)
        except UnsupportedDocument as exc:
            label, error = "unsupported", str(exc)
        except Exception as exc:  # an engine failing on one document must not end the run
            error = f"{type(exc).__name__}: {exc}"
        result = DocumentResult(
            path=path,
            kind=label,
            tags=tags,
            counts=score_document(truth, predicted),
            seconds=time.perf_counter() - started,
            error=error,
        )
        report.documents.append(result)
        if progress is not None:
            f1 = _sum(result.counts.values()).f1
            status = f"error: {error}" if error else f"F1 {f1:.2f}"
            progress(
                f"[{number}/{len(pairs)}] {path.name} ({label}) {status} {result.seconds:.1f}s"
            )
    return report


def _engine_name(extractor: Extractor) -> str:
    return extractor.name


def _row(label: str, counts: Counts, width: int = 22) -> str:
    return (
        f"{label:<{width}} {counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}"
        f" {counts.support:7d}"
    )


def _group_f1(
    report: EvalReport, keep: Callable[[DocumentResult], bool], names: tuple[str, ...]
) -> str:
    totals = report.totals(keep)
    counts = _sum(totals[name] for name in names)
    return f"{counts.f1:8.3f}" if counts.support or counts.fp else f"{'-':>8}"


def _subset_table(
    title: str, report: EvalReport, subsets: dict[str, Callable[[DocumentResult], bool]]
) -> list[str]:
    header = f"{title:<22} {'docs':>5} " + "".join(f"{name:>10}" for name in [*GROUPS, "overall"])
    lines = [header, "-" * len(header)]
    for label, keep in subsets.items():
        chosen = [doc for doc in report.documents if keep(doc)]
        if not chosen:
            continue
        failed = [doc for doc in chosen if doc.error]
        if len(failed) == len(chosen):
            lines.append(f"{label:<22} {len(chosen):5d}   pending: {failed[0].error}")
            continue
        cells = "".join(f"{_group_f1(report, keep, names):>10}" for names in GROUPS.values())
        overall = report.overall(keep).f1
        note = f"  ({len(failed)} failed)" if failed else ""
        lines.append(f"{label:<22} {len(chosen):5d} {cells}{overall:10.3f}{note}")
    return lines


def _has_kind(kind: str) -> Callable[[DocumentResult], bool]:
    return lambda document: document.kind == kind


def _has_tag(tag: str | None) -> Callable[[DocumentResult], bool]:
    return lambda document: tag in document.tags if tag else not document.tags


def format_report(report: EvalReport) -> str:
    """Per-field precision/recall/F1 and support, overall, then F1 by document kind and tag."""
    lines = [f"engine: {report.engine}    documents: {len(report.documents)}", ""]
    lines.append(f"{'field':<22} {'P':>6} {'R':>6} {'F1':>6} {'support':>7}")
    lines.append("-" * 51)
    totals = report.totals()
    lines += [_row(name, counts) for name, counts in totals.items()]
    lines.append("-" * 51)
    lines.append(_row("overall (micro)", report.overall()))
    lines.append("")
    kinds = [kind for kind in KIND_ORDER if any(d.kind == kind for d in report.documents)]
    kinds += sorted({d.kind for d in report.documents} - set(kinds))
    by_kind = {kind: _has_kind(kind) for kind in kinds}
    lines += _subset_table("F1 by kind", report, by_kind)
    tags = sorted({tag for doc in report.documents for tag in doc.tags})
    if tags:
        lines.append("")
        subsets = {tag: _has_tag(tag) for tag in tags}
        subsets["untagged"] = _has_tag(None)
        lines += _subset_table("F1 by tag", report, subsets)
    errors = [doc for doc in report.documents if doc.error]
    if errors:
        lines += ["", f"{len(errors)} document(s) failed:"]
        lines += [f"  {doc.path.name}: {doc.error}" for doc in errors[:10]]
    return "\n".join(lines)


@dataclass(slots=True)
class _LocalEngines:
    extractor: Extractor
    structurer: Structurer


def build_eval_engines(engine: str) -> EvalEngines:
    """ "local" needs no settings; any other name is the configured STRUCTURER engine."""
    from resume_processor.pipeline.extract.local import LocalExtractor
    from resume_processor.pipeline.structure.local import LocalStructurer

    if engine == "local":
        return _LocalEngines(extractor=LocalExtractor(), structurer=LocalStructurer())
    from resume_processor.config import Settings, StructurerEngine
    from resume_processor.pipeline.run import build_engines

    return build_engines(Settings(structurer=StructurerEngine(engine)))


def main(directory: str, engine: str = "local") -> int:
    """`resumectl eval DIR`: print the report; 1 when nothing could be evaluated."""
    path = Path(directory)
    if not path.is_dir():
        print(f"{directory} is not a directory of documents and ground truth", file=sys.stderr)
        return 2
    report = evaluate(
        path, build_eval_engines(engine), progress=lambda msg: print(msg, file=sys.stderr)
    )
    if not report.documents:
        print(f"no document with a <stem>.json ground truth in {directory}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0
