"""Generate the evaluation set: fictional resumes as PDF, DOCX, TXT and scans, with truth.

    python tests/eval/generate.py OUTDIR

Deterministic (fixed seed, fixed PDF/DOCX timestamps). Each document `x.<ext>` has `x.json`,
its JSON Resume ground truth; `meta.evaluation.tags` names the style, and the styles in
`HELD_OUT` are tagged "held-out": the parser was not tuned on them. The three rendercv PDFs
from ../shared/data are copied with truth converted from their YAML. A second held-out round
(`tests/eval/holdout.py`, tagged "holdout-2") comes from its own random stream, so adding it
left every earlier document byte-for-byte the same. A third round (`tests/eval/holdout3.py`,
tagged "holdout-3") likewise has its own stream and its own pools of people and vocabulary,
and so does a fourth (`tests/eval/holdout4.py`, tagged "holdout-4"), a fifth
(`tests/eval/holdout5.py`, tagged "holdout-5"), a sixth (`tests/eval/holdout6.py`, tagged
"holdout-6"), a seventh (`tests/eval/holdout7.py`, tagged "holdout-7"), an eighth
(`tests/eval/holdout8.py`, tagged "holdout-8"), a ninth (`tests/eval/holdout9.py`, tagged
"holdout-9"), a tenth (`tests/eval/holdout10.py`, tagged "holdout-10"), an eleventh
(`tests/eval/holdout11.py`, tagged "holdout-11"), a twelfth (`tests/eval/holdout12.py`,
tagged "holdout-12"), a thirteenth (`tests/eval/holdout13.py`, tagged "holdout-13"), a
fourteenth (`tests/eval/holdout14.py`, tagged "holdout-14"), a fifteenth
(`tests/eval/holdout15.py`, tagged "holdout-15"), a sixteenth (`tests/eval/holdout16.py`,
tagged "holdout-16"), a seventeenth (`tests/eval/holdout17.py`, tagged "holdout-17"), an
eighteenth (`tests/eval/holdout18.py`, tagged "holdout-18"), a nineteenth
(`tests/eval/holdout19.py`, tagged "holdout-19"), a twentieth (`tests/eval/holdout20.py`,
tagged "holdout-20"), a twenty-first (`tests/eval/holdout21.py`, tagged "holdout-21"), a
twenty-second (`tests/eval/holdout22.py`, tagged "holdout-22"), a twenty-third
(`tests/eval/holdout23.py`, tagged "holdout-23"), a twenty-fourth (`tests/eval/holdout24.py`,
tagged "holdout-24"), a twenty-fifth (`tests/eval/holdout25.py`, tagged "holdout-25"), a
twenty-sixth (`tests/eval/holdout26.py`, tagged "holdout-26"), a twenty-seventh
(`tests/eval/holdout27.py`, tagged "holdout-27"), a twenty-eighth
(`tests/eval/holdout28.py`, tagged "holdout-28"), a twenty-ninth (`tests/eval/holdout29.py`,
tagged "holdout-29"), a thirtieth (`tests/eval/holdout30.py`, tagged "holdout-30"), a
thirty-first (`tests/eval/holdout31.py`, tagged "holdout-31"), a thirty-second
(`tests/eval/holdout32.py`, tagged "holdout-32"), a thirty-third
(`tests/eval/holdout33.py`, tagged "holdout-33"), a thirty-fourth
(`tests/eval/holdout34.py`, tagged "holdout-34"), a thirty-fifth
(`tests/eval/holdout35.py`, tagged "holdout-35"), a thirty-sixth
(`tests/eval/holdout36.py`, tagged "holdout-36"), a thirty-seventh
(`tests/eval/holdout37.py`, tagged "holdout-37"), a thirty-eighth
(`tests/eval/holdout38.py`, tagged "holdout-38"), a thirty-ninth
(`tests/eval/holdout39.py`, tagged "holdout-39"), a fortieth (`tests/eval/holdout40.py`,
tagged "holdout-40"), a forty-first (`tests/eval/holdout41.py`, tagged "holdout-41"), a
forty-second (`tests/eval/holdout42.py`, tagged "holdout-42"), a forty-third
(`tests/eval/holdout43.py`, tagged "holdout-43"), a forty-fourth
(`tests/eval/holdout44.py`, tagged "holdout-44"), a forty-fifth (`tests/eval/holdout45.py`,
tagged "holdout-45"), a forty-sixth (`tests/eval/holdout46.py`, tagged "holdout-46"), a
forty-seventh (`tests/eval/holdout47.py`, tagged "holdout-47"), a forty-eighth
(`tests/eval/holdout48.py`, tagged "holdout-48"), a forty-ninth (`tests/eval/holdout49.py`,
tagged "holdout-49"), a fiftieth (`tests/eval/holdout50.py`, tagged "holdout-50"), a
fifty-first (`tests/eval/holdout51.py`, tagged "holdout-51"), a fifty-second
(`tests/eval/holdout52.py`, tagged "holdout-52"), a fifty-third (`tests/eval/holdout53.py`,
tagged "holdout-53"), a fifty-fourth (`tests/eval/holdout54.py`, tagged "holdout-54"), a
fifty-fifth (`tests/eval/holdout55.py`, tagged "holdout-55"), a fifty-sixth
(`tests/eval/holdout56.py`, tagged "holdout-56"), a fifty-seventh (`tests/eval/holdout57.py`,
tagged "holdout-57"), a fifty-eighth (`tests/eval/holdout58.py`, tagged "holdout-58"), a
fifty-ninth (`tests/eval/holdout59.py`, tagged "holdout-59"), a sixtieth
(`tests/eval/holdout60.py`, tagged "holdout-60"), a sixty-first (`tests/eval/holdout61.py`,
tagged "holdout-61"), a sixty-second (`tests/eval/holdout62.py`, tagged "holdout-62"), a
sixty-third (`tests/eval/holdout63.py`, tagged "holdout-63"), a sixty-fourth
(`tests/eval/holdout64.py`, tagged "holdout-64"), a sixty-fifth (`tests/eval/holdout65.py`,
tagged "holdout-65"), a sixty-sixth (`tests/eval/holdout66.py`, tagged "holdout-66"), a
sixty-seventh (`tests/eval/holdout67.py`, tagged "holdout-67"), a sixty-eighth
(`tests/eval/holdout68.py`, tagged "holdout-68"), a sixty-ninth (`tests/eval/holdout69.py`,
tagged "holdout-69"), a seventieth (`tests/eval/holdout70.py`, tagged "holdout-70"), a
seventy-first (`tests/eval/holdout71.py`, tagged "holdout-71"), a seventy-second
(`tests/eval/holdout72.py`, tagged "holdout-72"), a seventy-third
(`tests/eval/holdout73.py`, tagged "holdout-73"), a seventy-fourth
(`tests/eval/holdout74.py`, tagged "holdout-74"), a seventy-fifth
(`tests/eval/holdout75.py`, tagged "holdout-75"), a seventy-sixth
(`tests/eval/holdout76.py`, tagged "holdout-76"), a seventy-seventh
(`tests/eval/holdout77.py`, tagged "holdout-77"), a seventy-eighth
(`tests/eval/holdout78.py`, tagged "holdout-78"), a seventy-ninth
(`tests/eval/holdout79.py`, tagged "holdout-79") and an eightieth
(`tests/eval/holdout80.py`, tagged "holdout-80").
"""

from __future__ import annotations

import importlib
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Run as a script from anywhere: make the repository root importable for `tests.eval`.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.eval import holdout, holdout3
from tests.eval.people import Person, make_person
from tests.eval.render import STYLES, Style, render

SEED = 20240611
# The rounds written as modules with the `write_round` interface, oldest first: the order
# fixes which names each round finds taken, so a new round goes last.
ROUNDS: tuple[Any, ...] = tuple(
    importlib.import_module(f"tests.eval.holdout{number}") for number in range(4, 81)
)
RENDERCV = Path(__file__).resolve().parents[3] / "shared" / "data" / "resumes" / "rendercv"
HELD_OUT = frozenset({"ledger", "ledger-scan"})
# (style, how many documents): every style gets several people.
PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-classic", 5),
    ("pdf-modern", 4),
    ("pdf-sidebar", 4),
    ("pdf-serif-datefirst", 3),
    ("docx-paragraphs", 4),
    ("docx-table", 3),
    ("txt-plain", 3),
    ("txt-markdown", 2),
    ("scan", 6),
    ("ledger", 4),
    ("ledger-scan", 2),
)


@dataclass(slots=True)
class Written:
    stem: str
    files: list[str] = field(default_factory=list)


def truth_of(person: Person, style: Style) -> dict[str, Any]:
    truth = person.truth(dates_as=style.date_format)
    tags = [style.name, *(["held-out"] if style.name in HELD_OUT else [])]
    truth["meta"] = {"evaluation": {"tags": tags, "generator": "tests/eval/generate.py"}}
    return truth


def write_generated(out: Path, used_names: set[str] | None = None) -> list[Written]:
    rng = random.Random(SEED)
    written: list[Written] = []
    used_names = set() if used_names is None else used_names
    for style_name, count in PLAN:
        for index in range(count):
            style = STYLES[style_name].vary(rng)
            person = make_person(rng, used_names, compact=style.single_page)
            stem = f"{style_name}-{index + 1:02d}-{person.slug}"
            content, extension = render(person, style)
            written.append(write_document(out, stem, content, extension, truth_of(person, style)))
    return written


def write_holdout(out: Path, used_names: set[str]) -> list[Written]:
    rng = random.Random(SEED + 2)
    written: list[Written] = []
    for style_name, count in holdout.PLAN:
        for index in range(count):
            style = holdout.STYLES[style_name].vary(rng)
            person = holdout.remix(make_person(rng, used_names), rng)
            stem = f"{style_name}-{index + 1:02d}-{person.slug}"
            content, extension = holdout.render(person, style)
            truth = person.truth(dates_as=style.date_format)
            tags = [holdout.HOLDOUT_TAG, style.name]
            truth["meta"] = {"evaluation": {"tags": tags, "generator": "tests/eval/holdout.py"}}
            written.append(write_document(out, stem, content, extension, truth))
    return written


def write_holdout3(out: Path, used_names: set[str]) -> list[Written]:
    rng = random.Random(SEED + 3)
    written: list[Written] = []
    for style_name, count in holdout3.PLAN:
        for index in range(count):
            style = holdout3.style_for(style_name, index + 1, rng)
            promotion = bool(style.options.get("promotion"))
            person = holdout3.make_person(rng, used_names, style, promotion=promotion)
            stem = f"{style_name}-{index + 1:02d}-{person.slug}"
            content, extension = holdout3.render(person, style)
            truth = holdout3.truth(person, style)
            written.append(write_document(out, stem, content, extension, truth))
    return written


def write_round(out: Path, used_names: set[str], module: Any) -> list[Written]:
    """A blind round module with SEED, PLAN, style_options, make_person, render and truth."""
    rng = random.Random(module.SEED)
    written: list[Written] = []
    for style_name, count in module.PLAN:
        for index in range(count):
            options = module.style_options(style_name, rng)
            person = module.make_person(rng, used_names, style_name)
            stem = f"{style_name}-{index + 1:02d}-{person.slug}"
            content, extension = module.render(person, style_name, options)
            truth = module.truth(person, style_name, options)
            written.append(write_document(out, stem, content, extension, truth))
    return written


def write_document(
    out: Path, stem: str, content: bytes, extension: str, truth: dict[str, Any]
) -> Written:
    (out / f"{stem}.{extension}").write_bytes(content)
    text = json.dumps(truth, indent=2, ensure_ascii=False) + "\n"
    (out / f"{stem}.json").write_text(text, encoding="utf-8")
    return Written(stem, [f"{stem}.{extension}", f"{stem}.json"])


def _markdown(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\*\*?([^*]+)\*\*?", r"\1", text).strip()


def rendercv_truth() -> dict[str, Any]:
    # Imported by name: PyYAML ships no type stubs in this environment.
    yaml = importlib.import_module("yaml")
    cv = yaml.safe_load((RENDERCV / "John_Doe_CV.yaml").read_text(encoding="utf-8"))["cv"]
    sections = cv["sections"]
    networks = {"LinkedIn": "https://linkedin.com/in/", "GitHub": "https://github.com/"}
    basics: dict[str, Any] = {
        "name": cv["name"],
        "email": cv["email"],
        "url": cv["website"],
        "location": {"city": "San Francisco", "region": "CA", "countryCode": "US"},
        "profiles": [
            {
                "network": p["network"],
                "username": p["username"],
                "url": networks[p["network"]] + p["username"],
            }
            for p in cv["social_networks"]
        ],
    }

    def dates(item: dict[str, Any]) -> dict[str, str]:
        start, end = item.get("start_date") or item.get("date"), item.get("end_date")
        found = {"startDate": str(start)} if start else {}
        return found | ({"endDate": str(end)} if end and end != "present" else {})

    work = [
        {"name": job["company"], "position": job["position"], "location": job["location"]}
        | dates(job)
        | {"highlights": [_markdown(h) for h in job["highlights"]]}
        for job in sections["experience"]
    ]
    education = [
        {
            "institution": school["institution"],
            "area": school["area"],
            "studyType": school["degree"],
        }
        | dates(school)
        for school in sections["education"]
    ]
    projects = [
        {"name": _markdown(project["name"]), "description": project["summary"]} | dates(project)
        for project in sections["projects"]
    ]
    skills = [
        {"name": skill["label"], "keywords": [k.strip() for k in skill["details"].split(",")]}
        for skill in sections["skills"]
    ]
    return {
        "basics": basics,
        "work": work,
        "education": education,
        "projects": projects,
        "skills": skills,
        "meta": {"evaluation": {"tags": ["rendercv"], "source": "rendercv/rendercv"}},
    }


def write_rendercv(out: Path) -> list[Written]:
    truth = json.dumps(rendercv_truth(), indent=2, ensure_ascii=False) + "\n"
    written = []
    for pdf in sorted(RENDERCV.glob("*.pdf")):
        stem = f"rendercv-{pdf.stem.removeprefix('John_Doe_').removesuffix('_CV').lower()}"
        shutil.copyfile(pdf, out / f"{stem}.pdf")
        (out / f"{stem}.json").write_text(truth, encoding="utf-8")
        written.append(Written(stem, [f"{stem}.pdf", f"{stem}.json"]))
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python tests/eval/generate.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    used_names: set[str] = set()
    written = write_generated(out, used_names)
    written += write_holdout(out, used_names) + write_holdout3(out, used_names)
    for module in ROUNDS:
        written += write_round(out, used_names, module)
    written += write_rendercv(out)
    size = sum((out / name).stat().st_size for item in written for name in item.files)
    print(f"wrote {len(written)} resumes ({size / 1e6:.1f} MB) to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
