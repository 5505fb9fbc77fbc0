"""General rules from the "holdout-69" and "holdout-70" rounds: a Europass CV in Portuguese
(the logo before the name, its section titles, the business-or-sector line, the framework level
after a degree, "12.º Ano", "Classificação final"), a francophone table of diplomas ("Année(s)",
"BEPC", a mention after the subject, a school's name wrapped in the last cell), a Timorese
secondary certificate beside an "Escola", trainings under their own bold title, and a Malaysian
identity-card number that is no phone."""

from __future__ import annotations

from resume_processor.pipeline.extract.reading_order import group_lines
from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import find_phone
from resume_processor.pipeline.structure.entries import group_entries
from resume_processor.pipeline.structure.records import to_work
from resume_processor.pipeline.structure.rows import is_table_heading
from tests.unit.layouts import dressed, rows, run, structure, titled

_EUROPASS = (
    "europass Elisângela Tavares",
    "Curriculum Vitae",
    "INFORMAÇÃO PESSOAL",
    "Achada Santo António, Praia (Cabo Verde)",
    "elisangela.tavares@example.cv",
    "EDUCAÇÃO E FORMAÇÃO",
    f"2018 – 2022{CELL_GAP}Licenciatura em Economia{CELL_GAP}Nível 6 do QEQ",
    "Universidade do Mindelo",
    "Classificação final: 14 valores",
    f"2015 – 2018{CELL_GAP}12.º Ano – Ciências e Tecnologia{CELL_GAP}Nível 4 do QEQ",
    "Escola Secundária Abílio Duarte",
    "EXPERIÊNCIA PROFISSIONAL",
    f"agosto de 2024 – atual{CELL_GAP}Técnico de Recursos Humanos",
    "Morabeza Transportes Marítimos, S.A.",
    "▪ Recrutamento e acolhimento de novos colaboradores",
    "Atividade ou setor Transportes e logística",
    f"maio de 2022 – junho de 2024{CELL_GAP}Técnico de Contabilidade",
    "ElectroMindelo, Lda.",
    "▪ Controlo de caixa e emissão de faturas no sistema PHC",
    "Atividade ou setor Comércio de equipamentos",
    "COMPETÊNCIAS PESSOAIS",
    "Excel avançado",
)


def test_a_europass_cv_in_portuguese() -> None:
    titles = ("INFORMAÇÃO PESSOAL", "EDUCAÇÃO E FORMAÇÃO", "EXPERIÊNCIA PROFISSIONAL")
    resume = structure(dressed(*_EUROPASS, titles=(*titles, "COMPETÊNCIAS PESSOAIS")))
    assert resume["basics"]["name"] == "Elisângela Tavares"
    assert [(s["studyType"], s["area"], s["institution"]) for s in resume["education"]] == [
        ("Licenciatura", "Economia", "Universidade do Mindelo"),
        ("12.º Ano", "Ciências e Tecnologia", "Escola Secundária Abílio Duarte"),
    ]
    assert resume["education"][0]["score"] == "14"
    assert [(job["name"], job["position"]) for job in resume["work"]] == [
        ("Morabeza Transportes Marítimos, S.A.", "Técnico de Recursos Humanos"),
        ("ElectroMindelo, Lda.", "Técnico de Contabilidade"),
    ]
    assert [skill["name"] for skill in resume["skills"]] == ["Excel avançado"]


def test_the_business_or_sector_line_stays_with_its_job() -> None:
    entries = group_entries(
        rows(
            f"2024 – 2025{CELL_GAP}Técnico de Recursos Humanos",
            "Morabeza Transportes Marítimos",
            "• Recrutamento de novos colaboradores",
            "Tipo di azienda o settore Trasporti",
            f"2022 – 2024{CELL_GAP}Técnico de Contabilidade",
            "ElectroMindelo",
        )
    )
    assert [to_work(entry).name for entry in entries] == [
        "Morabeza Transportes Marítimos",
        "ElectroMindelo",
    ]
    assert entries[0].details[-1] == "Tipo di azienda o settore Trasporti"


def test_a_francophone_table_of_diplomas() -> None:
    assert is_table_heading(f"Année(s){CELL_GAP}Diplôme obtenu{CELL_GAP}Établissement")
    title = "DIPLÔMES ET FORMATIONS"
    resume = titled(
        title,
        f"Année(s){CELL_GAP}Diplôme obtenu{CELL_GAP}Établissement",
        CELL_GAP.join(
            (
                "2016 – 2019",
                "Licence professionnelle en Comptabilité et Finance Mention : Passable",
                "Université André Salifou de Zinder",
            )
        ),
        f"2013{CELL_GAP}BEPC{CELL_GAP}CEG 15 de Niamey",
        titles=(title,),
    )
    assert [
        (s["studyType"], s.get("area"), s["institution"], s.get("score"))
        for s in resume["education"]
    ] == [
        (
            "Licence professionnelle",
            "Comptabilité et Finance",
            "Université André Salifou de Zinder",
            "Passable",
        ),
        ("BEPC", None, "CEG 15 de Niamey", None),
    ]


def test_a_school_wrapped_in_the_last_cell_of_a_table_narrower_than_the_text() -> None:
    runs = [
        run(
            "Professionnel rigoureux, disponible et apte à travailler sous pression, ayant", 62, 300
        ),
        run("2011 – 2014", 57, 755),
        run("Licence en Sciences de Gestion", 136, 755),
        run("Université Abdou Moumouni de", 357, 755),
        run("Niamey", 357, 769.2),
        run("2008", 57, 790),
        run("BEPC", 136, 790),
        run("CEG 8 de Niamey", 357, 790),
    ]
    assert [line.text for line in group_lines(runs)][1:] == [
        CELL_GAP.join(
            ("2011 – 2014", "Licence en Sciences de Gestion", "Université Abdou Moumouni de Niamey")
        ),
        CELL_GAP.join(("2008", "BEPC", "CEG 8 de Niamey")),
    ]


def test_a_secondary_certificate_beside_an_escola() -> None:
    title = "EDUCATIONAL BACKGROUND"
    resume = titled(
        title,
        CELL_GAP.join(
            (
                "2010 – 2013",
                "Escola Secundária Geral 4 de Setembro",
                "Secondary School Certificate (Science)",
            )
        ),
        titles=(title,),
    )
    [school] = resume["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Escola Secundária Geral 4 de Setembro",
        "Secondary School Certificate",
        "Science",
    )


def test_trainings_under_their_own_title_in_the_education_section() -> None:
    title = "DIPLÔMES ET FORMATIONS"
    resume = titled(
        title,
        f"2017{CELL_GAP}Baccalauréat série Lettres Modernes",
        "Lycée de Rosso",
        "Stages et formations complémentaires",
        f"2021{CELL_GAP}Formation en audit interne – Cabinet Sahel Conseil",
        titles=(title,),
    )
    assert [school["institution"] for school in resume["education"]] == ["Lycée de Rosso"]
    assert [cert["name"] for cert in resume["certificates"]] == ["Formation en audit interne"]


def test_a_malaysian_identity_card_number_is_no_phone() -> None:
    text = "No. Kad Pengenalan   :   950125-05-1166\nNo. Telefon   :   017-493 4848"
    assert find_phone(text) == "017-493 4848"
