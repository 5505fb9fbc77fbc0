"""Fifteenth held-out round ("holdout-15"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-indian-resume`` — an Indian software professional's resume: the name over "Mobile:
  +91 … | E-mail: …", "Career Objective", "Work Experience" where each entry is "Employer,
  City" in bold with "Jun\u201918 \u2013 Till date" right-aligned, a "Designation:" line and
  "Roles & Responsibilities:" bullets, "Educational Qualifications" as a ruled table
  (Qualification | Institute | Year of Passing | Percentage / CGPA), "Technical Skills" as
  label/value rows, "Personal Details" (date of birth, father's name, nationality, languages
  known, address with PIN code) and a "Declaration" with "Place:" and "Date:" at the foot; it
  runs onto a second page.
* ``pdf-danish-cv`` — a Danish CV with a two-part header: the name and headline on the left,
  the address, "Tlf.", e-mail and LinkedIn address right-aligned in a column on the right.
  "Profil", then "Erhvervserfaring" where each entry opens with the period in small accent
  capitals ("MARTS 2019 \u2013 NU", or years only "2019 \u2013 NU"; one form per document) above
  the position in bold and "Virksomhed A/S \u00b7 By"; "Uddannelse" ("Cand.polyt., Maskinteknik"
  over the university and years), "Kompetencer" and "Sprog" ("Engelsk \u2013 flydende").
* ``pdf-graduate-coursework`` — a US new-graduate resume on Letter paper in Times with
  Education first: "University, City, ST" and the graduation month ("May 2026") on the right,
  the degree in italics, "GPA: 3.71/4.00" and a "Relevant Coursework:" line; then
  "Experience" (an entry-level job when there is one, an internship or research post and a
  part-time job held through school: position in bold, dates right, employer and place in
  italics, bullets), "Projects" (a bold title over one line) and "Skills" as label/value rows.
* ``pdf-nursing-licensure`` — a registered nurse's resume in a serif face: the name followed
  by the credentials ("Name, BSN, RN"), a headline, a contact line with city, state and ZIP,
  "Licensure & Certifications" in two columns (certificate in bold, "Issuer (Year)" below),
  "Professional Experience" with "Employer \u2014 City, OH" and "MM/YYYY \u2013 Present"
  right-aligned above the position, "Education" and "Clinical Skills" as label/value rows.
* ``scan-office-mfp-pdf`` — a two-page Filipino resume printed and scanned on an office
  multifunction printer to an image-only PDF: 300 dpi grayscale JPEG pages, each turned a
  fraction of a degree, with paper tone and sensor noise. The layout sets the section titles
  ("OBJECTIVE", "WORK EXPERIENCE", "EDUCATION", "SKILLS", "PERSONAL INFORMATION", "CHARACTER
  REFERENCES") in a left margin column beside the content; page two carries a running head
  with the name. The character references are other people at other companies and are not
  part of the candidate's history.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, months_before, short_month

HOLDOUT_TAG = "holdout-15"
GENERATOR = "tests/eval/holdout15.py"
SEED = 1_562_803

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-indian-resume", 3),
    ("pdf-danish-cv", 3),
    ("pdf-graduate-coursework", 3),
    ("pdf-nursing-licensure", 3),
    ("scan-office-mfp-pdf", 2),
)

LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MAANEDER = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

POOLS: dict[str, Pool] = {
    "pdf-indian-resume": Pool(
        first=("Raghavendra", "Shalini", "Venkatesh", "Pallavi", "Sudarshan", "Lavanya", "Harsha"),
        last=("Kulkarni", "Hegde", "Nadkarni", "Bhat", "Upadhyaya", "Kamath"),
        # city, region (state), PIN code, street address
        cities=(
            ("Bengaluru", "Karnataka", "560011", "No. 42, 3rd Cross, Jayanagar 4th Block"),
            ("Mysuru", "Karnataka", "570009", "No. 17, 2nd Main, Saraswathipuram"),
            ("Mangaluru", "Karnataka", "575002", "Flat 304, Sai Residency, Kadri"),
            ("Hubballi", "Karnataka", "580021", "No. 9, 1st Cross, Vidyanagar"),
        ),
        employers=(
            "Kabini Infotech Pvt. Ltd.",
            "Malnad Software Services Pvt. Ltd.",
            "Tungabhadra Systems Ltd.",
            "Sharavathi Digital Solutions Pvt. Ltd.",
            "Nandi Hills Analytics Pvt. Ltd.",
            "Hampi Technologies Pvt. Ltd.",
        ),
        titles=(
            "Technical Lead",
            "Senior Software Engineer",
            "Software Engineer",
            "Associate Software Engineer",
        ),
        highlights=(
            "Involved in requirement analysis, design and coding of REST services in Spring Boot",
            "Handled a team of 6 members and allocated tasks on a sprint basis",
            "Migrated the billing module from Oracle Forms to a Java web application",
            "Responsible for code reviews and unit test coverage above 80%",
            "Coordinated with the onsite team for UAT and production releases",
            "Reduced batch processing time from 5 hours to 40 minutes",
            "Prepared low-level design documents and deployment checklists",
            "Resolved production tickets within SLA as part of L3 support",
            "Developed Jenkins pipelines for build and deployment to UAT",
            "Worked on performance tuning of SQL queries and stored procedures",
            "Integrated the payment gateway with the customer portal",
            "Trained freshers on the product and coding standards",
        ),
        skills=(
            "Languages|Java, Python, SQL, JavaScript",
            "Frameworks|Spring Boot, Hibernate, Angular",
            "Databases|Oracle, MySQL, MongoDB",
            "Tools|Git, Jenkins, JIRA, Maven",
        ),
        schools=(
            "PES Institute of Technology",
            "Siddaganga Institute of Technology",
            "Malnad College of Engineering",
        ),
        degrees=(("M.Tech", "Software Engineering"), ("B.E.", "Computer Science & Engineering")),
    ),
    "pdf-danish-cv": Pool(
        first=("Mette", "Pernille", "Morten", "Kirsten", "Jesper", "Birgitte", "Torben"),
        last=("Kjærgaard", "Thygesen", "Vestergaard", "Bundgaard", "Højbjerg", "Lykkegaard"),
        # city as printed after the postal code, street, postal code, city
        cities=(
            ("Aarhus C", "Vestergade 12, 2. tv.", "8000", "Aarhus"),
            ("Aalborg", "Boulevarden 27, 1. th.", "9000", "Aalborg"),
            ("Odense C", "Kongensgade 54, st.", "5000", "Odense"),
            ("Esbjerg", "Torvegade 31", "6700", "Esbjerg"),
        ),
        employers=(
            "Limfjord Energi A/S",
            "Kattegat Rederi A/S",
            "Gudenå Medico ApS",
            "Himmerland Fødevarer A/S",
            "Djursland Software ApS",
            "Mols Ingeniørfirma A/S",
        ),
        titles=(
            "Projektleder",
            "Udviklingsingeniør",
            "Teamleder",
            "Kvalitetsingeniør",
            "Produktionsingeniør",
        ),
        highlights=(
            "Ledte udviklingen af en ny pumpeserie fra koncept til serieproduktion",
            "Ansvarlig for et budget på 12 mio. kr. og rapportering til styregruppen",
            "Indførte FMEA i alle nye udviklingsprojekter",
            "Reducerede reklamationer med 35 % på to år",
            "Personaleansvar for otte ingeniører og teknikere",
            "Koordinerede leverandører i Tyskland og Polen",
            "Opbyggede en dashboardløsning i Power BI til ledelsen",
            "Gennemførte CE-mærkning af tre produktlinjer",
            "Drev lean-projekter med dagligt tavlemøde på fabrikken",
            "Udarbejdede tilbud og tekniske specifikationer til kunder",
        ),
        skills=("SolidWorks", "SAP", "Lean Six Sigma", "Power BI", "FMEA", "Python", "Prince2"),
        schools=("Aarhus Universitet", "Aalborg Universitet", "Syddansk Universitet"),
        degrees=(("Cand.polyt.", "Maskinteknik"), ("Diplomingeniør", "Produktion")),
    ),
    "pdf-graduate-coursework": Pool(
        first=("Kaylee", "Brayden", "Jaxon", "Addison", "Tanner", "Makenna"),
        last=("Brinkerhoff", "Quackenbush", "Vandermolen", "Vanderwerff", "Vanderhoof"),
        cities=(
            ("Bozeman", "MT", "59715", "Bozeman, MT"),
            ("Missoula", "MT", "59801", "Missoula, MT"),
            ("Livingston", "MT", "59047", "Livingston, MT"),
        ),
        # first two: entry-level employers; next two: research posts; the rest part-time jobs
        employers=(
            "Gallatin Watershed Council",
            "Yellowstone Basin Conservation District",
            "Kessler Stream Ecology Lab",
            "Hebgen Lake Fisheries Station",
            "Bridger Canyon Ski Rentals",
            "Sourdough Creek Coffee Co.",
            "Hyalite Veterinary Clinic",
            "Madison River Outfitters",
        ),
        titles=(
            "Water Quality Technician",
            "Conservation Technician",
            "Undergraduate Research Assistant",
            "Fisheries Field Intern",
            "Rental Technician",
            "Barista",
            "Kennel Assistant",
            "Sales Associate",
        ),
        highlights=(
            "Collected and processed 300+ water samples for nitrate and turbidity",
            "Calibrated sondes and maintained field equipment for three crews",
            "Entered field data into the district's GIS and checked it for errors",
            "Sorted and identified benthic macroinvertebrates to family level",
            "Co-authored a poster presented at the state chapter meeting",
            "Ran electrofishing surveys on four tributaries with a crew of five",
            "Served 200+ customers a shift during the winter season",
            "Trained six new employees on the point-of-sale system",
            "Opened and closed the store and balanced the cash drawer",
            "Cared for up to 25 boarded animals a day",
            "Tuned and mounted skis and snowboards to shop standards",
            "Restocked inventory and set up seasonal displays",
        ),
        skills=(
            "Field & Lab|Water sampling, electrofishing, macroinvertebrate ID, soil coring",
            "Software|ArcGIS Pro, R, Excel, QGIS",
            "Certifications|Wilderness First Aid, Class B CDL",
        ),
        schools=("Montana State University", "University of Montana", "Helena College"),
        degrees=(
            ("Bachelor of Science", "Environmental Science"),
            ("Associate of Science", "General Science"),
        ),
    ),
    "pdf-nursing-licensure": Pool(
        first=("Lashonda", "Darnell", "Tamika", "Brianna", "Cedric", "Yolanda"),
        last=("Copeland", "Kimbrough", "Renwick", "Lattimore", "Tolbert"),
        cities=(
            ("Toledo", "OH", "43604", "Toledo, OH 43604"),
            ("Findlay", "OH", "45840", "Findlay, OH 45840"),
            ("Sandusky", "OH", "44870", "Sandusky, OH 44870"),
            ("Perrysburg", "OH", "43551", "Perrysburg, OH 43551"),
        ),
        employers=(
            "Maumee Valley Medical Center",
            "Sandusky Bay Regional Hospital",
            "Lake Erie Children's Hospital",
            "Black Swamp Home Health",
            "Portage River Skilled Nursing",
            "Wood County Rehabilitation Center",
        ),
        titles=("Charge Nurse", "Clinical Nurse II", "Registered Nurse", "Staff Nurse"),
        highlights=(
            "Provide care for 4\u20135 telemetry patients per shift on a 36-bed unit",
            "Precept new graduate nurses through a 12-week orientation",
            "Lead daily safety huddles and assign staff as relief charge nurse",
            "Recognise rhythm changes and initiate ACLS protocols",
            "Cut catheter-associated infections on the unit to zero for 14 months",
            "Educate patients and families on heart failure self-care before discharge",
            "Administer IV medications, blood products and TPN",
            "Document assessments and care plans in Epic",
            "Served on the unit practice council and the falls committee",
            "Coordinated discharges with case management and home care",
            "Performed wound care and Foley catheter insertion",
            "Maintained 96% patient satisfaction scores on HCAHPS",
        ),
        skills=(
            "Clinical|Telemetry monitoring, IV therapy, wound care, medication administration",
            "Systems|Epic, Pyxis, Omnicell, Cerner",
        ),
        schools=("University of Toledo", "Owens Community College", "Lourdes University"),
        degrees=(("Bachelor of Science", "Nursing"), ("Associate of Applied Science", "Nursing")),
    ),
    "scan-office-mfp-pdf": Pool(
        first=("Maricel", "Rodelio", "Arnel", "Rowena", "Lorelie", "Amparo"),
        last=("Dimaculangan", "Macaraeg", "Pangilinan", "Manalastas", "Dumalagan"),
        # city, street, postal code, city
        cities=(
            ("Cebu City", "Blk 7 Lot 12, Villa del Rio Subd., Brgy. Lahug", "6000", "Cebu City"),
            ("Mandaue City", "88 A. S. Fortuna St., Brgy. Banilad", "6014", "Mandaue City"),
            ("Davao City", "Purok 3, Brgy. Buhangin", "8000", "Davao City"),
        ),
        employers=(
            "Mabuhay Contact Solutions Inc.",
            "Bayanihan Logistics Corp.",
            "Visayas Inter-Island Shipping Inc.",
            "Mactan Export Garments Corp.",
            "Sugbo Rural Bank Inc.",
            "Kadayawan Foods Corp.",
        ),
        titles=(
            "Operations Supervisor",
            "Payroll Officer",
            "Accounting Assistant",
            "Team Leader",
            "Customer Service Representative",
        ),
        highlights=(
            "Prepares semi-monthly payroll for 420 employees",
            "Handles SSS, PhilHealth and Pag-IBIG remittances and reports",
            "Supervised a team of 15 agents on the night shift",
            "Maintained an average handling time below the client target",
            "Prepared bank reconciliations and monthly schedules",
            "Processed vouchers and checks for supplier payments",
            "Monitored daily cargo bookings and vessel manifests",
            "Coached new hires during their nesting period",
            "Assisted the external auditors during the annual audit",
            "Encoded sales invoices and collection receipts in SAP",
            "Answered inbound calls and e-mails for a US telco account",
            "Prepared monthly BIR withholding tax returns",
        ),
        skills=(
            "MS Excel (pivot tables, VLOOKUP)",
            "SAP Business One",
            "QuickBooks",
            "Payroll computation",
            "Bookkeeping",
            "Typing speed 55 wpm",
        ),
        schools=(
            "University of San Carlos",
            "Cebu Normal University",
            "University of Mindanao",
        ),
        degrees=(
            ("Bachelor of Science", "Accountancy"),
            ("Bachelor of Science", "Business Administration"),
        ),
    ),
}

REFERENCES = (
    ("Ms. Felicitas Abellana", "HR Manager", "Tabunok Hardware Trading"),
    ("Engr. Romualdo Tabigue", "Plant Manager", "Lapu-Lapu Ice Plant Corp."),
    ("Mr. Teofilo Bacalso", "Branch Head", "Talisay Lending Cooperative"),
    ("Mrs. Virgilia Sanchez-Ybañez", "Finance Director", "Minglanilla Agri Supply"),
)
COURSES = (
    "Hydrology",
    "Aquatic Ecology",
    "Soil Science",
    "GIS for Environmental Analysis",
    "Environmental Statistics",
    "Watershed Management",
    "Biogeochemistry",
    "Field Methods in Ecology",
)
PROJECTS = (
    (
        "Senior Capstone: Nitrate Loading in the Upper Gallatin",
        "Modelled seasonal nitrate loads from 18 months of USGS gauge data in R",
    ),
    (
        "Riparian Restoration Plan, Bozeman Creek",
        "Mapped 2.4 miles of stream bank in ArcGIS Pro and proposed planting priorities",
    ),
    (
        "Soil Carbon Survey of Campus Farm Plots",
        "Led a team of four to core and analyse 60 soil samples; presented to faculty",
    ),
)
FATHERS = ("Narasimha", "Shrinivas", "Gopalakrishna", "Ramachandra", "Prabhakar")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-indian-resume":
        return {"present": rng.choice(("Till date", "Present")), "shade": rng.choice((215, 225))}
    if style == "pdf-danish-cv":
        return {
            "months": rng.random() < 0.6,
            "accent": rng.choice(((170, 40, 50), (30, 90, 120), (60, 100, 60))),
        }
    if style == "pdf-graduate-coursework":
        return {"size": rng.choice((10.5, 11.0))}
    if style == "pdf-nursing-licensure":
        return {"accent": rng.choice(((20, 90, 110), (90, 40, 100), (30, 60, 120)))}
    if style == "scan-office-mfp-pdf":
        return {
            "tilts": (rng.uniform(-0.5, 0.5), rng.uniform(-0.5, 0.5)),
            "paper": rng.randint(236, 246),
        }
    return {}


def _chain(
    rng: random.Random,
    pool: Pool,
    companies: list[str],
    titles: list[str],
    take: int,
    current: bool,
) -> list[Job]:
    """Jobs newest first, each ending a few months before the next one starts."""
    notes = rng.sample(pool.highlights, len(pool.highlights))
    end: Month | None = None if current else (2026, rng.randint(2, 9))
    jobs: list[Job] = []
    for company, title in zip(companies, titles, strict=True):
        start = months_before(end or (2026, 10), rng.randint(18, 50))
        if end is not None and end[0] == start[0]:
            start = (start[0] - 1, start[1])
        jobs.append(Job(company, title, "", start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 3))
    return jobs


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    spelled = name
    for letter, spelling in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe")):
        spelled = spelled.replace(letter, spelling)
    slug = ascii_slug(spelled).split()
    first, last = slug[0], slug[-1]
    home = rng.choice(pool.cities)
    extra: dict[str, Any] = {}
    languages: list[tuple[str, str]] = []
    label: str | None = None
    url: str | None = None
    degrees: list[Degree] = []
    if style == "pdf-indian-resume":
        count = rng.choice((2, 3))
        titles = list(pool.titles[rng.randint(0, 1) :][:count])
        jobs = _chain(rng, pool, rng.sample(pool.employers, count), titles, 4, True)
        for job in jobs:
            job.city = home[0] if rng.random() < 0.7 else rng.choice(pool.cities)[0]
        year = jobs[-1].start[0] - rng.randint(0, 1)
        schools = rng.sample(pool.schools, 2)
        for index in range(2) if rng.random() < 0.5 else (1,):
            study, area = pool.degrees[index]
            score = (
                f"{rng.randint(70, 88)}.{rng.randint(0, 9)}%"
                if rng.random() < 0.5
                else f"{rng.randint(7, 8)}.{rng.randint(10, 95):02d} CGPA"
            )
            degrees.append(Degree(schools[index], study, area, (year - 2, 8), (year, 6)))
            extra.setdefault("scores", []).append(score)
            year -= 2 if index == 0 else 4
        phone = (
            f"+91 {rng.choice((98, 97, 99, 94))}{rng.randint(100, 999)} {rng.randint(10000, 99999)}"
        )
        email = f"{first}.{last}{rng.randint(10, 99)}@example.in"
        languages = [("English", ""), ("Hindi", ""), ("Kannada", "")]
        if rng.random() < 0.4:
            languages.append((rng.choice(("Marathi", "Tulu", "Konkani")), ""))
        extra |= {
            "street": home[3],
            "postal": home[2],
            "region": home[1],
            "born": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{year - 18}",
            "father": f"{rng.choice(FATHERS)} {name.split()[-1]}",
            "married": rng.choice(("Single", "Married")),
            "summary": (
                "To work in a challenging environment where I can use my skills in software "
                "development and grow along with the organisation."
            ),
        }
        skills = list(pool.skills)
    elif style == "pdf-danish-cv":
        count = 3
        jobs = _chain(
            rng,
            pool,
            rng.sample(pool.employers, count),
            rng.sample(pool.titles, count),
            3,
            rng.random() < 0.7,
        )
        for job in jobs:
            job.city = (home if rng.random() < 0.7 else rng.choice(pool.cities))[3]
        year = jobs[-1].start[0] - rng.randint(0, 1)
        schools = rng.sample(pool.schools, 2)
        for index in range(2) if rng.random() < 0.6 else (0,):
            study, area = pool.degrees[index]
            length = 2 if index == 0 else 4
            degrees.append(Degree(schools[index], study, area, (year - length, 9), (year, 6)))
            year -= length
        pairs = [rng.randint(10, 99) for _ in range(3)]
        phone = f"{rng.randint(20, 61)} {pairs[0]} {pairs[1]} {pairs[2]}"
        email = f"{first}.{last}@example.dk"
        url = f"https://linkedin.com/in/{first}-{last}"
        label = jobs[0].position
        languages = [
            ("Dansk", "modersmål"),
            ("Engelsk", rng.choice(("flydende", "meget gode kundskaber"))),
            (rng.choice(("Tysk", "Svensk")), rng.choice(("gode kundskaber", "basis"))),
        ]
        extra |= {
            "street": home[1],
            "postal": home[2],
            "printed_city": home[0],
            "summary": (
                "Ingeniør med erfaring fra produktudvikling og drift i industrien. Trives med "
                "at omsætte tekniske løsninger til resultater i tæt samarbejde med kolleger."
            ),
        }
        skills = rng.sample(pool.skills, 6)
    elif style == "pdf-graduate-coursework":
        jobs = []
        notes = rng.sample(pool.highlights[:6], 6)
        part_notes = rng.sample(pool.highlights[6:], 6)
        places = [c[3] for c in pool.cities]
        if rng.random() < 0.6:
            k = rng.randint(0, 1)
            jobs.append(
                Job(
                    pool.employers[k],
                    pool.titles[k],
                    places[0],
                    (2026, rng.randint(6, 8)),
                    None,
                    notes[:2],
                )
            )
        k = rng.randint(2, 3)
        jobs.append(
            Job(
                pool.employers[k],
                pool.titles[k],
                rng.choice(places),
                (2025, 5),
                (2025, 8),
                notes[2:5],
            )
        )
        k = rng.randint(4, 7)
        jobs.append(
            Job(
                pool.employers[k],
                pool.titles[k],
                home[3],
                (2022, rng.choice((9, 10))),
                (2026, rng.choice((4, 5))),
                part_notes[: rng.randint(2, 3)],
            )
        )
        main = rng.choice(pool.schools[:2])
        area = rng.choice(("Environmental Science", "Ecology", "Earth Sciences"))
        degrees.append(Degree(main, "Bachelor of Science", area, (2022, 8), (2026, 5)))
        extra["school_city"] = "Bozeman, MT" if main.startswith("Montana") else "Missoula, MT"
        extra["gpa"] = f"{rng.randint(33, 39) / 10 + rng.randint(0, 9) / 100:.2f}/4.00"
        extra["courses"] = rng.sample(COURSES, 5)
        extra["projects"] = rng.sample(PROJECTS, 2)
        if rng.random() < 0.5:
            degrees.append(
                Degree(
                    "Helena College",
                    "Associate of Science",
                    "General Science",
                    (2020, 8),
                    (2022, 5),
                )
            )
        phone = f"(406) 555-{rng.randint(100, 999):04d}"
        email = f"{first}.{last}@example.com"
        url = f"https://linkedin.com/in/{first}{last}"
        skills = list(pool.skills)
    elif style == "pdf-nursing-licensure":
        count = rng.choice((2, 3))
        titles = rng.sample(pool.titles, count)
        titles.sort(key=pool.titles.index)
        jobs = _chain(rng, pool, rng.sample(pool.employers, count), titles, 3, rng.random() < 0.8)
        for job in jobs:
            job.city = (home if rng.random() < 0.7 else rng.choice(pool.cities))[0] + ", OH"
        bachelor = rng.random() < 0.7
        study, area = pool.degrees[0 if bachelor else 1]
        # A community college awards the associate degree, a university the bachelor's.
        school = rng.choice(pool.schools[::2]) if bachelor else pool.schools[1]
        year = jobs[-1].start[0]
        degrees.append(Degree(school, study, area, (year - 4, 8), (year, 5)))
        label = "Registered Nurse \u2013 " + rng.choice(
            ("Telemetry & Progressive Care", "Medical-Surgical")
        )
        phone = f"(419) 555-{rng.randint(200, 299):04d}"
        email = f"{first}.{last}.rn@example.com"
        certificates = [
            ("Registered Nurse (RN) License", "Ohio Board of Nursing", str(year)),
            (
                "Basic Life Support (BLS)",
                "American Heart Association",
                str(rng.choice((2025, 2026))),
            ),
            (
                "Advanced Cardiovascular Life Support (ACLS)",
                "American Heart Association",
                str(rng.choice((2024, 2025))),
            ),
        ]
        if rng.random() < 0.6:
            certificates.append(
                (
                    "Progressive Care Certified Nurse (PCCN)",
                    "AACN Certification Corporation",
                    str(min(year + 3, 2026)),
                )
            )
        extra |= {
            "certificates": certificates,
            "credentials": "BSN, RN" if study.startswith("Bachelor") else "RN",
        }
        extra["summary"] = (
            "Compassionate registered nurse with experience in acute care, patient education "
            "and precepting new graduates."
        )
        skills = list(pool.skills)
    else:  # scan-office-mfp-pdf
        count = 4
        titles = rng.sample(pool.titles, count)
        titles.sort(key=pool.titles.index)
        jobs = _chain(rng, pool, rng.sample(pool.employers, count), titles, 3, rng.random() < 0.75)
        for job in jobs:
            job.city = (home if rng.random() < 0.7 else rng.choice(pool.cities))[3]
        year = jobs[-1].start[0] - rng.randint(0, 1)
        study, area = rng.choice(pool.degrees)
        degrees.append(Degree(rng.choice(pool.schools), study, area, (year - 4, 6), (year, 3)))
        phone = f"0917 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@example.com"
        languages = [("English", ""), ("Filipino", ""), ("Cebuano", "")]
        extra |= {
            "street": home[1],
            "postal": home[2],
            "born": f"{LONG_MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}, {year - 20}",
            "status": rng.choice(("Single", "Married")),
            "references": rng.sample(REFERENCES, 2),
            "summary": (
                "To obtain a position where I can apply my knowledge in accounting and "
                "administration and contribute to the growth of the company."
            ),
        }
        skills = rng.sample(pool.skills, 5)
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=home[0],
        region=home[1] if style in ("pdf-graduate-coursework", "pdf-nursing-licensure") else None,
        code=home[2],
        jobs=jobs,
        degrees=degrees,
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def _work(person: Candidate, precision: str) -> list[dict[str, Any]]:
    return [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city,
                "startDate": iso_month(job.start, precision),
                "endDate": iso_month(job.end, precision),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]


def _skills(person: Candidate) -> list[dict[str, Any]]:
    skills: list[dict[str, Any]] = []
    for entry in person.skills:
        if "|" in entry:
            label, values = entry.split("|")
            skills.append({"name": label, "keywords": [v.strip() for v in values.split(",")]})
        else:
            skills.append({"name": entry})
    return skills


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if person.url is not None:
        profiles = [
            {
                "network": "LinkedIn",
                "username": person.url.rsplit("/", 1)[-1],
                "url": person.url,
            }
        ]
    if style in ("pdf-graduate-coursework", "pdf-nursing-licensure"):
        location = drop_empty(
            {
                "city": person.city,
                "region": person.region,
                "postalCode": person.code if style == "pdf-nursing-licensure" else None,
            }
        )
    elif style == "pdf-indian-resume":
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
            "region": extra["region"],
        }
    elif style == "pdf-danish-cv":
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": extra["printed_city"],
        }
    else:
        location = {"address": extra["street"], "postalCode": extra["postal"], "city": person.city}
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra.get("summary"),
            "location": location,
            "profiles": profiles,
        }
    )
    precision = "year" if style == "pdf-danish-cv" and not options["months"] else "month"
    education: list[dict[str, Any]] = []
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
        }
        if style == "pdf-indian-resume":
            item |= {"endDate": str(d.end[0]), "score": extra["scores"][index]}
        elif style == "pdf-graduate-coursework":
            item["endDate"] = iso_month(d.end, "month")
            if index == 0:
                item |= {"score": extra["gpa"], "courses": extra["courses"]}
        elif style == "pdf-nursing-licensure":
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(item)
    projects = [
        {"name": name, "description": summary} for name, summary in extra.get("projects", [])
    ]
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("certificates", [])
    ]
    languages = [
        drop_empty({"language": language, "fluency": level}) for language, level in person.languages
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": _work(person, precision),
            "education": education,
            "certificates": certificates,
            "projects": projects,
            "skills": _skills(person),
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-indian-resume":
        return _indian(person, options), "pdf"
    if style == "pdf-danish-cv":
        return _danish(person, options), "pdf"
    if style == "pdf-graduate-coursework":
        return _graduate(person, options), "pdf"
    if style == "pdf-nursing-licensure":
        return _nursing(person, options), "pdf"
    if style == "scan-office-mfp-pdf":
        return _mfp_scan(_filipino(person), person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _in_month(month: Month | None, present: str) -> str:
    if month is None:
        return present
    return f"{LONG_MONTHS[month[1] - 1][:3]}\u2019{month[0] % 100:02d}"


def _indian(person: Candidate, options: dict[str, Any]) -> bytes:
    extra, present, shade = person.extra, options["present"], options["shade"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_title("Resume")
    pdf.set_author(person.name)
    pdf.add_page()
    x, width = 17.0, 176.0
    pdf.set_left_margin(x)
    pdf.set_right_margin(210 - x - width)
    pdf.set_xy(x, 14)
    pdf.set_font("Sans", "B", 17)
    pdf.cell(width, 8, person.name.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(width, 5.2, f"Mobile: {person.phone}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 5.2, f"E-mail: {person.email}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(x, pdf.get_y() + 2, x + width, pdf.get_y() + 2)
    pdf.ln(5)

    def heading(text: str) -> None:
        pdf.ln(2.5)
        if pdf.get_y() > 260:
            pdf.add_page()
        pdf.set_fill_color(shade, shade, shade)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 6.2, f" {text}", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def bullet(text: str, indent: float = 3.0) -> None:
        pdf.set_x(x + indent)
        pdf.cell(4.5, 4.9, "\u27a2")
        pdf.multi_cell(width - indent - 4.5, 4.9, text, align="J", new_x="LMARGIN", new_y="NEXT")

    heading("CAREER OBJECTIVE")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J", new_x="LMARGIN", new_y="NEXT")
    heading("WORK EXPERIENCE")
    for number, job in enumerate(person.jobs):
        if number:
            pdf.ln(2.5)
        if pdf.get_y() > 255:
            pdf.add_page()
        when = f"{_in_month(job.start, present)} \u2013 {_in_month(job.end, present)}"
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 50, 5.4, f"{job.company}, {job.city}")
        pdf.set_xy(x + width - 50, y)
        pdf.cell(50, 5.4, when, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(26, 5.2, "Designation:")
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - 26, 5.2, job.position, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "U", 9.5)
        pdf.cell(width, 5.4, "Roles & Responsibilities:", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9.3)
        for note in job.highlights:
            bullet(note)
    heading("EDUCATIONAL QUALIFICATIONS")
    columns = (("Qualification", 52.0), ("Institute", 70.0), ("Year of Passing", 26.0))
    columns += (("Percentage / CGPA", width - 148.0),)
    pdf.set_font("Sans", "B", 9)
    pdf.set_line_width(0.25)
    y = pdf.get_y()
    cx = x
    for title, w in columns:
        pdf.set_xy(cx, y)
        pdf.multi_cell(w, 4.6, title, border=0, align="C")
        cx += w
    cx = x
    for _, w in columns:
        pdf.rect(cx, y, w, 9.2)
        cx += w
    y += 9.2
    pdf.set_font("Sans", "", 9)
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        row = (f"{d.study} ({d.area})", d.institution, str(d.end[0]), score)
        lines = max(
            len(pdf.multi_cell(w - 2, 4.6, text, dry_run=True, output="LINES"))
            for (_, w), text in zip(columns, row, strict=True)
        )
        height = lines * 4.6 + 2
        cx = x
        for (_, w), text in zip(columns, row, strict=True):
            pdf.rect(cx, y, w, height)
            pdf.set_xy(cx + 1, y + 1)
            pdf.multi_cell(w - 2, 4.6, text, align="C" if w < 40 else "L")
            cx += w
        y += height
    pdf.set_xy(x, y + 1)
    heading("TECHNICAL SKILLS")
    for entry in person.skills:
        label, values = entry.split("|")
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(30, 5.2, label)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(4, 5.2, ":")
        pdf.multi_cell(width - 34, 5.2, values, align="L", new_x="LMARGIN", new_y="NEXT")
    heading("PERSONAL DETAILS")
    address = f"{extra['street']}, {person.city} \u2013 {extra['postal']}, {extra['region']}"
    rows = (
        ("Date of Birth", extra["born"]),
        ("Father\u2019s Name", extra["father"]),
        ("Nationality", "Indian"),
        ("Marital Status", extra["married"]),
        ("Languages Known", ", ".join(language for language, _ in person.languages)),
        ("Address", address),
    )
    for label, value in rows:
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(40, 5.2, label)
        pdf.cell(4, 5.2, ":")
        pdf.multi_cell(width - 44, 5.2, value, align="L", new_x="LMARGIN", new_y="NEXT")
    heading("DECLARATION")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(
        width,
        5,
        "I hereby declare that the information furnished above is true to the best of my "
        "knowledge and belief.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    y = pdf.get_y()
    pdf.cell(width, 5.2, f"Place: {person.city}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 5.2, "Date:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(x + width - 60, y + 5.2)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(60, 5.2, f"({person.name.upper()})", align="R")
    return bytes(pdf.output())


def _dk_span(job: Job, months: bool) -> str:
    def one(m: Month | None) -> str:
        if m is None:
            return "nu"
        return f"{MAANEDER[m[1] - 1]} {m[0]}" if months else str(m[0])

    return f"{one(job.start)} \u2013 {one(job.end)}".upper()


def _danish(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, months = options["accent"], options["months"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV \u2013 {person.name}")
    pdf.add_page()
    x, width = 20.0, 170.0
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(x, 18)
    pdf.set_font("Sans", "B", 23)
    pdf.cell(105, 10, person.name)
    pdf.set_xy(x, 29.5)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*accent)
    pdf.cell(105, 6, person.label or "")
    pdf.set_text_color(60, 60, 60)
    contact = (
        extra["street"],
        f"{extra['postal']} {extra['printed_city']}",
        f"Tlf. {person.phone}",
        person.email,
        (person.url or "").removeprefix("https://"),
    )
    pdf.set_font("Sans", "", 8.8)
    for index, line in enumerate(contact):
        pdf.set_xy(x + width - 62, 16 + index * 4.5)
        pdf.cell(62, 4.5, line, align="R")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.8)
    pdf.line(x, 42, x + width, 42)
    pdf.set_text_color(30, 30, 30)
    y = 49.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*accent)
        pdf.cell(width, 7, text)
        pdf.set_text_color(30, 30, 30)
        y += 9.5

    heading("Profil")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="L")
    y = pdf.get_y() + 5
    heading("Erhvervserfaring")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 7.8)
        pdf.set_text_color(*accent)
        pdf.set_char_spacing(0.6)
        pdf.cell(width, 4.2, _dk_span(job, months))
        pdf.set_char_spacing(0)
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(x, y + 4.6)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 5.6, job.position)
        pdf.set_xy(x, y + 10.2)
        pdf.set_font("Sans", "", 9.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width, 5, f"{job.company} \u00b7 {job.city}")
        pdf.set_text_color(30, 30, 30)
        y += 16.2
        pdf.set_font("Sans", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 2, y)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - 6, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Uddannelse")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width, 5.4, f"{d.study}, {d.area}")
        pdf.set_xy(x, y + 5.4)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{d.institution}, {d.start[0]} \u2013 {d.end[0]}")
        y += 12
    y += 2
    heading("Kompetencer")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, " \u00b7 ".join(person.skills), align="L")
    y = pdf.get_y() + 5
    heading("Sprog")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{language} \u2013 {level}")
        y += 5.4
    if y > 287:
        raise ValueError(f"Danish CV overflows for {person.name}")
    return bytes(pdf.output())


def _letter_pdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    return pdf


def _long(month: Month | None) -> str:
    return "Present" if month is None else f"{LONG_MONTHS[month[1] - 1]} {month[0]}"


def _graduate(person: Candidate, options: dict[str, Any]) -> bytes:
    size, extra = options["size"], person.extra
    pdf = _letter_pdf()
    pdf.set_title(f"{person.name} Resume")
    pdf.add_page()
    x, width = 19.0, 177.9
    pdf.set_xy(x, 14)
    pdf.set_font("Times", "B", 22)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_xy(x, 24)
    pdf.set_font("Times", "", size)
    url = (person.url or "").removeprefix("https://")
    parts = (f"{person.city}, {person.region}", person.phone, person.email, url)
    pdf.cell(width, 5, "  |  ".join(parts), align="C")
    y = 33.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size + 1.5)
        pdf.cell(width, 6, text.upper())
        pdf.set_line_width(0.3)
        pdf.line(x, y + 6.2, x + width, y + 6.2)
        y += 8.5

    def two(left: str, right: str, style: str = "B") -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", style, size)
        pdf.cell(width - 45, 5.2, left)
        pdf.set_font("Times", "", size)
        pdf.cell(45, 5.2, right, align="R")
        y += 5.3

    def line(text: str, style: str = "") -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", style, size)
        pdf.multi_cell(width, 5, text, align="L")
        y = pdf.get_y() + 0.2

    heading("Education")
    for index, d in enumerate(person.degrees):
        place = extra["school_city"] if index == 0 else "Helena, MT"
        two(f"{d.institution}, {place}", _long(d.end))
        line(f"{d.study} in {d.area}", "I")
        if index == 0:
            line(f"GPA: {extra['gpa']}")
            pdf.set_xy(x, y)
            pdf.set_font("Times", "B", size)
            pdf.cell(pdf.get_string_width("Relevant Coursework: ") + 0.5, 5, "Relevant Coursework:")
            pdf.set_font("Times", "", size)
            pdf.multi_cell(width - 40, 5, ", ".join(extra["courses"]), align="L")
            y = pdf.get_y() + 0.2
        y += 2.5
    y += 1.5
    heading("Experience")
    for job in person.jobs:
        two(job.position, f"{short_month(job.start)} \u2013 {short_month(job.end)}")
        line(f"{job.company}, {job.city}", "I")
        pdf.set_font("Times", "", size)
        for note in job.highlights:
            pdf.set_xy(x + 4, y)
            pdf.cell(4, 4.9, "\u2022")
            pdf.multi_cell(width - 8, 4.9, note, align="L")
            y = pdf.get_y() + 0.1
        y += 3
    y += 1
    heading("Projects")
    for title, summary in extra["projects"]:
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        pdf.cell(width, 5.2, title)
        y += 5.3
        line(summary)
        y += 2
    y += 1.5
    heading("Skills")
    for entry in person.skills:
        label, values = entry.split("|")
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        label_w = pdf.get_string_width(f"{label}: ") + 0.5
        pdf.cell(label_w, 5, f"{label}:")
        pdf.set_font("Times", "", size)
        pdf.multi_cell(width - label_w, 5, values, align="L")
        y = pdf.get_y() + 0.5
    if y > 270:
        raise ValueError(f"graduate resume overflows for {person.name}")
    return bytes(pdf.output())


def _nursing(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, extra = options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} \u2013 Nursing Resume")
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 14)
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, f"{person.name}, {extra['credentials']}", align="C")
    pdf.set_xy(x, 24)
    pdf.set_font("Serif", "I", 11)
    pdf.set_text_color(40, 40, 40)
    pdf.cell(width, 5.5, person.label or "", align="C")
    pdf.set_xy(x, 31)
    pdf.set_font("Serif", "", 9)
    where = f"{person.city}, {person.region} {person.code}"
    pdf.cell(width, 5, f"{where}  \u2022  {person.phone}  \u2022  {person.email}", align="C")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(x, 38, x + width, 38)
    y = 42.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(30, 30, 30)
        pdf.set_line_width(0.2)
        pdf.line(x, y + 6.4, x + width, y + 6.4)
        y += 9

    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.3)
    pdf.multi_cell(width, 4.8, extra["summary"], align="C")
    y = pdf.get_y() + 3
    heading("Licensure & Certifications")
    half = width / 2
    certificates = extra["certificates"]
    for row in range(0, len(certificates), 2):
        bottom = y
        for column, (name, issuer, year) in enumerate(certificates[row : row + 2]):
            cx = x + column * half
            pdf.set_xy(cx, y)
            pdf.set_font("Serif", "B", 9)
            pdf.multi_cell(half - 4, 4.6, name, align="L")
            pdf.set_xy(cx, pdf.get_y())
            pdf.set_font("Serif", "", 8.8)
            pdf.cell(half - 4, 4.6, f"{issuer} ({year})")
            bottom = max(bottom, pdf.get_y() + 4.6)
        y = bottom + 3
    y += 1
    heading("Professional Experience")
    for job in person.jobs:
        start = f"{job.start[1]:02d}/{job.start[0]}"
        end = "Present" if job.end is None else f"{job.end[1]:02d}/{job.end[0]}"
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 45, 5.4, f"{job.company} \u2014 {job.city}")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(45, 5.4, f"{start} \u2013 {end}", align="R")
        pdf.set_xy(x, y + 5.4)
        pdf.set_font("Serif", "I", 9.8)
        pdf.cell(width, 5.2, job.position)
        y += 11.2
        pdf.set_font("Serif", "", 9.2)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 7, 4.7, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3.2
    y += 1.5
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(width - 30, 5.2, f"{d.study} in {d.area}")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(30, 5.2, str(d.end[0]), align="R")
        pdf.set_xy(x, y + 5.2)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("Clinical Skills")
    for entry in person.skills:
        label, values = entry.split("|")
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(22, 4.9, f"{label}:")
        pdf.set_font("Serif", "", 9.3)
        pdf.multi_cell(width - 22, 4.9, values, align="L")
        y = pdf.get_y() + 0.6
    if y > 287:
        raise ValueError(f"nursing resume overflows for {person.name}")
    return bytes(pdf.output())


def _filipino(person: Candidate) -> bytes:
    """The printed two pages: section titles in a left margin column beside the content."""
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    x, rail, width = 18.0, 48.0, 126.0
    cx = x + rail
    pdf.set_xy(x, 18)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(174, 9, person.name.upper())
    pdf.set_font("Sans", "", 10)
    address = f"{extra['street']}, {person.city} {extra['postal']}"
    for index, text in enumerate(
        (address, f"Mobile No.: {person.phone}", f"E-mail: {person.email}")
    ):
        pdf.set_xy(x, 29 + index * 5.2)
        pdf.cell(174, 5.2, text)
    pdf.set_line_width(0.7)
    pdf.line(x, 47, x + 174, 47)
    y = 53.0

    def section(text: str) -> None:
        nonlocal y
        if y > 255:
            new_page()
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.multi_cell(rail - 4, 5.4, text, align="L")

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 12)
        pdf.set_font("Sans", "I", 8.5)
        pdf.cell(174, 4.5, f"{person.name} \u2013 Page 2")
        pdf.set_line_width(0.2)
        pdf.line(x, 17.5, x + 174, 17.5)
        y = 24.0

    def text(value: str, style: str = "", size: float = 10.0, indent: float = 0.0) -> None:
        nonlocal y
        pdf.set_xy(cx + indent, y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 5.2, value, align="L")
        y = pdf.get_y()

    section("OBJECTIVE")
    text(extra["summary"])
    y += 6
    section("WORK\nEXPERIENCE")
    for job in person.jobs:
        if y > 245:
            new_page()
        text(job.position, "B", 10.5)
        text(f"{job.company}, {job.city}")
        text(f"{_long(job.start)} \u2013 {_long(job.end)}", "I")
        y += 1
        for note in job.highlights:
            pdf.set_xy(cx + 3, y)
            pdf.set_font("Sans", "", 10)
            pdf.cell(4.5, 5.2, "\u2022")
            text(note, indent=7.5)
        y += 5
    section("EDUCATION")
    for d in person.degrees:
        text(f"{d.study} in {d.area}", "B")
        text(d.institution)
        text(f"{d.start[0]} \u2013 {d.end[0]}")
    y += 6
    section("SKILLS")
    for skill in person.skills:
        pdf.set_xy(cx, y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(4.5, 5.2, "\u2022")
        text(skill, indent=4.5)
    y += 6
    section("PERSONAL\nINFORMATION")
    for label, value in (
        ("Date of Birth", extra["born"]),
        ("Civil Status", extra["status"]),
        ("Citizenship", "Filipino"),
        ("Languages", ", ".join(language for language, _ in person.languages)),
    ):
        pdf.set_xy(cx, y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(32, 5.2, label)
        pdf.cell(width - 32, 5.2, f":  {value}")
        y += 5.4
    y += 6
    if y > 240:
        new_page()
    section("CHARACTER\nREFERENCES")
    for name, title, company in extra["references"]:
        text(name, "B")
        text(f"{title}, {company}")
        y += 2.5
    if len(pdf.pages) == 1:
        raise ValueError(f"the scanned resume should run to two pages for {person.name}")
    if y > 285:
        raise ValueError(f"the scanned resume overflows for {person.name}")
    return bytes(pdf.output())


def _mfp_scan(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    """Each page as an office scanner files it: 300 dpi grayscale JPEG, no text layer."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(f"{person.name}/mfp")
    document = pdfium.PdfDocument(pdf)
    out = _pdf("Sans", "DejaVuSans")
    out.set_auto_page_break(auto=False)
    out.set_title("")
    for index in range(len(document)):
        page = document[index].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        pixels = np.asarray(page, dtype=np.float32)
        # Printed toner is not quite black, paper not quite white.
        pixels = 28.0 + pixels * (options["paper"] - 28.0) / 255.0
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        page = page.rotate(
            options["tilts"][index % 2],
            resample=Image.Resampling.BICUBIC,
            fillcolor=options["paper"],
        )
        page = page.filter(ImageFilter.GaussianBlur(0.7))
        pixels = np.asarray(page, dtype=np.float32)
        # A faint shadow along the top edge where the lid did not close on the sheet.
        edge = np.linspace(1.0, 0.0, 60, dtype=np.float32)[:, None]
        pixels[:60] -= 40.0 * edge
        side = np.linspace(1.0, 0.0, 120, dtype=np.float32)[None, :]
        pixels[:, :120] -= 18.0 * side
        noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 5.0, pixels.shape)
        image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=72, dpi=(300, 300))
        out.add_page()
        out.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    document.close()
    return bytes(out.output())
