"""Entries → JSON Resume `work`, `education` and `projects` items: which part is which."""

from __future__ import annotations

import re

from resume_processor.pipeline.structure.dates import DURATION
from resume_processor.pipeline.structure.entries import Entry, ends_in_legal_form, find_url
from resume_processor.pipeline.structure.places import (
    KNOWN_CITIES,
    country_code,
    parse_location,
    split_trailing_place,
    strip_known_city,
)
from resume_processor.pipeline.structure.schema import Education, Project, Work
from resume_processor.pipeline.structure.sections import ends_open
from resume_processor.pipeline.structure.vocab import (
    DEGREE,
    EMPLOYER_LABELS,
    GRADE_IN_WORDS,
    INSTITUTION,
    LABELLED_FIELD,
    LEGAL_SUFFIXES,
    PLACE_LABELS,
    POSITION_LABELS,
    QUALIFICATION_LABEL_WORDS,
    SCORE,
    SUBJECT_LABEL_WORDS,
    WORK_MODES,
    organisation_score,
    role_score,
)

SHORT_PART_WORDS = 8
# "University of Cincinnati James L. Winkle College of Pharmacy": a school's name can be long.
LONG_SCHOOL_WORDS = 12
WRAPPED_TAIL_WORDS = 3


# Strong separators between an entry's parts; a comma splits only when none of them is there.
# "at" in the languages resumes are written in: "Ingegnere presso Acme", "Controller bij Acme".
AT = r"(?:@|at|presso|chez|bei|bij)"
SEPARATOR = re.compile(rf"\s+(?:\||\u00b7|\u2022|\u2014|\u2013|-|{AT})\s+|\s*\t\s*|\s{{3,}}")
ROLE_AT = re.compile(rf"\s{AT}\s")
COMMA = re.compile(r",\s+")


# A bracketed tail: a town after its employer ("Edicions La Mitjana, SA (València)"); it does
# not make a name prose ("Cooperativa … de Túria (Castelló de la Plana)").
_BRACKETED_TAIL = re.compile(r"\s*\(([^()]*)\)$")
# A row's cells, and the pieces between dashes: "Acme S.A. de C.V. \u2013 Ciudad de México".
_CELLS = re.compile(r"\s+[|\u2013\u2014]\s+")


def _short(parts: list[str], degrees: bool = False) -> list[str]:
    """The parts short enough to name a school, a degree, an employer or a title (a long one
    is prose); each cell of a row, or piece between dashes, counts apart ("Korea Advanced
    Institute of Science and Technology (KAIST) | Daejeon, S.Korea"). `degrees`: a part a
    degree opens is kept at any length ("Bachelor of Engineering (Hons) in Electrical and
    Electronic Engineering"), and a school's long name."""
    short = [
        part
        for part in parts
        if max(len(_BRACKETED_TAIL.sub("", cell).split()) for cell in _CELLS.split(part))
        <= SHORT_PART_WORDS
        or (degrees and DEGREE.match(part) is not None)
        or (degrees and _LINKED_SUBJECT.match(part) is not None)
        or (degrees and len(part.split()) <= LONG_SCHOOL_WORDS and INSTITUTION.search(part))
    ]
    return short or parts[:1]


def fragments(text: str) -> list[str]:
    """ "Acme Corp — Senior Engineer" / "Engineer at Acme" / "Engineer, Acme, Inc." → parts."""
    pieces = [piece.strip() for piece in SEPARATOR.split(text) if piece and piece.strip()]
    if len(pieces) <= 1:
        pieces = [piece.strip() for piece in COMMA.split(text) if piece.strip()]
    else:  # "Senior Account Manager, Tidewater Learning   Greenville": a cell of role, employer
        pieces = [part for piece in pieces for part in _role_comma_employer(piece)]
    if len(pieces) == 1:
        pieces = _split_after_legal_form(pieces[0])
    out: list[str] = []
    for piece in pieces:
        # "Acme, Inc." keeps its legal form; "Engineer, Senior" stays split.
        # "Ports i Logística, SL (Barcelona)": the legal form with the town in brackets.
        legal = piece.lower().partition(" (")[0]
        if out and _only_legal_form(legal):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _role_comma_employer(piece: str) -> list[str]:
    """ "Senior Account Manager, Tidewater Learning" → the role, then the employer: the first
    part names a role, the second none and is no legal form or place."""
    role, comma, employer = piece.partition(", ")
    if not comma or "," in employer or not employer[:1].isupper():
        return [piece]
    if role_score(role) <= organisation_score(role) or role_score(employer) > 0:
        return [piece]
    if _only_legal_form(employer.lower()) or is_place(employer):
        return [piece]
    return [role, employer]


_LEGAL_FORMS = frozenset(suffix.rstrip(".") for suffix in LEGAL_SUFFIXES)
_LEGAL_LINKS = frozenset({"de", "y", "&", "s."})  # "S.A. de C.V.", "S. de R.L."


def _only_legal_form(text: str) -> bool:
    """ "Inc.", "SL", "S.A. de C.V.": a legal form and nothing else."""
    words = text.split()
    return any(word.rstrip(".") in _LEGAL_FORMS for word in words) and all(
        word.rstrip(".") in _LEGAL_FORMS or word in _LEGAL_LINKS for word in words
    )


def _split_after_legal_form(text: str) -> list[str]:
    """ "Acme Corp Senior Engineer" (a gap the extractor closed) → employer, then title."""
    words = text.split()
    for index, word in enumerate(words[:-1]):
        if word.lower() in LEGAL_SUFFIXES:
            head, tail = " ".join(words[: index + 1]), " ".join(words[index + 1 :])
            if role_score(tail) > organisation_score(tail) and tail[:1].isupper():
                return [head, tail]
    return [text]


def is_place(text: str) -> bool:
    text = text.strip()
    town = _TOWN_PREFIX.sub("", _TOWN_SUFFIX.sub("", text))
    return (
        parse_location(text) is not None
        or WORK_MODES.match(text) is not None
        or text.casefold() in KNOWN_CITIES
        or (town != text and _one_name(town))
    )


def pick_position(parts: list[str], first_is_role: bool = False) -> tuple[str | None, str | None]:
    """(position, employer) among an entry's title fragments, by title and employer words."""
    if not parts:
        return None, None
    if len(parts) == 1:
        only = parts[0]
        is_role = role_score(only) > organisation_score(only)
        return (only, None) if is_role else (None, only)
    candidates = parts[:3]
    net = [role_score(p) - organisation_score(p) for p in candidates]
    best = max(range(len(candidates)), key=lambda i: (net[i], i == 0 and first_is_role, -i))
    if net.count(net[best]) > 1 and net[0] == net[best]:
        best = 0  # no evidence either way: the first part names the role (the old convention)
    rest = [p for i, p in enumerate(candidates) if i != best]
    company = max(rest, key=lambda p: (organisation_score(p) - role_score(p), -rest.index(p)))
    return candidates[best], company


# Labelled facts of a job that are neither its employer nor its title (federal resumes and
# application forms): "Hours per week: 40", "Salary: $91,331", "Supervisor: …", "Duties:".
JOB_FACT = re.compile(
    r"^(?:hours(?:\s+per\s+week)?|salary|series(?:\s*/\s*grade)?|pay\s+plan|grade\s+level"
    r"|supervisor(?:'s)?(?:\s+name)?|may\s+(?:we\s+)?contact|reason\s+for\s+leaving"
    r"|number\s+of\s+employees\s+supervised|(?:main\s+|key\s+)?duties(?:\b[^:]{0,40})?"
    r"|(?:main\s+|key\s+)?responsibilities|responsabilități|atribuții|funciones|logros"
    r"|responsabilidades)\s*:",
    re.IGNORECASE,
)


# What is left of a dates row once its dates are read ("Duration: 08/2023 - 04/2025",
# "Período: fev/2024 - atual").
DATE_LABEL_CHARS = 10
DATE_LABEL = re.compile(
    r"^(?:duration|dates?|period|tenure|from|years?(?:\s+of\s+(?:completion|graduation))?"
    r"|per[ií]odo|période|durée|zeitraum|perioad[aă]|année|año|ano|jahr|curso"
    r"|obdobie|obdobje|razdoblje|tímabil|период|tiempo\s+de\s+trabajo)"
    r"\s*:?$",
    re.IGNORECASE,
)


def _labelled_cells(part: str) -> list[str]:
    """A row's cells when two or more are labelled ("Institution: X | Qualification: Y", a
    table's cells under its heading row); else the part whole."""
    cells = part.split(" | ")
    if len(cells) > 1 and sum(bool(LABELLED_FIELD.match(cell.strip())) for cell in cells) >= 2:
        return [cell.strip() for cell in cells]
    return [part]


def _read_labels(
    parts: list[str], labels: dict[str, frozenset[str]], unwrapped: frozenset[str] = frozenset()
) -> tuple[dict[str, str], list[str]]:
    """The fields the parts' labels name (`labels`: field → its labels), and the other parts.

    A label with nothing after it once its dates were read ("Duration:", "Perioada:", "Key
    deliverables:") names no field and goes; an `unwrapped` label is taken off its value
    ("Qualification: BCom Accounting" → "BCom Accounting")."""
    fields: dict[str, str] = {}
    rest: list[str] = []
    for part in [cell for whole in parts for cell in _labelled_cells(whole)]:
        if ":" not in part and len(part) > DATE_LABEL_CHARS:
            rest.append(part)  # no label and no bare date label: most parts
            continue
        text = part.strip()
        match = LABELLED_FIELD.match(text)
        if DATE_LABEL.match(text) or (match is not None and match.group("value") is None):
            continue
        if match is None:
            rest.append(part)
            continue
        label = " ".join(match.group("label").casefold().split())
        value = match.group("value").strip()
        field = next((name for name, keys in labels.items() if label in keys), None)
        if field is not None and field not in fields:
            fields[field] = value
        else:
            rest.append(value if label in unwrapped else part)
    return fields, rest


JOB_LABELS = {"name": EMPLOYER_LABELS, "position": POSITION_LABELS, "location": PLACE_LABELS}


# A title over a job's bullets, without its colon: "Key Qualifications & Responsibilities".
_DETAIL_WORD = r"(?:qualifications|responsibilities|achievements|accomplishments|duties|tasks)"
_DETAILS_TITLE = re.compile(
    rf"(?:(?:key|main|major|core)\s+)?{_DETAIL_WORD}(?:\s*(?:&|and|/)\s*{_DETAIL_WORD})*",
    re.IGNORECASE,
)
# What a job site prints of a startup after its name: its funding stage and its headcount.
_COMPANY_FACT = re.compile(
    r"\d[\d,]*(?:\s*[-\u2013]\s*\d[\d,]*|\+)?\s+employees|(?:series\s+[a-h]|(?:pre-)?seed"
    r"|ipo|public|acquired|bootstrapped)",
    re.IGNORECASE,
)


def _company_only(part: str) -> str:
    """ "Quillstack · Health Care · Series B · 51-200 employees" → "Quillstack"."""
    if " \u00b7 " not in part:
        return part
    pieces = part.split(" \u00b7 ")
    if any(_COMPANY_FACT.fullmatch(piece.strip()) for piece in pieces[1:]):
        return pieces[0].strip()
    return part


def to_work(entry: Entry) -> Work:
    labelled, unlabelled = _read_labels(entry.parts, JOB_LABELS)
    # A job's own length ("2 года 5 месяцев") is no employer or title.
    # A label left without its value ("Гүйцэтгэсэн ажил, үүрэг:") heads the details below.
    kept = [
        _company_only(p)
        for p in unlabelled
        if not JOB_FACT.match(p)
        and not DURATION.fullmatch(p.strip())
        and not p.endswith(":")
        and not _DETAILS_TITLE.fullmatch(p.strip())
    ]
    short = _short(kept) or [""]
    parts: list[str] = []
    place = entry.place
    pieces = [fragments(part) for part in short]
    # A line that reads "<role> - <employer>": a lone name on a line of its own is the town.
    paired = any(len(each) == 2 and max(map(role_score, each)) > 0 for each in pieces)
    for found in pieces:
        if paired and len(found) == 1 and _lone_town(found[0]):
            place = place or found[0]
            continue
        for piece in found:
            head, tail = split_trailing_place(piece) if piece.count(",") >= 2 else (piece, None)
            if tail is not None and head:
                parts.append(head)  # "Acme Co-op, Duluth, MN": the employer, then its town
                place = place or tail
            elif is_place(piece):
                place = place or piece
            else:
                parts.append(piece)
    first_is_role = bool(short) and ROLE_AT.search(short[0]) is not None
    position, company = pick_position(parts, first_is_role)
    if company and "," in company:
        company, city = _strip_city(company)  # "Acme Corp, Berlin"
        place = place or city
    bracketed = _BRACKETED_TAIL.search(company) if company else None
    if company and bracketed is not None and _town_name(bracketed.group(1)):
        # "Edicions La Mitjana, SA (València)": the town in brackets after the employer.
        company, place = company[: bracketed.start()], place or bracketed.group(1)
    used = {position, company}
    summary = [part for part in kept if part not in short]
    summary += [part for part in parts[3:] if part not in used]
    dates = entry.dates
    # `location` is JSON Resume 1.2.1 but not a declared field of the model; extras are kept.
    if labelled:
        # The unlabelled parts fill only what the labels left open.
        found = [part for part in (position, company) if part is not None]
        named = labelled.get("name")
        if named and "," in named and "location" not in labelled:
            named, town = _strip_city(named)  # "Organisation:   Acme Foods Ltd., Accra"
            place = place or town
        company = named or company or (found[0] if found else None)
        pair = len(parts) == 2 and not named and place is None and "position" in labelled
        if pair and _one_name(parts[1]) and not _one_name(parts[0]):
            # "Αμμόχωστος Ναυτιλιακή Λτδ, Λευκωσία" over "Θέση: …": the employer, then its town.
            company, place = parts
        elif "position" in labelled and position and position != company and place is None:
            # "Acme Pvt. Ltd., Mangaluru" over "Designation: Engineer": the leftover word
            # beside the employer is its town.
            place = position if _one_name(position) else None
        position = labelled.get("position") or (position if position != company else None)
        place = labelled.get("location", place)
    return Work.model_validate(
        {
            "name": company,
            "position": position,
            "location": place,
            "startDate": dates.start if dates else None,
            "endDate": dates.end if dates else None,
            "summary": " ".join(summary) or None,
            "highlights": entry.details,
        }
    )


_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def _lone_town(text: str) -> bool:
    return _one_name(text) and not role_score(text) and not organisation_score(text)


def _one_name(text: str) -> bool:
    """One capitalised word, in any alphabet: "Bologna", "Saint-Denis", "Москва"."""
    return text[:1].isupper() and _WORD.fullmatch(text) is not None


def _town_name(text: str) -> bool:
    """One word that may be a town: no initials ("(ACME)"), no organisation or role."""
    return (
        _one_name(text)
        and not text.isupper()
        and organisation_score(text) == 0
        and role_score(text) == 0
    )


def _strip_city(company: str) -> tuple[str, str | None]:
    """ "Acme Corp, Berlin" / "Quayside Capital, Bologna" → the employer and its town.

    A known city always goes; otherwise one capitalised word that is no legal form or kind of
    organisation ("Acme, Inc." and "Smith, Jones & Partners" stay whole).
    """
    stripped = strip_known_city(company)
    head, _, tail = company.rpartition(",")
    tail = tail.strip()
    if stripped != company:
        return stripped, tail
    tail = _TOWN_PREFIX.sub("", tail)  # the word for "town" before its name
    single = _one_name(tail)
    # After a legal form, a town of a few words: "Grupo Morazán S.A. de C.V., San Pedro Sula".
    town = ends_in_legal_form(head) and _TOWN_WORDS.fullmatch(tail) is not None
    if head.strip() and (single or town) and not organisation_score(tail) + role_score(tail):
        return head.strip(), tail
    return company, None


# A town's name of up to three capitalised words, with the small words names join them by.
_TOWN_WORDS = re.compile(
    r"[^\W\d_a-z][^\W\d_]*(?:[ -](?:(?:de|del|la|do|da|di|el|sur|am)[ -])?"
    r"[^\W\d_a-z][^\W\d_]*){0,2}"
)


# Russian, Ukrainian and Bulgarian abbreviations of "town", "village" before a town's name,
# and the Kazakh one after it ("Шымкент қ.").
_TOWN_PREFIX = re.compile(r"^(?:г|гор|м|с|пгт)\.\s*(?=[^\W\d_])")
_TOWN_SUFFIX = re.compile(r"(?<=[^\W\d_])\s+қ\.$")


# The word that links a degree to its subject, where a subject is set apart from its degree.
# A qualification and its subject on one line, a dash or a word for "major" between them.
_QUALIFICATION = re.compile(
    r"^(?P<study>[^\W\d_][^\u2013\u2014|,:]{2,60}?)\s*(?:\s[\u2013\u2014]\s|,\s*(?:mención|mencion"
    r"|major\s+in|major|smjer|smer|specialization|specialisation|spécialité|option|filière)\s)"
    r"\s*(?P<area>[^\W\d_][^\u2013\u2014|:]{2,80})$",
    re.IGNORECASE,
)
# A subject named after the school: "…, Jurusan IPA", "…, major in Economics".
_AREA_TAIL = re.compile(
    r",\s*(?:jurusan|program\s+studi|major(?:ing)?\s+in|major:?)\s+(?P<area>[^,]+)$",
    re.IGNORECASE,
)
_AREA_LINK = re.compile(
    r"^(?:in|of|en|em|área\s+de|obor|schwerpunkt|fachrichtung|studienrichtung|jurusan|program\s+studi"
    r"|smjer|smer|spec\.|спеціальність|специальность|specialitatea|specializarea|í|af"
    r"|насока:?|ixtisas:?|мамандығы:?)"
    r"\s+(?=\S)",
    re.IGNORECASE,
)


# "(AMK)", "(FM)", "(B.Soc.Sc.)" after a degree name it (dots or two capitals); "(Hons)", a
# class in Roman numerals ("HSC (XII)") and a subject ("BSc (Physics)") do not.
_DEGREE_ABBREVIATION = re.compile(
    r"\s*\((?!hons?\)|honours\)|honors\)|[IVXL]+\))"
    r"((?=[^)]*\.|[^)]*(?-i:[A-Z])[^)]*(?-i:[A-Z]))[A-Za-z][A-Za-z.]{0,10})\)",
    re.IGNORECASE,
)


_HONOURS = re.compile(r"\s*\((hons?\.?|honours|honors)\)", re.IGNORECASE)  # "BSc (Hons)"


# The stream of a secondary-school diploma after a comma: "…, série D", "…, option Lettres".
_STREAM = re.compile(r"(?:série|serie|section|option|filière|filiere|spécialité)\s", re.I)
_STREAM_LINK = re.compile(r"^(?:option|filière|filiere|spécialité)\s+(?=\S)", re.I)
_QUALIFIED_STREAM = re.compile(rf"(?P<word>[^\W\d_]+),\s*(?P<stream>{_STREAM.pattern}.+)", re.I)


# Indonesian school levels, named by the initials their schools' names start with ("SMA",
# "SMA Negeri 3 Bandung").
_SCHOOL_LEVEL = re.compile(r"SM[AKP]|SLT[AP]|MA")


def _degree_split(text: str) -> tuple[str, str | None] | None:
    """ "BSc Computer Science" → ("BSc", "Computer Science"); None when no degree leads."""
    if _SCHOOL_LEVEL.fullmatch(text.strip()):
        return text.strip(), None  # the level alone in its cell, the school's name in the next
    match = DEGREE.match(text.strip())
    if match is None:
        found = _subject_then_degree(text)
        if found is not None and found[1].casefold() in LEVELS_OF_EDUCATION:
            return found[0], None  # "Высшее образование (Бакалавр)": a level, then the degree
        return found
    study = match.group(0).strip()
    rest = text.strip()[match.end() :]
    short = _DEGREE_ABBREVIATION.match(rest) or _HONOURS.match(rest)
    if short is not None:  # "Insinööri (AMK)", "Filosofian maisteri (FM)": the degree's own
        study, rest = f"{study} ({short.group(1)})", rest[short.end() :]
    rest = rest.strip(" ,:-\u2013\u2014")
    qualified = _QUALIFIED_STREAM.fullmatch(rest)
    if qualified is not None and qualified.group("word").islower():
        # "Baccalauréat malien, série TSECO", "Baccalauréat unique, option Sciences Sociales":
        # the word that qualifies the degree is the degree's, the stream after it the subject.
        study, rest = f"{study} {qualified.group('word')}", qualified.group("stream")
    rest = _STREAM_LINK.sub("", rest)
    rest = _AREA_LINK.sub("", rest)  # "Grado en Derecho", "Bc., obor Strojírenství"
    wrapped = re.fullmatch(r"\((?P<inner>[^()]+)\)", rest)
    if wrapped:
        rest = wrapped.group("inner")  # "B.Tech (Information Technology)"
    rest = re.sub(r"\s*\((?:hons?|honours|honors)\.?\)\s*", " ", rest, flags=re.I).strip()
    return study, rest or None


# A level of education printed over the entry, as Russian job sites do: no school or degree.
LEVELS_OF_EDUCATION = frozenset(
    {"высшее", "неоконченное высшее", "среднее специальное", "среднее", "higher education"}
    | {"высшее образование", "неоконченное высшее образование", "среднее образование"}
    | {"tertiary education", "secondary education", "primary education", "tertiary"}
    | {"среднее специальное образование", "среднее профессиональное образование"}
    | {"вища освіта", "незакінчена вища освіта", "вышэйшая адукацыя"}
    | {"cuarto nivel", "tercer nivel"}
)
# An education entry written as labelled rows ("Institution: …", "Qualification: BCom
# Accounting", "Matric: Capricorn High School"): the label says which field the value is.
SCHOOL_LABELS = frozenset(
    {"institution", "school", "university", "college", "high school", "matric", "institute"}
    | {"instituição", "instituicao", "universidade", "escola", "institución", "établissement"}
    | {"instituția", "instituţia", "instituția de învățământ", "unitatea de învățământ"}
    | {"uczelnia", "szkoła", "škola", "vysoká škola", "intézmény", "hochschule", "universität"}
    | {"schule", "école", "université", "universidad", "istituto", "università", "scuola"}
    | {"instelling", "onderwijsinstelling", "okul", "üniversite", "universitas", "sekolah"}
    | {"სასწავლებელი", "უნივერსიტეტი", "სკოლა", "ուսումնական հաստատություն", "բուհ"}
    | {"ustanova", "fakultet", "ίδρυμα", "πανεπιστήμιο", "учебное заведение", "вуз"}
    | {"навчальний заклад", "заклад освіти"}
)
QUALIFICATION_LABELS = frozenset(
    {"qualification", "degree", "certificate", "diploma", "course", "programme", "program"}
    | {"curso", "titulación", "diplôme", "titolo"}
    | {"diploma obținută", "diploma obţinută", "titlul obținut", "calificarea"}
    | {"título", "titulo", "título obtenido", "título profesional"}
    | {"академическая степень", "степень", "ступінь", "освітній ступінь", "bằng cấp", "học vị"}
    | {"ხარისხი", "დოკუმენტი", "კვალიფიკაცია", "աստիճան", "որակավորում"}
    # the level of schooling, as Philippine resumes label each entry ("Tertiary:")
    | {"tertiary", "secondary", "primary", "elementary", "vocational", "post graduate"}
    | {"universitario", "secundario", "terciario", "primario", "posgrado"}
    # Polish, Czech, Slovak, Hungarian, German, French, Italian, Dutch, Turkish, Indonesian,
    # Croatian and Bosnian, Greek
    | {"tytuł zawodowy", "tytuł", "stopień", "titul", "fokozat", "végzettség", "abschluss"}
    | {"titre", "titre obtenu", "diplôme obtenu", "titolo di studio", "graad", "behaalde graad"}
    | {"derece", "gelar", "πτυχίο", "τίτλος σπουδών"}
    | QUALIFICATION_LABEL_WORDS
)
SUBJECT_LABELS = frozenset(
    {"major", "field of study", "specialisation", "specialization", "specializarea"}
    | {"domeniul", "насока", "smer", "odbor", "specjalność", "carrera", "indirizzo", "richting"}
    | {"studierichting", "bölüm", "jurusan", "program studi", "ειδικότητα", "κατεύθυνση"}
    | {"área", "área de estudo", "chuyên ngành", "ngành", "спеціальність", "специальность"}
    | {"სპეციალობა", "ფაკულტეტი", "մասնագիտություն", "ixtisas", "мамандығы", "мамандық"}
    | {"course of study", "discipline"}
    | SUBJECT_LABEL_WORDS
)


SCHOOLING_LABELS = {"institution": SCHOOL_LABELS, "area": SUBJECT_LABELS}


def _subject_then_degree(text: str) -> tuple[str, str] | None:
    """ "Endüstri Mühendisliği (Lisans)", "mechatronikai mérnök (BSc)": the subject, then its
    degree in brackets or after a comma ("Прикладная математика, Бакалавр"). Not a name and
    its own initials: "Baccalauréat (B.A.)"."""
    if not text.endswith(")"):
        head, comma, degree = text.rpartition(", ")
        degree = degree.strip()
        if comma and head.strip() and DEGREE.fullmatch(degree) and not INSTITUTION.search(head):
            return degree, _AREA_LINK.sub("", head.strip())  # "obor X, Bc.": the field, then
        return None
    head, _, degree = text[:-1].rpartition("(")
    head, degree = head.strip(" ,-\u2013"), degree.strip()
    if not head or not DEGREE.fullmatch(degree) or head[0].casefold() == degree[0].casefold():
        return None
    return degree, head


# A degree the word lists do not hold, and its subject: "Osnovne akademske studije -
# Računarstvo i automatika", "Ingeniería Comercial, mención Administración", "Diplom in
# Informatik", "Licenciado en Economía", "B.Eng. (Civil Engineering)", "Titulo, Derecho".
_LINKED_SUBJECT = re.compile(
    r"^(?P<study>[^\W\d_][^\u2013\u2014|,:;]{0,50}?)\s+(?:in|en|em)"
    r"\s+(?P<area>[^\W\d_][^|:;]{1,80})$",
    re.IGNORECASE,
)
_BRACKETED_SUBJECT = re.compile(
    r"^(?P<study>[^\W\d_][^\u2013\u2014|,:;()]{0,40}?)\s*\((?P<area>(?![IVXL]+\))[^\W\d_][^()\d]{2,60})\)$"
)
_COMMA_SUBJECT = re.compile(
    r"^(?P<study>[^\W\d_][^\u2013\u2014|,:;]{0,50}?),\s+(?P<area>[^\W\d_][^|,:;]{1,60})$"
)
UNKNOWN_DEGREE_WORDS = 6
_TRAILING_MARKS = " ,;|\u2013\u2014-"


def _other_line(sourced: list[tuple[str, int]], leftovers: list[str], school_row: int) -> str:
    """The first leftover that is no place, one off the school's own row first."""
    others = [part for part, row in sourced if part in leftovers and row != school_row]
    return next((part for part in [*others, *leftovers] if not is_place(part)), "")


def _names_subject(text: str) -> bool:
    return bool(_LINKED_SUBJECT.match(text) or _QUALIFICATION.match(text))


def _school_like(text: str) -> bool:
    """A line that may be a school's name: short, capitalised, no sentence or grade."""
    return (
        len(text.split()) <= LONG_SCHOOL_WORDS
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ":"))
        and SCORE.search(text) is None
        and not _names_subject(text)
    )


_ABBREVIATION = re.compile(r"^[A-Z][A-Z.&-]*$")
_UNKNOWN_DEGREE_FORMS = (_QUALIFICATION, _LINKED_SUBJECT, _BRACKETED_SUBJECT, _COMMA_SUBJECT)
_SET_IN = (_LINKED_SUBJECT, _BRACKETED_SUBJECT)  # a detail line: prose has commas and dashes


def _unknown_degree(
    text: str, forms: tuple[re.Pattern[str], ...] = _UNKNOWN_DEGREE_FORMS
) -> tuple[str, str | None] | None:
    """The degree and subject a school's other line names, when no known degree opens it:
    the line up to its grade, split at "in", a dash, a comma or brackets. None for a line
    that is a school, a place, or prose."""
    grade = SCORE.search(text)
    text = (text[: grade.start()] if grade else text).strip(_TRAILING_MARKS)
    if not text or INSTITUTION.search(text) or is_place(text):
        return None
    for form in forms:
        found = form.match(text)
        if found is None or len(found.group("study").split()) > UNKNOWN_DEGREE_WORDS:
            continue
        area = found.group("area").strip(_TRAILING_MARKS)
        if form is _BRACKETED_SUBJECT and _ABBREVIATION.match(area):
            return text, None  # "Kenya Certificate of Secondary Education (KCSE)": its initials
        return found.group("study").strip(), area
    return None


# The class of a British-style honours degree after its subject: "(First Class)", "(Second
# Class Upper)", "(2:1)", "(Distinction)".
_MENTION_TAIL = re.compile(r"[\s,\u2013-]+mention\s*:?\s*([^\W\d_][^\d:]{2,30})$", re.IGNORECASE)
_BRACKETED_SCORE = re.compile(rf"\s*\((?:{SCORE.pattern})\)$", re.IGNORECASE)
_DEGREE_CLASS = re.compile(
    r"\s*\(((?:first|second|third)\s+class(?:\s+(?:upper|lower|honours))?(?:\s+division)?"
    r"|(?:upper|lower)\s+second(?:\s+class)?|[12]:[12]|distinction|merit)\)$",
    re.IGNORECASE,
)


MAX_SCHOOL_TAIL_WORDS = 2


def _wrapped_tails_joined(parts: list[str]) -> list[str]:
    """ "ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო" over "უნივერსიტეტი": a school's
    name that wrapped before its last word, the kind of school, is one part again; so is a
    line that wrapped before its abbreviation in brackets ("… Mathematics-Economics-Geography"
    over "(MEG)")."""
    joined: list[str] = []
    for part in parts:
        previous = joined[-1] if joined else ""
        school_tail = (
            len(part.split()) <= MAX_SCHOOL_TAIL_WORDS
            and INSTITUTION.fullmatch(part.strip())
            and not (INSTITUTION.search(previous) or DEGREE.match(previous))
        )
        # "Ташкентский университет … имени" over "Мухаммада ал-Хорезми": named after someone.
        named_after = (
            INSTITUTION.search(previous) is not None
            and ends_open(previous)
            and len(part.split()) <= MAX_SCHOOL_TAIL_WORDS + 1
            and not DEGREE.match(part.strip())
        )
        if previous and (
            school_tail or named_after or _BRACKETED_ABBREVIATION.fullmatch(part.strip())
        ):
            joined[-1] = f"{previous} {part.strip()}"
        else:
            joined.append(part)
    return joined


_BRACKETED_ABBREVIATION = re.compile(r"\([^\W\d_][\w.&/-]{0,11}\)")


def to_education(entry: Entry) -> Education:
    labelled, parts = _read_labels(entry.parts, SCHOOLING_LABELS, QUALIFICATION_LABELS)
    # Grades and bullet-less detail lines are not the school or the degree.
    named = _wrapped_tails_joined(
        [
            _unqualified(part)
            for part in parts
            # "Grade 12 Certificate" is a qualification, "Grade: 3.8" a grade
            if not (SCORE.match(_ungraded(part)) or GRADE_IN_WORDS.match(part))
            or DEGREE.match(part.strip())
        ]
    )
    sourced = [
        (piece, row)
        for row, part in enumerate(_short(named, degrees=True))
        for piece in _split_education_line(part)
    ]
    study: str | None = None
    # "Specialisation: Informatika" labelled, in the header or set in under it as details are.
    area: str | None = labelled.get("area") or (
        _read_labels(entry.details, {"area": SUBJECT_LABELS})[0].get("area")
        if entry.details
        else None
    )
    if area and (bracketed := _subject_then_degree(area)) is not None:
        study, area = bracketed  # "Специальность: Финансы и кредит (магистр)"
    institution: str | None = labelled.get("institution")
    leftovers: list[str] = []
    beside_degree: str | None = None  # what the degree's own line holds after it
    degree_row = school_row = -1
    wrapped_degree = False  # the degree's line so long it may have wrapped
    for part, row in sourced:
        degree = _degree_split(part) if study is None else None
        if degree is not None and area and degree[1] and not INSTITUTION.search(degree[1]):
            # A labelled subject stands, and the degree's line is the degree's ("Bachelor
            # inženjer elektrotehnike" over "Specialisation: Računarstvo").
            study = part
            degree_row = row
        elif degree is not None:
            study, area = degree[0], area or degree[1]
            degree_row = row
            wrapped_degree = len(part.split()) > SHORT_PART_WORDS
            if area and INSTITUTION.search(area) and institution is None:
                institution, area = area, None
        elif institution is None and INSTITUTION.search(part):
            institution, school_row = part, row
        else:
            leftovers.append(part)
            if row == degree_row and beside_degree is None:
                beside_degree = part
    if institution is None and area is None and beside_degree and len(leftovers) >= 2:
        # "Bachelor of Arts, Communication Studies" over "UNC Charlotte": the subject beside
        # the degree, the school on a line of its own.
        area = _AREA_LINK.sub("", beside_degree)
        leftovers.remove(beside_degree)
    if institution is None and leftovers:
        # The first line, unless it reads "<degree> in <subject>" or "<degree>, mención
        # <subject>" and another does not ("Certificate IV in Logistics" over "TAFE NSW").
        named = [part for part in leftovers if not _names_subject(part)]
        institution = named[0] if study is None and named else leftovers[0]
        leftovers.remove(institution)
    elif institution is None and study and entry.details and _school_like(entry.details[0]):
        # "Бакалавър" over "Пловдивски университет „Паисий Хилендарски“" set in.
        institution = entry.details[0]
    if area and wrapped_degree and leftovers and len(leftovers[0].split()) <= WRAPPED_TAIL_WORDS:
        # "… major in Financial" / "Management": the end of a degree's long line.
        area = f"{area} {leftovers.pop(0)}"
    if area is None and institution and ", " in institution:
        # "B.S., Mechanical Engineering, University of Cincinnati": the subject, then the school.
        subject, _, school = institution.partition(", ")
        if INSTITUTION.search(school) and not INSTITUTION.search(subject):
            area, institution = subject, school
    first = _unqualified(entry.details[0]) if study is None and entry.details else ""
    if first and len(first.split()) <= SHORT_PART_WORDS and (found := _degree_split(first)):
        study, area = found[0], area or found[1]  # the degree set in like a detail
    elif first and area is None and institution and (found := _unknown_degree(first, _SET_IN)):
        study, area = found  # "Master of Engineering (Industrial Engineering)" set in likewise
    tail = _AREA_TAIL.search(institution) if area is None and institution else None
    if tail is not None and institution is not None:
        # "SMA Negeri 15 Semarang, Jurusan IPA": the school, then its subject.
        area, institution = tail.group("area"), institution[: tail.start()]
    # The school's other line names the degree; a cell beside the school more likely its town.
    leading = _other_line(sourced, leftovers, school_row) if study is None and institution else ""
    if leading and area is None and (unknown := _unknown_degree(leading)):
        # A degree in no known language beside its school, and the subject it names.
        study, area = unknown
        leftovers.remove(leading)
    elif leading and area and len(leading.split()) <= UNKNOWN_DEGREE_WORDS:
        # "Major: Management" labelled, and the line beside the school the degree.
        study = leading
        leftovers.remove(leading)
    if area is None and institution and len(leftovers) >= 2 and INSTITUTION.search(leftovers[0]):
        # "Механико-математический факультет, Прикладная математика" under the university:
        # the faculty and its subject, read as one.
        row_of = {piece: row for piece, row in reversed(sourced)}  # each piece's first row
        if row_of.get(leftovers[0], -1) == row_of.get(leftovers[1], -2):
            area = f"{leftovers.pop(0)}, {leftovers.pop(0)}"
    if study:  # "… , Бакалавр" under "Высшее образование (Бакалавр)": the degree once more
        leftovers = [part for part in leftovers if part.casefold() != study.casefold()]
    if area is None and leftovers and len(leftovers[0].split()) <= 5:
        area = _AREA_LINK.sub("", leftovers.pop(0))
    text = " ".join([*entry.parts, *entry.notes, *entry.details])
    score = SCORE.search(text)
    in_words = (GRADE_IN_WORDS.match(line.strip()) for line in [*entry.parts, *entry.notes])
    honour = next((found.group("grade") for found in in_words if found), None) or next(
        (note for note in entry.notes if not SCORE.match(note)), None
    )
    # A grade after the subject is no part of it: "Administrasi Bisnis (IPK 3,28)" (the score,
    # read above), "Comptabilité et Finance Mention : Passable", "Banking and Finance (First
    # Class)" (the grade in words).
    for grade_tail, worded in (
        (_BRACKETED_SCORE, False),
        (_MENTION_TAIL, True),
        (_DEGREE_CLASS, True),
    ):
        graded = grade_tail.search(area) if area else None
        if area and graded is not None:
            area = area[: graded.start()].strip() or None
            honour = honour or (graded.group(1) if worded else None)
    dates = entry.dates
    start, end = (dates.start, dates.end) if dates else (None, None)
    if dates and not dates.is_range:
        start, end = None, dates.start  # a lone year on a degree is when it was awarded
    if institution and institution.count(",") >= 2:
        institution = split_trailing_place(institution)[0]  # "Uni of X, Duluth, MN"
    return Education(
        institution=strip_known_city(institution) if institution else None,
        area=_QUOTED.sub(r"\1", area) if area else None,
        studyType=study,
        startDate=start,
        endDate=end,
        score=score.group(1).replace(" ", "") if score else honour,
    )


# A subject in quotation marks: "спеціальність «Менеджмент»".
_QUOTED = re.compile(r"^[«\u201c\u201e\"](.+)[»\u201d\"]$")


def _ungraded(text: str) -> str:
    return re.sub(r"^(?:final|overall|average|cumulative)\s+", "", text, flags=re.IGNORECASE)


# The level of a qualifications framework after the degree, as Europass prints it in English,
# Portuguese, French, Spanish, Italian and German.
_FRAMEWORK_LEVEL = re.compile(
    r"\s*(?:\|\s*)?\(?\b(?:(?:EQF|NQF|ISCED)\s+level\s+\d|n[ií]vel\s+\d\s+d[oe]l?\s+(?:QEQ|MEC|EQF)"
    r"|niveau\s+\d\s+du\s+CEC|livello\s+\d\s+(?:del(?:l['\u2019]|\s+)?)?(?:EQF|QEQ)"
    r"|(?:EQR|DQR)[-\s]Niveau\s+\d)\)?",
    re.IGNORECASE,
)
# The language a school taught in, after its board: "Maharashtra State Board, English Medium".
_MEDIUM = re.compile(r",?\s*\b[A-Z][a-z]+\s+Medium\s*$")


def _unqualified(text: str) -> str:
    """ "Master of Arts EQF level 7" → "Master of Arts": the framework level is no subject,
    nor the medium of instruction a school's name."""
    return _TITLE_WORD.sub("", _MEDIUM.sub("", _FRAMEWORK_LEVEL.sub("", text))).strip()


# The Czech and Slovak word for the degree before it: "obor Mezinárodní obchod, titul Ing.".
_TITLE_WORD = re.compile(r"\b(?:akademick[ýy]\s+)?titul\s+(?=\S)", re.IGNORECASE)


_DASHES = (" \u2014 ", " \u2013 ", " - ")
_CAMPUS_WORD = re.compile(r"(?:recinto|campus|sede|kampus|filial)\b", re.IGNORECASE)
MAX_CAMPUS_WORDS = 2


def _campus(text: str) -> bool:
    """A school's campus or faculty after a dash: a word or two, capitalised, no degree."""
    words = text.split()
    return (
        1 <= len(words) <= MAX_CAMPUS_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() or ch in ",()|" for ch in text)
        and _degree_split(text) is None
    )


def _town_of_school(school: str, tail: str) -> bool:
    """ "Tupou College, Toloa", "The University of the West Indies, Mona": after a school's
    name, a town or campus the name does not hold already, and no country."""
    return (
        tail.casefold() not in school.casefold()
        and _one_name(tail)
        and INSTITUTION.search(tail) is None
        and _degree_split(tail) is None
        and country_code(tail) is None
    )


def _split_education_line(text: str) -> list[str]:
    """ "BSc CS, University of X, Berkeley" → degree part and institution part."""
    # " ~ " is how OCR often reads a dash.
    separators = (
        " \u2014 ",
        " \u2013 ",
        " | ",
        " \u00b7 ",
        " \u2022 ",
        " - ",
        " ~ ",
        " @ ",
        " at ",
        ", ",
    )
    for separator in separators:
        if separator not in text:
            continue
        head, _, tail = text.partition(separator)
        school = INSTITUTION.search(head) is not None
        if (
            separator != " | "  # cells of a table's row are apart ("SMA | SMA Negeri 3 Bandung")
            and school
            and INSTITUTION.search(tail)
            and DEGREE.match(tail) is None  # "Senior School Certificate" is no school
        ):
            # One school's name: "Vysoká škola báňská - Technická univerzita Ostrava",
            # "Kellogg School of Management, Northwestern University".
            continue
        degree = _degree_split(head) is not None
        if separator == " at " and school:
            continue  # "Tuck School of Business at Dartmouth"
        if separator in _DASHES and school and _campus(tail):
            continue  # "Hochschule Luzern - Wirtschaft": a faculty or campus
        if separator == ", " and school and _CAMPUS_WORD.match(tail):
            continue  # "Universidad de Puerto Rico, Recinto de Río Piedras": its campus
        if separator == ", " and degree and _STREAM.match(tail):
            continue  # "Baccalauréat, série TSS": the diploma's stream
        if separator == ", " and school and not degree and _town_of_school(head, tail):
            continue  # "Tupou College, Toloa": the school and its town, one name
        if separator in _DASHES and degree and _AREA_LINK.match(tail):
            continue  # "12.ª Classe - Área de Humanidades": the degree's subject
        if separator == " | " and (degree or school):
            # "BS | Boğaziçi University, Computer Engineering", "Монгол Улсын Их Сургууль |
            # Мэдээллийн технологи | Бакалавр": the degree's or the school's own cell, the
            # rest read as a line of its own.
            return [head.strip(), *_split_education_line(tail.strip())]
        if degree or school:
            return [head.strip(), tail.strip()]
        if _degree_split(tail) is not None:
            return [tail.strip(), head.strip()]
        if INSTITUTION.search(tail):
            # "Ro Electrical Engineering at Aalto University": a degree the word lists do not
            # hold, then its school.
            return [head.strip(), tail.strip()]
    return [text]


NAMED_DETAIL = re.compile(r"^(?P<name>[^.:]{2,50}?)\s+[\u2014\u2013:-]\s+(?P<rest>\S.*)$")


def to_project(entry: Entry) -> Project:
    parts = entry.parts
    if not parts and entry.details:
        # "Open Ward Rota - Volunteer-built shift planner" read as prose: name, then description.
        named = NAMED_DETAIL.match(entry.details[0])
        if named and len(named.group("name").split()) <= 5:
            parts = [named.group("name"), named.group("rest")]
            entry.details = entry.details[1:]
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
