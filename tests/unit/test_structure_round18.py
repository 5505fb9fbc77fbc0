"""General rules from the "holdout-18" round's Brazilian and South African resumes: Portuguese
month abbreviations before a slash ("fev/2024"), Portuguese job labels ("Cargo:", "Período:"),
a town with its state after a slash ("Curitiba/PR") and a whole Brazilian address, labelled
education rows ("Institution:", "Qualification:", "Matric:"), an identity number that is no
phone, a street, suburb, town and postcode, and languages with the skills in each."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.structure.contact import find_location, find_phone
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.lists import parse_languages
from resume_processor.pipeline.structure.places import parse_location
from resume_processor.pipeline.structure.records import _degree_split
from tests.unit.layouts import rows, structure


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Período: fev/2024 \u2013 atual", "2024-02", None),
        ("jun/2020 \u2013 out/2023", "2020-06", "2023-10"),
        ("Jan-2020 to Dec-2021", "2020-01", "2021-12"),
    ],
)
def test_a_month_name_joined_to_its_year(text: str, start: str, end: str | None) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_portuguese_job_labels_and_a_town_with_its_state() -> None:
    result = structure(
        rows(
            "Larissa Albuquerque Sampaio",
            "EXPERIÊNCIA PROFISSIONAL",
            "Transportadora Rio Tibagi Ltda. \u2013 Joinville/SC",
            "Cargo: Assistente Administrativo",
            "Período: fev/2024 \u2013 atual",
            "\u2022 Criação de painéis gerenciais no Power BI para a diretoria",
            "Cooperativa Agroindustrial Vale Verde \u2013 Curitiba/PR",
            "Cargo: Analista Financeiro Pleno",
            "Período: jun/2020 \u2013 out/2023",
            "\u2022 Apuração de impostos indiretos (ICMS, PIS e COFINS)",
        )
    )
    assert [
        (job["name"], job["position"], job.get("location"), job["startDate"], job.get("endDate"))
        for job in result["work"]
    ] == [
        (
            "Transportadora Rio Tibagi Ltda.",
            "Assistente Administrativo",
            "Joinville/SC",
            "2024-02",
            None,
        ),
        (
            "Cooperativa Agroindustrial Vale Verde",
            "Analista Financeiro Pleno",
            "Curitiba/PR",
            "2020-06",
            "2023-10",
        ),
    ]


def test_a_brazilian_address_with_its_cep() -> None:
    found = find_location(["Rua Marechal Deodoro, 418 \u2013 Curitiba/PR \u2013 CEP 80010-000"])
    assert found is not None
    assert (found.address, found.city, found.region, found.postalCode) == (
        "Rua Marechal Deodoro, 418",
        "Curitiba",
        "PR",
        "80010-000",
    )


@pytest.mark.parametrize("text", ["TCP/IP", "Client/Server", "Sales/Marketing"])
def test_a_slash_between_words_is_no_town_and_state(text: str) -> None:
    assert parse_location(text) is None


def test_a_degree_in_portuguese_and_south_african_certificates() -> None:
    assert _degree_split("Bacharelado em Economia") == ("Bacharelado", "Economia")
    assert _degree_split("National Senior Certificate") == ("National Senior Certificate", None)
    assert _degree_split("Higher Certificate in Accounting") == ("Higher Certificate", "Accounting")


def test_labelled_education_rows() -> None:
    result = structure(
        rows(
            "TUMELO SEKGOBELA",
            "Educational Qualifications",
            "Institution:   Tshwane University of Technology",
            "Qualification:   BCom Accounting",
            "Period:   2016 \u2013 2019",
            "Matric:   Capricorn High School",
            "Certificate:   National Senior Certificate",
            "Year Completed:   2015",
        )
    )
    assert [
        (e["institution"], e.get("studyType"), e.get("area"), e.get("startDate"), e["endDate"])
        for e in result["education"]
    ] == [
        ("Tshwane University of Technology", "BCom", "Accounting", "2016", "2019"),
        ("Capricorn High School", "National Senior Certificate", None, None, "2015"),
    ]


def test_an_identity_number_is_no_phone() -> None:
    text = "Identity Number:   9304220817081\nContact Number:   072 799 8651"
    assert find_phone(text) == "072 799 8651"


def test_a_street_suburb_town_and_postcode() -> None:
    found = find_location(["Residential Address:   27 Marshall Street, Bendor, Polokwane, 0699"])
    assert found is not None
    assert (found.address, found.city, found.postalCode) == (
        "27 Marshall Street, Bendor",
        "Polokwane",
        "0699",
    )


def test_languages_with_the_skills_in_each() -> None:
    found = parse_languages(["English \u2013 Read, Write, Speak", "Sepedi \u2013 Read, Speak"])
    assert [(lang.language, lang.fluency) for lang in found] == [
        ("English", "Read, Write, Speak"),
        ("Sepedi", "Read, Speak"),
    ]
