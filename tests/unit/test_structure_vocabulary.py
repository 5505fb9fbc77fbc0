"""The vocabulary sweep: month names, words for "now" and section titles of the languages resumes
are commonly written in (European, Caucasian, Central Asian, South-East Asian, African and East
Asian), added from the languages themselves rather than from a resume the parser failed on."""

from __future__ import annotations

import re

import pytest

from resume_processor.pipeline.structure.dates import find_date_range, normalise_date
from resume_processor.pipeline.structure.fuzzy import trie
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.pipeline.structure.vocab import DEGREE, INSTITUTION
from tests.unit.layouts import dressed, structure


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("leden 2020", "2020-01"),  # Czech
        ("května 2019", "2019-05"),  # Czech genitive
        ("tammikuuta 2020", "2020-01"),  # Finnish partitive
        ("joulukuu 2018", "2018-12"),  # Finnish
        ("március 2019", "2019-03"),  # Hungarian
        ("2019. március", "2019-03"),  # Hungarian, year first
        ("2021. jún.", "2021-06"),  # Hungarian abbreviation, year first
        ("2023. gada jūlijs", "2023-07"),  # Latvian, year first (as before)
        ("Μάιος 2020", "2020-05"),  # Greek
        ("Μαΐου 2020", "2020-05"),  # Greek genitive
        ("ΜΑΪΟΣ 2020", "2020-05"),  # Greek capitals carry no accent
        ("ΣΕΠΤΕΜΒΡΙΟΣ 2017", "2017-09"),
        ("septembar 2019", "2019-09"),  # Serbian and Bosnian
        ("децембар 2021", "2021-12"),  # Serbian Cyrillic
        ("gegužė 2021", "2021-05"),  # Lithuanian nominative
        ("верасня 2016", "2016-09"),  # Belarusian genitive
        ("avqust 2018", "2018-08"),  # Azerbaijani
        ("ოქტომბერი 2020", "2020-10"),  # Georgian
        ("նոյեմբեր 2019", "2019-11"),  # Armenian
        ("Ogos 2019", "2019-08"),  # Malay
        ("Hunyo 2022", "2022-06"),  # Filipino
        ("Septemba 2015", "2015-09"),  # Swahili
        ("Julie 2014", "2014-07"),  # Afrikaans
        ("Diċembru 2013", "2013-12"),  # Maltese
        ("Hydref 2012", "2012-10"),  # Welsh
        ("martxoa 2011", "2011-03"),  # Basque
        ("xuño 2010", "2010-06"),  # Galician
        ("mag 2019", "2019-05"),  # Italian abbreviations
        ("ott. 2020", "2020-10"),
        ("avr. 2020", "2020-04"),  # French abbreviations
        ("févr. 2021", "2021-02"),
        ("déc. 2020", "2020-12"),
        ("2019年3月", "2019-03"),  # Chinese and Japanese
        ("2019년 11월", "2019-11"),  # Korean
    ],
)
def test_month_names_of_many_languages(text: str, iso: str) -> None:
    assert normalise_date(text) == iso


def test_no_month_name_of_an_earlier_list_changed_its_month() -> None:
    # "listopad" is November in Polish and Czech, October in Croatian: the lists keep Polish.
    assert normalise_date("listopad 2020") == "2020-11"
    assert normalise_date("srpanj 2020") == "2020-07"  # Croatian July
    assert normalise_date("srpen 2020") == "2020-08"  # Czech August
    assert normalise_date("mart 2020") == "2020-03"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019. március – 2021. jún.", "2019-03", "2021-06"),
        ("2019年3月～2021年6月", "2019-03", "2021-06"),
        ("2019年3月至2021年6月", "2019-03", "2021-06"),
    ],
)
def test_ranges_written_year_first(text: str, start: str, end: str) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, False)


@pytest.mark.parametrize(
    "text",
    [
        "2020 – nyt",  # Finnish
        "2019. márc. – jelenleg",  # Hungarian
        "ΜΑΪΟΣ 2020 – ΣΗΜΕΡΑ",  # Greek
        "09/2018 – dosud",  # Czech
        "septembar 2019 - do danas",  # Bosnian
        "03/2019 – до данас",  # Serbian Cyrillic
        "2017 - en cours",  # French
        "mars 2018 – à ce jour",
        "jan 2020 - até o momento",  # Portuguese
        "gen 2021 – in corso",  # Italian
        "2016 - actualmente",  # Spanish
        "2015 – pågående",  # Swedish
        "2014 – laufend",  # German
        "2019 – do chwili obecnej",  # Polish
        "Mayıs 2018 - hal-hazırda",  # Azerbaijani
        "03/2019 – დღემდე",  # Georgian
        "2020 – ներկայումս",  # Armenian
        "2019 – kasalukuyan",  # Filipino
        "Mac 2021 - kini",  # Malay
        "2019年3月至今",  # Chinese
        "2019년 3월 - 현재",  # Korean
    ],
)
def test_words_for_now(text: str) -> None:
    found = find_date_range(text)
    assert found is not None
    assert found.ongoing
    assert found.end is None
    assert found.span == (0, len(text))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Esperienza lavorativa", Kind.WORK),
        ("Beruflicher Werdegang", Kind.WORK),
        ("ANTECEDENTES LABORALES", Kind.WORK),
        ("Parcours professionnel", Kind.WORK),
        ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", Kind.WORK),
        ("İş təcrübəsi", Kind.WORK),
        ("სამუშაო გამოცდილება", Kind.WORK),
        ("Աշխատանքային փորձ", Kind.WORK),
        ("Kinh nghiệm làm việc", Kind.WORK),
        ("Formação Acadêmica", Kind.EDUCATION),
        ("Diplômes et formations", Kind.EDUCATION),
        ("Σπουδές", Kind.EDUCATION),
        ("TƏHSİL", Kind.EDUCATION),
        ("განათლება", Kind.EDUCATION),
        ("Образовање", Kind.EDUCATION),
        ("Vještine i kompetencije", Kind.SKILLS),
        ("Bacarıqlar", Kind.SKILLS),
        ("Δεξιότητες", Kind.SKILLS),
        ("Kemahiran", Kind.SKILLS),
        ("Ξένες γλώσσες", Kind.LANGUAGES),
        ("Xarici dillər", Kind.LANGUAGES),
        ("Fremdsprachen", Kind.LANGUAGES),
        ("Persoonlijke gegevens", Kind.CONTACT),
        ("LIČNI PODACI", Kind.CONTACT),
        ("Angaben zur Person", Kind.CONTACT),
        ("Προσωπικά στοιχεία", Kind.CONTACT),
        ("Weiterbildungen", Kind.CERTIFICATES),
        ("Corsi e certificazioni", Kind.CERTIFICATES),
        ("Progetti", Kind.PROJECTS),
        ("Obiettivo professionale", Kind.SUMMARY),
        ("Freizeit", Kind.OTHER),
        ("Referenzen", Kind.OTHER),
    ],
)
def test_section_titles_of_many_languages(title: str, kind: Kind) -> None:
    assert heading_kind(heading_key(title)) == kind


@pytest.mark.parametrize("text", ["carriers", "Capacity", "Ability"])
def test_english_words_a_letter_from_a_new_title_are_no_titles(text: str) -> None:
    # "carrière", "capacità" and "abilità" were left out of the lists: one letter
    # from these, every wrapped bullet ending in the word would have opened a section.
    assert heading_kind(heading_key(text)) is None


def test_a_greek_cv() -> None:
    titles = ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", "ΕΚΠΑΙΔΕΥΣΗ", "ΞΕΝΕΣ ΓΛΩΣΣΕΣ")
    result = structure(
        dressed(
            "Ελένη Παπαδοπούλου",
            "eleni.papadopoulou@example.gr   +30 694 123 4567",
            "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ",
            "Λογίστρια   Μάιος 2019 – Σήμερα",
            "Alpha Trade Α.Ε., Αθήνα",
            "Βοηθός Λογιστή   Σεπτέμβριος 2016 – Απρίλιος 2019",
            "Kostas Audit Ο.Ε., Πειραιάς",
            "ΕΚΠΑΙΔΕΥΣΗ",
            "Πτυχίο Λογιστικής   2012 – 2016",
            "Πανεπιστήμιο Πειραιώς",
            "ΞΕΝΕΣ ΓΛΩΣΣΕΣ",
            "Αγγλικά – C1",
            titles=titles,
        )
    )
    dates = [(job.get("startDate"), job.get("endDate")) for job in result["work"]]
    assert dates == [("2019-05", None), ("2016-09", "2019-04")]
    assert [school.get("startDate") for school in result["education"]] == ["2012"]


@pytest.mark.parametrize(
    "text",
    [
        "Πτυχίο Λογιστικής",
        "Μεταπτυχιακό Δίπλωμα Ειδίκευσης στη Διοίκηση",
        "ბაკალავრის ხარისხი",
        "Bakalavr dərəcəsi",
        "bakalaura grāds ekonomikā",
        "cand.merc. i økonomi",
        "Maîtrise en administration",
        "Dottorato di ricerca in Fisica",
        "Doutorado em Física",
        "Ijazah Sarjana Muda Kejuruteraan",
        "Cử nhân Kinh tế",
        "Master Shkencor në Ekonomi",
    ],
)
def test_degrees_of_many_languages(text: str) -> None:
    assert DEGREE.match(text) is not None


@pytest.mark.parametrize("text", ["But the team grew", "Dep. of Physics", "Maturity model"])
def test_words_like_a_degree_abbreviation_are_none(text: str) -> None:
    assert DEGREE.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "ΠΑΝΕΠΙΣΤΗΜΙΟ ΑΘΗΝΩΝ",
        "Πανεπιστήμιο Πειραιώς",
        "თბილისის სახელმწიფო უნივერსიტეტი",
        "Azərbaycan Dövlət Neft və Sənaye Universiteti",
        "Handelshøjskolen i Aarhus",
        "Budapesti Gazdasági Főiskola",
        "Prifysgol Caerdydd",
        "Đại học Bách khoa Hà Nội",
        "Chuo Kikuu cha Dar es Salaam",
        "Kolej Komuniti Kuantan",
    ],
)
def test_schools_of_many_languages(text: str) -> None:
    assert INSTITUTION.search(text) is not None


def test_a_trie_of_words_matches_what_an_alternation_of_them_matches() -> None:
    names = ["may", "mar", "march", "mai", "maj", "jun", "june", "ju", "j"]
    tree = re.compile(trie(names), re.IGNORECASE)
    listed = re.compile("|".join(sorted(names, key=len, reverse=True)), re.IGNORECASE)
    for text in ["march 2020", "Mar 2020", "June", "jun", "ju", "j", "marc", "mayo", "x"]:
        assert (tree.match(text) or [None])[0] == (listed.match(text) or [None])[0]
