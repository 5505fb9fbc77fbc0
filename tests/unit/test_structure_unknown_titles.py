"""Resumes whose section titles are in no language the lists hold: the titles are found by
their type alone (larger, or in bold capitals of the body's size, or sized where Word's body
keeps its default), and each section's kind is read from its content, education by the
degrees it names, work by the roles and employers."""

from __future__ import annotations

from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.local import LocalStructurer, kind_unknown_sections
from resume_processor.pipeline.structure.sections import (
    Kind,
    Section,
    Style,
    typographic_heading_style,
    typographic_heading_styles,
)


def _line(text: str, y: float, size: float | None = 10.0, bold: bool = False) -> Line:
    return Line(text, Box(60, y, 60 + 5 * len(text), y + 10), font_size=size, bold=bold)


def _body(count: int, size: float | None = 10.0) -> list[Line]:
    return [_line(f"Ovo selta brin vanu {i} kora", 400 + 12 * i, size) for i in range(count)]


def test_titles_in_bold_capitals_of_the_body_size() -> None:
    # An ATS resume: one type size throughout; titles in bold capitals, job titles in bold.
    lines = [
        _line("VELMORA", 40, bold=True),
        _line("Senior Engineer", 60, bold=True),
        _line("Data Analyst", 80, bold=True),
        _line("Team Lead", 100, bold=True),
        _line("KASTIRO", 120, bold=True),
        _line("DUNVELA", 140, bold=True),
        *_body(10),
    ]
    style = typographic_heading_style(lines)
    assert style is not None
    assert (style.font_size, style.bold, style.upper) == (10.0, True, True)


def test_titles_sized_where_the_body_keeps_the_default_size() -> None:
    # Word leaves the body's size unset; the titles carry one of their own.
    lines = [
        _line("Velmora", 40, 13.0, bold=True),
        _line("Kastiro", 120, 13.0, bold=True),
        _line("Dunvela", 140, 13.0, bold=True),
        *_body(10, size=None),
    ]
    style = typographic_heading_style(lines)
    assert style is not None
    assert (style.font_size, style.bold) == (13.0, True)


def test_titles_in_bold_small_capitals_a_little_smaller_than_the_body() -> None:
    lines = [
        _line("VELMORA", 40, 9.5, bold=True),
        _line("KASTIRO", 120, 9.5, bold=True),
        _line("DUNVELA", 140, 9.5, bold=True),
        *_body(10, size=10.5),
    ]
    style = typographic_heading_style(lines)
    assert style is not None
    assert (style.font_size, style.upper) == (9.5, True)


def test_ocr_sizes_must_stand_well_apart() -> None:
    # OCR measures sizes from the ink and knows no weight: short lines half a point larger
    # are no titles, lines a fifth larger are.
    def read(title_size: float) -> list[Line]:
        titles = [
            _line(t, 40 + 20 * i, title_size)
            for i, t in enumerate(("Velmora", "Kastiro", "Dunvela"))
        ]
        lines = [*titles, *_body(10, size=11.0)]
        for line in lines:
            line.bold = None
        return lines

    assert typographic_heading_style(read(11.5)) is None
    assert typographic_heading_style(read(13.5)) is not None


def test_a_main_columns_titles_set_larger_than_a_sidebars() -> None:
    # Three sidebar titles in 10 pt bold capitals; two main-column titles in 11.5 pt; the
    # name in 22 pt and the headline in 11 pt are no titles.
    lines = [
        _line("PIRUSA", 40, 10.0, bold=True),
        _line("KANE", 60, 10.0, bold=True),
        _line("DUNERUMO", 80, 10.0, bold=True),
        _line("Odalys Vandermeer", 100, 22.0, bold=True),
        _line("Data Engineer", 120, 11.0),
        _line("RUKALOHU", 140, 11.5, bold=True),
        _line("VIZEFIMO", 160, 11.5, bold=True),
        *_body(10, size=9.0),
    ]
    assert typographic_heading_styles(lines) == {
        Style(10.0, True, True),
        Style(11.5, True, True),
    }


def test_no_title_type_in_a_resume_of_one_style() -> None:
    lines = [_line("Velmora", 40), _line("Kastiro", 60), _line("Dunvela", 80), *_body(10)]
    assert typographic_heading_style(lines) is None


def _section(title: str, *texts: str) -> Section:
    return Section(title, Kind.OTHER, [_line(text, 100 + 12 * i) for i, text in enumerate(texts)])


def test_degrees_tell_education_from_posts_held_at_universities() -> None:
    posts = _section(
        "ronevinelo",
        "Assistant Professor of Physics, Brambleton University, 2019 \u2013 present",
        "Postdoctoral Research Associate, Leyton University, 2016 \u2013 2019",
    )
    degrees = _section(
        "vizefimo",
        "Ph.D. in Physics, Ashcombe College, 2012 \u2013 2016",
        "M.S. in Physics, Ashcombe College, 2010 \u2013 2012",
    )
    papers = _section(
        "tebororupi",
        "[1] Szabo, C. (2022). Nematic order in thin films, 2021 \u2013 2022",
        "[2] Szabo, C. (2021). A note on phonons, 2020 \u2013 2021",
    )
    kind_unknown_sections([posts, degrees, papers])
    assert (posts.kind, degrees.kind, papers.kind) == (Kind.WORK, Kind.EDUCATION, Kind.OTHER)


def test_work_is_the_section_naming_the_most_roles_not_the_first_dated_one() -> None:
    awards = _section(
        "ristova",
        "Early Career Award, Society for Physics, 2019 \u2013 2020",
        "Best Poster, Nordic Meeting, 2017 \u2013 2018",
    )
    jobs = _section(
        "velmora",
        "Senior Software Engineer, Nimbus Networks Oy   2021 \u2013 2024",
        "Software Engineer, Bluefin Energy Ltd   2018 \u2013 2021",
        "Junior Developer, Kallio Systems GmbH   2016 \u2013 2018",
    )
    kind_unknown_sections([awards, jobs])
    assert (awards.kind, jobs.kind) == (Kind.OTHER, Kind.WORK)


def test_a_whole_resume_under_titles_in_an_unknown_language() -> None:
    texts: list[tuple[str, float, bool]] = [
        ("Aino Virtanen", 20.0, True),
        ("aino.virtanen@example.fi   +358 40 123 4567", 10.0, False),
        ("VELMORA", 10.0, True),
        ("Senior Software Engineer, Nimbus Networks Oy   01/2021 \u2013 03/2024", 10.0, False),
        ("\u2022 Cut the build time of the main service by half.", 10.0, False),
        ("Software Engineer, Bluefin Energy Ltd   02/2018 \u2013 12/2020", 10.0, False),
        ("\u2022 Wrote the billing export used by every customer.", 10.0, False),
        ("KASTIRO", 10.0, True),
        ("Master of Science in Computer Science, Aalto University   2016 \u2013 2018", 10.0, False),
        ("DUNVELA", 10.0, True),
        ("Python, Go, PostgreSQL", 10.0, False),
    ]
    lines = [_line(text, 40 + 16 * i, size, bold) for i, (text, size, bold) in enumerate(texts)]
    document = LayoutDocument([Page(1, 595, 842, lines)], engine="test")
    resume = LocalStructurer().structure(document)
    work = [(job["name"], job["position"], job["startDate"]) for job in resume["work"]]
    assert work == [
        ("Nimbus Networks Oy", "Senior Software Engineer", "2021-01"),
        ("Bluefin Energy Ltd", "Software Engineer", "2018-02"),
    ]
    (school,) = resume["education"]
    assert (school["institution"], school["studyType"]) == ("Aalto University", "Master of Science")
