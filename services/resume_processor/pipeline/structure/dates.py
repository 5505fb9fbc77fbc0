"""Dates and date ranges as resumes write them → ISO `YYYY-MM` (or `YYYY` when only a year).

Handles "Jan 2020", "January 2020", "Sept. 2019", "01/2020", "03.2020", "2020-01", "2020",
ranges joined by hyphens, en or em dashes, "to"/"until"/"bis", and open ends ("present",
"current", "now", "heute", ...) which leave `end` unset with `ongoing` true.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.fuzzy import fold, trie

MONTHS = {
    "jan": 1,
    "january": 1,
    "januar": 1,
    "jänner": 1,  # Austrian
    "jän": 1,
    "feb": 2,
    "february": 2,
    "februar": 2,
    "mar": 3,
    "march": 3,
    "märz": 3,
    "mär": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "june": 6,
    "juni": 6,
    "jul": 7,
    "july": 7,
    "juli": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
    "dez": 12,
    "dezember": 12,
}


def _months(*names: str) -> dict[str, int]:
    """Month numbers by name, from one string of names a month, January's first."""
    return {name: number for number, month in enumerate(names, start=1) for name in month.split()}


# Spanish, French, Italian, Portuguese and Dutch month names (full and the usual
# abbreviations).
MONTHS |= _months(
    "enero ene janvier janv gennaio gen janeiro januari",
    "febrero février févr fevrier febbraio fevereiro fev februari",
    "marzo mars março maart mrt",
    "abril abr avril aprile",
    "mayo maggio maio mei",
    "junio juin giugno junho",
    "julio juillet juil luglio julho",
    "agosto ago août aout augustus",
    "septiembre setiembre septembre settembre setembro set",
    "octubre octobre ottobre outubro",
    "noviembre novembre novembro",
    "diciembre dic décembre decembre dicembre dezembro",
)
# Polish month names, in the nominative and the genitive ("styczeń 2016", "stycznia 2016"),
# and their abbreviations.
MONTHS |= _months(
    "styczeń stycznia sty",
    "luty lutego lut",
    "marzec marca",
    "kwiecień kwietnia kwi",
    "maj maja",
    "czerwiec czerwca cze",
    "lipiec lipca lip",
    "sierpień sierpnia sie",
    "wrzesień września wrz",
    "październik października paź",
    "listopad listopada",
    "grudzień grudnia gru",
)
# Norwegian, Danish and Swedish names the lists above do not already hold ("januar", "mars",
# "mai", "okt" are there).
MONTHS |= {"augusti": 8, "desember": 12, "des": 12}
# Romanian month names and the abbreviations the lists above do not already hold ("ian. 2023").
MONTHS |= _months(
    "ianuarie ian",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie iun",
    "iulie iul",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
)
# Estonian month names and abbreviations ("mai 2024", "dets 2020").
MONTHS |= _months(
    "jaanuar jaan",
    "veebruar veebr",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september sept",
    "oktoober",
    "november",
    "detsember dets",
)
# Indonesian month names and abbreviations ("Maret 2018", "Agu 2021", "Des 2020").
MONTHS |= _months(
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus agu agt",
    "september",
    "oktober okt",
    "november",
    "desember des",
)
# Croatian month names, in the nominative and the genitive ("ožujak 2019", "od ožujka 2019").
# Croatian "listopad" (October) is November in Polish and Czech, which keep it.
MONTHS |= _months(
    "siječanj siječnja",
    "veljača veljače",
    "ožujak ožujka",
    "travanj travnja",
    "svibanj svibnja",
    "lipanj lipnja",
    "srpanj srpnja",
    "kolovoz kolovoza",
    "rujan rujna",
    "",
    "studeni studenoga studenog",
    "prosinac prosinca",
)
# Ukrainian month names, in the nominative and the genitive ("лютий 2024", "з лютого 2024").
MONTHS |= _months(
    "січень січня",
    "лютий лютого",
    "березень березня",
    "квітень квітня",
    "травень травня",
    "червень червня",
    "липень липня",
    "серпень серпня",
    "вересень вересня",
    "жовтень жовтня",
    "листопад листопада",
    "грудень грудня",
)
# Russian month names, in the nominative and the genitive ("Июнь 2024", and after a preposition).
MONTHS |= _months(
    "январь января",
    "февраль февраля",
    "март марта",
    "апрель апреля",
    "май мая",
    "июнь июня",
    "июль июля",
    "август августа",
    "сентябрь сентября",
    "октябрь октября",
    "ноябрь ноября",
    "декабрь декабря",
)
# Bulgarian month names ("декември 2023", the year often followed by its abbreviation).
MONTHS |= _months(
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
)
# Slovenian, Slovak, Icelandic, Catalan, Latvian and Macedonian month names.
MONTHS |= _months(
    "januar január janúar gener janvāris janvāra јануари",
    "februar február febrúar febrer februāris februāra февруари",
    "marec mars març marts marta",
    "april apríl abril aprīlis aprīļa",
    "maj máj maí maig maijs maija мај",
    "junij jún júní juny jūnijs jūnija јуни",
    "julij júl júlí juliol jūlijs jūlija јули",
    "avgust ágúst agost augusts augusta",
    "setembre septembris septembra",
    "október octubre oktobris oktobra октомври",
    "nóvember novembre novembris novembra",
    "desember desembre decembris decembra",
)
# Albanian month names ("tetor 2021 - nëntor 2023").
MONTHS |= _months(
    "janar",
    "shkurt",
    "",
    "prill",
    "",
    "qershor",
    "korrik",
    "gusht",
    "shtator",
    "tetor",
    "nëntor",
    "dhjetor",
)
# Lithuanian month names in the genitive, as "2022 m. rugsėjo mėn." writes them (year first).
LITHUANIAN_MONTHS = _months(
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
)
# Turkish month names and their three-letter abbreviations ("Oca 2020", "Eylül 2019").
MONTHS |= _months(
    "ocak oca",
    "şubat şub",
    "mart",
    "nisan nis",
    "mayıs",
    "haziran haz",
    "temmuz tem",
    "ağustos ağu",
    "eylül eyl",
    "ekim eki",
    "kasım kas",
    "aralık ara",
)
# Czech (nominative and genitive), Finnish (and the partitive "tammikuuta"), Hungarian (and
# its abbreviations), Serbian and Bosnian (Latin and Cyrillic), Lithuanian nominatives,
# Belarusian, Azerbaijani, Uzbek, Georgian, Armenian, Malay, Filipino, Swahili, Afrikaans,
# Maltese, Welsh, Basque and Galician month names, and the Italian and French abbreviations
# the lists above do not already hold ("mag 2019", "avr. 2020").
MONTHS |= _months(
    """leden ledna tammikuu tammikuuta január sausis студзень студзеня yanvar იანვარი հունվար
    enero januarie jannar ionawr urtarrila xaneiro januari""",
    """únor února helmikuu helmikuuta febr februar февруар лютага fevral თებერვალი փետրվար
    pebrero februarie frar chwefror otsaila febreiro fév févr""",
    """březen března maaliskuu maaliskuuta március márc kovas сакавік сакавіка მარტი մարտ mac
    marso machi maart marzu mawrth martxoa""",
    """duben dubna huhtikuu huhtikuuta április ápr balandis красавік красавіка aprel აპრილი
    ապրիլ aprili ebrill apirila avr""",
    """květen května toukokuu toukokuuta május gegužė траўня травень maiatza მაისი մայիս mayo
    mei mejju mag""",
    """červen června kesäkuu kesäkuuta június jún birželis чэрвень чэрвеня iyun ივნისი հունիս
    hunyo junie ġunju gunju mehefin ekaina xuño giu""",
    """červenec července heinäkuu heinäkuuta július júl liepa ліпень ліпеня iyul ივლისი հուլիս
    julai hulyo julie lulju gorffennaf uztaila xullo lug""",
    """srpen srpna elokuu elokuuta augusztus rugpjūtis жнівень жніўня avqust აგვისტო օգոստոս
    ogos agosti awwissu awst abuztua""",
    """září syyskuu syyskuuta szeptember szept rugsėjis верасень верасня септембар septembar
    sentyabr sentabr სექტემბერი սեպտեմբեր setyembre septemba settembru iraila""",
    """říjen října lokakuu lokakuuta spalis кастрычнік кастрычніка октобар oktobar oktyabr
    oktabr ოქტომბერი հոկտեմբեր oktubre oktoba ottubru hydref urria outubro ott""",
    """listopadu marraskuu marraskuuta lapkritis лістапад лістапада новембар novembar noyabr
    ნოემბერი նոյեմբեր nobyembre novemba novembru tachwedd azaroa""",
    """prosinec prosince joulukuu joulukuuta gruodis снежань снежня децембар decembar dekabr
    დეკემბერი դեկտեմբեր disember disyembre desemba diċembru dicembru rhagfyr abendua decembro
    déc""",
)
# Kazakh month names.
MONTHS |= _months(
    "қаңтар қаңтардан",
    "ақпан ақпаннан",
    "наурыз наурыздан",
    "сәуір сәуірден",
    "мамыр мамырдан",
    "маусым маусымнан",
    "шілде шілдеден",
    "тамыз тамыздан",
    "қыркүйек қыркүйектен",
    "қазан қазаннан",
    "қараша қарашадан",
    "желтоқсан желтоқсаннан",
)
# Serbian Cyrillic names the Russian and Bulgarian lists above do not already hold.
MONTHS |= _months("јануар", "фебруар", "", "", "", "јун", "јул", "", "", "", "", "")


def _without_tonos(name: str) -> str:
    """ "μαΐου" as capitals lower it: "μαϊου" (the accent goes, the diaeresis stays)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace("\u0301", ""))


# Greek month names, nominative and genitive ("Μάιος 2020", "Μαΐου 2020") and abbreviated,
# each also as capitals lower it (Greek capitals carry no accents).
MONTHS |= {
    variant: number
    for number, month in enumerate(
        (
            "ιανουάριος ιανουαρίου ιαν",
            "φεβρουάριος φεβρουαρίου φεβ",
            "μάρτιος μαρτίου μαρ",
            "απρίλιος απριλίου απρ",
            "μάιος μαΐου μαϊος μαΐ μάι",
            "ιούνιος ιουνίου ιουν",
            "ιούλιος ιουλίου ιουλ",
            "αύγουστος αυγούστου αυγ",
            "σεπτέμβριος σεπτεμβρίου σεπ",
            "οκτώβριος οκτωβρίου οκτ",
            "νοέμβριος νοεμβρίου νοε",
            "δεκέμβριος δεκεμβρίου δεκ",
        ),
        start=1,
    )
    for name in month.split()
    for variant in (name, fold(name), _without_tonos(name))
}
# Academic seasons and business quarters, as the month they begin (a convention: "Winter"
# is taken as December, the month a winter term or internship usually starts).
SEASONS = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
    "q1": 1,
    "q2": 4,
    "q3": 7,
    "q4": 10,
}


_MONTH = trie(MONTHS)
_LT_MONTH = "|".join(LITHUANIAN_MONTHS)
_SEASON = "|".join(SEASONS)
_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"['\u2019]\d{2}(?!\d)"  # "Jan '19", "'15": an apostrophe marks the century cut
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
# Forms written once as templates: DATE fills them in without capturing, `normalise_date` with
# the year and the month captured.
_VIETNAMESE_FORM = (
    r"tháng\s+{month}(?:\s*[/.]\s*|\s+năm\s+){year}"  # tháng 7/2024, tháng 7 năm 2024
)
# 2019年3月, 2019년 3월 and the Mongolian form: the number of the month after the year
_YEAR_MONTH_NUMBER_FORM = (
    r"{year}\s*(?:[年년]\s*{month}\s*[月월]|\s+оны\s+{month}(?:-?р)?\s+сар(?:ын|аас)?)"
)
# 2023. gada jūlijs (Latvian), 2019. március, 2019. márc. (Hungarian), 2022 ж. желтоқсан (Kazakh)
_YEAR_MONTH_NAME_FORM = r"{year}(?:\.\s+(?:(?:gada|g\.)\s+)?|\s+ж\.\s*){month}\.?"
DATE = (
    rf"(?:(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]{_YEAR}"  # 31/12/2020 (day first)
    # Jan 2020, marzo de 2019, Jul'23, fev/2024, Jan-2020
    rf"|(?:{_MONTH})\.?,?(?:(?:\s+(?:de\s+)?|[/-])(?:'?{_YEAR}|{_SHORT_YEAR})|{_SHORT_YEAR})"
    rf"|out/{_YEAR}"  # Portuguese October only with its slash: "out 2020" is English
    rf"|(?:{_SEASON})\s+{_YEAR}"  # Summer 2024, Q3 2021
    rf"|{_SHORT_YEAR}"
    rf"|{_VIETNAMESE_FORM.format(month=_MONTH_NUMBER, year=_YEAR)}"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"  # 01/2020, 3.2020
    rf"|(?:0[1-9]|1[0-2])-{_YEAR}"  # 09-2023
    rf"|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?:\.(?!\d))?(?![\d])"  # 2020-01, 2020.01.
    rf"|{_YEAR}\s+m\.\s+(?:{_LT_MONTH})(?:\s+mėn\.)?"  # 2022 m. rugsėjo mėn.
    rf"|{_YEAR_MONTH_NUMBER_FORM.format(year=_YEAR, month=_MONTH_NUMBER)}"
    rf"|{_YEAR_MONTH_NAME_FORM.format(year=_YEAR, month=f'(?:{_MONTH})')}"
    rf"|{_YEAR})"
)
PRESENT = (
    r"(?:present|présent|pres|current|currently|now|today|ongoing|to date|till date|till now|date|"
    r"heute|aktuell|jetzt|actuel|presente|actualidad|atual|aujourd['\u2019]hui|oggi|heden|nu|obecnie|nadal|"
    r"nå|d\.\s?d|dags dato|i dag|dosud|současnost|nyní|doteraz|súčasnosť|"
    r"nykyään|tähän asti|jelenleg|napjainkig|günümüz|halen|devam ediyor|"
    r"(?:în\s+)?prezent|tänaseni|praegu|iki\s+dabar|dabar|sekarang|saat\s+ini|"
    r"danas|sada|trenutno|(?:по\s+)?теперішній\s+час|дотепер|тепер|зараз|нині|"
    r"(?:до\s+)?настоящия\s+момент|досега|понастоящем|днес|a\s+la\s+fecha|hasta\s+la\s+fecha|"
    r"(?:по\s+)?настоящее\s+время|наст\.\s*время|"
    r"danes|núna|í\s+dag|actualitat|avui|(?:до\s+)?денес|сега|šobrīd|tagad|līdz\s+šim|"
    r"sot|në\s+vazhdim|"
    # Finnish, Hungarian, Greek, Czech, Serbian and Bosnian, Slovenian, Dutch, Swedish, Norwegian,
    # Italian, Spanish, Portuguese, French, German, Polish, Romanian, Turkish, Malay, Filipino,
    # Swahili, Afrikaans, Maltese, Azerbaijani, Georgian, Armenian, Belarusian, Kazakh, Uzbek,
    # Basque, Galician, Welsh, Lithuanian, Estonian, Vietnamese, Chinese, Japanese and Korean.
    r"nyt|jatkuu|jelen|máig|folyamatban|σήμερα|σημερα|παρόν|παρον|doposud|trvá|dnes|"
    r"do\s+současnosti|do\s+danas|(?:до\s+)?данас|сада|тренутно|do\s+danes|huidig|pågående|"
    r"idag|nuvarande|pågår|nåværende|in\s+corso|attuale|actual|actualmente|atualmente|hoje|"
    r"(?:até\s+)?o\s+momento|(?:até\s+)?(?:à|a|ao)\s+(?:data|presente)|até\s+(?:hoje|agora)|"
    r"en\s+cours|(?:à\s+)?ce\s+jour|dato|laufend|derzeit|teraz|"
    r"(?:do\s+)?chwili\s+obecnej|dziś|dzisiaj|azi|hâlâ|şu\s+an|günümüze|kini|masa\s+kini|"
    r"kasalukuyan|sasa|hede|tans|preżent|hal-hazırda|hal-hazirda|hazırda|hazirda|indiyədək|"
    r"bu\s+günə\s+qədər|davam\s+edir|დღემდე|ამჟამად|ներկայումս|առ\s+այսօր|մինչ\s+օրս|цяпер|"
    r"(?:па\s+)?цяперашні\s+час|қазір|(?:қазіргі|осы)\s+уақытқа\s+дейін|hozirgi\s+kunga\s+qadar|"
    r"hozirgacha|hozir|gaur\s+egun|orain|actualidade|presennol|iki\s+šiol|(?:kuni\s+)?praeguseni|"
    r"hiện\s+tại|(?:đến\s+)?(?:hiện\s+)?nay|至今|现在|現在|현재|今|одоог\s+хүртэл|одоо)"
)
# Words for "now" that never start anything else after a date: a lost dash before them still
# leaves a range ("04.2021 Present" as OCR reads "04.2021 — Present").
_OPEN_END = r"(?:present|current|heute|aktuell|actuel|presente|actualidad|atual|obecnie)\b"
# "to" between two dates, also as Italian, French, Spanish, Portuguese and Dutch write it.
_TO_WORD = r"\b(?:to|until|till|bis|through|ad|a|al|à|au|hasta|até|tot)\b"
# Chinese and Japanese join with "至" or a wave dash (U+301C, U+FF5E).
_DASHES = "-\u2010-\u2015~\u301c\uff5e至"
_JOIN = rf"\s*(?:[{_DASHES}]+|{_TO_WORD})\s*"
# OCR often loses the dash of "09/2021 - 10/2023"; two numeric months in a row are a range.
_LOST_DASH = rf"\s+(?=(?:0?[1-9]|1[0-2])[/.](?:19|20)\d{{2}}(?![\w/])|{_OPEN_END})"
# Croatian, Hungarian and Serbian write a year with a full stop ("2015. - 2018."); Bulgarian,
# Russian, Kazakh and Ukrainian with their abbreviation of "year" or "years" after it.
_YEAR_STOP = r"(?:(?<=\d)(?:\.|\s?(?:гг?|жж?|рр?)\.)(?!\d))?"
RANGE = re.compile(
    rf"(?<![\w/.])(?P<start>{DATE}){_YEAR_STOP}"
    rf"(?:(?:{_JOIN}|{_LOST_DASH})(?P<end>{DATE}|{PRESENT}\b){_YEAR_STOP})?"
    rf"(?![\w/])",
    re.IGNORECASE,
)
_ANY_DIGIT = re.compile(r"\d")
_SINCE_WORD = r"\b(?:since|seit|from|depuis|desde)"
# The word for "from" or "since" before a date or a range ("Da febbraio 2023 ad oggi", "von 2019
# bis 2021", "De avril 2022 à", "Depuis …").
_FROM_WORD = rf"(?:{_SINCE_WORD}|\b(?:da|dal|dalla|dall['\u2019]|von|vom|de|du))"
SINCE = re.compile(rf"{_SINCE_WORD}\s+(?P<start>{DATE})(?![\w/])", re.IGNORECASE)
# Words that only label the date after them ("Expected May 2025", "Graduated: May 2012").
DATE_LABEL = re.compile(
    r"\b(?:expected|anticipated|exp\.|graduated|graduation(?:\s+date)?|date\s+of\s+graduation"
    r"|year\s+(?:completed|of\s+(?:completion|graduation|passing))|a[ñn]o\s+de\s+grado"
    r"|fecha\s+de\s+grado"
    r"|completed|awarded|conferred|dates?(?:\s+attended)?"
    # "Concluído em 2020", "Terminado en 2019", "Obtenu en 2018", "Abschluss 2017"
    r"|conclu[íi]d[oa](?:\s+em)?|conclus[ãa]o(?:\s+em)?|finalizad[oa](?:\s+en)?"
    r"|terminad[oa](?:\s+en)?|egresad[oa](?:\s+en)?|obtenu(?:e)?(?:\s+en)?|abschluss"
    r"|(?:completed|graduated|obtained)\s+in|curso(?:\s+acad[ée]mico)?)\s*:?\s*$",
    re.IGNORECASE,
)
# "2 years 10 months" (rendercv) and "(3 yrs)" repeat what the dates already say.
_YEARS = r"years?|yrs?|лет|года?|роки|років|рік|години?|година"
_MONTHS_WORD = r"months?|mos?|месяц(?:а|ев)?|мес\.?|місяц(?:і|ів)?|месеца?"
# A length of time's units, as a job's length or a title's total writes them ("5 лет 3 мес.").
DURATION_UNITS = rf"(?:{_YEARS}|{_MONTHS_WORD})"
MONTH_UNITS = rf"(?:{_MONTHS_WORD})"
DURATION = re.compile(
    rf"\(?\b\d+\s*{DURATION_UNITS}(?:\s*,?\s*\d+\s*{MONTH_UNITS})?\)?\s*$",
    re.IGNORECASE,
)
_EMPTY_AROUND = re.compile(
    r"^[\s,;|:()\[\]\u2022\u00b7\-\u2013\u2014]+|[\s,;|:()\[\]\u2022\u00b7\-\u2013\u2014]+$"
)


@dataclass(frozen=True, slots=True)
class DateRange:
    start: str | None
    end: str | None
    ongoing: bool
    span: tuple[int, int]

    @property
    def is_range(self) -> bool:
        return self.end is not None or self.ongoing


_DE = re.compile(r"\s+de\s+")
_SHORT_DATE = re.compile(rf"(?:({_MONTH})\.?,?\s*)?['\u2019](\d{{2}})")
_DAY_FIRST = re.compile(rf"\d{{1,2}}[/.](\d{{1,2}})[/.]({_YEAR})")
_MONTH_YEAR = re.compile(rf"({_MONTH})\.?,?(?:\s+|[/-])({_YEAR})")
_SEASON_YEAR = re.compile(rf"({_SEASON})\s+({_YEAR})")
_NUMERIC_MONTH_YEAR = re.compile(rf"(\d{{1,2}})\s*[/.]\s*({_YEAR})|(\d{{2}})-({_YEAR})")
_YEAR_MONTH = re.compile(rf"({_YEAR})\s*[-/.]\s*(\d{{2}})\.?")
_YEAR_ONLY = re.compile(_YEAR)
_VIETNAMESE_MONTH = re.compile(_VIETNAMESE_FORM.format(month=r"(\d{1,2})", year=f"({_YEAR})"))
_OUT_YEAR = re.compile(rf"out/({_YEAR})")
_YEAR_LT_MONTH = re.compile(rf"({_YEAR})\s+m\.\s+({_LT_MONTH})(?:\s+mėn\.)?")
_YEAR_CJK_MONTH = re.compile(_YEAR_MONTH_NUMBER_FORM.format(year=f"({_YEAR})", month=r"(\d{1,2})"))
_YEAR_FIRST_MONTH = re.compile(_YEAR_MONTH_NAME_FORM.format(year=f"({_YEAR})", month=f"({_MONTH})"))
_PRESENT_ONLY = re.compile(PRESENT)


def normalise_date(text: str) -> str | None:
    """One date as ISO `YYYY-MM` or `YYYY`; None when the text is not a date."""
    cleaned = _DE.sub(" ", text.strip().lower())
    short = _SHORT_DATE.fullmatch(cleaned)
    if short:
        year = _century(int(short.group(2)))
        month = MONTHS[short.group(1)] if short.group(1) else None
        return f"{year}-{month:02d}" if month else str(year)
    cleaned = cleaned.replace("'", "")
    day_first = _DAY_FIRST.fullmatch(cleaned)
    if day_first and 1 <= int(day_first.group(1)) <= 12:
        return f"{day_first.group(2)}-{int(day_first.group(1)):02d}"
    match = _MONTH_YEAR.fullmatch(cleaned)
    if match:
        return f"{match.group(2)}-{MONTHS[match.group(1)]:02d}"
    match = _SEASON_YEAR.fullmatch(cleaned)
    if match:
        return f"{match.group(2)}-{SEASONS[match.group(1)]:02d}"
    match = _NUMERIC_MONTH_YEAR.fullmatch(cleaned) or _VIETNAMESE_MONTH.fullmatch(cleaned)
    if match:
        number, year_text = match.group(1, 2) if match.group(1) else match.group(3, 4)
        if 1 <= int(number) <= 12:
            return f"{year_text}-{int(number):02d}"
    match = _YEAR_MONTH.fullmatch(cleaned)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{match.group(1)}-{match.group(2)}"
    match = _OUT_YEAR.fullmatch(cleaned)
    if match:
        return f"{match.group(1)}-10"
    match = _YEAR_LT_MONTH.fullmatch(cleaned)
    if match:
        return f"{match.group(1)}-{LITHUANIAN_MONTHS[match.group(2)]:02d}"
    match = _YEAR_CJK_MONTH.fullmatch(cleaned)
    if match:  # the month as Chinese, Japanese, Korean or Mongolian write it after the year
        return f"{match.group(1)}-{int(match.group(2) or match.group(3)):02d}"
    match = _YEAR_FIRST_MONTH.fullmatch(cleaned)
    if match:
        return f"{match.group(1)}-{MONTHS[match.group(2)]:02d}"
    match = _YEAR_ONLY.fullmatch(cleaned)
    return match.group(0) if match else None


def _century(two_digits: int) -> int:
    """ "'19" → 2019, "'98" → 1998: resumes rarely date anything more than a few years ahead."""
    return 2000 + two_digits if two_digits <= date.today().year % 100 + 5 else 1900 + two_digits


def is_present(text: str) -> bool:
    return _PRESENT_ONLY.fullmatch(text.strip().lower()) is not None


# The same lines are asked of several times (grouping entries, joining rows, reading
# records); a range is immutable, so an answer can be given again.
@lru_cache(maxsize=8192)
def find_date_range(text: str) -> DateRange | None:
    """The last date or date range in a line (dates sit at the end or start of entry titles)."""
    if not _ANY_DIGIT.search(text):  # every DATE form has digits: skip the big pattern
        return None
    found = [_to_range(match) for match in RANGE.finditer(text)]
    ranges = [item for item in found if item is not None]
    since = SINCE.search(text)
    if since and not any(
        item.is_range and item.span[0] <= since.start("start") < item.span[1] for item in ranges
    ):  # not "From March 2021 to March 2023", a range already read
        start = normalise_date(since.group("start"))
        ranges.append(DateRange(start, None, True, since.span()))
    if not ranges:
        return None
    # Prefer a real range over a lone year ("Class of 2022 ... 2018-2022").
    full = [item for item in ranges if item.is_range]
    return (full or ranges)[-1]


def _to_range(match: re.Match[str]) -> DateRange | None:
    start = normalise_date(match.group("start"))
    end_text = match.group("end")
    if end_text is None and _SEASON_YEAR.fullmatch(match.group("start").lower()):
        return DateRange(start, start, False, match.span())  # "Summer 2024": that season
    if end_text is None:
        return DateRange(start, None, False, match.span())
    if is_present(end_text):
        return DateRange(start, None, True, match.span())
    end = normalise_date(end_text)
    if start and end and end < start[: len(end)]:
        return None
    return DateRange(start, end, False, match.span())


# "from" before a range ("Da febbraio 2023 ad oggi", "von 2019 bis 2021", "de 2019 à 2021").
_OPENER = re.compile(rf"(?:{_FROM_WORD}|[(\[])\s*$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"^[\s)\]]*,")


_CELL_END = re.compile(r"\S\s*\|\s*$")
_CELL_START = re.compile(r"^\s*\|\s*\S")


def strip_span(text: str, span: tuple[int, int]) -> str:
    """The text without the date, and without the separators that framed it."""
    before, after = text[: span[0]], text[span[1] :]
    # "Bachelor of Science | May 2017 | Ohio Dominican University": the cells stay apart.
    framed = _CELL_END.search(before) is not None and _CELL_START.match(after) is not None
    before = _bare(before) if not after.strip() else before.rstrip()
    after = DURATION.sub("", after)
    after = _bare(after)
    before = _OPENER.sub("", before)
    before = DATE_LABEL.sub("", before)
    # "Engineer at Acme (2019-2021), Berlin": the place stays apart from the employer.
    glue = ", " if before.strip() and _COMMA_AFTER.match(text[span[1] :]) else " "
    glue = " | " if framed and before.strip() and after.strip(" |") else glue
    joined = f"{_bare(before)}{glue}{after}".strip() if after else before
    return " ".join(_bare(joined).split())


def _bare(text: str) -> str:
    """Separators and brackets off both ends, but a bracket closing one inside the text stays
    ("Student Teacher (Grade 2)")."""
    bare = _EMPTY_AROUND.sub("", text)
    if bare.count("(") <= bare.count(")"):
        return bare
    tail = text[text.find(bare) + len(bare) :]
    closing = tail.find(")")
    if closing >= 0 and not tail[:closing].strip():
        return f"{bare})"
    return bare


def looks_like_date_only(text: str) -> bool:
    """True for a line that is just a date range (plus a duration or brackets)."""
    found = find_date_range(text)
    return found is not None and not strip_span(text, found.span)


_JOINER = rf"(?:[{_DASHES}]+|{_TO_WORD})"
# A range a narrow column wrapped: "Oct 2021 -" on one line, "Present" on the next.
DANGLING_START = re.compile(
    rf"^(?:{_FROM_WORD}\s+)?(?P<start>{DATE}){_YEAR_STOP}\s*{_JOINER}(?:\s+|$)(?!\s*(?:{DATE}|{PRESENT})\b)",
    re.IGNORECASE,
)
TRAILING_START = re.compile(
    rf"(?:^|\s)(?P<start>{DATE}){_YEAR_STOP}\s*{_JOINER}\s*$", re.IGNORECASE
)
LONE_END = re.compile(
    rf"^(?:{_JOINER}\s*)?(?P<end>{DATE}|{PRESENT})\b{_YEAR_STOP}(?:\s+|$)", re.IGNORECASE
)
DATE_CELL = re.compile(
    rf"^\s*(?:{_FROM_WORD}\s+)?(?:{_JOINER}\s*)?(?:{DATE}|{PRESENT}){_YEAR_STOP}"
    rf"(?:\s*{_JOINER}\s*(?:(?:{DATE}|{PRESENT}){_YEAR_STOP})?)?\s*$",
    re.IGNORECASE,
)


# The longest cell of "now" words alone, with a dash ("- Till date", "- devam ediyor").
MAX_UNDATED_CELL_CHARS = 20


def is_date_cell(text: str) -> bool:
    """A line that is only a date, a range, or a wrapped piece of one ("Oct 2021 -", "Now")."""
    if len(text) > MAX_UNDATED_CELL_CHARS and _ANY_DIGIT.search(text) is None:
        return False  # the cheap test first: most lines are longer text without a year
    return DATE_CELL.match(text) is not None


def join_wrapped_range(first: str, second: str) -> tuple[str, str] | None:
    """ "Oct 2021 to Engineer" + "Current Acme, UK" → ("Oct 2021 - Current Engineer", "Acme, UK").

    None unless the first line opens a range it does not close and the second starts with its
    end: the two lines of a date column that wrapped beside an entry's first two lines.
    """
    first, second = first.strip(), second.strip()
    stacked = _stacked_range(first, second)
    if stacked is not None:
        return stacked
    broken = _broken_end(first, second)
    if broken is not None:
        return broken
    split_end = _split_end(first, second)
    if split_end is not None:
        return split_end
    found = find_date_range(first)
    if found is None or found.is_range:
        return None
    tail = LONE_END.match(second)
    if tail is None:
        return None
    head = DANGLING_START.match(first)
    opening = head if head is not None else TRAILING_START.search(first)
    if opening is None:
        return None
    joined = f"{opening.group('start')} \u2013 {tail.group('end')}"
    if find_date_range(joined) is None:
        return None  # the "end" comes before the start: two separate dates
    rest_second = second[tail.end() :].strip()
    if head is not None:
        return f"{joined} {first[head.end() :].strip()}".strip(), rest_second
    return f"{first[: opening.start()].strip()} {joined}".strip(), rest_second


def join_range_over_three(first: str, second: str, third: str) -> tuple[str, str] | None:
    """ "Setembro de   Técnico" + "2016 - Maio de   Kora Telecom" + "2020" → ("Setembro de 2016
    - Maio de 2020   Técnico", "Kora Telecom"): a narrow date column broke a range twice."""
    start, gap, rest = first.partition(CELL_GAP)
    middle, gap_below, rest_second = second.partition(CELL_GAP)
    if not (gap and gap_below) or CELL_GAP in third or _YEAR_ONLY.fullmatch(third.strip()) is None:
        return None  # the cheap test first: the range ends on a line of its year alone
    joined = " ".join((start.strip(), middle.strip(), third.strip()))
    found = find_date_range(joined)
    if found is None or found.end is None or not is_date_cell(joined):
        return None
    inner = find_date_range(middle)
    if inner is not None and inner.is_range:
        return None  # the middle line's range was whole: the year below is another entry's
    return f"{joined}{CELL_GAP}{rest.strip()}", rest_second.strip()


def _broken_end(first: str, second: str) -> tuple[str, str] | None:
    """ "Mars 2024 - À ce   Sanaga S.A." + "jour   Poste : Comptable" → ("Mars 2024 - À ce jour
    Sanaga S.A.", "Poste : Comptable"): a date cell broke the words for "now" over two lines,
    or the year from its month ("Depuis février" over "2023")."""
    start, gap, rest = first.partition(CELL_GAP)
    if not gap or not start[-1:].isalpha():
        return None  # the cheap test first: a broken "now" leaves a word, not a year
    end, _, rest_second = second.partition(CELL_GAP)
    if not end.strip() or len(end.split()) > 2:
        return None
    year = _YEAR_ONLY.fullmatch(end.strip()) is not None and fold(start.split()[-1]) in MONTHS
    if not year and (_ANY_DIGIT.search(end) or LONE_END.match(second) is not None):
        return None  # a whole end ("danas"): the range's own join reads it
    joined = f"{start.strip()} {end.strip()}"
    found = find_date_range(joined)
    if found is None or not found.ongoing or not is_date_cell(joined):
        return None
    opened = find_date_range(start)
    if opened is not None and opened.is_range:
        return None  # the first line's range was whole
    return f"{joined}{CELL_GAP}{rest.strip()}", rest_second.strip()


_LEADING_JOINER = re.compile(rf"^{_JOINER}\s+", re.IGNORECASE)


def _stacked_range(first: str, second: str) -> tuple[str, str] | None:
    """ "Mar 2019   Analyst" + "Jun 2022   Acme" → ("Mar 2019 \u2013 Jun 2022   Analyst", "Acme").

    A timeline gutter prints an entry's start over its end, each in the first cell of a line,
    the end perhaps after the word that joins it ("De novembre 2020" over "à mars 2023").
    """
    start, gap, rest = first.partition(CELL_GAP)
    end, _, rest_second = second.partition(CELL_GAP)
    start, end = start.strip(), _LEADING_JOINER.sub("", end.strip())
    if not gap or not rest.strip() or not _single_date(start):
        return None
    if not (_single_date(end) or is_present(end)):
        return None
    joined = f"{start} \u2013 {end}"
    found = find_date_range(joined)
    if found is None or not found.is_range or strip_span(joined, found.span):
        return None  # the "end" comes before the start: two entries' dates, one per line
    return f"{joined}{CELL_GAP}{rest.strip()}", rest_second.strip()


# "sierpien 2020 - listopad" / "2022   ...": a narrow date column broke the end's month from its
# year.
MONTH_AT_END = re.compile(
    rf"^(?P<range>{DATE}\s*{_JOINER}\s*(?:{_MONTH})\.?)(?:\s+de)?(?=\s|$)", re.I
)
YEAR_AT_START = re.compile(rf"^(?:de\s+)?(?P<year>{_YEAR})\b")  # "... - maio" over "de 2026"


def _split_end(first: str, second: str) -> tuple[str, str] | None:
    tail = YEAR_AT_START.match(second)
    head = MONTH_AT_END.match(first) if tail is not None else None  # the cheap test first
    if head is None or tail is None:
        return None
    joined = f"{head.group('range')} {tail.group('year')}"
    found = find_date_range(joined)
    if found is None or not found.is_range or found.end is None:
        return None
    return f"{joined}{first[head.end() :]}", second[tail.end() :].strip()


def _single_date(text: str) -> bool:
    found = find_date_range(text)
    return found is not None and not found.is_range and not strip_span(text, found.span)
