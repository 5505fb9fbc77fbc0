"""Rule-based structurer: layout lines → JSON Resume 1.2.1, with no network.

Pipeline: drop running headers/footers → split at section headings (`sections`) → contact
details from the header block (`contact`) → dated entries for work, education and projects
(`entries`, `records`) → list sections (`lists`). Dates are ISO `YYYY-MM` or `YYYY` (`dates`).
`confidence(data)` scores each filled field from 0 to 1 for `meta.confidence`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from resume_processor.pipeline.layout import CELL_GAP, LayoutDocument, Line
from resume_processor.pipeline.structure.chronology import read_chronology
from resume_processor.pipeline.structure.contact import (
    EMAIL,
    _display_name,
    find_email,
    find_label,
    find_location,
    find_name,
    find_phone,
    find_profiles,
    find_website,
    is_phone,
    looks_like_name,
    proper_case,
)
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.entries import group_entries
from resume_processor.pipeline.structure.labels import ROLE_OF, Role, read_label_column
from resume_processor.pipeline.structure.lists import (
    languages_from_skills,
    parse_certificates,
    parse_languages,
    parse_skills,
)
from resume_processor.pipeline.structure.records import (
    LEVELS_OF_EDUCATION,
    fragments,
    to_education,
    to_project,
    to_work,
)
from resume_processor.pipeline.structure.rows import is_table_heading
from resume_processor.pipeline.structure.schema import Basics, Resume, Work
from resume_processor.pipeline.structure.sections import (
    INLINE_HEADING,
    Kind,
    Section,
    content_lines,
    drop_rules,
    guess_kind,
    heading_key,
    heading_kind,
    split_sections,
    without_cover_pages,
)
from resume_processor.pipeline.structure.vocab import (
    DEGREE,
    INSTITUTION,
    organisation_score,
    role_score,
)

__all__ = [
    "LocalStructurer",
    "confidence",
    "find_phone",
    "find_profiles",
    "find_website",
    "parse_skills",
]
ISO_DATE = re.compile(r"^[12]\d{3}(?:-[01]\d)?$")


class LocalStructurer:
    name = "local-rules-v2"

    def __init__(self) -> None:
        self.last_confidence: dict[str, float] = {}

    def structure(self, document: LayoutDocument) -> dict[str, Any]:
        document = without_cover_pages(document)
        lines, underlined = drop_rules(content_lines(document))
        lines, fields = read_label_column(lines)
        header, sections = split_sections(lines, underlined)
        kind_unknown_sections(sections)
        resume = Resume(basics=_basics(document, lines, header, sections, underlined))
        name = fields.get("name") or labelled_name(lines)
        shown = resume.basics.name
        if name and (not (shown and _part_of(shown, name)) or _given_first(name, shown)):
            # The labelled name, unless the name the resume shows is part of it ("Full Name:
            # Yogarajah Thivya Sivanesan" under "Thivya Sivanesan") or the same words in the
            # same or a better order.
            resume.basics.name = _display_name(name)
        if resume.basics.name:
            resume.basics.name = proper_case(resume.basics.name)
        resume.basics.label = (
            fields.get("label")
            or wanted_position([*header, *_lines_of(sections, Kind.SUMMARY)])
            or wanted_under_title(header, sections)
            or resume.basics.label
        )
        for section in sections:
            _fill(resume, section)
        resume.skills, spoken = languages_from_skills(resume.skills)
        resume.languages += spoken
        data = resume.to_json_resume()
        self.last_confidence = confidence(data)
        return data


MIN_DATED_LINES = 2
CONTACT_KINDS = (Kind.OTHER, Kind.CONTACT)
NAME_BLOCK_LINES = 4  # the headline and contact lines under a name


@dataclass(slots=True)
class _Content:
    """What a section's lines name, to tell its kind without its title."""

    section: Section
    dated: int  # lines with a date range
    schools: int  # lines naming a school or opening on a degree
    degrees: int  # lines with a degree in one of their cells
    jobs: int  # cells naming a role or an employer

    @classmethod
    def of(cls, section: Section) -> _Content | None:
        """None for a section without a date range: no section of entries."""
        texts = [line.text for line in section.lines]
        dated = _dated_lines(section)
        if not dated:
            return None
        cells = [fragments(text) for text in texts]
        return cls(
            section,
            dated=dated,
            schools=sum(bool(INSTITUTION.search(text) or DEGREE.match(text)) for text in texts),
            degrees=sum(any(DEGREE.match(part) for part in parts) for parts in cells),
            jobs=sum(
                role_score(part) > 0 or organisation_score(part) > 0
                for parts in cells
                for part in parts
            ),
        )


def kind_unknown_sections(sections: list[Section]) -> None:
    """Sections under titles in no known language ("Työkokemus") are read by their content,
    for each kind the resume has no section of yet. Education is the dated section naming the
    most degrees, then the one most often naming schools (one dated school is enough); work
    the dated section with the most cells naming roles or employers, of those with two dated
    lines or more."""
    present = {section.kind for section in sections}
    contents = [
        content
        for section in sections
        if section.kind is Kind.OTHER
        and heading_kind(section.title) is None
        and guess_kind(section.title) is Kind.OTHER
        and (content := _Content.of(section)) is not None
    ]
    if Kind.EDUCATION not in present:
        schooling = [c for c in contents if c.schools and c.schools >= c.dated / 2]
        if schooling:
            # Degrees mark it best: academics hold their posts at universities too.
            chosen = max(schooling, key=lambda c: (c.degrees, c.schools / c.dated))
            chosen.section.kind = Kind.EDUCATION
            contents.remove(chosen)
    if Kind.WORK not in present:
        working = [c for c in contents if c.dated >= MIN_DATED_LINES and c.jobs]
        if working:
            max(working, key=lambda c: c.jobs).section.kind = Kind.WORK
    for section in sections:
        if section.kind not in CONTACT_KINDS:
            break  # personal details come before the entries; a referee's number after them
        if _dated_lines(section) >= MIN_DATED_LINES:
            break
        if section.kind is Kind.OTHER and heading_kind(section.title) is None:
            text = "\n".join(line.text for line in section.lines)
            if find_email(text) or find_phone(text):
                section.kind = Kind.CONTACT  # "Лични податоци": an address, a phone, an email


def _dated_lines(section: Section) -> int:
    return sum(1 for line in section.lines if find_date_range(line.text))


def _given_first(labelled: str, shown: str | None) -> bool:
    """The labelled name puts the given name first where the shown one sets the surname first
    in capitals ("Nom : KABORÉ" and "Prénom(s) : Wendkouni" under "KABORÉ Wendkouni")."""
    if not shown or sorted(labelled.casefold().split()) != sorted(shown.casefold().split()):
        return False
    return _surname_first(shown) and not _surname_first(labelled)


def _surname_first(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and len(words[0]) > 1 and words[0].isupper() and not name.isupper()


def _part_of(shown: str, full: str) -> bool:
    """Every word of the shown name is in the full one, which has as many or more (a labelled
    "BÎRLĂDEANU Corneliu" is the shown "Corneliu Bîrlădeanu" written surname first)."""
    words = {word.casefold() for word in full.split()}
    parts = [word.casefold() for word in shown.split()]
    return len(parts) <= len(words) and all(part in words for part in parts)


# "Name: Priya Sharma", or a label and its value in two cells ("Naam   Joost Smulders").
LABELLED = re.compile(
    rf"^\s*(?P<label>[^\W\d][\w ]{{1,30}}?(?:\(\w{{1,3}}\))?)"  # "Prénom(s)"
    rf"\s*(?::|{CELL_GAP})\s*(?P<value>\S.*)$"
)


# The two halves of a name labelled apart ("Name   Hürlimann" over "Vorname   Mirjam").
GIVEN_NAME_LABELS = frozenset(
    {"first name", "given name", "given names", "forename", "vorname", "prénom", "prenom"}
    | {"prénom s", "prénoms", "first name s"}
    | {"nombre", "nombres", "voornaam", "förnamn", "fornavn", "etunimi", "ime", "imię", "jméno"}
)
SURNAME_LABELS = frozenset(
    {"name", "surname", "last name", "family name", "nachname", "familienname", "nom"}
    | {"nom s", "nom de famille"}
    | {"apellido", "apellidos", "achternaam", "efternamn", "etternavn", "sukunimi", "prezime"}
    | {"nazwisko", "příjmení"}
)


def labelled_name(lines: list[Line]) -> str | None:
    """ "Name:   Priya Sharma" in a personal-details block: a name the resume labels itself,
    whole or in two halves."""
    given = surname = None
    for line in lines[:40]:
        match = LABELLED.match(line.text)
        if match is None:
            continue
        key = heading_key(match.group("label"))
        value = match.group("value").strip()
        first = value.split(CELL_GAP)[0].strip()
        if key in GIVEN_NAME_LABELS and given is None:
            given = first
        if key in SURNAME_LABELS and surname is None and len(first.split()) <= 2:
            surname = first
        if ROLE_OF.get(key) is not Role.NAME:
            continue
        # The value alone, or its first cell where the row holds more pairs ("Name:   Haoran
        # Shen   Gender:   Male").
        for candidate in (value, first):
            if looks_like_name(candidate):
                return candidate
    if given and surname and looks_like_name(joined := f"{given} {surname}"):
        return joined
    return None


# Where a labelled value ends: at a cell gap, or before the next label on its row ("Position:
# Back-end Engineer Location: Hangzhou Expected Salary: Negotiable").
_VALUE_END = re.compile(rf"{CELL_GAP}|\s+(?=[A-Z][\w-]*:)")
MAX_WANTED_WORDS = 8


def wanted_position(lines: list[Line]) -> str | None:
    """ "Position: Back-end Development Engineer" in the header or an objective: the job the
    resume is for, as a headline."""
    for line in lines:
        match = LABELLED.match(line.text)
        if match is None or ROLE_OF.get(heading_key(match.group("label"))) is not Role.WANTED:
            continue
        value = _wanted_value(match.group("value"))
        if value:
            return value
    return None


def _wanted_value(text: str) -> str | None:
    """The job a labelled value names: its first cell, if short and naming a role."""
    value = _VALUE_END.split(text.strip(), maxsplit=1)[0].strip(" ,;")
    return value if value and len(value.split()) <= MAX_WANTED_WORDS and role_score(value) else None


def wanted_under_title(header: list[Line], sections: list[Section]) -> str | None:
    """The job the resume is for, as the row under a title naming it ("Желаемая должность и
    зарплата" over "Ведущий аналитик данных   180 000 ₽ на руки"): a section's title, or a
    header line of the title alone."""
    rows = [
        below.text
        for above, below in itertools.pairwise(header)
        if ROLE_OF.get(heading_key(above.text)) is Role.WANTED
    ]
    rows += [
        section.lines[0].text
        for section in sections
        if section.lines and ROLE_OF.get(heading_key(section.title)) is Role.WANTED
    ]
    return next((value for row in rows if (value := _wanted_value(row))), None)


_DOCUMENT_WORD = r"(?:r[ée]sum[ée]|cv|curriculum vitae|page\s+\d+(?:\s+(?:of|/)\s+\d+)?)"
_RUNNING_SEPARATOR = r"\s*[-\u2013\u2014|\u00b7,:/]?\s*"
RUNNING_TITLE = re.compile(
    rf"^\s*(?:(?P<before>.+?){_RUNNING_SEPARATOR}{_DOCUMENT_WORD}"
    rf"|{_DOCUMENT_WORD}{_RUNNING_SEPARATOR}(?P<after>.+?))\s*$",
    re.IGNORECASE,
)


def is_running_title(text: str, name: str) -> bool:
    """ "Jocelyn Bourgoin - Résumé", "CV · Jo Doe", "Jo Doe, page 2": a running header or
    footer naming the candidate and the document, which belongs to no section."""
    if name.split()[-1:] and name.split()[-1].casefold() not in text.casefold():
        return False  # most lines: the name is not in them at all
    match = RUNNING_TITLE.match(text)
    if match is None:
        return False
    named = match.group("before") or match.group("after") or ""
    return " ".join(named.split()).casefold() == " ".join(name.split()).casefold()


def _lines_of(sections: list[Section], kind: Kind) -> list[Line]:
    return [line for section in sections if section.kind is kind for line in section.lines]


def _basics(
    document: LayoutDocument,
    lines: list[Line],
    header: list[Line],
    sections: list[Section],
    underlined: set[int],
) -> Basics:
    contact_lines = header + _lines_of(sections, Kind.CONTACT)
    contact_text = "\n".join(line.text for line in contact_lines)
    full_text = "\n".join(line.text for line in lines)
    name_index = find_name(document, lines)
    summary = " ".join(line.text for line in _lines_of(sections, Kind.SUMMARY))
    location = find_location([line.text for line in contact_lines[:12]])
    if location is None and name_index is not None and find_email(contact_text) is None:
        # The name and its contact lines read after a sidebar's first section (AltaCV).
        nearby = lines[name_index + 1 : name_index + 1 + NAME_BLOCK_LINES]
        location = find_location([line.text for line in nearby])
    set_off = name_index is not None and id(lines[name_index]) in underlined
    name = lines[name_index].text if name_index is not None else ""
    name_end = name_index
    if name_index is not None and _wrapped_name(lines, name_index):
        name_end = name_index + 1  # "Fernanda Hernández" / "Zavala" in display type
        name = f"{name} {lines[name_end].text.strip()}"
    label = find_label(lines, name_end, set_off=set_off)
    if name_index is not None and name_end is not None:  # (one is None only with the other)
        # A name (and headline) read after a section's lines, as a template's right cell often
        # is, belongs to neither that section nor its entries.
        taken = {id(line) for line in lines[name_index : name_end + 1]}
        taken |= {id(lines[name_end + 1])} if label else set()
        for section in sections:
            if section.kind is not Kind.CONTACT:
                section.lines = [
                    line
                    for line in section.lines
                    if id(line) not in taken and not is_running_title(line.text, name)
                ]
    email = find_email(contact_text) or find_email(full_text)
    phone = find_phone(contact_text) or find_phone(full_text)
    profiles = find_profiles(full_text)
    if email is None and phone is None:
        # The contact details in a running footer on every page (moderncv's casual style),
        # which `content_lines` leaves out with the page numbers.
        margins = "\n".join(line.text for line in document.pages[0].lines) if document.pages else ""
        email, phone = find_email(margins), find_phone(margins)
        profiles = profiles or find_profiles(margins)
    return Basics(
        name=_display_name(name) if name_index is not None else None,
        label=label,
        email=email,
        phone=phone,
        url=find_website(contact_text),
        summary=summary or None,
        location=location,
        profiles=profiles,
    )


MAX_NAME_TAIL_WORDS = 2
BODY_SAMPLE_LINES = 60
DISPLAY_SHARE = 1.3  # a display name's type against the body's


def _wrapped_name(lines: list[Line], index: int) -> bool:
    """The name's last word(s) on a line of their own, right under it in the same display
    type and starting where it starts (or centred on the same middle)."""
    if index + 1 >= len(lines):
        return False
    name, tail = lines[index], lines[index + 1]
    if not name.font_size or not tail.font_size or abs(name.font_size - tail.font_size) > 0.5:
        return False
    sizes = Counter(line.font_size for line in lines[:BODY_SAMPLE_LINES] if line.font_size)
    body = sizes.most_common(1)[0][0] if sizes else name.font_size
    if name.font_size < DISPLAY_SHARE * body or CELL_GAP in tail.text:
        return False  # only display type wraps a name
    aligned = abs(name.box.x0 - tail.box.x0) <= 2 or abs(name.box.center_x - tail.box.center_x) <= 2
    if not aligned or tail.box.y0 - name.box.y1 > name.box.height:
        return False
    words = tail.text.split()
    return 1 <= len(words) <= MAX_NAME_TAIL_WORDS and looks_like_name(
        f"{name.text.strip()} {tail.text.strip()}"
    )


def _fill(resume: Resume, section: Section) -> None:
    texts = [line.text for line in section.lines]
    if section.kind is Kind.WORK:
        jobs = [to_work(entry) for entry in group_entries(read_chronology(section.lines))]
        resume.work += inherit_employer(nest_roles(jobs))
    elif section.kind is Kind.EDUCATION:
        # A level printed over the entries ("Высшее") belongs to none of them.
        lines = [
            ln for ln in section.lines if ln.text.strip().casefold() not in LEVELS_OF_EDUCATION
        ]
        entries = group_entries(read_chronology(lines))
        resume.education += [to_education(entry) for entry in entries]
    elif section.kind is Kind.PROJECTS:
        resume.projects += [to_project(entry) for entry in group_entries(section.lines)]
    elif section.kind is Kind.SKILLS:
        resume.skills += parse_skills(texts)
    elif section.kind is Kind.LANGUAGES:
        resume.languages += parse_languages(texts)
    elif section.kind is Kind.CERTIFICATES:
        rows = [line for line in section.lines if not is_table_heading(line.text)]
        resume.certificates += parse_certificates(
            [line.text for line in rows], [line.bold for line in rows]
        )
    elif section.kind is Kind.CONTACT:
        resume.languages += parse_languages(languages_among_details(texts))


def languages_among_details(texts: list[str]) -> list[str]:
    """ "Languages Known   : English, Hindi" in a personal-details block: the languages."""
    found = []
    for text in texts:
        match = INLINE_HEADING.match(text.strip())
        if match and heading_kind(heading_key(match.group(1))) is Kind.LANGUAGES:
            found.append(match.group(2))
    return found


def nest_roles(jobs: list[Work]) -> list[Work]:
    """An employer's line with its overall years and no role of its own, then the roles held
    there, each with its own title and years inside that span: the roles are the jobs, at
    that employer. A role's "company" that names no organisation is the rest of its title
    ("Executive Vice President, Operations"; "General Manager, Eastern Region")."""
    out: list[Work] = []
    employer: Work | None = None
    for job in jobs:
        if job.position is None and job.name and job.startDate:
            employer = job
            out.append(job)
            continue
        if employer is not None and _within(job, employer):
            if job.name and job.name != employer.name and organisation_score(job.name) == 0:
                job.position = f"{job.position}, {job.name}" if job.position else job.name
                job.name = None
            if job.name is None:
                _take_employer(job, employer)
                if out and out[-1] is employer:
                    out.pop()  # the employer's own line was no job
        else:
            employer = None
        out.append(job)
    return out


def _within(job: Work, employer: Work) -> bool:
    """The role's years fall in the employer's span (ISO strings compare in time order)."""
    start, end = job.startDate, job.endDate
    first, last = employer.startDate or "", employer.endDate
    if start is None or start[:4] < first[:4]:
        return False
    return last is None or (end is not None and end[:4] <= last[:4])


def inherit_employer(jobs: list[Work]) -> list[Work]:
    """A role printed under the previous one with no employer of its own (a promotion, a
    second role at the same company, with dates of its own) takes that employer and place."""
    for previous, job in itertools.pairwise(jobs):
        if job.name is None and job.position and job.startDate and previous.name:
            _take_employer(job, previous)
    return jobs


def _take_employer(job: Work, employer: Work) -> None:
    """The employer's name, and its place when the role has none of its own."""
    job.name = employer.name
    place = (employer.model_extra or {}).get("location")
    if place and not (job.model_extra or {}).get("location"):
        setattr(job, "location", place)  # noqa: B010 (an extra field of the model)


def _share(items: list[dict[str, Any]], keys: tuple[str, ...]) -> float:
    """The fraction of the expected parts the entries carry, each date checked for ISO form."""
    if not items:
        return 0.0
    found = 0
    for item in items:
        for key in keys:
            value = str(item.get(key) or "")
            good = bool(value) and (not key.endswith("Date") or bool(ISO_DATE.match(value)))
            found += good
    return found / (len(items) * len(keys))


def confidence(data: dict[str, Any]) -> dict[str, float]:
    """Per-field confidence in [0, 1] for a structured resume, from the shape of its values.

    Keys are dotted paths ("basics.name") or section names ("work"); absent fields are left out.
    """
    basics: dict[str, Any] = data.get("basics", {})
    scores: dict[str, float] = {}
    name = basics.get("name")
    if name:
        words = name.split()
        scores["basics.name"] = 0.9 if 2 <= len(words) <= 4 else 0.6
    if basics.get("email"):
        scores["basics.email"] = 0.97 if EMAIL.fullmatch(basics["email"]) else 0.5
    if basics.get("phone"):
        scores["basics.phone"] = 0.85 if is_phone(basics["phone"], labelled=True) else 0.4
    for key, value in (("url", 0.8), ("label", 0.6), ("location", 0.7), ("profiles", 0.9)):
        if basics.get(key):
            scores[f"basics.{key}"] = value
    sections = {
        "work": ("name", "position", "startDate"),
        "education": ("institution", "studyType", "endDate"),
        "projects": ("name",),
    }
    for section, keys in sections.items():
        if data.get(section):
            scores[section] = round(0.3 + 0.6 * _share(data[section], keys), 3)
    for section, value in (("skills", 0.8), ("languages", 0.75), ("certificates", 0.6)):
        if data.get(section):
            scores[section] = value
    return scores
