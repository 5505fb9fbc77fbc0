"""Render a Person in one of several visual styles: PDF, DOCX, plain text, or a scanned image."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from resume_processor.samples import normalise_zip  # noqa: F401 (re-exported)
from tests.eval.people import Month, Person

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC)
MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()
TITLES = {
    "summary": ("Summary", "Profile", "About Me", "Professional Summary"),
    "work": (
        "Experience",
        "Work Experience",
        "Professional Experience",
        "Employment History",
        "Career",
    ),
    "education": ("Education", "Academic Background"),
    "skills": ("Skills", "Technical Skills", "Core Competencies", "Technologies"),
    "projects": ("Projects", "Selected Projects"),
    "certificates": ("Certifications", "Certificates", "Licenses & Certifications"),
    "languages": ("Languages",),
}


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    medium: str  # pdf | docx | txt
    layout: str  # per medium: classic, modern, sidebar, datefirst, table, plain, markdown, ledger
    date_format: str = "mon"
    joiner: str = " \u2013 "
    present: str = "Present"
    heading_case: str = "upper"  # upper | title | spaced
    colon: bool = False
    bullet: str = "\u2022"
    entry_form: str = "title_date_right"
    font: str = "DejaVuSans"
    scan: str | None = None  # jpeg | png-bw
    single_page: bool = False
    choices: tuple[tuple[str, tuple[Any, ...]], ...] = ()

    def vary(self, rng: random.Random) -> Style:
        """A copy with each varying option drawn from its allowed values."""
        chosen = {key: rng.choice(values) for key, values in self.choices}
        return replace(self, **chosen)


_DATES = ("date_format", ("mon", "month", "mon.", "mm/yyyy", "yyyy-mm", "year"))
_JOIN = ("joiner", (" \u2013 ", " - ", " \u2014 ", " to "))
_PRESENT = ("present", ("Present", "Current", "Now", "present"))
STYLES = {
    s.name: s
    for s in (
        Style(
            "pdf-classic",
            "pdf",
            "classic",
            choices=(
                _DATES,
                _JOIN,
                _PRESENT,
                ("entry_form", ("title_date_right", "position_at", "company_dash_position")),
                ("heading_case", ("upper", "title", "spaced")),
                ("bullet", ("\u2022", "-", "\u25aa")),
            ),
        ),
        Style(
            "pdf-modern",
            "pdf",
            "modern",
            heading_case="title",
            entry_form="two_line",
            font="DejaVuSerif",
            choices=(
                _DATES,
                _JOIN,
                _PRESENT,
                ("bullet", ("\u2013", "\u2022")),
                ("colon", (False, True)),
            ),
        ),
        Style(
            "pdf-sidebar",
            "pdf",
            "sidebar",
            entry_form="company_dash_position",
            choices=(
                _DATES,
                _JOIN,
                ("heading_case", ("upper", "title")),
                ("entry_form", ("company_dash_position", "two_line")),
            ),
        ),
        Style(
            "pdf-serif-datefirst",
            "pdf",
            "datefirst",
            font="DejaVuSerif",
            heading_case="title",
            choices=(_DATES, _JOIN, _PRESENT),
        ),
        Style(
            "docx-paragraphs",
            "docx",
            "paragraphs",
            choices=(
                _DATES,
                _JOIN,
                _PRESENT,
                ("entry_form", ("title_date_right", "two_line", "position_at")),
                ("heading_case", ("upper", "title")),
                ("bullet", ("\u2022", "", "-")),
            ),
        ),
        Style(
            "docx-table",
            "docx",
            "table",
            heading_case="title",
            choices=(_DATES, _JOIN, _PRESENT, ("entry_form", ("two_line", "title_only"))),
        ),
        Style(
            "txt-plain",
            "txt",
            "plain",
            bullet="-",
            choices=(
                _DATES,
                _JOIN,
                _PRESENT,
                ("entry_form", ("title_date_right", "position_at", "two_line")),
                ("colon", (False, True)),
            ),
        ),
        Style(
            "txt-markdown",
            "txt",
            "markdown",
            heading_case="title",
            bullet="-",
            entry_form="company_dash_position",
            choices=(_DATES, _JOIN),
        ),
        Style(
            "scan",
            "pdf",
            "classic",
            scan="jpeg",
            single_page=True,
            choices=(
                ("date_format", ("mon", "month", "mm/yyyy", "year")),
                _JOIN,
                ("layout", ("classic", "modern", "sidebar")),
                ("scan", ("jpeg", "jpeg", "png-bw")),
                ("entry_form", ("title_date_right", "two_line", "company_dash_position")),
            ),
        ),
        Style(
            "ledger",
            "pdf",
            "ledger",
            date_format="mm.yyyy",
            heading_case="spaced",
            font="DejaVuSansMono",
            bullet="\u203a",
            entry_form="pipes",
            choices=(_PRESENT,),
        ),
        Style(
            "ledger-scan",
            "pdf",
            "ledger",
            date_format="mm.yyyy",
            heading_case="spaced",
            font="DejaVuSansMono",
            bullet="\u203a",
            entry_form="pipes",
            scan="jpeg",
            single_page=True,
        ),
    )
}


def fmt_month(month: Month, style: Style) -> str:
    year, number = month
    name = MONTH_NAMES[number - 1]
    return {
        "mon": f"{name[:3]} {year}",
        "month": f"{name} {year}",
        "mon.": f"{name if len(name) <= 4 else ('Sept' if number == 9 else name[:3]) + '.'} {year}",
        "mm/yyyy": f"{number:02d}/{year}",
        "yyyy-mm": f"{year}-{number:02d}",
        "mm.yyyy": f"{number:02d}.{year}",
        "year": f"{year}",
    }[style.date_format]


def fmt_range(start: Month, end: Month | None, style: Style) -> str:
    return (
        fmt_month(start, style) + style.joiner + (fmt_month(end, style) if end else style.present)
    )


def heading(title: str, style: Style) -> str:
    text = {"upper": title.upper(), "title": title, "spaced": title.upper()}[style.heading_case]
    if style.heading_case == "spaced":
        text = "  ".join(" ".join(word) for word in text.split())
    return text + (":" if style.colon else "")


@dataclass(slots=True)
class Block:
    """One entry as up to two lines with left and right parts, then bullet lines."""

    lines: list[tuple[str, str]]
    bullets: list[str]
    date: str = ""


def _entry(title: str, org: str, place: str, dates: str, style: Style) -> Block:
    form = style.entry_form
    if form == "two_line":
        return Block([(org, place), (title, dates)], [], dates)
    if form == "position_at":
        return Block([(f"{title} at {org}", dates), (place, "")], [], dates)
    if form == "company_dash_position":
        where = f"{dates} | {place}" if place else dates
        return Block([(f"{org} \u2014 {title}", ""), (where, "")], [], dates)
    if form == "pipes":
        return Block([(f"{org} | {title} | {dates}", ""), (place, "")], [], dates)
    if form == "title_only":
        return Block([(f"{title}, {org}", ""), (place, "")], [], dates)
    return Block([(f"{title}, {org}", dates), (place, "")], [], dates)


def sections(person: Person, style: Style, rng: random.Random) -> list[tuple[str, str, list[Any]]]:
    """(kind, heading, blocks or lines) in reading order, titles drawn from common variants."""
    title = {kind: rng.choice(names) for kind, names in TITLES.items()}
    out: list[tuple[str, str, list[Any]]] = [("summary", title["summary"], [person.summary])]
    work = []
    for job in person.jobs:
        block = _entry(
            job.position, job.company, job.place, fmt_range(job.start, job.end, style), style
        )
        block.bullets = job.highlights
        work.append(block)
    out.append(("work", title["work"], work))
    schools = []
    for s in person.schools:
        degree = (
            f"{s.study} in {s.area}"
            if len(s.study) > 6 or rng.random() < 0.3
            else f"{s.study} {s.area}"
        )
        block = _entry(degree, s.institution, "", fmt_range(s.start, s.end, style), style)
        block.lines = [line for line in block.lines if any(part.strip(" |") for part in line)]
        block.bullets = [f"GPA: {s.score}"] if s.score else []
        schools.append(block)
    out.append(("education", title["education"], schools))
    if person.flat_skills:
        skills = [", ".join(kw for kws in person.skills.values() for kw in kws)]
    else:
        skills = [f"{cat}: {', '.join(kws)}" for cat, kws in person.skills.items()]
    out.append(("skills", title["skills"], skills))
    if person.projects:
        projects = []
        for name, description, start, end in person.projects:
            block = Block([(name, fmt_range(start, end, style)), (description, "")], [])
            projects.append(block)
        out.append(("projects", title["projects"], projects))
    if person.certificates:
        certs = [f"{n} \u2014 {i}, {fmt_month(d, style)}" for n, i, d in person.certificates]
        out.append(("certificates", title["certificates"], certs))
    if person.languages:
        langs = [f"{lang} ({fluency})" for lang, fluency in person.languages]
        out.append(
            ("languages", title["languages"], [", ".join(langs)] if rng.random() < 0.5 else langs)
        )
    return out


def contacts(person: Person) -> list[str]:
    shown = [
        f"{net.lower()}.com/{'in/' if net == 'LinkedIn' else ''}{user}"
        for net, user in person.profiles
    ]
    url = [person.url.removeprefix("https://")] if person.url else []
    return [person.location_text, person.email, person.phone, *url, *shown]


def render(person: Person, style: Style) -> tuple[bytes, str]:
    rng = random.Random(person.name)
    if style.medium == "docx":
        from tests.eval.render_docx import render_docx

        return render_docx(person, style, rng), "docx"
    if style.medium == "txt":
        return render_text(person, style, rng).encode("utf-8"), "txt"
    from tests.eval.render_pdf import render_pdf, scan

    pdf = render_pdf(person, style, rng)
    if style.scan:
        return scan(pdf, style.scan, rng)
    return pdf, "pdf"


def render_text(person: Person, style: Style, rng: random.Random) -> str:
    md = style.layout == "markdown"
    out = [
        f"# {person.name}" if md else person.name,
        person.label,
        " | ".join(contacts(person)),
        "",
    ]
    for _, title, items in sections(person, style, rng):
        out += [f"## {title}" if md else heading(title, style), ""]
        for item in items:
            if isinstance(item, str):
                out.append(item)
                continue
            for left, right in item.lines:
                if md and left == item.lines[0][0]:
                    left = f"**{left}**"
                out.append(f"{left}    {right}".rstrip() if right else left)
            out += [f"{style.bullet} {bullet}" for bullet in item.bullets]
            out.append("")
        out.append("")
    return "\n".join(out)


# -- small helpers every blind round's generator uses ----------------------------------------
def months_before(month: Month, count: int) -> Month:
    total = month[0] * 12 + month[1] - 1 - count
    return total // 12, total % 12 + 1


def iso_month(month: Month | None, precision: str) -> str | None:
    """A JSON Resume date: "2019" for year precision, else "2019-03"; None for an open end."""
    if month is None:
        return None
    return f"{month[0]}" if precision == "year" else f"{month[0]}-{month[1]:02d}"


def drop_empty(item: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if value not in (None, [], "", {})}


def profile_links(extra: dict[str, Any]) -> list[dict[str, str]]:
    """The LinkedIn and GitHub profiles of a person's `extra` links, as JSON Resume lists them."""
    profiles = []
    for key, network in (("linkedin", "LinkedIn"), ("github", "GitHub")):
        if key in extra:
            link = extra[key]
            profiles.append({"network": network, "username": link.rsplit("/", 1)[-1], "url": link})
    return profiles


def short_month(month: Month | None, present: str = "Present") -> str:
    """ "Mar 2019", or `present` for an open end."""
    return present if month is None else f"{MONTH_NAMES[month[1] - 1][:3]} {month[0]}"


def long_month(month: Month | None) -> str:
    """ "March 2019", or "Present" for an open end."""
    return "Present" if month is None else f"{MONTH_NAMES[month[1] - 1]} {month[0]}"


def numeric_month(month: Month | None, present: str) -> str:
    """ "03/2019", or `present` for an open end."""
    return present if month is None else f"{month[1]:02d}/{month[0]}"
