"""General rules from the "holdout-23" round: pharmacists' post-nominals; clinical rotations
are no jobs; a licence table's heading row is no certificate; a school's long name; an
employer line ending on an abbreviation is no sentence; pieces between dashes count apart; a
display name wrapped onto a second line; Mexican states and legal forms; the Kenyan secondary
certificate; a P.O. Box number is no phone."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.contact import find_phone, name_text
from resume_processor.pipeline.structure.entries import ends_sentence
from resume_processor.pipeline.structure.places import parse_location
from tests.unit.layouts import rows, structure


def test_a_pharmacists_credentials_leave_the_name() -> None:
    assert name_text("Harlan Pruett, PharmD") == "Harlan Pruett"
    assert name_text("Jo Doe, Pharm.D., RPh") == "Jo Doe"


def test_rotations_licences_and_a_long_school_name() -> None:
    result = structure(
        rows(
            "Harlan Pruett",
            "LICENSURE & CERTIFICATIONS",
            f"License / Certification{CELL_GAP}Issuing Body{CELL_GAP}Number{CELL_GAP}Expires",
            f"Registered Pharmacist (RPh){CELL_GAP}Ohio State Board of Pharmacy",
            "PROFESSIONAL EXPERIENCE",
            f"Staff Pharmacist{CELL_GAP}Jan 2018 \u2013 Jul 2021",
            "Riverbend Health System \u2013 Columbus, OH",
            "EDUCATION",
            f"Doctor of Pharmacy (PharmD){CELL_GAP}May 2017",
            "University of Cincinnati James L. Winkle College of Pharmacy",
            "ADVANCED PHARMACY PRACTICE EXPERIENCES",
            f"\u2022 Critical Care \u2013 Miami Valley Hospital{CELL_GAP}Mar 2017",
        )
    )
    assert [job["name"] for job in result["work"]] == ["Riverbend Health System"]
    assert [c["name"] for c in result["certificates"]] == ["Registered Pharmacist (RPh)"]
    assert [e["institution"] for e in result["education"]] == [
        "University of Cincinnati James L. Winkle College of Pharmacy"
    ]


def test_an_abbreviation_ends_no_sentence() -> None:
    assert ends_sentence("Wrote briefing notes for the board.")
    assert not ends_sentence("Bajío Automotriz S.A. de C.V. \u2013 Saltillo, Coah.")


def test_a_mexican_resume() -> None:
    lines = [
        Line("Fernanda Hernández", Box(218, 42, 477, 61), font_size=22.0),
        Line("Zavala", Box(218, 72, 300, 89), font_size=22.0),
        Line("Ingeniera Industrial", Box(218, 102, 335, 114), font_size=11.0),
        Line("EXPERIENCIA LABORAL", Box(218, 137, 358, 145), font_size=11.0, bold=True),
        Line(
            f"Coordinadora de Mejora Continua{CELL_GAP}abril de 2023 \u2013 actualidad",
            Box(218, 160, 560, 170),
            font_size=9.5,
        ),
        Line(
            "Envases Cuauhtémoc S.A. de C.V. \u2013 Ciudad de México",
            Box(218, 174, 470, 184),
            font_size=9.5,
        ),
        Line("\u2022 Reducción del scrap en 18 %", Box(224, 188, 400, 198), font_size=9.5),
        Line("\u2022 Elaboración de AMEF", Box(224, 202, 380, 212), font_size=9.5),
    ]
    result = structure(lines)
    assert (result["basics"]["name"], result["basics"]["label"]) == (
        "Fernanda Hernández Zavala",
        "Ingeniera Industrial",
    )
    [job] = result["work"]
    assert (job["name"], job["position"]) == (
        "Envases Cuauhtémoc S.A. de C.V.",
        "Coordinadora de Mejora Continua",
    )


def test_mexican_states_but_not_a_colonia() -> None:
    found = parse_location("44160 Guadalajara, Jal.")
    assert found is not None
    assert (found.city, found.region, found.postalCode, found.countryCode) == (
        "Guadalajara",
        "Jal.",
        "44160",
        "MX",
    )
    assert parse_location("Av. Constitución 2050, Col.") is None


def test_the_kenyan_secondary_certificate() -> None:
    result = structure(
        rows(
            "Kiprono Chebet",
            "EDUCATION",
            f"Maseno School{CELL_GAP}2015",
            "Kenya Certificate of Secondary Education (KCSE)",
        )
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"]) == (
        "Maseno School",
        "Kenya Certificate of Secondary Education (KCSE)",
    )


def test_a_po_box_number_is_no_phone() -> None:
    assert find_phone("P.O. Box 90233-80100, Mombasa | +254 717 784 535") == "+254 717 784 535"
