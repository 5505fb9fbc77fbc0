"""Twelfth held-out round ("holdout-12"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-dot-leaders`` — a conservative one-column resume whose entry lines are "Position,
  Company ........ 2019 \u2013 2022": real '.' characters fill the space to right-aligned years,
  as Word's tab leaders come out in a PDF. The city follows on the next line in small type,
  then bullets; education likewise ("MSc Physics, ETH Zürich ........ 2014", the year the
  degree was finished). Section headings are centred with a short rule under them. Years
  only, so the truth dates are years.
* ``pdf-newspaper-two-column`` — a full-width name banner over two columns of equal width.
  Experience starts in the left column and, as a newspaper flows, continues at the top of the
  right column in the middle of one entry's bullets; the right column then holds Education,
  Skills and Certifications. Entries are "Company — City, ST" bold, the position in italics,
  and "03/2018 \u2013 11/2021" on its own line.
* ``pdf-polish-cv`` — a Polish CV: "Dane osobowe" (address, phone, e-mail), "Doświadczenie
  zawodowe" with entries "Stanowisko \u2013 Firma Sp. z o.o., Miasto" and dates "03.2019 \u2013
  obecnie" or "styczeń 2016 \u2013 luty 2019" (one form per document), "Wykształcenie" (years),
  "Umiejętności", "Języki obce" ("angielski \u2013 C1") and the GDPR consent clause at the foot.
* ``docx-word-columns`` — a Word document in two sections: a one-column section with the
  name and contacts ending in a continuous section break, then a section set in two newspaper
  columns (``w:cols w:num="2"``) with Experience in column one and, after a column break
  (``w:br w:type="column"``), Education, Skills and Languages in column two. Entries are
  "Position | Company" bold then "Jan 2018 \u2013 Present, City".
* ``scan-fax-with-cover`` — a two-page fax kept as a PDF of bilevel 200 dpi page images with
  no text layer. Page one is a fax cover sheet (To: a recruiter at a company, From: the
  candidate, Date, Pages: 2, Re: the job applied for, a short note); page two is the
  one-page resume. Each page carries a fax header line at the top. The truth is the resume:
  the recruiter and the recruiter's company are not the candidate's and appear nowhere in it.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country or a US state is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf, degree_truth, job_truth
from tests.eval.holdout7 import Pool
from tests.eval.people import ascii_slug
from tests.eval.render import (
    FIXED_DATE,
    FONTS,
    drop_empty,
    months_before,
    normalise_zip,
    numeric_month,
    short_month,
)

HOLDOUT_TAG = "holdout-12"
GENERATOR = "tests/eval/holdout12.py"
SEED = 3_860_517

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-dot-leaders", 3),
    ("pdf-newspaper-two-column", 3),
    ("pdf-polish-cv", 3),
    ("docx-word-columns", 2),
    ("scan-fax-with-cover", 2),
)

MIESIACE = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)
GDPR = (
    "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do "
    "realizacji procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady "
    "(UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO)."
)

POOLS: dict[str, Pool] = {
    "pdf-dot-leaders": Pool(
        first=("Leontine", "Caspar", "Isolde", "Ambrosine", "Ottilie", "Tancred"),
        last=("Cranleigh", "Tolhurst", "Gillingham", "Wetherall", "Brackley"),
        cities=(
            ("Zürich", None, "CH", "Zürich, Switzerland"),
            ("Basel", None, "CH", "Basel, Switzerland"),
            ("Lausanne", None, "CH", "Lausanne, Switzerland"),
        ),
        employers=(
            "Limmat Precision Optics AG",
            "Uetliberg Reinsurance AG",
            "Rheinknie Pharma AG",
            "Lindenhof Quantitative Partners",
            "Seefeld Instruments GmbH",
            "Léman Photonics SA",
        ),
        titles=(
            "Senior Research Scientist",
            "Research Scientist",
            "Quantitative Analyst",
            "Optical Engineer",
            "Data Scientist",
        ),
        highlights=(
            "Designed the interferometer test bench used for every production lens",
            "Modelled catastrophe losses for the European windstorm portfolio",
            "Reduced calibration time of the spectrometer line from 40 to 12 minutes",
            "Published four peer-reviewed papers on ultrafast laser pulses",
            "Built the Monte Carlo pricing library used by the structuring desk",
            "Supervised two doctoral students and three master's theses",
            "Validated stability assays for two biologics ahead of filing",
            "Led a cross-site study on thermal drift in precision stages",
            "Automated the nightly risk report with Python and SQL",
            "Secured a CHF 1.2M Innosuisse grant with a university partner",
            "Introduced code review and unit testing to the analytics team",
            "Presented results to the regulator during the annual model review",
            "Characterised coating defects with a new dark-field microscope",
            "Cut simulation run time by 70% by moving the solver to GPUs",
        ),
        skills=("Python", "MATLAB", "Zemax", "C++", "Monte Carlo methods", "LabVIEW", "SQL"),
        schools=("Universität Bern", "Universität Basel", "EPFL"),
        degrees=(("MSc", "Physics"), ("BSc", "Physics")),
    ),
    "pdf-newspaper-two-column": Pool(
        first=("Lavinia", "Alistair", "Obadiah", "Silas", "Jedediah", "Lucinda"),
        last=("Pettengill", "Quarles", "Sewall", "Fennimore", "Lovejoy"),
        cities=(
            ("Portland", "ME", "US", "Portland, ME"),
            ("Burlington", "VT", "US", "Burlington, VT"),
            ("Providence", "RI", "US", "Providence, RI"),
        ),
        employers=(
            "Casco Bay Outfitters",
            "Green Mountain Telehealth",
            "Narragansett Shipyard Services",
            "Penobscot Timber Co.",
            "Champlain Valley Credit Union",
            "Allagash Software Group",
            "Kennebec Paper Mills",
        ),
        titles=(
            "Operations Manager",
            "Supply Chain Analyst",
            "Logistics Coordinator",
            "Senior Operations Analyst",
            "Purchasing Specialist",
        ),
        highlights=(
            "Cut inbound freight costs by 17% by consolidating carriers",
            "Managed a purchasing budget of $12M across 140 suppliers",
            "Rolled out barcode scanning at three distribution sites",
            "Built the weekly S&OP dashboard used by the leadership team",
            "Negotiated a two-year contract for recycled pulp supply",
            "Reduced stock-outs on top sellers from 9% to 2%",
            "Led a team of six coordinators across two shifts",
            "Mapped the order-to-cash process and removed two approvals",
            "Introduced cycle counting, ending the annual shutdown count",
            "Trained 40 staff on the new warehouse management system",
            "Coordinated vessel repairs with 25 subcontractors",
            "Set up vendor scorecards reviewed every quarter",
            "Moved telehealth equipment logistics to a single 3PL",
            "Lowered average days of inventory from 48 to 31",
            "Wrote the supplier code of conduct with the legal team",
            "Ran the RFP for a new transportation management system",
            "Tracked fleet fuel use and cut idling by a quarter",
            "Planned the move to a 90,000 sq ft warehouse with no lost orders",
            "Automated purchase order matching in NetSuite",
            "Presented monthly cost reports to the CFO",
            "Organised a regional supplier day for 60 vendors",
            "Cleaned up 8,000 stale item records in the ERP",
            "Forecast seasonal demand for the outdoor gear line",
            "Built a landed-cost model for imports from Asia",
        ),
        skills=(
            "NetSuite",
            "SAP MM",
            "Excel (Power Query)",
            "Tableau",
            "Lean Six Sigma",
            "Demand planning",
            "Vendor negotiation",
            "SQL",
        ),
        schools=("University of Vermont", "Bowdoin College", "Brown University"),
        degrees=(("MBA", "Operations Management"), ("B.A.", "Economics")),
    ),
    "pdf-polish-cv": Pool(
        first=("Agnieszka", "Bartosz", "Małgorzata", "Przemysław", "Katarzyna", "Grzegorz"),
        last=("Wójcik", "Kaczmarek", "Zając", "Pawlak", "Michalak"),
        cities=(
            ("Warszawa", "ul. Marszałkowska 84/12", "00-517", "ul. Marszałkowska 84/12"),
            ("Kraków", "ul. Długa 27/4", "31-146", "ul. Długa 27/4"),
            ("Wrocław", "ul. Legnicka 51/9", "53-671", "ul. Legnicka 51/9"),
        ),
        employers=(
            "Wiślana Systemy Sp. z o.o.",
            "Mazowiecka Grupa Logistyczna Sp. z o.o.",
            "Odra Software Sp. z o.o.",
            "Wawel Fintech Sp. z o.o.",
            "Bałtycki Dom Maklerski S.A.",
            "Tatry Data Sp. z o.o.",
        ),
        titles=(
            "Programista Java",
            "Starszy programista",
            "Analityk systemowy",
            "Kierownik zespołu",
            "Inżynier DevOps",
        ),
        highlights=(
            "Rozwój systemu rozliczeń dla 200 tys. klientów",
            "Migracja aplikacji do chmury AWS",
            "Wdrożenie testów automatycznych w zespole sześciu osób",
            "Skrócenie czasu generowania raportów z 3 godzin do 20 minut",
            "Projektowanie interfejsów REST dla aplikacji mobilnej",
            "Koordynacja współpracy z dostawcami zewnętrznymi",
            "Przygotowanie dokumentacji technicznej i szkolenia użytkowników",
            "Wdrożenie procesu CI/CD w GitLab",
            "Analiza wymagań biznesowych z działem sprzedaży",
            "Optymalizacja zapytań SQL w bazie Oracle",
            "Prowadzenie rekrutacji technicznych",
            "Utrzymanie klastra Kubernetes w trzech środowiskach",
        ),
        skills=("Java", "Spring Boot", "SQL", "Docker", "Kubernetes", "Git", "Jira", "AWS"),
        schools=(
            "Politechnika Warszawska",
            "Politechnika Wrocławska",
            "Akademia Górniczo-Hutnicza",
        ),
        degrees=(("magister inżynier", "Informatyka"), ("inżynier", "Automatyka i Robotyka")),
    ),
    "docx-word-columns": Pool(
        first=("Hinemoa", "Tamati", "Kiri", "Wiremu", "Mereana", "Hemi"),
        last=("Pomare", "Ratana", "Whitcombe", "Ngata", "Fairbairn"),
        cities=(
            ("Dunedin", None, "NZ", "Dunedin, New Zealand"),
            ("Hamilton", None, "NZ", "Hamilton, New Zealand"),
            ("Nelson", None, "NZ", "Nelson, New Zealand"),
        ),
        employers=(
            "Otakou Medical Devices Ltd",
            "Waimakariri Diagnostics",
            "Kirikiriroa Aerospace Components",
            "Taieri Bioprocessing Ltd",
            "Aoraki Orthopaedics",
        ),
        titles=(
            "Senior Quality Engineer",
            "Quality Engineer",
            "Validation Engineer",
            "Process Engineer",
        ),
        highlights=(
            "Led process validation for a new catheter line (IQ/OQ/PQ)",
            "Closed 35 CAPAs ahead of the notified body audit",
            "Cut scrap on the moulding line by 22%",
            "Wrote the risk file for a class II diagnostic device",
            "Trained 50 operators on good documentation practice",
            "Introduced statistical process control on three lines",
            "Hosted two FDA inspections with no observations",
            "Qualified four new suppliers of machined parts",
            "Moved the complaint handling process into the eQMS",
            "Ran design-of-experiments studies on the sealing process",
        ),
        skills=("ISO 13485", "FDA 21 CFR 820", "Minitab", "SPC", "FMEA", "SolidWorks", "Six Sigma"),
        schools=("University of Otago", "University of Waikato", "Massey University"),
        degrees=(("MEng", "Biomedical Engineering"), ("BEng", "Mechanical Engineering")),
    ),
    "scan-fax-with-cover": Pool(
        first=("Rosendo", "Marisela", "Fermin", "Dolores", "Graciela", "Yesenia"),
        last=("Villarreal", "Pruitt", "Zamudio", "Hapgood", "Bojorquez"),
        cities=(
            ("Fresno", "CA", "US", "Fresno, CA"),
            ("Bakersfield", "CA", "US", "Bakersfield, CA"),
            ("Stockton", "CA", "US", "Stockton, CA"),
        ),
        employers=(
            "Central Valley Cold Storage",
            "Kern County Distribution LLC",
            "Sierra Vista Grocers",
            "San Joaquin Freight Lines",
            "Tulare Ag Supply",
        ),
        titles=("Shift Lead", "Inventory Control Lead", "Warehouse Associate", "Receiving Lead"),
        highlights=(
            "Supervised 14 associates on the night shift",
            "Kept inventory accuracy above 99.5% for two years",
            "Trained new hires on forklift and pallet jack safety",
            "Cut trailer unload time by 25 minutes per load",
            "Ran daily cycle counts and fixed variances in the WMS",
            "Zero recordable injuries on my shift for three years",
            "Scheduled dock doors for 60 inbound trucks a day",
            "Organized the freezer section with new slotting",
            "Handled returns and damaged goods claims",
        ),
        skills=(
            "Forklift certified",
            "RF scanners",
            "Manhattan WMS",
            "OSHA 10",
            "Excel",
            "Spanish",
        ),
        schools=("Fresno City College", "Bakersfield College"),
        degrees=(("Certificate", "Logistics and Supply Chain"), ("A.S.", "Business")),
    ),
}

RECRUITERS = (
    ("Bernadette Ostrander", "Golden Foothill Logistics"),
    ("Lyle Kettering", "Pacific Crest Distribution"),
    ("Corinne Vasquez-Hale", "Delta Breeze Foods"),
)
CERTIFICATES = (
    ("Certified Supply Chain Professional (CSCP)", "APICS"),
    ("Lean Six Sigma Green Belt", "ASQ"),
    ("Certified Professional in Supply Management", "ISM"),
    ("PMP", "PMI"),
)
LEADER_WIDTH = 170.0


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-dot-leaders":
        return {"serif": rng.random() < 0.6}
    if style == "pdf-newspaper-two-column":
        return {"accent": rng.choice(((24, 46, 84), (92, 30, 30), (30, 70, 60)))}
    if style == "pdf-polish-cv":
        return {"names": rng.random() < 0.5, "accent": rng.choice(((170, 20, 40), (40, 60, 90)))}
    if style == "scan-fax-with-cover":
        return {
            "tilt": rng.uniform(-0.7, 0.7),
            "time": f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
            "recruiter": rng.randrange(len(RECRUITERS)),
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    home = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    count, take = {
        "pdf-dot-leaders": (rng.randint(3, 4), 3),
        "pdf-newspaper-two-column": (rng.randint(5, 6), 4),
        "pdf-polish-cv": (rng.randint(3, 4), 3),
        "docx-word-columns": (rng.randint(3, 4), 3),
        "scan-fax-with-cover": (3, 3),
    }[style]
    current = rng.random() < 0.7
    end: Month | None = None if current else (2026, rng.randint(2, 9))
    jobs: list[Job] = []
    for company in rng.sample(pool.employers, count):
        start = months_before(end or (2026, 10), rng.randint(14, 44))
        if style == "pdf-polish-cv":
            where = rng.choice((home[0], home[0], "Warszawa", "Kraków", "Poznań", "Gdańsk"))
        else:
            place = home if rng.random() < 0.7 else rng.choice(pool.cities)
            # The newspaper and fax resumes print "City, ST"; the others the city alone.
            printed_city = style in ("pdf-newspaper-two-column", "scan-fax-with-cover")
            where = place[3] if printed_city else place[0]
        if style == "pdf-dot-leaders" and end is not None and end[0] == start[0]:
            start = (start[0] - 1, start[1])
        jobs.append(Job(company, rng.choice(pool.titles), where, start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 4))
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    for index in range(2) if rng.random() < 0.7 else (1,):
        study, area = pool.degrees[index]
        length = 2 if index == 0 else 3
        if style == "pdf-polish-cv":
            length = (2, 4)[index]
        school = rng.choice(pool.schools)
        degrees.append(Degree(school, study, area, (year - length, 9), (year, 6)))
        year -= length
    city, region, code, printed = home
    dial = {"ME": 207, "VT": 802, "RI": 401}
    fax_dial = {"Fresno": 559, "Bakersfield": 661, "Stockton": 209}
    phone = {
        "pdf-dot-leaders": f"+41 7{rng.randint(6, 9)} {rng.randint(100, 999)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        "pdf-newspaper-two-column": f"({dial.get(region or '', 207)}) "
        f"555-{rng.randint(1000, 9999)}",
        "pdf-polish-cv": f"+48 {rng.randint(500, 799)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}",
        "docx-word-columns": f"+64 2{rng.randint(3, 7)} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}",
        "scan-fax-with-cover": f"({fax_dial.get(city, 559)}) 555-{rng.randint(1000, 9999)}",
    }[style]
    tld = {"pdf-dot-leaders": "ch", "pdf-polish-cv": "pl", "docx-word-columns": "nz"}.get(
        style, "com"
    )
    candidate = Candidate(
        style=style,
        name=name,
        label=None,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=None,
        city=city,
        region=None if style == "pdf-polish-cv" else region,
        code=None if style == "pdf-polish-cv" else code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, 6),
    )
    candidate.extra = {"printed": printed}
    if style == "pdf-polish-cv":
        candidate.extra.update(address=region, postal=code)
        candidate.languages = [
            ("polski", "ojczysty"),
            ("angielski", rng.choice(("C1", "B2", "C2"))),
            (rng.choice(("niemiecki", "rosyjski", "hiszpański")), rng.choice(("B1", "A2"))),
        ]
    elif style == "pdf-dot-leaders":
        candidate.languages = [
            ("English", "Native"),
            ("German", rng.choice(("Fluent", "Professional"))),
            ("French", rng.choice(("Intermediate", "Basic"))),
        ]
    elif style == "docx-word-columns":
        candidate.languages = [
            ("English", "Native"),
            ("te reo Māori", rng.choice(("Fluent", "Conversational"))),
            (rng.choice(("French", "German", "Spanish")), rng.choice(("Intermediate", "Basic"))),
        ]
        candidate.label = jobs[0].position
    elif style == "pdf-newspaper-two-column":
        candidate.label = jobs[0].position
        certs = rng.sample(CERTIFICATES, 2)
        candidate.extra["certificates"] = [
            (cert, issuer, rng.randint(jobs[-1].start[0] + 1, 2025)) for cert, issuer in certs
        ]
        candidate.extra["summary"] = (
            f"{jobs[0].position} who keeps goods, money and people moving in the right "
            "direction. Comfortable on the warehouse floor and in the boardroom."
        )
    elif style == "scan-fax-with-cover":
        candidate.label = None
        candidate.extra["street"] = (
            f"{rng.randint(100, 4999)} N {rng.choice(('Cedar', 'Palm', 'Blackstone'))} Ave"
        )
        candidate.extra["summary"] = (
            "Dependable warehouse lead with ten years in cold storage and distribution. "
            "Bilingual, safety-minded and ready to run a shift."
        )
    return candidate


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options
    extra = person.extra
    if style == "pdf-polish-cv":
        location = {"address": extra["address"], "postalCode": extra["postal"], "city": person.city}
    else:
        location = drop_empty(
            {
                "address": extra.get("street"),
                "city": person.city,
                "region": person.region,
                "countryCode": person.code,
            }
        )
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra.get("summary"),
            "location": location,
        }
    )
    precision = "year" if style == "pdf-dot-leaders" else "month"
    work = [job_truth(job, precision) for job in person.jobs]
    education = [degree_truth(d, start=style != "pdf-dot-leaders") for d in person.degrees]
    certificates = [
        {"name": name, "issuer": issuer, "date": str(year)}
        for name, issuer, year in extra.get("certificates", [])
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-dot-leaders":
        return _leaders(person, options), "pdf"
    if style == "pdf-newspaper-two-column":
        return _newspaper(person, options), "pdf"
    if style == "pdf-polish-cv":
        return _polish(person, options), "pdf"
    if style == "docx-word-columns":
        return _columns_docx(person), "docx"
    if style == "scan-fax-with-cover":
        return _fax(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _year_span(start: Month, end: Month | None) -> str:
    return f"{start[0]} \u2013 {'Present' if end is None else end[0]}"


def _leaders(person: Candidate, options: dict[str, Any]) -> bytes:
    family, files = ("Serif", "DejaVuSerif") if options["serif"] else ("Sans", "DejaVuSans")
    pdf = _pdf(family, files)
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_title(f"{person.name} CV")
    pdf.add_page()
    x, width = 20.0, LEADER_WIDTH
    pdf.set_xy(x, 16)
    pdf.set_font(family, "B", 18)
    pdf.cell(width, 9, person.name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x)
    pdf.set_font(family, "", 9.5)
    line = f"{person.extra['printed']}  \u00b7  {person.phone}  \u00b7  {person.email}"
    pdf.cell(width, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def heading(text: str) -> None:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_x(x)
        pdf.set_font(family, "B", 11.5)
        pdf.cell(width, 6, text.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 0.6
        pdf.set_line_width(0.3)
        pdf.line(x + width / 2 - 14, y, x + width / 2 + 14, y)
        pdf.set_y(y + 2.5)

    def leader(left: str, right: str) -> None:
        if pdf.get_y() > 262:
            pdf.add_page()
        pdf.set_font(family, "", 10.5)
        right_w = pdf.get_string_width(right)
        pdf.set_font(family, "B", 10.5)
        left_w = pdf.get_string_width(left)
        pdf.set_xy(x, pdf.get_y())
        pdf.cell(left_w, 5.6, left)
        pdf.set_font(family, "", 10.5)
        dot = pdf.get_string_width(".")
        room = width - left_w - right_w - 2.5
        dots = "." * max(3, int(room / dot))
        pdf.set_xy(x + left_w + 1.2, pdf.get_y())
        pdf.cell(room, 5.6, dots)
        pdf.set_xy(x + width - right_w, pdf.get_y())
        pdf.cell(right_w, 5.6, right, new_x="LMARGIN", new_y="NEXT")

    heading("Professional Experience")
    for job in person.jobs:
        leader(f"{job.position}, {job.company}", _year_span(job.start, job.end))
        pdf.set_x(x)
        pdf.set_font(family, "I", 8.5)
        pdf.cell(width, 4.4, job.city, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 9.8)
        for note in job.highlights:
            pdf.set_x(x + 4)
            pdf.cell(4, 5, "\u2022")
            pdf.multi_cell(width - 8, 5, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    heading("Education")
    for d in person.degrees:
        leader(f"{d.study} {d.area}, {d.institution}", str(d.end[0]))
        pdf.ln(1.5)
    heading("Skills")
    pdf.set_x(x)
    pdf.set_font(family, "", 10)
    pdf.multi_cell(width, 5.4, ", ".join(person.skills), align="C", new_x="LMARGIN", new_y="NEXT")
    heading("Languages")
    pdf.set_x(x)
    pdf.set_font(family, "", 10)
    shown = "   \u00b7   ".join(f"{lang} ({level})" for lang, level in person.languages)
    pdf.multi_cell(width, 5.4, shown, align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _newspaper(person: Candidate, options: dict[str, Any]) -> bytes:
    accent = options["accent"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    pdf.add_page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 8)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(182, 10, person.name.upper(), align="C")
    pdf.set_xy(14, 19)
    pdf.set_font("Sans", "", 11)
    pdf.cell(182, 6, person.label or "", align="C")
    pdf.set_xy(14, 26)
    pdf.set_font("Sans", "", 8.5)
    contact = f"{extra['printed']}  |  {person.phone}  |  {person.email}"
    pdf.cell(182, 5, contact, align="C")
    pdf.set_text_color(25, 25, 25)
    gap = 8.0
    col_w = (182 - gap) / 2
    columns = (14.0, 14.0 + col_w + gap)
    top, bottom = 42.0, 284.0
    # Lay out Experience as (kind, text, height) units, then pick where the column turns.
    units: list[tuple[str, str, float, int]] = []  # kind, text, height, job index

    def lines(text: str, style: str, size: float, width: float) -> int:
        pdf.set_font("Sans", style, size)
        return len(pdf.multi_cell(width, 4.4, text, dry_run=True, output="LINES"))

    summary_h = lines(extra["summary"], "I", 9, col_w) * 4.4 + 4
    for number, job in enumerate(person.jobs):
        head = f"{job.company} \u2014 {job.city}"
        units.append(("company", head, lines(head, "B", 9.8, col_w) * 4.8 + 0.4, number))
        units.append(("position", job.position, 4.8, number))
        when = f"{numeric_month(job.start, 'Present')} \u2013 {numeric_month(job.end, 'Present')}"
        units.append(("dates", when, 5.4, number))
        for note in job.highlights:
            units.append(("bullet", note, lines(note, "", 9, col_w - 4) * 4.4 + 0.6, number))
        units.append(("gap", "", 3.0, number))
    y = top + summary_h + 9
    turn = len(units)
    for index, (_, _, height, _) in enumerate(units):
        if y + height > bottom:
            turn = index
            break
        y += height
    # Turn between two bullets of one entry, as a newspaper column does.
    while turn > 0 and not (
        units[turn][0] == "bullet"
        and units[turn - 1][0] == "bullet"
        and units[turn][3] == units[turn - 1][3]
    ):
        turn -= 1
    if turn == 0:
        raise ValueError(f"no column turn found for {person.name}")

    def heading(text: str, x: float, y: float) -> float:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(col_w, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + col_w, y + 6.8)
        pdf.set_text_color(25, 25, 25)
        return y + 9

    x = columns[0]
    y = heading("Profile", x, top)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(col_w, 4.4, extra["summary"], align="L")
    y = pdf.get_y() + 4
    y = heading("Experience", x, y)
    for index, (kind, text, height, _) in enumerate(units):
        if index == turn:
            x, y = columns[1], top
        pdf.set_xy(x, y)
        if kind == "company":
            pdf.set_font("Sans", "B", 9.8)
            pdf.multi_cell(col_w, 4.8, text, align="L")
        elif kind == "position":
            pdf.set_font("Sans", "I", 9.5)
            pdf.cell(col_w, 4.6, text)
        elif kind == "dates":
            pdf.set_font("Sans", "", 8.8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(col_w, 4.6, text)
            pdf.set_text_color(25, 25, 25)
        elif kind == "bullet":
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.4, "\u2022")
            pdf.set_xy(x + 4, y)
            pdf.multi_cell(col_w - 4, 4.4, text, align="L")
        y += height
    y += 2
    y = heading("Education", x, y)
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(col_w, 4.8, f"{d.study}, {d.area}", align="L")
        pdf.set_x(x)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(col_w, 4.6, f"{d.institution}, {d.start[0]} \u2013 {d.end[0]}", align="L")
        y = pdf.get_y() + 2.5
    y += 2
    y = heading("Skills", x, y)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(col_w, 4.6, " \u2022 ".join(person.skills), align="L")
    y = pdf.get_y() + 4
    y = heading("Certifications", x, y)
    for name, issuer, year in extra["certificates"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(col_w, 4.6, f"{name}, {issuer}, {year}", align="L")
        y = pdf.get_y() + 1.5
    if y > 290:
        raise ValueError(f"newspaper layout overflows for {person.name}")
    return bytes(pdf.output())


def _polish_month(month: Month | None, names: bool) -> str:
    if month is None:
        return "obecnie"
    if names:
        return f"{MIESIACE[month[1] - 1]} {month[0]}"
    return f"{month[1]:02d}.{month[0]}"


def _polish(person: Candidate, options: dict[str, Any]) -> bytes:
    accent = options["accent"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.add_page()
    x, width, label_w = 18.0, 174.0, 44.0
    pdf.set_xy(x, 15)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 26)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(width, 5, "Curriculum Vitae")
    pdf.set_text_color(20, 20, 20)
    y = 36.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_fill_color(*accent)
        pdf.rect(x, y + 0.8, 2.2, 5.2, style="F")
        pdf.set_xy(x + 4, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 7, text)
        pdf.set_text_color(20, 20, 20)
        y += 9.5

    def row(left: str, right: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(label_w, 5.2, left)
        pdf.set_xy(x + label_w, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(width - label_w, 5.2, right, align="L")
        y = pdf.get_y() + 0.8

    heading("Dane osobowe")
    row("Adres:", f"{extra['printed']}, {extra['postal']} {person.city}")
    row("Telefon:", person.phone)
    row("E-mail:", person.email)
    y += 3
    heading("Doświadczenie zawodowe")
    for job in person.jobs:
        when = f"{_polish_month(job.start, options['names'])} \u2013 "
        when += _polish_month(job.end, options["names"])
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.multi_cell(label_w - 2, 4.8, when, align="L")
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(x + label_w, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.multi_cell(
            width - label_w, 5.2, f"{job.position} \u2013 {job.company}, {job.city}", align="L"
        )
        y = pdf.get_y() + 0.5
        pdf.set_font("Sans", "", 9.2)
        for note in job.highlights:
            pdf.set_xy(x + label_w, y)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - label_w - 4, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3.5
    heading("Wykształcenie")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(label_w, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(x + label_w, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - label_w, 5, d.institution)
        pdf.set_xy(x + label_w, y + 5)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width - label_w, 5, f"{d.study}, {d.area}")
        y += 12
    heading("Umiejętności")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5.2, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 4
    heading("Języki obce")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5.2, f"{language} \u2013 {level}")
        y += 5.8
    if y > 268:
        raise ValueError(f"Polish CV overflows for {person.name}")
    pdf.set_xy(x, 274)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(110, 110, 110)
    pdf.multi_cell(width, 3.4, GDPR, align="J")
    return bytes(pdf.output())


# -------------------------------------------------------------------------------- Word columns

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _columns_docx(person: Candidate) -> bytes:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 1
    properties.title = f"{person.name} CV"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(16)

    def para(text: str = "", *, bold: bool = False, size: float = 10, after: float = 2) -> Any:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(after)
        paragraph.paragraph_format.space_before = Pt(0)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            run.font.size = Pt(size)
        return paragraph

    para(person.name, bold=True, size=22, after=0)
    para(person.label or "", size=12, after=2)
    contacts = f"{person.extra['printed']} | {person.phone} | {person.email}"
    para(contacts, size=9.5, after=8)
    # A new continuous section: everything above keeps one column, the rest gets two.
    new = document.add_section(WD_SECTION.CONTINUOUS)
    cols = new._sectPr.find(f"{{{W}}}cols")
    if cols is None:
        cols = parse_xml(f"<w:cols {nsdecls('w')}/>")
        new._sectPr.find(f"{{{W}}}pgMar").addnext(cols)
    cols.set(f"{{{W}}}num", "2")
    cols.set(f"{{{W}}}space", "567")

    def heading(text: str) -> None:
        paragraph = para(text.upper(), bold=True, size=11.5, after=4)
        paragraph.paragraph_format.space_before = Pt(4)

    heading("Experience")
    for job in person.jobs:
        para(f"{job.position} | {job.company}", bold=True, size=10.5, after=0)
        para(f"{short_month(job.start)} \u2013 {short_month(job.end)}, {job.city}", size=9.5)
        for note in job.highlights:
            paragraph = para(note, size=9.5, after=1)
            paragraph.style = document.styles["List Bullet"]
            paragraph.paragraph_format.space_after = Pt(1)
        para(after=2)
    paragraph = document.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.COLUMN)
    heading("Education")
    for d in person.degrees:
        para(f"{d.study} {d.area}", bold=True, size=10.5, after=0)
        para(d.institution, size=9.5, after=0)
        para(f"{d.start[0]} \u2013 {d.end[0]}", size=9.5, after=6)
    heading("Skills")
    for skill in person.skills:
        paragraph = para(skill, size=9.5, after=0)
        paragraph.style = document.styles["List Bullet"]
    heading("Languages")
    for language, level in person.languages:
        para(f"{language} \u2013 {level}", size=9.5, after=1)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


# ----------------------------------------------------------------------------------------- fax


def _fax_pages(person: Candidate, options: dict[str, Any]) -> bytes:
    extra = person.extra
    recruiter, company = RECRUITERS[options["recruiter"]]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    x = 22.0
    pdf.set_xy(x, 30)
    pdf.set_font("Sans", "B", 40)
    pdf.cell(166, 18, "FAX")
    pdf.set_line_width(1.2)
    pdf.line(x, 52, 188, 52)
    y = 62.0
    rows = (
        ("To:", recruiter),
        ("Company:", company),
        ("From:", person.name),
        ("Phone:", person.phone),
        ("Date:", "11/28/2026"),
        ("Pages:", "2 (including cover)"),
        ("Re:", "Application \u2013 Warehouse Supervisor"),
    )
    for label, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(34, 8, label)
        pdf.set_font("Sans", "", 13)
        pdf.cell(130, 8, value)
        pdf.set_line_width(0.3)
        pdf.line(x + 34, y + 8, 188, y + 8)
        y += 12
    y += 10
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 12)
    note = (
        f"Dear {recruiter.split()[0]},\n\nPlease find my resume attached for the Warehouse "
        f"Supervisor opening at {company}. I saw the posting at the job center and would "
        "welcome the chance to talk. I can start with two weeks' notice.\n\nThank you,\n"
        f"{person.name.split()[0]}"
    )
    pdf.multi_cell(166, 6.5, note, align="L")
    # Page two: the resume.
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_xy(x, 26)
    pdf.set_font("Sans", "", 10)
    line = f"{extra['street']}, {extra['printed']}  \u2022  {person.phone}  \u2022  {person.email}"
    pdf.cell(width, 5, line, align="C")
    y = 36.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(width, 6, text)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.5, x + width, y + 6.5)
        y += 9

    heading("SUMMARY")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(width, 5, extra["summary"], align="L")
    y = pdf.get_y() + 4
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width - 50, 5.5, job.position)
        pdf.set_font("Sans", "", 10)
        pdf.cell(50, 5.5, f"{short_month(job.start)} \u2013 {short_month(job.end)}", align="R")
        pdf.set_xy(x, y + 5.5)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        y += 11
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 5, "-")
            pdf.multi_cell(width - 7, 5, note, align="L")
            y = pdf.get_y()
        y += 3
    heading("EDUCATION")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(
            width, 5.5, f"{d.study}, {d.area} \u2013 {d.institution}, {d.start[0]}\u2013{d.end[0]}"
        )
        y += 6
    y += 3
    heading("SKILLS")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(width, 5, ", ".join(person.skills), align="L")
    if pdf.get_y() > 285:
        raise ValueError(f"fax resume overflows for {person.name}")
    return bytes(pdf.output())


def _fax(person: Candidate, options: dict[str, Any]) -> bytes:
    """Both pages as a fax machine receives them: bilevel 200 dpi images, header line on top."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(f"{person.name}/fax-cover")
    document = pdfium.PdfDocument(_fax_pages(person, options))
    header_font = ImageFont.truetype(str(FONTS / "DejaVuSansMono.ttf"), 22)
    sender = "+1 " + person.phone.replace("(", "").replace(") ", " ").replace("-", " ")
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("")
    count = len(document)
    for index in range(count):
        page = document[index].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        page = page.rotate(
            options["tilt"] + rng.uniform(-0.25, 0.25),
            resample=Image.Resampling.BICUBIC,
            fillcolor=255,
        )
        draw = ImageDraw.Draw(page)
        header = (
            f"Nov 28 2026 {options['time']}   FROM: {sender}   TO: 15595550100"
            f"   P. {index + 1}/{count}"
        )
        draw.text((60, 18), header, font=header_font, fill=0)
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        pixels = np.asarray(page, dtype=np.float32)
        noise = np.random.default_rng(rng.randrange(2**32))
        pixels = (pixels + noise.normal(0.0, 16.0, pixels.shape)).astype(np.float32)
        height, width = pixels.shape
        for _ in range(500):
            px, py = rng.randrange(width - 2), rng.randrange(height - 2)
            pixels[py : py + 2, px : px + 1 + (rng.random() < 0.3)] = 0
        binary = Image.fromarray(np.where(pixels > 160, 255, 0).astype(np.uint8)).convert("1")
        buffer = io.BytesIO()
        binary.save(buffer, "PNG", optimize=True)
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    document.close()
    return bytes(pdf.output())
