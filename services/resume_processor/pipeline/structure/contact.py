"""Contact details in the header block: name, headline, email, phone, web site, profiles, place."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from urllib.parse import urlsplit

from resume_processor.pipeline.layout import CELL_GAP, LayoutDocument, Line
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.places import (
    brazilian_place,
    country_code,
    parse_location,
    split_trailing_place,
)
from resume_processor.pipeline.structure.schema import Location, Profile
from resume_processor.pipeline.structure.sections import (
    SECTION_TITLES,
    heading_key,
    is_heading,
    unmark,
)
from resume_processor.pipeline.structure.vocab import ROLE_NOUNS, role_score


def _words(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(" ".join(word.split()) for word in text.split(sep) if word.strip())


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# The country code may sit in brackets with its plus: "(+86) 158-8809-3818".
# Also an area code before a slash, as Croatian and German numbers write it ("098/407-2750").
PHONE = re.compile(
    r"(?<![\w@/.+-])((?:\(\+|\+?\(?)\d[\d\s().\-\u2013]{5,}\d|0\d{1,4}\s?/\s?\d[\d\s.\-]{4,}\d)"
    r"(?![\w@/])"
)
PHONE_LABEL = re.compile(
    r"(?:phone|tel|mobile|cell|ph|telefon|telefono|teléfono|telefone|mobil|móvil|tlf|handy"
    r"|mobitel|телефон|тел|мобільний|celular|cel)"
    r"\.?\s*:?\s*$",
    re.IGNORECASE,
)
# The label of an identity document's number, which is no phone number however long it is
# ("Identity Number: 9304220817081", "CPF: 123.456.789-09", "Passport No. X1234567").
ID_LABEL = re.compile(
    r"\b(?:identity|id|passport|social\s+security|ssn|aadhaa?r|pan|cpf|rg|pesel|nif|dni|nie|box"
    r"|c[eé]dula|ciudadan[ií]a|isikukood|dpi|nit|rut|ruc|curp|cuil|cuit"
    r"|personnummer|bsn|tax|vat)\s*(?:number|num|no|nr|#)?\.?\s*:?\s*$"
    # "Número de identidad", "Documento de identidad", "Tarjeta de identidad"
    r"|\b(?:n[uú]mero|no|documento|tarjeta|carn[eé])\.?\s+de\s+(?:identidad|identificaci[oó]n)"
    r"\s*:?\s*$"
    # Malaysian identity cards: "No. Kad Pengenalan", "No. K/P", "NRIC", "MyKad"
    r"|\b(?:(?:no\.?\s+)?(?:kad\s+pengenalan|k/p)|nric|mykad)\s*:?\s*$",
    re.IGNORECASE,
)
URL = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.([A-Za-z]{2,})(?:/[^\s|,;\u2022\u00b7]*)?",
    re.IGNORECASE,
)
# Without a scheme, only these endings make "word.word" a web address rather than "Node.js".
WEB_TLDS = _words(
    "com org net io dev design me ai co uk de se fr nl es it eu us ca au in ch at be dk no fi "
    "pl cz app info tech xyz site page pages online blog studio art codes email "
    # more country codes, leaving out file endings such as .rs, .sh, .md and .ts
    "ee lv lt pt ie gr ro hu sk si hr bg ua tr il ae sg my ph vn th jp kr cn hk tw nz za ng ke "
    "gh br ar cl co mx pe is lu mt cy"
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
TITLE_WORDS = _words(
    """engineer developer designer scientist manager analyst consultant architect director
    lead specialist researcher administrator officer student intern writer accountant nurse
    teacher programmer technician coordinator founder cto ceo cfo vp head marketing sales
    product data software senior junior principal staff devops sre editor professional
    certificate diploma degree college university school institute academy"""
)
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "da", "di", "del", "la", "le", "bin", "binti", "bint", "ibn"}
    | {"dos", "das", "do", "du", "des", "e", "y", "della", "dei", "ter", "ten", "den", "zu"}
)
NAME_WORD = re.compile(r"^(?:[^\W\d_][a-z]?\.|[^\W\d_][\w'\u2019-]*)$")
AREA_CODE = re.compile(r"^\(\+?\d{1,5}\)")
YEAR = re.compile(r"^(?:19|20)\d{2}$")


def looks_like_name(text: str) -> bool:
    text = unmark(text)
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() or ch in "@/|:" for ch in text):
        return False
    if heading_key(text) in SECTION_TITLES or any(w.lower() in TITLE_WORDS for w in words):
        return False
    if DOCUMENT_TITLE.fullmatch(text.strip()):
        return False
    if "," in text and parse_location(text) is not None:
        return False  # "Ghent, Belgium"
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    return len(named) >= 2 and all(NAME_WORD.match(w) and _capitalised(w) for w in named)


def _capitalised(word: str) -> bool:
    """Capitalised, or in a script that writes names without capitals: Arabic, Hebrew, CJK
    (no case at all) and Georgian (whose capitals, Mtavruli, only headings use)."""
    first = word[0]
    return first.isupper() or not first.islower() or "\u10d0" <= first <= "\u10ff"


# What a resume calls itself, in the languages the titles are known in.
DOCUMENT_TITLE = re.compile(
    r"(?:curriculum\s+vitae|r[ée]sum[ée]|cv|hoja\s+de\s+vida|lebenslauf|životopis|резюме"
    r"|biografija|biografia|curr[íi]culo|curr[íi]culum|życiorys|önéletrajz|ansioluettelo"
    r"|βιογραφικό(?:\s+σημείωμα)?|özgeçmiş|tərcümeyi-hal|(?:daftar\s+)?riwayat\s+hidup"
    r"|автобиография|біографія|europass)",
    re.IGNORECASE,
)
# A form of address before the name: "Mr. Thanawat Chaiyaporn", "Dr Jo Doe", and the
# academic titles Central European CVs print there ("Bc. Kristína Zelenáková", "Ing. Mgr.").
_HONORIFIC = re.compile(
    r"^\s*(?:(?:mr|mrs|ms|miss|mx|dr|prof|engr)\.?\s+"
    r"|(?:(?:bc|ing|mgr|mudr|phdr|rndr|judr|doc|dipl\.-ing)\.\s*)+)(?=[^\W\d_])",
    re.IGNORECASE,
)
_TITLED_NAME = re.compile(rf"^\s*{DOCUMENT_TITLE.pattern}\s*[:\u2013\u2014-]?\s+", re.IGNORECASE)


def name_text(text: str) -> str:
    """The name part of a line: a header may set a phone or e-mail beside the name, far right,
    or the document's title before it ("ŽIVOTOPIS Krešimir Grgić")."""
    text = _HONORIFIC.sub("", _TITLED_NAME.sub("", text))
    name, gap, rest = text.partition(CELL_GAP)
    if gap and (EMAIL.search(rest) or PHONE.search(rest)) and find_date_range(rest) is None:
        text = name.strip()
    credentials = POST_NOMINALS.search(text) if "," in text else None
    if credentials is not None and len(text[: credentials.start()].split()) >= 2:
        text = text[: credentials.start()]
    # A speck OCR read after the name ("NOMVULA NAIDOO."), not an abbreviation ("Jr.").
    speck = STRAY_END.search(text)
    if speck is not None and text[: speck.start()].split()[-1:] not in (["Jr"], ["Sr"]):
        return text[: speck.start()]
    return text


STRAY_END = re.compile(r"(?<=[^\W\d_])\s*[.,\u00b7\u2022*]+\s*$")
# Credentials after the name: "Tamika Tolbert, BSN, RN", "Jo Doe, Ph.D.", "Ann Lee, MBA, CPA".
POST_NOMINALS = re.compile(
    r"(?:,\s*(?:[A-Z](?:\.?[A-Z]){1,3}\.?(?:-[A-Z]{1,3})?|Ph\.?\s?D\.?|M[Sc]c|B[Sc]c|Esq\.?"
    r"|Pharm\.?\s?D\.?|RPh|DPT|OTR/L|PA-C))+\s*$"
)


def find_name(document: LayoutDocument, lines: list[Line]) -> int | None:
    """Index of the name line: the largest type near the top of page 1, else the first name."""
    first_page = document.pages[0] if document.pages else None
    top = first_page.height * 0.35 if first_page else 0.0
    first_lines = {id(line) for line in first_page.lines} if first_page else set()
    candidates = [
        (index, line)
        for index, line in enumerate(lines[:60])
        if id(line) in first_lines and looks_like_name(name_text(line.text))
    ]
    sized = [(i, ln) for i, ln in candidates if ln.font_size is not None and ln.box.y0 <= top]
    display = _display_line(first_page.lines if first_page else [], candidates)
    if display is None:
        display = _stacked_name(lines[:60], first_lines)
    if display is not None:
        return display
    if sized:
        return min(sized, key=lambda item: (-(item[1].font_size or 0.0), item[0]))[0]
    early = [index for index, _ in candidates if index < 15]
    return early[0] if early else None


DISPLAY_RATIO = 1.5


def _stacked_name(lines: list[Line], first_lines: set[int]) -> int | None:
    """A name set one word a line in the page's largest type ("Juno" over "Pemberton-
    Oyelaran"): the index of its first line."""
    sized = [line for line in lines if id(line) in first_lines and line.font_size]
    if not sized:
        return None
    largest = max(line.font_size or 0.0 for line in sized)
    for index, (line, below) in enumerate(itertools.pairwise(lines)):
        if line.font_size != largest or below.font_size != largest or id(line) not in first_lines:
            continue
        if len(line.text.split()) == 1 and looks_like_name(f"{line.text} {below.text}"):
            return index
    return None


def _display_line(page_lines: list[Line], candidates: list[tuple[int, Line]]) -> int | None:
    """A name set in the page's largest type, well above the body size, wherever it sits
    (templates put it in a right-hand cell that reads after the left one)."""
    sizes = [line.font_size for line in page_lines if line.font_size]
    if not sizes or not candidates:
        return None
    body = Counter(round(size) for size in sizes).most_common(1)[0][0]
    largest = max(sizes)
    for index, line in candidates:
        if line.font_size == largest and largest >= body * DISPLAY_RATIO:
            return index
    return None


def _display_name(text: str) -> str:
    name = " ".join(unmark(name_text(text)).split())
    return name.title() if name.isupper() else name


def proper_case(name: str) -> str:
    """The name as a person writes it: "KABORÉ" in "Wendkouni KABORÉ" is "Kaboré"."""
    return " ".join(
        word.title() if len(word) > 1 and word.isupper() and not _ROMAN.fullmatch(word) else word
        for word in name.split()
    )


_ROMAN = re.compile(r"[IVX]+\.?")  # "John Smith III"


LABEL_LOOKAHEAD = 3


def find_label(lines: list[Line], name_index: int | None, *, set_off: bool = False) -> str | None:
    """The headline right after the name, when it plainly names a role.

    `set_off`: the name was set apart (underlined), so a short plain line under it is the
    headline even without a known role word ("Physiotherapist").
    """
    if name_index is None or name_index + 1 >= len(lines):
        return None
    name = lines[name_index]
    # Contact lines set far right of a left-aligned name read between it and its headline.
    middle = (name.box.x0 + name.box.x1) / 2
    below = lines[name_index + 1 : name_index + 1 + LABEL_LOOKAHEAD]
    aligned = [line for line in below if line.box.x0 < middle] or below[:1]
    # A line of contact details can come first: the headline may sit under it.
    candidate = next((line for line in aligned if not _is_contact_line(line.text)), aligned[0])
    opening = _headline_part(aligned[0].text.strip())
    if opening != aligned[0].text.strip():
        candidate = aligned[0]
    text = _without_place(opening if candidate is aligned[0] else candidate.text.strip())
    words = text.lower().replace("/", " ").split()
    if is_heading(candidate) or not 1 <= len(words) <= 8 or EMAIL.search(text):
        return None
    if any(ch.isdigit() or ch in "|,;" for ch in text):
        return None
    if any(word in TITLE_WORDS or word in ROLE_NOUNS for word in words) or role_score(text) > 0:
        return text
    plain = re.fullmatch(r"[^\W\d_][\w&/' -]*", text) is not None
    return text if set_off and plain and len(words) <= 4 and not parse_location(text) else None


_DETAIL_SEPARATOR = re.compile(rf"\s+[|\u00b7\u2022]\s+|{CELL_GAP}")


def _headline_part(text: str) -> str:
    """ "Senior Programme Manager | Cardiff, UK | 07701 868817": a contact line that opens
    with the headline gives that first part."""
    if not _is_contact_line(text):
        return text
    first = _DETAIL_SEPARATOR.split(text, maxsplit=1)[0].strip()
    if first == text or _is_contact_line(first) or parse_location(first) is not None:
        return text
    return first


def _is_contact_line(text: str) -> bool:
    return bool(EMAIL.search(text) or PHONE.search(text) or URL.search(text))


_HEADLINE_PLACE = re.compile(
    r"^(?P<role>.+?)\s+[\u00b7|\u2022\u2013\u2014-]\s+(?P<place>[^\u00b7|\u2022]+)$"
)


def _without_place(text: str) -> str:
    """ "Web Developer · Berlin, Germany": the headline without the place beside it."""
    match = _HEADLINE_PLACE.match(text)
    if match is not None and parse_location(match.group("place").strip()) is not None:
        return match.group("role").strip()
    return text


# An address a narrow column wrapped after its "@" or a dot: "jo.doe@example." / "pt".
WRAPPED_EMAIL = re.compile(r"(\S*@(?:\S*\.)?)[ \t]*\n[ \t]*(?=[A-Za-z0-9])")


def find_email(text: str) -> str | None:
    if EMAIL.search(text) is None:
        text = WRAPPED_EMAIL.sub(r"\1", text)
    match = EMAIL.search(text)
    return match.group(0).rstrip(".").lower() if match else None


def find_phone(text: str) -> str | None:
    for match in PHONE.finditer(text):
        candidate = match.group(1).strip(" .-\u2013")
        labelled = PHONE_LABEL.search(text[max(0, match.start() - 12) : match.start()])
        before = text[max(0, match.start() - 28) : match.start()]
        if labelled is None and not candidate.startswith("+") and ID_LABEL.search(before):
            continue  # an identity number; a "+" number is a phone, whatever its label
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
    # Only lines that name a network's domain can hold a profile; the URL pattern is slow on
    # prose, a substring test is not.
    named = "\n".join(
        line for line in text.splitlines() if any(domain in line.lower() for domain in NETWORKS)
    )
    for url in _urls(named):
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


# Between contact details: bars, bullets, slashes, wide gaps, and the next detail's label
# when a line runs several together ("Address: Kraków, Poland Email: … Phone: …"). A slash
# right after one letter is part of a Spanish street ("C/ Feria"), not a separator.
_CONTACT_SEPARATORS = re.compile(
    r"\s*[|\u2022\u00b7\u25aa\u2219\u2027\u25c6\u25c7\u2666\u25cf\u25a0\u2726]\s*"
    r"|\s+/\s*|(?<!\b\w)/\s+|\s{2,}|\t"
    r"|\s+(?=(?:e-?mail|phone|tel|mobile|cell|web(?:site)?|linkedin|github)\s*:)",
    re.IGNORECASE,
)
_LOCATION_LABEL = re.compile(
    r"^(?:location|address|based in|lives in|residenza|indirizzo|anschrift|adresse|wohnort"
    r"|dirección|domicilio|morada|endereço|adres|adress|postadress|alamat|adresa|адреса|адрес)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# A street with its number, then a postcode and the town: "Bahnhofstraße 15, 46674 Kassel".
_STREET_POSTCODE_TOWN = re.compile(
    # the number after the street, or after a comma ("Avenida da Liberdade, 45"), or before it
    r"^(?P<street>(?:[^,\d]*[^\W\d_][^,\d]*(?:\s|,\s)\d+[a-z]?(?:[/-]\d+[a-z]?)?"
    r"|\d+[a-z]?\s[^,\d]+)"
    r"(?:\s(?:D|Daire|Kat|K)\.?:?\s?\d+)*"  # a Turkish floor and flat: "No: 17 D: 6", "Kat 3"
    # a floor and door after the number: "C/ Feria 112, 3º B", "Kongensgade 54, st.", ", 2. tv.",
    # "45, 3.º Dto."
    r"(?:,\s*(?=\S{1,4}(?:\s\S{1,4})?,)(?:\d{1,2}\s?\.?[\u00aa\u00ba\u00b0]?\s?)?"
    r"(?:[^\W\d_]{1,3}\.?)?)?),\s*"
    r"(?P<code>\d{4}\s?[A-Z]{2}(?=\s)|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}\s\d{2}"
    r"|(?:[A-Z]{2}-)?\d{4,5})\s+"
    r"(?P<city>[^\W\d_][^,\d]*)$"
)
# A house number and street, perhaps a suburb, the town, then the postcode last:
# "27 Marshall Street, Bendor, Polokwane, 0699" (South Africa).
_STREET_TOWN_POSTCODE = re.compile(
    r"^(?P<street>\d+[a-zA-Z]?\s+[^,\d]+(?:,\s*[^,\d]+)?),\s*"
    r"(?P<city>[^\W\d_][^,\d]*),\s*(?P<code>\d{4,5})$"
)
# A street and its number, then the town and its postcode: "Jl. Sultan Agung No. 112, Semarang
# 50241" (Indonesia).
_STREET_TOWN_CODE = re.compile(
    r"^(?P<street>[^,]*[^\W\d_][^,]*\s\d+[a-zA-Z]?),\s*(?P<city>[^\W\d_][^,\d]*?)(?<!\b[A-Z]{2}),?\s+"
    r"(?P<code>\d{5})$"
)
# A street address, its town, then the region and postcode without a country: "123 A. Soriano
# Ave., Brgy. Centro, Mandaue City, Cebu 6014", "Phase 2, Blk 4 Lot 17, Bacoor, Cavite 4102".
_ADDRESS_TOWN_REGION_CODE = re.compile(
    r"^(?P<street>[^,]*\d[^,]*(?:,[^,]+)*?),\s*(?P<city>[^\W\d_][^,\d]*?),\s*"
    r"(?P<region>[^\W\d_][^,\d]{1,30}?)\s+(?P<code>\d{4,5})$"
)
# A line labelled as the address, and an address of a house number and street, perhaps a
# district, then the town, with no postcode or country: "Address:   22 Ring Road, Oluyole
# Estate, Ibadan" (read only under such a label).
_ADDRESS_LINE = re.compile(
    r"^(?:(?:residential|home|postal|permanent|current)\s+)?address\s*:?\s*(?P<value>\d.*)$",
    re.IGNORECASE,
)
# A line labelled as the town: "Ciudad:   Bucaramanga, Santander".
_TOWN_LINE = re.compile(
    r"^(?:(?:current|present)\s+)?(?:city|town|ciudad|cidade|ville|stadt|città|проживает|город"
    r"|місто|град)\s*(?::\s*|\s{3})"
    r"(?P<value>[^\W\d_][^\d]{1,50})$",
    re.IGNORECASE,
)


def _labelled_town(line: str) -> Location | None:
    """ "Ciudad:   Bucaramanga, Santander": a line, or a pair of cells in a row of labelled
    pairs ("Current City: Hangzhou, Zhejiang   Degree:   Bachelor"), labelled as the town."""
    cells = line.strip().split(CELL_GAP)
    for start in range(len(cells)):
        for end in (start + 1, start + 2):
            town = _TOWN_LINE.match(CELL_GAP.join(cells[start:end]).strip())
            if town is None or len(parts := town.group("value").split(",")) > 2:
                continue
            region = parts[1].strip() if len(parts) == 2 else None
            return parse_location(town.group("value")) or Location(
                city=parts[0].strip(), region=region
            )
    return None


_STREET_THEN_TOWN = re.compile(
    r"^(?P<street>\d+[a-zA-Z]?\s+[^,\d]+(?:,\s*[^,]+?)?),\s*(?P<city>[^\W\d_][^,\d]*?)\.?$"
)
_PLACE_END = re.compile(r",\s*([A-Z]{2,3}|[^\W\d_][\w]+(?:\s[^\W\d_]\w+)?)\b")


_DIGIT = re.compile(r"\d")
_ICON_PREFIX = re.compile(r"^[^\w\s(\"'\u201c]+\s*")


def find_location(lines: list[str]) -> Location | None:
    """The candidate's place from the header: "London, UK" or "12 Baker St, London, UK"."""
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _LOCATION_LABEL.fullmatch(line.strip()) and following:
            # A label column's "Address" over its value, perhaps wrapped onto a second line.
            value = " ".join(part.strip() for part in lines[index + 1 : index + 3])
            below = _address_below(value) or _address_below(following)
            if below is not None:
                return below
        # A street on one line and its postcode and town on the next ("5000 Odense C").
        two_lines = None
        if any(ch.isdigit() for ch in line) and (
            following[:1].isdigit() or (line.rstrip().endswith(",") and following.strip())
        ):
            # "…, м. Дніпро, 49000," over "Україна": the country wrapped onto a line of its own.
            street = _LOCATION_LABEL.sub("", line.strip()).rstrip(" ,")
            two_lines = _street_address(f"{street}, {following.strip()}")
        if two_lines is not None:
            return two_lines
        # A postal address before phone numbers are cut out: a postcode such as "4710-228" or
        # "CEP 80010-000" reads as one.
        for piece in _CONTACT_SEPARATORS.split(line) if _DIGIT.search(line) else ():
            piece = _postal(_LOCATION_LABEL.sub("", _ICON_PREFIX.sub("", piece.strip(" ,;"))))
            found = _street_address(piece) or (brazilian_place(piece) if "/" in piece else None)
            if found is not None:
                return _with_country(found, parse_location(piece))
            if "," in piece and (found := parse_location(piece)) is not None:
                return found  # "1-6-3 Shibata, Kita-ku, Osaka 530-0012, Japan"
        cleaned = PHONE.sub("|", EMAIL.sub("|", line))
        cleaned = URL.sub(lambda m: "|" if "." in m.group(0) else m.group(0), cleaned)
        for piece in _CONTACT_SEPARATORS.split(cleaned):
            # An icon before the place ("⌂ Adelaide, SA") is a glyph, not part of the city.
            piece = _LOCATION_LABEL.sub("", _ICON_PREFIX.sub("", piece.strip(" ,;")))
            found = parse_location(piece) or _street_address(piece)
            if found is not None:
                return found
            for match in _PLACE_END.finditer(piece):
                found = parse_location(_last_place(piece[: match.end()]))
                if found is not None:
                    return found
        if (town := _labelled_town(line)) is not None:
            return town
        labelled = _ADDRESS_LINE.match(line.strip())
        address = _STREET_THEN_TOWN.match(labelled.group("value")) if labelled else None
        if address is not None:
            return Location(city=address.group("city").strip(), address=address.group("street"))
    return None


# Europass writes a comma after the postcode and tags the address: "Partizanska cesta 18, 2000,
# Maribor, Slovenia (Home)".
_ADDRESS_TAG = re.compile(r"\s*\((?:home|work|private|business)\)$", re.IGNORECASE)
_CODE_COMMA = re.compile(r"(?<=, )(\d{4,5}),\s+(?=[^\W\d_])")


# A street, flat and the town marked "м." (місто), then the postcode and perhaps the country:
# "просп. Дмитра Яворницького, 40, кв. 22, м. Дніпро, 49000, Україна" (Ukraine).
_MARKED_TOWN = re.compile(
    r"^(?P<street>[^,]+(?:,\s*[^,]+)*?),\s*м\.\s*(?P<city>[^\W\d_][^,\d]*?),\s*"
    r"(?P<code>\d{5})(?:,\s*(?P<country>[^\W\d_][^,\d]*?))?[,.]?$"
)
# The mark of a town after its postcode, as Bulgarian addresses abbreviate "град" (town).
_TOWN_MARK = re.compile(r"(?<=\d)\s+гр\.\s*")


# A street, the postcode in brackets, the town and the province: "Bv. Oroño 1530, 7° B
# (S2000) Rosario, Provincia de Santa Fe" (Argentina).
_BRACKETED_CODE = re.compile(
    r"^(?P<street>[^()]*\d[^()]*?)\s*\((?P<code>[A-Z]?\d{4}(?:[A-Z]{3})?)\)\s*"
    r"(?P<city>[^\W\d_][^,\d()]*?),\s*(?:provincia\s+de\s+)?(?P<region>[^\W\d_][^,\d()]*?)"
    r"(?:,\s*(?P<country>[^\W\d_][^,\d()]*))?$",
    re.IGNORECASE,
)


def _marked_town(text: str) -> Location | None:
    match = _MARKED_TOWN.match(text.strip())
    if match is None:
        return None
    country = match.group("country")
    return Location(
        address=match.group("street").strip(),
        postalCode=match.group("code"),
        city=match.group("city").strip(),
        countryCode=country_code(country) if country else None,
    )


def _address_below(value: str) -> Location | None:
    """The address under its label: a postal address, a place, or house and street, district
    and town ("45 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh")."""
    if EMAIL.search(value) or PHONE.search(value):
        return None  # the next label's value: the address was left blank
    found = _street_address(value) or parse_location(value)
    if found is not None:
        return found
    head, _, town = value.rpartition(",")
    if not head or not _DIGIT.search(head) or _DIGIT.search(town) or len(town.split()) > 4:
        return None
    return Location(address=head.strip(), city=town.strip())


def _with_country(address: Location, place: Location | None) -> Location:
    """The postal address read in full, with the country a place reading found after it;
    or that reading where it has the postcode too ("…, 9000 Ghent (Belgium)")."""
    if place is None:
        return address
    if address.postalCode and not place.postalCode:
        address.countryCode = address.countryCode or place.countryCode
        return address
    return place


def _postal(text: str) -> str:
    """An address as a letter writes it: no tag, no comma or mark after the postcode."""
    return _TOWN_MARK.sub(" ", _CODE_COMMA.sub(r"\1 ", _ADDRESS_TAG.sub("", text)))


def _street_address(text: str) -> Location | None:
    """A postal address without a country: street and number, postcode, town."""
    if "м." in text and (marked := _marked_town(text)) is not None:
        return marked
    if "(" in text and (bracketed := _BRACKETED_CODE.match(text.strip())) is not None:
        return Location(
            address=bracketed.group("street").strip(" ,"),
            postalCode=bracketed.group("code"),
            city=bracketed.group("city").strip(),
            region=bracketed.group("region").strip(),
            countryCode=country_code(bracketed.group("country") or ""),
        )
    text = _postal(text)
    match = _STREET_POSTCODE_TOWN.match(text.strip())
    if match is None and text[-1:].isdigit():
        match = _STREET_TOWN_POSTCODE.match(text.strip()) or _STREET_TOWN_CODE.match(text.strip())
        regional = _ADDRESS_TOWN_REGION_CODE.match(text.strip()) if match is None else None
        if regional is not None:
            return Location(
                city=regional.group("city").strip(),
                region=regional.group("region").strip(),
                address=regional.group("street").strip(),
                postalCode=regional.group("code"),
            )
    if match is None:
        return _street_town_country(text)
    return Location(
        city=match.group("city").strip(),
        address=match.group("street").strip(),
        postalCode=match.group("code"),
    )


_COUNTRY_AFTER_DASH = re.compile(r"\s+[\u2013\u2014-]\s+(?=[^\W\d_][^,\d]*$)")


def _street_town_country(text: str) -> Location | None:
    """House and street (perhaps a district), the town, then the country, with no postcode:
    "Av. España 1120, Urb. El Recreo, Trujillo - Perú"."""
    parts = [part.strip() for part in _COUNTRY_AFTER_DASH.sub(", ", text.strip()).split(",")]
    if len(parts) < 3 or not _DIGIT.search(parts[0]) or _DIGIT.search(parts[-2]):
        return None
    country = country_code(parts[-1])
    if country is None or not parts[-2]:
        return None
    return Location(address=", ".join(parts[:-2]), city=parts[-2], countryCode=country)


def _last_place(text: str) -> str:
    return split_trailing_place(text)[1] or text
