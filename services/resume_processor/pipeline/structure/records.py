"""Entries → JSON Resume `work`, `education` and `projects` items: which part is which."""

from __future__ import annotations

import re

from resume_processor.pipeline.structure.entries import Entry, find_url, split_pair
from resume_processor.pipeline.structure.places import strip_known_city, words
from resume_processor.pipeline.structure.schema import Education, Project, Work

ROLE_WORDS = words(
    """engineer developer designer scientist manager analyst consultant architect director
    lead specialist researcher administrator officer student intern internship writer
    accountant nurse teacher programmer technician coordinator founder co-founder cofounder
    cto ceo cfo coo vp head president associate assistant advisor editor owner partner
    principal staff senior junior sre devops fellow postdoc professor lecturer tutor
    recruiter strategist producer marketer representative executive supervisor trainee
    apprentice werkstudent volunteer contractor freelancer freelance chief"""
)
COMPANY_WORDS = words(
    """inc inc. ltd ltd. llc gmbh ag sa s.a. plc corp corp. corporation co. company labs lab
    technologies technology systems group bank solutions software health healthcare
    studio studios partners consulting capital ventures media games foods logistics
    analytics networks industries holdings agency foundation institute university
    hospital clinic research pharma energy motors airlines insurance financial bv oy ab as
    sp. s.r.l. srl kg"""
)
INSTITUTION = re.compile(
    r"\b(?:universit\w*|college|institut\w*|school|academy|polytechnic|politecnico|"
    r"hochschule|ecole|école|escuela|conservato\w*|seminary|gymnasium|lyc[eé]e|ETH|EPFL|KTH|"
    r"MIT|UCL|TU|IIT|campus)\b",
    re.IGNORECASE,
)
DEGREE = re.compile(
    r"^(?:(?:associate|bachelor|master|doctor)(?:'s|\u2019s)?(?:\s+degree)?"
    r"(?:\s+of\s+(?:[A-Z][\w]*)(?:\s+(?:and\s+)?(?!in\b)[A-Z][\w]*)?)?"
    r"|[BM]\.?\s?(?:Sc|S|A|Eng|Ed|Tech|Des|Arch|Phil|FA|BA|Com|Mus|Res|Math)\.?"
    r"|Ph\.?\s?D\.?|D\.?Phil\.?|MBA|MD|JD|LL\.?[BM]\.?|A\.?A\.?S?\.?|Diplom\w*|"
    r"Licence|Licenciatura|Abitur|A-Levels?|High School Diploma|GED|HND|Magister|"
    r"Mestrado|Laurea(?:\s+Magistrale)?|Postgraduate Diploma|Graduate Certificate)"
    r"(?![\w])",
    re.IGNORECASE,
)
SCORE = re.compile(
    r"\b(?:c?gpa|grade|score|note|mark)\s*:?\s*(\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?)",
    re.IGNORECASE,
)
HONOURS = re.compile(r"\b(?:first|upper second|2:1|summa|magna|cum laude|distinction)\b", re.I)
SHORT_PART_WORDS = 8


def _role_score(text: str) -> tuple[int, int]:
    words = re.findall(r"[\w&.'-]+", text.lower())
    role = sum(word in ROLE_WORDS for word in words)
    company = sum(word in COMPANY_WORDS for word in words)
    return role - company, role


def _short(parts: list[str]) -> list[str]:
    short = [part for part in parts if len(part.split()) <= SHORT_PART_WORDS]
    return short or parts[:1]


def to_work(entry: Entry) -> Work:
    short = _short(entry.parts) or [""]
    parts = split_pair(short[0]) if len(short) == 1 else short[:2]
    used = short[:1] if len(short) == 1 else short[:2]
    summary = [part for part in entry.parts if part not in used]
    position: str | None
    company: str | None
    if len(parts) == 1:
        position, company = (parts[0], None) if _role_score(parts[0])[1] > 0 else (None, parts[0])
    else:
        first, second = parts[0], parts[1]
        if " at " in f" {first} " and len(parts) == 2 and _role_score(second)[1] > 0:
            first, second = second, first
        position, company = (
            (first, second) if _role_score(first) >= _role_score(second) else (second, first)
        )
    dates = entry.dates
    # `location` is JSON Resume 1.2.1 but not a declared field of the model; extras are kept.
    return Work.model_validate(
        {
            "name": company,
            "position": position,
            "location": entry.place,
            "startDate": dates.start if dates else None,
            "endDate": dates.end if dates else None,
            "summary": " ".join(summary) or None,
            "highlights": entry.details,
        }
    )


def _degree_split(text: str) -> tuple[str, str | None] | None:
    """ "BSc Computer Science" → ("BSc", "Computer Science"); None when no degree leads."""
    match = DEGREE.match(text.strip())
    if match is None:
        return None
    study = match.group(0).strip()
    rest = text.strip()[match.end() :].strip(" ,:-\u2013\u2014")
    in_area = re.match(r"^(?:in|of)\s+(.+)$", rest, re.IGNORECASE)
    if in_area:
        rest = in_area.group(1)
    rest = re.sub(r"\s*\((?:hons?|honours|honors)\.?\)\s*", " ", rest, flags=re.I).strip()
    return study, rest or None


def to_education(entry: Entry) -> Education:
    # Grades and bullet-less detail lines are not the school or the degree.
    named = [part for part in entry.parts if not SCORE.match(part)]
    parts = [piece for part in _short(named) for piece in _split_education_line(part)]
    study: str | None = None
    area: str | None = None
    institution: str | None = None
    leftovers: list[str] = []
    for part in parts:
        degree = _degree_split(part) if study is None else None
        if degree is not None:
            study, area = degree
            if area and INSTITUTION.search(area) and institution is None:
                institution, area = area, None
        elif institution is None and INSTITUTION.search(part):
            institution = part
        else:
            leftovers.append(part)
    if institution is None and leftovers:
        institution = leftovers.pop(0)
    if area is None and leftovers and len(leftovers[0].split()) <= 5:
        area = leftovers.pop(0)
    text = " ".join([*entry.parts, *entry.details])
    score = SCORE.search(text)
    dates = entry.dates
    start, end = (dates.start, dates.end) if dates else (None, None)
    if dates and not dates.is_range:
        start, end = None, dates.start  # a lone year on a degree is when it was awarded
    return Education(
        institution=strip_known_city(institution) if institution else None,
        area=area,
        studyType=study,
        startDate=start,
        endDate=end,
        score=score.group(1).replace(" ", "") if score else None,
    )


def _split_education_line(text: str) -> list[str]:
    """ "BSc CS, University of X, Berkeley" → degree part and institution part."""
    for separator in (" \u2014 ", " \u2013 ", " | ", " - ", " at ", ", "):
        if separator not in text:
            continue
        head, _, tail = text.partition(separator)
        if _degree_split(head) is not None or INSTITUTION.search(head):
            return [head.strip(), tail.strip()]
        if _degree_split(tail) is not None:
            return [tail.strip(), head.strip()]
    return [text]


def to_project(entry: Entry) -> Project:
    parts = entry.parts
    name = parts[0] if parts else None
    description = parts[1:]
    if name:
        pair = re.split(r"\s+[\u2014\u2013|:-]\s+|:\s+", name, maxsplit=1)
        if len(pair) == 2 and len(pair[0].split()) <= 5:
            name, description = pair[0], [pair[1], *description]
    url = find_url([*parts, *entry.details])
    if name and url and url.rstrip("/").endswith(name.strip().rstrip("/")):
        name = None
    dates = entry.dates
    return Project(
        name=name,
        description=" ".join(description) or None,
        highlights=entry.details,
        startDate=dates.start if dates else None,
        endDate=dates.end if dates else None,
        url=url,
    )
