"""Places: "City, Region/Country" strings → JSON Resume `location`, and spotting them in lines."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from resume_processor.pipeline.structure.fuzzy import words
from resume_processor.pipeline.structure.schema import Location
from resume_processor.pipeline.structure.vocab import INSTITUTION, LEGAL_SUFFIXES

US_STATES = words(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"""
)
CA_PROVINCES = words("AB BC MB NB NL NS ON PE QC SK")
AU_STATES = words("NSW VIC QLD WA SA TAS ACT NT")
# Indian states and the union territories resumes name, written out as addresses give them.
IN_STATES = {
    name.casefold(): name
    for name in [
        "Andhra Pradesh",
        "Arunachal Pradesh",
        "Assam",
        "Bihar",
        "Chhattisgarh",
        "Goa",
        "Gujarat",
        "Haryana",
        "Himachal Pradesh",
        "Jharkhand",
        "Karnataka",
        "Kerala",
        "Madhya Pradesh",
        "Maharashtra",
        "Manipur",
        "Meghalaya",
        "Mizoram",
        "Nagaland",
        "Odisha",
        "Punjab",
        "Rajasthan",
        "Sikkim",
        "Tamil Nadu",
        "Telangana",
        "Tripura",
        "Uttar Pradesh",
        "Uttarakhand",
        "West Bengal",
        "Delhi",
        "Jammu and Kashmir",
        "Puducherry",
        "Chandigarh",
    ]
}
# Mexico's states as addresses abbreviate them ("44160 Guadalajara, Jal.", "Monterrey, N.L.").
# Not "Col.": in an address it is the colonia, the neighbourhood.
MX_STATES = {
    name.casefold().rstrip("."): name
    for name in words(
        """Ags. B.C. B.C.S. Camp. Chis. Chih. CDMX Coah. Dgo. Gto. Gro. Hgo. Jal. Méx. Mich. Mor.
        Nay. N.L. Oax. Pue. Qro. Q.R. S.L.P. Sin. Son. Tab. Tamps. Tlax. Ver. Yuc. Zac."""
    )
}
# Malaysia's states and federal territories, as addresses end: "80300 Johor Bahru, Johor".
MY_STATES = {
    name.casefold(): name
    for name in [
        "Johor",
        "Kedah",
        "Kelantan",
        "Melaka",
        "Negeri Sembilan",
        "Pahang",
        "Perak",
        "Perlis",
        "Pulau Pinang",
        "Penang",
        "Sabah",
        "Sarawak",
        "Selangor",
        "Terengganu",
        "Wilayah Persekutuan",
        "Putrajaya",
        "Labuan",
    ]
}
COUNTRIES = {
    "uk": "GB",
    "united kingdom": "GB",
    "england": "GB",
    "scotland": "GB",
    "great britain": "GB",
    "usa": "US",
    "us": "US",
    "united states": "US",
    "canada": "CA",
    "germany": "DE",
    "deutschland": "DE",
    "france": "FR",
    "spain": "ES",
    "españa": "ES",
    "italy": "IT",
    "portugal": "PT",
    "netherlands": "NL",
    "the netherlands": "NL",
    "belgium": "BE",
    "switzerland": "CH",
    "austria": "AT",
    "sweden": "SE",
    "norway": "NO",
    "denmark": "DK",
    "finland": "FI",
    "iceland": "IS",
    "ireland": "IE",
    "poland": "PL",
    "czechia": "CZ",
    "czech republic": "CZ",
    "hungary": "HU",
    "romania": "RO",
    "românia": "RO",
    "greece": "GR",
    "turkey": "TR",
    "türkiye": "TR",
    "ukraine": "UA",
    "україна": "UA",
    "bulgaria": "BG",
    "българия": "BG",
    "estonia": "EE",
    "eesti": "EE",
    "lietuva": "LT",
    "latvia": "LV",
    "slovenia": "SI",
    "slovenija": "SI",
    "lithuania": "LT",
    "india": "IN",
    "china": "CN",
    "japan": "JP",
    "south korea": "KR",
    "korea": "KR",
    "vietnam": "VN",
    "viet nam": "VN",
    "singapore": "SG",
    "indonesia": "ID",
    "malaysia": "MY",
    "thailand": "TH",
    "philippines": "PH",
    "australia": "AU",
    "new zealand": "NZ",
    "brazil": "BR",
    "argentina": "AR",
    "chile": "CL",
    "colombia": "CO",
    "mexico": "MX",
    "méxico": "MX",
    "peru": "PE",
    "perú": "PE",
    "nigeria": "NG",
    "kenya": "KE",
    "ghana": "GH",
    "south africa": "ZA",
    "egypt": "EG",
    "morocco": "MA",
    "israel": "IL",
    "uae": "AE",
    "united arab emirates": "AE",
    "pakistan": "PK",
    "bangladesh": "BD",
    # As the countries name themselves.
    "italia": "IT",
    "österreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "belgique": "BE",
    "belgië": "BE",
    "nederland": "NL",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "suomi": "FI",
    "polska": "PL",
    "česko": "CZ",
    "brasil": "BR",
}
# Words that start multi-word city names; otherwise a city is taken to be one word.
CITY_PREFIXES = words(
    "san santa new los las saint st. st fort salt rio buenos hong tel kuala cape mexico "
    "sao são port palo mountain east west north south el la le den bad frankfurt"
)
_PLACE = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w.'\u2019-]*"
TRAILING_PLACE = re.compile(
    rf"(?P<city>(?:{_PLACE}\s+){{0,3}}{_PLACE}),\s*(?P<where>[A-Z]{{2,3}}|{_PLACE}(?:\s+{_PLACE})?)\s*$"
)
_PLACE_SEPARATORS = re.compile(r"\s+[-\u2013\u2014|\u2022\u00b7]\s+|\s{2,}")


def region_country(text: str) -> tuple[str | None, str | None] | None:
    """(region, countryCode) for a state code or country name; None when it is neither."""
    word = text.strip().rstrip(".")
    if word in US_STATES:
        return word, "US"
    if word in CA_PROVINCES:
        return word, "CA"
    if word in AU_STATES:
        return word, "AU"
    if word.casefold() in IN_STATES:
        return IN_STATES[word.casefold()], "IN"
    if word.casefold() in MY_STATES:
        return MY_STATES[word.casefold()], "MY"
    if word.casefold() in MX_STATES:
        return MX_STATES[word.casefold()], "MX"
    code = country_code(word)
    return (None, code) if code else None


# The languages whose names of countries are known ("Bosna i Hercegovina", "Algérie",
# "Малави"): those resumes are written in, as Unicode's CLDR (through Babel) spells them.
COUNTRY_NAME_LANGUAGES = """en fr es pt de it nl pl cs sk sl hr sr bs bg mk ru uk be ro hu el tr
    fi sv da nb is et lv lt sq ka hy az kk uz ky mn id ms vi sw af mt cy eu gl ca"""


def country_code(name: str) -> str | None:
    """The ISO code of a country's name in any of those languages, or a common short form."""
    key = name.strip().casefold().replace("\u2019", "'")
    return COUNTRIES.get(key) or _country_names().get(key)


@lru_cache(maxsize=1)  # read once a process: about 0.2 s for the languages' territory names
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in COUNTRY_NAME_LANGUAGES.split():  # English first: its names win a tie
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(name.casefold().replace("\u2019", "'"), code)
    return names


BRACKETED_COUNTRY = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<country>[^()]+)\)$")
# A state and its postcode: "MD 20902" (a US ZIP code), "VIC 3550" (an Australian postcode),
# "NB E1C 4M3" (a Canadian one).
US_ZIP = re.compile(
    r"^(?P<state>[A-Z]{2,3})\s+(?P<zip>\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
)
POSTCODE_DIGITS = {"US": 5, "AU": 4}


def _postcode_fits(code: str, country: str | None) -> bool:
    if country == "CA":
        return code[0].isalpha()
    return code[0].isdigit() and len(code[:5]) == POSTCODE_DIGITS.get(country or "", 0)


# "Bendigo VIC 3550": town, state and postcode with no comma between them.
TOWN_STATE_CODE = re.compile(r"^(?P<city>[^\W\d][^\d,]*?)\s+(?P<state>[A-Z]{2,3}\s+\d{4,5})$")
# An Indian PIN code after the city: "Mangaluru - 575002".
PIN_AFTER_CITY = re.compile(r"^(?P<city>[^\d,]+?)\s*[-\u2013]?\s*(?P<code>\d{3}\s?\d{3})$")
CITY_STATES = {"singapore": "SG", "monaco": "MC", "hong kong": "HK", "macau": "MO"}
# An Irish Eircode: a routing key ("H91", "D6W") and four letters and digits.
EIRCODE = re.compile(r"^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}$")
# A postcode after the city: "Busan 48058", "Osaka 530-0012".
CITY_POSTCODE = re.compile(r"^(?P<city>[^\d,]+?)\s+(?P<code>\d{3}-\d{4}|\d{4,6})$")
POSTCODE = re.compile(
    r"^(?P<code>(?:[A-Z]{2}-)?\d{4,6}(?:-\d{3,4})?(?:\s?[A-Z]{2})?)\s+(?P<city>\D+)$"
)


# Brazil writes the town with its state after a slash: "Curitiba/PR", and a whole address as
# "Rua Marechal Deodoro, 418 - Curitiba/PR - CEP 80010-000" (the street has its number).
BR_STATES = words(
    "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO"
)
BR_PLACE = re.compile(
    r"^(?:(?P<street>[^\d/]+\d[^/]*?)\s+[-\u2013\u2014]\s+)?"
    r"(?P<city>[^\W\d_][^\d,/\u2013\u2014]*?)\s*/\s*(?P<state>[A-Z]{2})"
    r"(?:\s*[-\u2013\u2014,]\s*(?:CEP:?\s*)?(?P<code>\d{5}-?\d{3}))?\.?$"
)


def brazilian_place(text: str) -> Location | None:
    match = BR_PLACE.match(text.strip())
    if match is None or match.group("state") not in BR_STATES:
        return None
    street = match.group("street")
    return Location(
        city=match.group("city").strip(),
        region=match.group("state"),
        address=street.strip() if street else None,
        postalCode=match.group("code"),
    )


def unbracket_country(text: str) -> str:
    """ "Munich (Germany)" → "Munich, Germany" (Europass writes the country in brackets)."""
    match = BRACKETED_COUNTRY.match(text.strip())
    if match is None or region_country(match.group("country")) is None:
        return text
    return f"{match.group('head').strip(' ,')}, {match.group('country').strip()}"


# "Flat 304, Sai Residency, Kadri, Mangaluru - 575002, Karnataka": an address line, its
# locality, the city and the state.
MAX_PLACE_PARTS = 5


MIN_COMPANY_WORDS = 3  # "Adelaide, SA" is a place, "Kora Telecom Guiné-Bissau, SA" a company


def parse_location(text: str) -> Location | None:
    """ "Berlin, Germany" / "San Francisco, CA" / "12 Baker St, London, UK" → a Location.

    Also "Veldstraat 81, 9000 Ghent (Belgium)": a postcode before the city, country in brackets,
    and "1787 Research Blvd, Silver Spring, MD 20902": a US state with its ZIP code.
    """
    if "/" in text:
        brazilian = brazilian_place(text)
        if brazilian is not None:
            return brazilian
    text = unbracket_country(text)
    parts = [part.strip() for part in text.strip().strip(".").split(",") if part.strip()]
    run_on = TOWN_STATE_CODE.match(parts[0]) if len(parts) == 1 else None
    if run_on is not None:
        parts = [run_on.group("city"), run_on.group("state")]
    if len(parts) < 2 or len(parts) > MAX_PLACE_PARTS or any(len(part) > 40 for part in parts):
        return None
    city_state = CITY_POSTCODE.match(parts[-1]) if parts[-1][-1:].isdigit() else None
    if city_state is not None and city_state.group("city").casefold() in CITY_STATES:
        # "Blk 418 Ang Mo Kio Avenue 10, #11-1032, Singapore 560418": the city is the country.
        return Location(
            city=city_state.group("city"),
            countryCode=CITY_STATES[city_state.group("city").casefold()],
            address=", ".join(parts[:-1]),
            postalCode=city_state.group("code"),
        )
    if EIRCODE.match(parts[-1]) and not any(ch.isdigit() for ch in parts[-2]):
        # "27 Father Griffin Road, Galway, H91 E4K2": an Irish Eircode after the town.
        address = ", ".join(parts[:-2]) or None
        return Location(city=parts[-2], countryCode="IE", address=address, postalCode=parts[-1])
    zip_code = US_ZIP.match(parts[-1])
    known = region_country(zip_code.group("state") if zip_code else parts[-1])
    if known is None:
        return None
    if zip_code and not _postcode_fits(zip_code.group("zip"), known[1]):
        return None
    region, country = known
    if len(parts) >= 3 and region is None and region_country(parts[-2]) is not None:
        region = parts[-2]
        parts = [*parts[:-2], parts[-1]]
    city = parts[-2]
    city_words = city.split()
    if len(city_words) >= MIN_COMPANY_WORDS and parts[-1].casefold() in LEGAL_SUFFIXES:
        return None  # "Kora Telecom Guiné-Bissau, SA": a company's legal form, not a state
    if region is None and len(city_words) > 1:
        # "Geelong VIC, Australia": the state written after the town without a comma.
        known_region = region_country(city_words[-1])
        if known_region is not None and known_region[1] == country:
            region, city = known_region[0], " ".join(city_words[:-1])
    postcode = POSTCODE.match(city) or (
        PIN_AFTER_CITY.match(city) if country == "IN" else CITY_POSTCODE.match(city)
    )
    postal = postcode.group("code") if postcode else zip_code.group("zip") if zip_code else None
    city = postcode.group("city").strip() if postcode else city
    if any(ch.isdigit() for ch in city) or len(city.split()) > 4 or not _town_like(city):
        return None
    address = ", ".join(parts[:-2]) or None
    return Location(
        city=city, region=region, countryCode=country, address=address, postalCode=postal
    )


def _town_like(city: str) -> bool:
    """No school ("Ferdowsi University of Mashhad, Iran", "Hanyang University") and no company
    with its legal form ("Moselle Asset Servicing S.A., Luxembourg") is a town; "College Park"
    and "University Place" are."""
    words = city.split()
    if not words or words[-1].casefold() in LEGAL_SUFFIXES:
        return False
    if INSTITUTION.fullmatch(words[-1]) is not None:
        return False
    return INSTITUTION.search(city) is None or " of " not in f" {city.casefold()} "


def split_trailing_place(text: str) -> tuple[str, str | None]:
    """Split "Nexus AI, CTO San Francisco, CA" into ("Nexus AI, CTO", "San Francisco, CA")."""
    bracketed = re.search(r",\s*(?P<place>[^,()]+\([^()]+\))\s*$", text)
    if bracketed and parse_location(bracketed.group("place")) is not None:
        # "Castellan Insurance, Munich (Germany)"
        return text[: bracketed.start()].strip(), unbracket_country(bracketed.group("place"))
    pieces = _PLACE_SEPARATORS.split(text)
    if len(pieces) > 1 and parse_location(pieces[-1]) is not None:
        head = text[: text.rfind(pieces[-1])]
        return head.rstrip(" -\u2013\u2014|,\u2022\u00b7"), pieces[-1].strip()
    match = TRAILING_PLACE.search(text)
    if match is None or region_country(match.group("where")) is None:
        return text, None
    words = match.group("city").split()
    # Keep one word of city, more only when the earlier word starts a known multi-word name
    # or a comma sets two words off ("University of Maryland, College Park, MD").
    taken = [words[-1]]
    set_off = len(words) <= 2 and text[: match.start("city")].rstrip().endswith(",")
    for word in reversed(words[:-1]):
        if word.casefold() not in CITY_PREFIXES and not set_off:
            break
        taken.insert(0, word)
    city = " ".join(taken)
    start = match.start("city") + match.group("city").rfind(city)
    head = text[:start].rstrip(" ,-\u2013\u2014|\u2022\u00b7")
    if not head or re.search(r"\b(?:university|college|institute)\s+of\s*$", head, re.I):
        return text, None
    if not _town_like(city):
        return text, None  # "Banque de la Pétrusse S.A., Luxembourg": no town before the country
    return head, f"{city}, {match.group('where')}"


MULTI_WORD_CITIES = (
    "new york",
    "san francisco",
    "los angeles",
    "san diego",
    "san jose",
    "salt lake city",
    "mexico city",
    "são paulo",
    "sao paulo",
    "rio de janeiro",
    "buenos aires",
    "hong kong",
    "ho chi minh city",
    "kuala lumpur",
    "cape town",
    "tel aviv",
)
KNOWN_CITIES = words(
    """london manchester edinburgh glasgow bristol leeds birmingham dublin paris lyon marseille
    berlin munich münchen hamburg cologne köln frankfurt stuttgart vienna wien zurich zürich
    geneva basel amsterdam rotterdam utrecht brussels antwerp copenhagen stockholm gothenburg
    oslo helsinki reykjavik madrid barcelona valencia seville lisbon porto rome milan turin
    naples athens warsaw kraków krakow wrocław gdańsk prague brno budapest bucharest sofia
    istanbul ankara kyiv tallinn riga vilnius toronto montreal vancouver ottawa calgary
    boston chicago seattle austin denver atlanta miami dallas houston portland philadelphia
    pittsburgh detroit minneapolis phoenix baltimore nashville raleigh washington santiago
    bogotá bogota lima tokyo osaka kyoto seoul beijing shanghai shenzhen singapore bangalore
    bengaluru mumbai delhi hyderabad chennai pune hanoi bangkok jakarta manila sydney
    melbourne brisbane perth auckland wellington johannesburg nairobi lagos cairo dubai
    surabaya bandung medan semarang yogyakarta makassar palembang denpasar malang bekasi
    tangerang depok bogor
    երևան երեւան գյումրի վանաձոր თბილისი ბათუმი ქუთაისი bakı baku gəncə sumqayıt алматы астана
    шымкент москва санкт-петербург київ харків львів одеса дніпро мінск минск ташкент
    toshkent бишкек душанбе ашхабад aşgabat улаанбаатар софия пловдив варна београд
    скопје αθήνα θεσσαλονίκη"""
) | frozenset(MULTI_WORD_CITIES)


def strip_known_city(text: str) -> str:
    """ "Konstfack, Stockholm" → "Konstfack": a trailing well-known city names a campus."""
    head, _, tail = text.rpartition(",")
    if head and tail.strip().casefold() in KNOWN_CITIES:
        return head.strip()
    return text
