"""General rules from the "holdout-39" and "holdout-40" rounds: a list of bulleted one-line
entries, words that label a date after them in other languages, and the labels of the old
Europass form in the languages it was published in."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.dates import find_date_range, strip_span
from tests.unit.layouts import dressed, structure

TITLES = ("FORMAÇÃO ACADÊMICA", "EXPERIÊNCIA PROFISSIONAL")


def test_a_list_of_bulleted_one_line_entries() -> None:
    result = structure(
        dressed(
            "Letícia Siqueira",
            "leticia@example.com.br",
            "FORMAÇÃO ACADÊMICA",
            "• Tecnólogo em Logística – Universidade Federal de Minas Gerais – Concluído em 2020",
            "• Técnico em Administração – SENAC Minas – Concluído em 2016",
            "EXPERIÊNCIA PROFISSIONAL",
            "Transportes Rodovale Ltda. – Belo Horizonte/MG",
            titles=TITLES,
        )
    )
    schools = [
        (school.get("institution"), school.get("studyType"), school.get("endDate"))
        for school in result["education"]
    ]
    assert schools == [
        ("Universidade Federal de Minas Gerais", "Tecnólogo", "2020"),
        ("SENAC Minas", "Técnico", "2016"),
    ]


def test_bullets_under_a_header_stay_its_highlights() -> None:
    result = structure(
        dressed(
            "Letícia Siqueira",
            "leticia@example.com.br",
            "EXPERIÊNCIA PROFISSIONAL",
            f"Analista de Logística{CELL_GAP}mar/2023 – atual",
            "Transportes Rodovale Ltda.",
            "• Negociação com transportadoras e redução de 12% no custo de frete",
            "• Treinamento de auxiliares de logística em normas de segurança",
            titles=("EXPERIÊNCIA PROFISSIONAL",),
        )
    )
    assert len(result["work"]) == 1
    assert len(result["work"][0]["highlights"]) == 2


def test_words_that_label_the_date_after_them() -> None:
    for text in (
        "UFMG – Concluído em 2020",
        "UFMG – Conclusão: 2020",
        "UFMG – Terminado en 2020",
        "UFMG – Obtenu en 2020",
        "UFMG – Completed in 2020",
    ):
        found = find_date_range(text)
        assert found is not None
        assert strip_span(text, found.span) == "UFMG"
