"""General rules from the "holdout-77" and "holdout-78" rounds, measured on the final parser:
an e-mail under its label in a sidebar read as a label column, Luxembourg's school-leaving
diploma, a Portuguese month cut from its year ("maio" over "de 2026"), and a job's bullets
titled without a colon."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.dates import join_wrapped_range
from resume_processor.pipeline.structure.labels import read_label_column
from tests.unit.layouts import titled


def test_an_email_under_its_label_in_a_label_column_is_kept() -> None:
    def line(text: str, x0: float, y: float) -> Line:
        return Line(text, Box(x0, y, x0 + 4.5 * len(text), y + 8), 8.2)

    sidebar = [
        ("Phone", 25), ("+856 20 6502 7845", 25), ("Email", 25),
        ("somphone.xayavong94@gmail.com", 25), ("Date of Birth: 24/06/1995", 25),
        ("Nationality: Lao", 25), ("Marital Status: Married", 25), ("Gender: Female", 25),
    ]  # fmt: skip
    lines = [line(text, x0, 60 + 14 * i) for i, (text, x0) in enumerate(sidebar)]
    lines += [line(f"Main column line {i}", 200, 60 + 14 * i) for i in range(12)]
    out, _ = read_label_column(lines)
    assert "somphone.xayavong94@gmail.com" in [entry.text for entry in out]


def test_luxembourg_s_school_leaving_diploma() -> None:
    title = "Ausbildung / Formation"
    resume = titled(
        title,
        "2015",
        "Diplôme de fin d'études secondaires classiques",
        "Lycée Hubert Clément, Esch-sur-Alzette",
        titles=(title,),
    )
    [school] = resume["education"]
    assert school["studyType"] == "Diplôme de fin d'études secondaires classiques"
    assert school["institution"] == "Lycée Hubert Clément, Esch-sur-Alzette"


def test_a_month_cut_from_its_year_before_de() -> None:
    assert join_wrapped_range(
        f"julho de 2024 – maio{CELL_GAP}Contabilista",
        f"de 2026{CELL_GAP}Cooperativa Café Ermera Lda. (Baucau)",
    ) == (
        f"julho de 2024 – maio 2026{CELL_GAP}Contabilista",
        "Cooperativa Café Ermera Lda. (Baucau)",
    )


def test_a_title_over_a_job_s_bullets_without_its_colon() -> None:
    resume = titled(
        "EXPERIENCE",
        f"Patient Coordinator{CELL_GAP}07/2017 - 06/2020",
        "Tri-County Auto Finance, Evansville, IN",
        "Key Qualifications & Responsibilities",
        "• Scheduled 40+ patient appointments a day",
        titles=("EXPERIENCE",),
    )
    [job] = resume["work"]
    assert (job["name"], job["position"]) == ("Tri-County Auto Finance", "Patient Coordinator")
    assert "summary" not in job
