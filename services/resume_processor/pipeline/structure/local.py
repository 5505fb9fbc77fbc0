"""Rule-based structurer: layout lines → JSON Resume `basics` and `skills`, with no network.

Skills: a "Category: a, b, c" line becomes {name: Category, keywords: [a, b, c]}; a free list
("a, b, c", bullets, one per line) becomes one entry per item ({name: item}), so every skill
stays individually searchable.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from resume_processor.pipeline.layout import LayoutDocument, Line, Page
from resume_processor.pipeline.structure.schema import Basics, Profile, Resume, Skill


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(" ".join(word.split()) for word in text.split(sep) if word.strip())


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w@/.+-])(\+?\(?\d[\d\s().\-\u2013]{5,}\d)(?![\w@/])")
PHONE_LABEL = re.compile(r"(?:phone|tel|mobile|cell|ph)\.?\s*:?\s*$", re.IGNORECASE)
URL = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.([A-Za-z]{2,})(?:/[^\s|,;\u2022\u00b7]*)?",
    re.IGNORECASE,
)
# Without a scheme, only these endings make "word.word" a web address rather than "Node.js".
WEB_TLDS = _words(
    "com org net io dev design me ai co uk de se fr nl es it eu us ca au in ch at be dk no fi "
    "pl cz app info tech xyz site page pages online blog studio art codes email"
)
NETWORKS = {
    "linkedin.com": "LinkedIn",
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "bitbucket.org": "Bitbucket",
    "twitter.com": "Twitter",
    "x.com": "X",
    "stackoverflow.com": "Stack Overflow",
    "dribbble.com": "Dribbble",
    "behance.net": "Behance",
    "medium.com": "Medium",
    "kaggle.com": "Kaggle",
    "orcid.org": "ORCID",
    "scholar.google.com": "Google Scholar",
    "huggingface.co": "Hugging Face",
}
SECTION_TITLES = _words(
    """summary, profile, about, about me, objective, career objective,
    professional summary, experience, work experience, professional experience, employment,
    employment history, work history, career history, education, academic background, skills,
    technical skills, key skills, core skills, core competencies, competencies, technologies,
    tools, tech stack, expertise, projects, personal projects, selected projects,
    certifications, certificates, licenses and certifications, languages, interests, hobbies,
    publications, awards, honors, honours, achievements, references, volunteering,
    volunteer experience, contact, contact information, contact details, personal details,
    patents, talks, research""",
    sep=",",
)
SUMMARY_TITLES = frozenset({"summary", "profile", "about", "about me", "objective"})
SKILL_WORDS = ("skill", "technolog", "competenc", "tech stack", "expertise", "tools")
CONTACT_TITLES = frozenset({"contact", "contact information", "contact details"})
TITLE_WORDS = _words(
    """engineer developer designer scientist manager analyst consultant architect director
    lead specialist researcher administrator officer student intern writer accountant nurse
    teacher programmer technician coordinator founder cto ceo cfo vp head marketing sales
    product data software senior junior principal staff devops sre editor"""
)
NAME_PARTICLES = frozenset({"van", "von", "de", "der", "da", "di", "del", "la", "le", "bin"})
NAME_WORD = re.compile(r"^(?:[A-Z][a-z]?\.|[A-Z][\w'\u2019-]*)$")
BULLET = re.compile(r"^[\s\-\u2013\u2014*\u2022\u00b7\u25aa\u25e6\u25cf\u25a0>]+")
SKILL_SEPARATORS = re.compile(r"\s*[,;|\u2022\u00b7\u25aa\u25e6]\s*")
CATEGORY = re.compile(r"^([^:,;|]{1,40}):\s*(.*)$")
AREA_CODE = re.compile(r"^\(\d{1,5}\)")
PAGE_MARK = re.compile(r"(?:\bpage\s*)?\b\d+\s*(?:/|of)\s*\d+\s*$", re.IGNORECASE)
YEAR = re.compile(r"^(?:19|20)\d{2}$")
MAX_SKILL_WORDS = 6


@dataclass(slots=True)
class Section:
    title: str
    lines: list[Line] = field(default_factory=list)


class LocalStructurer:
    name = "local-rules-v1"

    def structure(self, document: LayoutDocument) -> dict[str, Any]:
        lines = content_lines(document)
        header, sections = split_sections(lines)
        contact_lines = header + [
            ln for s in sections if s.title in CONTACT_TITLES for ln in s.lines
        ]
        contact_text = "\n".join(line.text for line in contact_lines)
        full_text = "\n".join(line.text for line in lines)
        name_index = find_name(document, lines)
        basics = Basics(
            name=_display_name(lines[name_index].text) if name_index is not None else None,
            label=find_label(lines, name_index),
            email=find_email(contact_text) or find_email(full_text),
            phone=find_phone(contact_text) or find_phone(full_text),
            url=find_website(contact_text),
            summary=" ".join(
                ln.text for s in sections if s.title in SUMMARY_TITLES for ln in s.lines
            )
            or None,
            profiles=find_profiles(full_text),
        )
        skill_lines = [ln.text for s in sections if is_skills_title(s.title) for ln in s.lines]
        return Resume(basics=basics, skills=parse_skills(skill_lines)).to_json_resume()


def content_lines(document: LayoutDocument) -> list[Line]:
    """Every line except running headers and footers (page numbers, repeated margin lines)."""
    repeats = Counter(
        re.sub(r"\d+", "#", line.text)
        for page in document.pages
        for line in page.lines
        if _in_margin(line, page)
    )
    return [
        line
        for page in document.pages
        for line in page.lines
        if line.text.strip()
        and not (
            _in_margin(line, page)
            and (PAGE_MARK.search(line.text) or repeats[re.sub(r"\d+", "#", line.text)] > 1)
        )
    ]


def _in_margin(line: Line, page: Page) -> bool:
    return line.box.y0 > page.height * 0.92 or line.box.y1 < page.height * 0.06


def heading_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w&\s]", " ", text.lower()).replace("&", "and").split())


def is_skills_title(title: str) -> bool:
    return any(word in title for word in SKILL_WORDS)


def is_heading(line: Line) -> bool:
    key = heading_key(line.text)
    if not key or len(key.split()) > 4 or any(ch.isdigit() for ch in key):
        return False
    return key in SECTION_TITLES or (is_skills_title(key) and len(line.text) < 40)


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """Lines before the first heading (the header block), then one Section per heading."""
    header: list[Line] = []
    sections: list[Section] = []
    for line in lines:
        if is_heading(line):
            sections.append(Section(title=heading_key(line.text)))
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    return header, sections


def looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() or ch in "@/|:" for ch in text):
        return False
    if heading_key(text) in SECTION_TITLES or any(w.lower() in TITLE_WORDS for w in words):
        return False
    if heading_key(text) in {"curriculum vitae", "resume", "cv"}:
        return False
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    return len(named) >= 2 and all(NAME_WORD.match(w) for w in named)


def find_name(document: LayoutDocument, lines: list[Line]) -> int | None:
    """Index of the name line: the largest type near the top of page 1, else the first name."""
    first_page = document.pages[0] if document.pages else None
    top = first_page.height * 0.35 if first_page else 0.0
    first_lines = {id(line) for line in first_page.lines} if first_page else set()
    candidates = [
        (index, line)
        for index, line in enumerate(lines[:60])
        if id(line) in first_lines and looks_like_name(line.text)
    ]
    sized = [(i, ln) for i, ln in candidates if ln.font_size is not None and ln.box.y0 <= top]
    if sized:
        return min(sized, key=lambda item: (-(item[1].font_size or 0.0), item[0]))[0]
    early = [index for index, _ in candidates if index < 15]
    return early[0] if early else None


def _display_name(text: str) -> str:
    name = " ".join(text.split())
    return name.title() if name.isupper() else name


def find_label(lines: list[Line], name_index: int | None) -> str | None:
    """The headline right after the name, when it plainly names a role."""
    if name_index is None or name_index + 1 >= len(lines):
        return None
    candidate = lines[name_index + 1]
    text = candidate.text.strip()
    words = text.lower().replace("/", " ").split()
    if is_heading(candidate) or not 1 <= len(words) <= 8 or EMAIL.search(text):
        return None
    if any(ch.isdigit() or ch in "|,;" for ch in text):
        return None
    return text if any(word in TITLE_WORDS for word in words) else None


def find_email(text: str) -> str | None:
    match = EMAIL.search(text)
    return match.group(0).rstrip(".").lower() if match else None


def find_phone(text: str) -> str | None:
    for match in PHONE.finditer(text):
        candidate = match.group(1).strip(" .-\u2013")
        labelled = PHONE_LABEL.search(text[max(0, match.start() - 12) : match.start()])
        if is_phone(candidate, labelled=labelled is not None):
            return " ".join(candidate.replace("\u2013", "-").split())
    return None


def is_phone(candidate: str, *, labelled: bool = False) -> bool:
    """Tell a phone number from date ranges, ISO dates and other runs of digits."""
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15 or "\n" in candidate:
        return False
    groups = re.findall(r"\d+", candidate)
    international = candidate.startswith("+") or AREA_CODE.match(candidate) is not None
    if candidate.count("(") != candidate.count(")"):
        return False
    has_year = any(YEAR.match(group) for group in groups)
    date_parts = all(
        YEAR.match(group) or (len(group) <= 2 and int(group) <= 31) for group in groups
    )
    if not international and has_year and date_parts:
        return False
    return international or labelled or len(digits) >= 10


def _urls(text: str) -> list[str]:
    found: list[str] = []
    for match in URL.finditer(EMAIL.sub(" ", text)):
        raw = match.group(0).rstrip(".)/")
        has_scheme = raw.lower().startswith(("http://", "https://", "www."))
        # Bare "ASP.NET" or "Node.js" name software; bare domains are written in lower case.
        if has_scheme or match.group(1) in WEB_TLDS:
            found.append(raw if raw.lower().startswith("http") else f"https://{raw}")
    return found


def _network(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    for domain, network in NETWORKS.items():
        if host == domain or host.endswith("." + domain):
            return network
    return None


def find_website(text: str) -> str | None:
    """The first address in the contact block that is not a social or code-hosting profile."""
    return next((url for url in _urls(text) if _network(url) is None), None)


def find_profiles(text: str) -> list[Profile]:
    profiles: list[Profile] = []
    seen: set[str] = set()
    for url in _urls(text):
        network = _network(url)
        if network is None or network in seen:
            continue
        segments = [part for part in urlsplit(url).path.split("/") if part]
        if network == "LinkedIn" and len(segments) >= 2 and segments[0] in {"in", "pub"}:
            username: str | None = segments[1]
        elif network in {"LinkedIn", "Stack Overflow"}:
            username = segments[-1] if segments else None
        else:
            username = segments[0].lstrip("@") if segments else None
        if username is None:
            continue
        seen.add(network)
        profiles.append(Profile(network=network, username=username, url=url))
    return profiles


def _split_items(text: str) -> list[str]:
    items = [BULLET.sub("", item).strip().rstrip(".") for item in SKILL_SEPARATORS.split(text)]
    return [item for item in items if item and len(item.split()) <= MAX_SKILL_WORDS]


def parse_skills(lines: list[str]) -> list[Skill]:
    skills: list[Skill] = []
    continues = False
    for raw in lines:
        text = BULLET.sub("", raw).strip()
        category = CATEGORY.match(text)
        if category and category.group(2):
            skills.append(
                Skill(name=category.group(1).strip(), keywords=_split_items(category.group(2)))
            )
        elif continues and skills and skills[-1].keywords:
            # A wrapped "Category: a, b," line carries on with the next one.
            skills[-1].keywords += _split_items(text)
        else:
            skills += [Skill(name=item) for item in _split_items(text)]
        continues = bool(re.search(r"[,;|]\s*$", text))
    return _dedupe(skills)


def _dedupe(skills: list[Skill]) -> list[Skill]:
    seen: set[str] = set()
    unique: list[Skill] = []
    for skill in skills:
        key = (skill.name or "").lower()
        if key and key not in seen:
            seen.add(key)
            skill.keywords = list(dict.fromkeys(skill.keywords))
            unique.append(skill)
    return unique
