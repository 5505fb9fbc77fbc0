"""General rules from the "holdout-26" round: title and entry type half a point apart, list
numbers as bullets and on entry headers, a list or a bracket wrapped onto the next row, rows
of labelled pairs ("Name:   Haoran Shen   Gender:   Male"), a country code in brackets with
its plus, the position an objective asks for as the headline, Indonesian CVs (titles,
months, "Posisi   :" labels, S1/D3 degrees, "Jurusan", "IPK"), and Europass addresses with a
comma after the postcode."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.contact import find_location, find_phone
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.entries import BULLET
from resume_processor.pipeline.structure.local import labelled_name, wanted_position
from resume_processor.pipeline.structure.rows import join_open_rows
from resume_processor.pipeline.structure.sections import Style
from tests.unit.layouts import rows, structure


def test_title_and_entry_type_half_a_point_apart_are_two_styles() -> None:
    box = Box(50, 0, 200, 10)
    title = Line("Work Experience", box, font_size=10.5, bold=True)
    entry = Line("Back-end Development Engineer", box, font_size=9.5, bold=True)
    assert Style.of(title) != Style.of(entry)


def test_a_list_number_opens_a_highlight_not_a_name() -> None:
    assert BULLET.match("2. Led code review and mentored two junior developers")
    assert not BULLET.match("2. Acme Corp")


def test_a_full_list_and_an_open_bracket_carry_on_into_the_next_row() -> None:
    courses = "Main Courses: Data Structures, Operating Systems, Computer Networks, Java"
    lines = [
        Line(courses, Box(48, 0, 540, 9), font_size=9.0),
        Line("Programming", Box(48, 14, 103, 23), font_size=9.0),
        Line("2015 \u2013 2019   S1 Manajemen, Universitas Diponegoro (IPK", Box(48, 28, 500, 37)),
        Line("3,41/4,00)", Box(48, 42, 90, 51)),
        Line("Short, list, of, items", Box(48, 56, 200, 65), font_size=9.0),
        Line("Awards", Box(48, 70, 90, 79), font_size=9.0),
    ]
    assert [line.text for line in join_open_rows(lines)] == [
        f"{courses} Programming",
        "2015 \u2013 2019   S1 Manajemen, Universitas Diponegoro (IPK 3,41/4,00)",
        "Short, list, of, items",  # far from the right edge: the list ended there
        "Awards",
    ]


def test_a_row_of_labelled_pairs() -> None:
    lines = rows(
        f"Name:{CELL_GAP}Haoran Shen{CELL_GAP}Gender:{CELL_GAP}Male",
        f"Current City: Hangzhou, Zhejiang{CELL_GAP}Degree:{CELL_GAP}Bachelor",
    )
    assert labelled_name(lines) == "Haoran Shen"
    found = find_location([line.text for line in lines])
    assert found is not None
    assert (found.city, found.region) == ("Hangzhou", "Zhejiang")
    assert find_phone(f"Phone:{CELL_GAP}(+86) 158-8809-3818{CELL_GAP}E-mail:") == (
        "(+86) 158-8809-3818"
    )


def test_the_position_an_objective_asks_for() -> None:
    objective = rows(
        "Position: Senior Java Development Engineer Location: Hangzhou Expected Salary: Open"
    )
    assert wanted_position(objective) == "Senior Java Development Engineer"
    assert wanted_position(rows("Position: Negotiable")) is None


def test_indonesian_dates() -> None:
    found = find_date_range("Februari 2021 \u2013 Maret 2024")
    assert found is not None
    assert (found.start, found.end) == ("2021-02", "2024-03")
    found = find_date_range("April 2024 \u2013 Sekarang")
    assert found is not None
    assert (found.start, found.ongoing) == ("2024-04", True)


def test_an_indonesian_daftar_riwayat_hidup() -> None:
    result = structure(
        rows(
            "DAFTAR RIWAYAT HIDUP",
            "DATA PRIBADI",
            f"Nama Lengkap{CELL_GAP}: Putri Lubis",
            f"Alamat{CELL_GAP}: Jl. Raya Darmo Permai III No. 27, Surabaya",
            "60241",
            f"Email{CELL_GAP}: putrilubis19@gmail.com",
            "PENDIDIKAN FORMAL",
            f"2013 \u2013 2017{CELL_GAP}S1 Manajemen Keuangan, Universitas Airlangga, Surabaya"
            " (IPK 3,81/4,00)",
            f"2010 \u2013 2013{CELL_GAP}SMA Negeri 10 Surabaya, Jurusan IPA",
            "PENGALAMAN KERJA",
            "1. PT Sinar Niaga Nusantara (Februari 2021 \u2013 Maret 2024)",
            f"Posisi{CELL_GAP}: Staf Akuntansi",
            f"Lokasi{CELL_GAP}: Jakarta Selatan",
            "Tanggung jawab:",
            "- Menyusun laporan stok gudang bersama bagian logistik",
        )
    )
    basics = result["basics"]
    assert basics["name"] == "Putri Lubis"
    assert basics["location"] == {
        "address": "Jl. Raya Darmo Permai III No. 27",
        "postalCode": "60241",
        "city": "Surabaya",
    }
    [job] = result["work"]
    assert (job["name"], job["position"], job["location"], job["startDate"]) == (
        "PT Sinar Niaga Nusantara",
        "Staf Akuntansi",
        "Jakarta Selatan",
        "2021-02",
    )
    university, school = result["education"]
    assert (university["institution"], university["studyType"], university["area"]) == (
        "Universitas Airlangga",
        "S1",
        "Manajemen Keuangan",
    )
    assert university["score"] == "3,81/4,00"
    assert (school["institution"], school["area"]) == ("SMA Negeri 10 Surabaya", "IPA")


def test_addresses_with_the_town_before_the_postcode() -> None:
    found = find_location(["Alamat   : Jl. Sultan Agung No. 112, Semarang 50241"])
    assert found is not None
    assert (found.address, found.postalCode, found.city) == (
        "Jl. Sultan Agung No. 112",
        "50241",
        "Semarang",
    )
    found = find_location(["Address: Partizanska cesta 18, 2000, Maribor, Slovenia (Home)"])
    assert found is not None
    assert (found.address, found.postalCode, found.city, found.countryCode) == (
        "Partizanska cesta 18",
        "2000",
        "Maribor",
        "SI",
    )
    assert find_location(["Suite 200, Austin TX 78701"]) is None  # a state, not a town
