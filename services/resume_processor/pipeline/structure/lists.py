"""List sections: skills, spoken languages and certificates.

Skills: a "Category: a, b, c" line becomes {name: Category, keywords: [a, b, c]}; a free list
("a, b, c", bullets, one per line) becomes one entry per item ({name: item}), so every skill
stays individually searchable.
"""

from __future__ import annotations

import re
from collections import Counter

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.dates import find_date_range, is_date_cell, strip_span
from resume_processor.pipeline.structure.fuzzy import lower, words
from resume_processor.pipeline.structure.schema import Certificate, Language, Skill

BULLET = re.compile(r"^[\s\-\u2013\u2014*\u2022\u00b7\u25aa\u25e6\u25cf\u25a0>]+")
# Commas, semicolons, bars, bullets, and slashes with space around them ("Figma / Sketch";
# "CI/CD" stays whole).
SKILL_SEPARATORS = re.compile(
    r"\s*[;|\u2022\u00b7\u25aa\u25e6]\s*|\s*,\s*(?![^()]*\))|\s+/\s+"  # not a comma in brackets
)
CATEGORY = re.compile(r"^([^:,;|]{1,40}):\s*(.*)$")
MAX_SKILL_WORDS = 6
_GAPS = re.compile(r"\s{3,}")
SPOKEN = words(
    """english german french spanish italian portuguese dutch swedish norwegian danish finnish
    icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian
    arabic hebrew persian farsi hindi urdu bengali punjabi tamil telugu marathi gujarati
    mandarin chinese cantonese japanese korean vietnamese thai indonesian malay tagalog
    filipino swahili yoruba igbo amharic afrikaans zulu catalan basque galician estonian
    latvian lithuanian serbian croatian bosnian slovenian albanian macedonian irish welsh
    deutsch englisch französisch spanisch italienisch italiano inglese tedesco francese
    spagnolo portoghese español inglés alemán francés portugués português inglês alemão
    francês espanhol anglais allemand français espagnol italien nederlands engels duits
    frans polski angielski niemiecki francuski hiszpański rosyjski włoski ukraiński svenska
    engelska tyska franska spanska finska italienska ryska arabiska norsk engelsk tysk fransk
    spansk svensk dansk finsk italiensk russisk kannada malayalam odia oriya assamese konkani
    sindhi nepali sinhala kashmiri maithili kiswahili luo kikuyu čeština angličtina němčina
    polština slovenština ruština francouzština španělština italština isizulu xhosa isixhosa
    sepedi sesotho setswana tshivenda xitsonga siswati isindebele tswana sotho venda tsonga
    bahasa melayu hokkien hakka teochew cebuano ilocano ilokano hiligaynon waray bisaya
    kapampangan pangasinan bikol română engleză franceză germană italiană spaniolă maghiară
    rusă twi ewe fante akan dagbani kroatisch serbisch ungarisch tschechisch polnisch russisch
    türkisch slowenisch slowakisch rumänisch chinesisch japanisch arabisch portugiesisch
    niederländisch schwedisch eesti vene inglise soome saksa prantsuse rootsi läti leedu
    lietuvių anglų rusų vokiečių lenkų prancūzų ispanų latvių hrvatski engleski njemački
    talijanski francuski španjolski slovenski srpski mađarski ruski
    українська англійська польська німецька французька іспанська італійська російська
    български английски немски френски испански италиански руски русский английский
    немецкий французский испанский итальянский китайский"""
) | words(
    lower("türkçe ingilizce almanca fransızca rusça arapça ispanyolca italyanca japonca çince")
)
FLUENCY = re.compile(
    r"\b(?:native|mother tongue|bilingual|fluent|proficient|advanced|intermediate|"
    r"(?:very\s+)?good|fair|excellent|"
    r"conversational|basic|beginner|elementary|working proficiency|professional working|"
    r"full professional|limited working|business|[ABC][12]|madrelingua|lingua madre|"
    r"muttersprache|langue maternelle|moedertaal|nativ[oa]|natif|courant|fluente|fluido|"
    r"avanzato|avanzado|avançado|intermedio|intermédio|básico|base|vloeiend|ojczysty|"
    r"biegły|komunikatywny|podstawowy|zaawansowany|modersmål|flytande|"
    r"(?:mycket\s+)?goda\s+kunskaper|grundläggande|morsmål|flytende|flydende|grunnleggende|"
    r"grundlæggende|(?:meget\s+|svært\s+)?gode?\s+kunnskaper|rodilý mluvčí|plynně|"
    r"(?:mírně\s+)?pokročilý|začátečník|aktivně|read|write|speak|anadil|ileri|orta|başlangıç|"
    r"temel|limba maternă|utilizator|avansat|mediu|începător|grundkenntnisse|"
    r"(?:sehr\s+)?gute\s+kenntnisse|fließend|verhandlungssicher|emakeel|gimtoji)\b.*",
    re.IGNORECASE,
)


# The CEFR self-assessment grid: one level per skill ("German B2 B2 C1 B2 B2"), its column
# headings and its footnote are not languages of their own.
CEFR_ROW = re.compile(
    r"^(?P<lang>\S+(?:\s(?![ABC][12]\b)\S+)?)\s+(?P<levels>(?:[ABC][12]\b\s*){2,})$"
)
CEFR_NOTE = re.compile(
    r"common european framework|\b[ABC]1 and [ABC]2\b|^(?:listening|reading|understanding)\b",
    re.IGNORECASE,
)


def cefr_row(text: str) -> str:
    """ "German B2 B2 C1 B2 B2" → "German (B2)": the level given most often."""
    match = CEFR_ROW.match(text.strip())
    if match is None:
        return text
    levels = Counter(match.group("levels").split())
    return f"{match.group('lang')} ({levels.most_common(1)[0][0]})"


def _split_items(text: str) -> list[str]:
    # A wide gap parts items as a comma does: skills set as a grid of bars or pills.
    cells = SKILL_SEPARATORS.split(_GAPS.sub(", ", text))
    items = [BULLET.sub("", item).strip().rstrip(".") for item in cells]
    return [item for item in items if item and len(item.split()) <= MAX_SKILL_WORDS]


def join_wrapped_items(lines: list[str]) -> list[str]:
    """ "a, b, Space" / "planning, c" → "a, b, Space planning, c": a list line that wrapped.

    A line carries on the item before it when it starts lower-case with no bullet of its own,
    the line before ended on no separator, and that line was a list (separators or a bullet).
    """
    joined: list[str] = []
    for raw in lines:
        text = raw.strip()
        if joined and text[:1].islower() and not BULLET.match(raw):
            previous = joined[-1]
            listed = SKILL_SEPARATORS.search(BULLET.sub("", previous)) or BULLET.match(previous)
            head = SKILL_SEPARATORS.split(text, maxsplit=1)[0]
            last = SKILL_SEPARATORS.split(BULLET.sub("", previous))[-1]
            fits = len(f"{last} {head}".split()) <= MAX_SKILL_WORDS
            if listed and fits and not re.search(r"[,;|:]\s*$", previous):
                joined[-1] = f"{previous.rstrip()} {text}"
                continue
        joined.append(raw)
    return joined


def parse_skills(lines: list[str]) -> list[Skill]:
    skills: list[Skill] = []
    continues = False
    for raw in join_wrapped_items(lines):
        text = BULLET.sub("", raw).strip()
        category = CATEGORY.match(text) or _gap_category(text)
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


def _gap_category(text: str) -> re.Match[str] | None:
    """ "EDV   Scrum, SAP, Docker": a category in the first cell, its list in the next."""
    head, gap, rest = text.partition(CELL_GAP)
    rest = rest.strip()
    if not gap or SKILL_SEPARATORS.search(head) or not SKILL_SEPARATORS.search(rest):
        return None
    if SKILL_SEPARATORS.match(rest) or BULLET.match(rest):
        return None  # "▪ a   ▪ b   ▪ c": a row of items, not a category and its list
    return CATEGORY.match(f"{head.strip()}: {rest.strip()}")


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


def is_spoken(name: str) -> bool:
    return lower(name.split()[0]) in SPOKEN if name.split() else False


def parse_language(item: str) -> Language | None:
    """ "Swedish (native)", "German - B2", "French: fluent", "Spanish C1" → a Language."""
    text = BULLET.sub("", item).strip().rstrip(".")
    match = re.match(
        r"^(?P<lang>[^\W\d_][\w'\u2019-]*(?:\s[^\W\d_][\w'-]*)?)\s*"
        r"(?:[(:\-\u2013\u2014|/]\s*(?P<a>[^)]*)\)?|\s+(?P<b>\S.*))?$",
        text,
    )
    if match is None:
        return None
    language = match.group("lang").strip()
    fluency = (match.group("a") or match.group("b") or "").strip()
    if fluency.endswith(")") and fluency.count(")") > fluency.count("("):
        fluency = fluency[:-1].strip()  # "German (B2)": the bracket around the whole level
    known = is_spoken(language) or is_spoken(language.split()[-1])
    # An unknown single word passes with a fluency; "Team Leadership" does not.
    if not known and (len(language.split()) > 1 or not FLUENCY.match(fluency)):
        return None
    if fluency and fluency[0].islower():
        fluency = fluency[0].upper() + fluency[1:]
    return Language(language=language, fluency=fluency or None)


# Between languages: the list separators, a comma outside brackets, and a space after a
# bracketed level before the next capitalised name ("English (Native) Te reo Māori (Fluent)").
LANGUAGE_SEPARATORS = re.compile(
    r"\s*[;|\u2022\u00b7]\s*|,\s*(?![^()]*\))|(?<=\))\s+(?=[^\W\d_])(?=[^a-z])"
)


# A level drawn as a row of dots or stars ("●●●●○"): the words under it say it better.
RATING = re.compile(r"^[\u25cf\u25cb\u25c9\u25ef\u2605\u2606\u25a0\u25a1\u2022\s]+$")


def parse_languages(lines: list[str]) -> list[Language]:
    languages: list[Language] = []
    for raw in lines:
        text = cefr_row(BULLET.sub("", raw).strip())
        if CEFR_NOTE.search(text):
            continue
        last = languages[-1] if languages else None
        if last and (not last.fluency or RATING.match(last.fluency)) and FLUENCY.match(text):
            last.fluency = text  # "Greek   ●●●●●" over "Native"
            continue
        category = CATEGORY.match(text)
        if category and not is_spoken(category.group(1)) and not FLUENCY.match(category.group(2)):
            text = category.group(2)  # "Languages: English (native), German (B2)"
        line_start = len(languages)
        for item in LANGUAGE_SEPARATORS.split(text):
            language = parse_language(item) if item.strip() else None
            if language is not None:
                languages.append(language)
            elif len(languages) > line_start and languages[-1].fluency and FLUENCY.match(item):
                # "English - Read, Write, Speak": the skills go on after the comma.
                languages[-1].fluency += f", {item.strip()}"
    return languages


ISSUER_SEPARATORS = (" \u2014 ", " | ", ", ", " \u2013 ", " - ")


def parse_certificates(
    lines: list[str], bold: list[bool | None] | None = None
) -> list[Certificate]:
    """One certificate a line; `bold` (per line) tells a plain issuer line under a bold name."""
    weights: list[bool | None] = [None] * len(lines)
    if bold is not None and len(bold) == len(lines):
        weights = bold
    lines, weights = _cards_in_columns(lines, weights)
    certificates: list[Certificate] = []
    previous_bold: bool | None = None
    for text, weight in _join_wrapped([BULLET.sub("", raw).strip() for raw in lines], weights):
        if not text:
            continue
        dates = find_date_range(text)
        date = dates.start if dates and not dates.is_range else None
        if dates is not None and date is not None:
            text = strip_span(text, dates.span)
        last = certificates[-1] if certificates else None
        if last and previous_bold and weight is False and not (last.issuer or last.date):
            # "PRINCE2 Foundation" (bold) / "AXELOS, 2016": the issuer and date of the one above.
            last.issuer, last.date = text.strip(" ,;:") or None, date
            previous_bold = weight
            continue
        previous_bold = weight
        issuer = None
        bracket = re.search(r"\(([^()]+)\)\s*$", text)
        cells = [cell.strip() for cell in text.split(CELL_GAP) if cell.strip()]
        if len(cells) > 1:
            text, issuer = cells[0], cells[1]  # a table's row: name, issuer, number, expiry
        elif bracket and not ACRONYM.fullmatch(bracket.group(1)):
            issuer, text = bracket.group(1).strip(" ,"), text[: bracket.start()].strip()
        else:
            # The issuer after the last separator: "Oracle Certified Professional, Java SE 11
            # Developer - Oracle", "AWS Solutions Architect - Associate, Amazon".
            cut = max(text.rfind(separator) for separator in ISSUER_SEPARATORS)
            separator = next((s for s in ISSUER_SEPARATORS if text.startswith(s, cut)), "")
            for sep in ((separator,) if cut > 0 else ()) + (" by ", " from "):
                head, found, tail = text.rpartition(sep)
                if found and head.strip() and len(tail.split()) <= 6:
                    text, issuer = head.strip(), tail.strip()
                    break
        text = re.sub(r"^(?:issued|certified)\s*:\s*", "", text, flags=re.IGNORECASE)
        certificates.append(Certificate(name=text.strip(" ,;:"), date=date, issuer=issuer))
    return certificates


# "Basic Life Support (BLS)": the certificate's own short name, not its issuer.
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")


def _cards_in_columns(
    lines: list[str], weights: list[bool | None]
) -> tuple[list[str], list[bool | None]]:
    """Two rows cut by the same gap ("RN License   BLS" / "Ohio Board (2016)   AHA (2025)")
    are two cards side by side, each a name over its issuer: read card by card. A cell that
    is only a date makes the rows a table of names and dates instead."""
    out: list[str] = []
    out_weights: list[bool | None] = []
    index = 0
    while index < len(lines):
        pair = lines[index : index + 2]
        cells = [line.split(CELL_GAP) for line in pair]
        dated = any(is_date_cell(cell) for row in cells for cell in row)
        if len(pair) == 2 and len(cells[0]) == len(cells[1]) == 2 and not dated:
            for column in range(2):
                out += [cells[0][column].strip(), cells[1][column].strip()]
                out_weights += [weights[index], weights[index + 1]]
            index += 2
            continue
        out.append(lines[index])
        out_weights.append(weights[index])
        index += 1
    return out, out_weights


def _join_wrapped(lines: list[str], weights: list[bool | None]) -> list[tuple[str, bool | None]]:
    """Rejoin lines a narrow column wrapped: after a separator, or before a lower-case start."""
    joined: list[tuple[str, bool | None]] = []
    for text, weight in zip(lines, weights, strict=True):
        if not text:
            continue
        wrapped = re.search(r"[,\u2013\u2014|-]$", joined[-1][0]) if joined else None
        # "Advanced Cardiovascular Life Support" / "(ACLS)": a short name wrapped on its own.
        if joined and (wrapped or text[:1].islower() or re.fullmatch(r"\([^()]+\)", text)):
            joined[-1] = (f"{joined[-1][0]} {text}", joined[-1][1])
        else:
            joined.append((text, weight))
    return joined


def languages_from_skills(skills: list[Skill]) -> tuple[list[Skill], list[Language]]:
    """Move a "Languages: English, German" skill category that lists spoken languages."""
    kept: list[Skill] = []
    spoken: list[Language] = []
    for skill in skills:
        words = [keyword for keyword in skill.keywords]
        if words and all(is_spoken(word) for word in words):
            spoken += [lang for word in words if (lang := parse_language(word))]
        else:
            kept.append(skill)
    return kept, spoken
