"""General rules from the "holdout-45" and "holdout-46" rounds: a job site's resume export
(a total glued to the work title's dash, the job wanted under a title of its own, the level of
education before the degree, a faculty and its subject under the university)."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.labels import split_label
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from tests.unit.layouts import dressed, structure

_EXPORT = (
    "Кудрявцева Ульяна Олеговна",
    "+7 (903) 379-96-33",
    "ulyana@example.ru",
    "Желаемая должность и зарплата",
    f"Ведущий аналитик данных{CELL_GAP}180 000 ₽ на руки",
    "Занятость: полная занятость",
    "Опыт работы —9 лет 4 месяца",
    f"Июль 2023 —{CELL_GAP}ООО «Камский маркетплейс»",
    "Июль 2026",
    "Ведущий аналитик данных",
    "- Расчёт юнит-экономики и LTV по когортам клиентов",
    "Образование",
    "Высшее образование (Бакалавр)",
    f"2016{CELL_GAP}Новосибирский государственный университет",
    "Механико-математический факультет, Прикладная математика",
)


def test_a_total_glued_to_the_titles_dash() -> None:
    for title in ("Опыт работы —9 лет 4 месяца", "Опыт работы – 9 лет", "Experience -5 years"):
        assert heading_kind(heading_key(title)) is Kind.WORK
    found = split_label("Опыт работы —9 лет 4 месяца")
    assert found is not None
    assert found[1] is Kind.WORK


def test_a_job_sites_export() -> None:
    result = structure(dressed(*_EXPORT, titles=(_EXPORT[3], _EXPORT[6], _EXPORT[11])))
    assert result["basics"]["label"] == "Ведущий аналитик данных"
    jobs = [(job.get("name"), job.get("position"), job.get("startDate")) for job in result["work"]]
    assert jobs == [("ООО «Камский маркетплейс»", "Ведущий аналитик данных", "2023-07")]
    (school,) = result["education"]
    assert school["institution"] == "Новосибирский государственный университет"
    assert school["studyType"] == "Бакалавр"
    assert school["area"] == "Механико-математический факультет, Прикладная математика"
