"""Fourteenth held-out round ("holdout-14"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-norwegian-cv`` — a born-digital Norwegian CV: "Personalia" as label/value rows
  (Adresse, Mobil, E-post), a short "Profil", "Arbeidserfaring" where each entry starts with
  the employer in coloured capitals and the place ("NIDAROS KRAFT AS, Trondheim"), then a line
  "Stilling \u00b7 jan. 2019 \u2013 d.d." (or "08.2017 \u2013 nå"; one form per document) and
  bullets, "Utdanning" ("Master i teknologi, Energi og miljø" over the school and the years),
  "Språk" ("Engelsk \u2013 flytende"), "IT-kunnskaper" and "Referanser: oppgis ved forespørsel".
* ``pdf-au-referees`` — an Australian resume in Helvetica: name and "Suburb STATE 2500 |
  0412 345 678 | e-mail" on top, "Career Objective", "Key Skills" as bullets in two columns,
  "Career History" with the position in bold and "Mar 2019 \u2013 Current" right-aligned over
  "Employer Pty Ltd, Wollongong NSW", "Education & Training" ("Bachelor of Commerce (Supply
  Chain Management)" over "University, 2012 \u2013 2014"; a TAFE "Certificate IV in …" shows
  only the year it was completed) and a "Referees" block at the foot with
  two referees side by side (name, title, company, phone).
* ``pdf-us-hybrid-grid`` — a US hybrid resume in Times: the name centred in capitals, a
  contact line "City, ST 68508 \u2022 phone \u2022 e-mail \u2022 linkedin.com/in/…", a centred
  headline, "Summary of Qualifications", a "Core Competencies" grid of nine skills in three
  columns, then "Professional Experience" where each employer is one line "EMPLOYER \u2014
  City, ST" and each role at it is a line of its own, "Role | Jan 2021 \u2013 Present", with
  bullets (an employer may carry two roles after a promotion); education "B.S., Industrial
  Engineering" over "University | 2012" (graduation year only).
* ``pdf-uk-contractor`` — a UK IT contractor CV: the name, a headline ("Contract Senior Java
  Developer"), a line with location, phone, e-mail and availability, "Profile", "Technical
  Skills" as label/value rows, then "Contract History" where every engagement is a block of
  labelled rows \u2014 "Client:", "Role:", "Duration:" ("Sep 2022 \u2013 Present" or "09/2022 \u2013
  03/2024"; one form per document) and "Location:" \u2014 followed by "Key deliverables:" bullets;
  education "BSc (Hons) Computer Science, University (2008 \u2013 2011)".
* ``docx-header-contact`` — a Canadian Word résumé whose name, headline and contact line sit
  in the page header (repeated on every page) rather than the body; the body has
  "PROFILE", "EXPERIENCE" with "Position, Employer" in bold and "City, PR | June 2018 \u2013
  present" in italics below, bullets as a Word list style, "EDUCATION" and "SKILLS"; the footer
  carries "Name \u2013 Résumé".

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import io
import random
import re
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf, degree_truth, job_truth
from tests.eval.holdout7 import Pool
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, months_before, normalise_zip, short_month

HOLDOUT_TAG = "holdout-14"
GENERATOR = "tests/eval/holdout14.py"
SEED = 7_408_261

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-norwegian-cv", 3),
    ("pdf-au-referees", 3),
    ("pdf-us-hybrid-grid", 3),
    ("pdf-uk-contractor", 3),
    ("docx-header-contact", 2),
)

MANEDER = (
    "jan.",
    "feb.",
    "mars",
    "apr.",
    "mai",
    "juni",
    "juli",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "des.",
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

POOLS: dict[str, Pool] = {
    "pdf-norwegian-cv": Pool(
        first=("Ingvild", "Torunn", "Eirik", "Sigrun", "Håkon", "Vegard", "Ragnhild"),
        last=("Haugland", "Fjeldstad", "Skogheim", "Brekke", "Myklebust", "Aasland"),
        cities=(
            ("Trondheim", "Kongens gate 41", "7012", "Trondheim"),
            ("Stavanger", "Pedersgata 18", "4013", "Stavanger"),
            ("Tromsø", "Storgata 96", "9008", "Tromsø"),
        ),
        employers=(
            "Nidaros Kraft AS",
            "Fjordlys Rådgivning AS",
            "Havbruk Nord AS",
            "Lofotkysten Sjømat AS",
            "Sørvest Ingeniør AS",
            "Polarlys Eiendom AS",
        ),
        titles=(
            "Prosjektleder",
            "Seniorrådgiver",
            "Prosjektingeniør",
            "Fagansvarlig elkraft",
            "Avdelingsleder",
        ),
        highlights=(
            "Ledet utbyggingen av to transformatorstasjoner på 132 kV",
            "Ansvar for budsjett på 85 MNOK og rapportering til styringsgruppen",
            "Innførte digital sjekkliste for HMS-runder på alle anlegg",
            "Koordinerte åtte underleverandører i byggefasen",
            "Utarbeidet konsesjonssøknad for ny kraftlinje til NVE",
            "Redusert ikke-planlagt nedetid med 30 prosent på to år",
            "Veiledning av tre nyutdannede ingeniører",
            "Gjennomførte risikoanalyser etter NS 5814",
            "Kontraktsforhandlinger med leverandører av kabel og brytere",
            "Etablerte rutiner for vedlikeholdsplanlegging i SAP PM",
            "Prosjekterte ladeinfrastruktur for kommunale bygg",
            "Fulgte opp energimerking av 40 næringsbygg",
        ),
        skills=("AutoCAD", "MS Project", "SAP PM", "Power BI", "Python", "Revit"),
        schools=(
            "Norges teknisk-naturvitenskapelige universitet (NTNU)",
            "Universitetet i Stavanger",
            "UiT Norges arktiske universitet",
        ),
        degrees=(("Master i teknologi", "Energi og miljø"), ("Bachelor i ingeniørfag", "Elektro")),
    ),
    "pdf-au-referees": Pool(
        first=("Kirra", "Brodie", "Tegan", "Bronte", "Tahnee", "Ashleigh", "Mitchell"),
        last=("Cattermole", "Pendlebury", "Wardell", "McInerney", "Trevaskis", "Gilchrist"),
        cities=(
            ("Wollongong", "NSW", "2500", "Wollongong NSW 2500"),
            ("Bendigo", "VIC", "3550", "Bendigo VIC 3550"),
            ("Toowoomba", "QLD", "4350", "Toowoomba QLD 4350"),
            ("Wagga Wagga", "NSW", "2650", "Wagga Wagga NSW 2650"),
        ),
        employers=(
            "Illawarra Coast Logistics Pty Ltd",
            "Barwon Civil Group",
            "Darling Downs Agribusiness Pty Ltd",
            "Southern Cross Freight Services",
            "Loddon Valley Health Services",
            "Murrumbidgee Fleet Management",
        ),
        titles=(
            "Operations Coordinator",
            "Logistics Supervisor",
            "Warehouse Team Leader",
            "Transport Planner",
            "Site Administrator",
        ),
        highlights=(
            "Scheduled a fleet of 24 prime movers across three depots",
            "Reduced pallet damage claims by 35% through revised loading procedures",
            "Trained 15 new starters in WMS picking and dispatch",
            "Managed stock-takes with a variance below 0.2%",
            "Liaised with customers on delivery windows and POD queries",
            "Prepared weekly KPI reports for the state manager",
            "Coordinated chain of responsibility compliance audits",
            "Rolled out electronic work diaries for all drivers",
            "Negotiated rates with subcontract carriers",
            "Led toolbox talks and WHS incident investigations",
            "Introduced cross-dock scheduling that cut dwell time by two hours",
            "Maintained rosters for 40 casual and permanent staff",
        ),
        skills=(
            "Fleet scheduling",
            "WHS compliance",
            "MYOB",
            "Microsoft Excel",
            "Stakeholder liaison",
            "Warehouse management systems",
            "Forklift licence (LF)",
            "Chain of responsibility",
        ),
        schools=("University of Wollongong", "La Trobe University", "Charles Sturt University"),
        degrees=(("Bachelor of Commerce", "Supply Chain Management"),),
    ),
    "pdf-us-hybrid-grid": Pool(
        first=("Delaney", "Bryce", "Marisa", "Colton", "Kendra", "Garrett", "Shelby"),
        last=("Hollenbeck", "Schuyler", "Dunnigan", "Prewitt", "Kastner", "Vandiver"),
        cities=(
            ("Lincoln", "NE", "68508", "Lincoln, NE 68508"),
            ("Des Moines", "IA", "50309", "Des Moines, IA 50309"),
            ("Amarillo", "TX", "79101", "Amarillo, TX 79101"),
            ("Wichita", "KS", "67202", "Wichita, KS 67202"),
        ),
        employers=(
            "Platte River Packaging",
            "Heartland Cooperative Grain",
            "Cimarron Midstream Partners",
            "Panhandle Aerostructures",
            "Flatwater Distribution",
            "Missouri Valley Foods",
        ),
        titles=(
            "Director of Supply Chain",
            "Senior Supply Chain Manager",
            "Supply Chain Manager",
            "Senior Procurement Analyst",
            "Procurement Analyst",
            "Inventory Analyst",
        ),
        highlights=(
            "Cut inbound freight cost 14% by consolidating LTL lanes",
            "Led S&OP process for a $310M product portfolio",
            "Renegotiated resin contracts, saving $2.4M annually",
            "Reduced finished-goods inventory by 18 days of supply",
            "Implemented SAP S/4HANA MRP across three plants",
            "Built a supplier scorecard adopted by 60 vendors",
            "Raised on-time-in-full delivery from 88% to 97%",
            "Managed a team of seven planners and buyers",
            "Qualified dual sources for 40 critical components",
            "Designed a cross-dock network serving five states",
            "Automated weekly demand reports in Tableau",
            "Led Kaizen events that freed 12,000 sq ft of warehouse space",
        ),
        skills=(
            "Demand Planning",
            "S&OP",
            "Strategic Sourcing",
            "SAP S/4HANA",
            "Vendor Negotiation",
            "Lean Six Sigma",
            "Inventory Optimization",
            "Contract Management",
            "Tableau",
            "Logistics Network Design",
            "Cost Reduction",
            "Team Leadership",
        ),
        schools=(
            "Creighton University",
            "Iowa State University",
            "Texas Tech University",
            "Kansas State University",
        ),
        degrees=(("MBA", "Operations Management"), ("B.S.", "Industrial Engineering")),
    ),
    "pdf-uk-contractor": Pool(
        first=("Rhodri", "Bethan", "Cadan", "Eluned", "Ruairi", "Gareth"),
        last=("Kilbride", "Hathersage", "Pengelly", "Strathearn", "Treharne", "Rowcliffe"),
        cities=(
            ("Milton Keynes", None, None, "Milton Keynes"),
            ("Guildford", None, None, "Guildford"),
            ("Cheltenham", None, None, "Cheltenham"),
            ("Basingstoke", None, None, "Basingstoke"),
        ),
        employers=(
            "Thamesmead Building Society",
            "Kennet Valley Water",
            "Wessex Rail Franchising",
            "Chilterns Mutual Insurance",
            "Solent Port Authority",
            "Cotswold Retail Group",
            "Mercia Energy Networks",
        ),
        titles=(
            "Senior Java Developer",
            "Technical Lead",
            "Backend Developer",
            "Java Developer",
            "Integration Developer",
        ),
        highlights=(
            "Rebuilt the mortgage offer service on Spring Boot 3 and Kafka",
            "Migrated 30 batch jobs from on-premise WebLogic to AWS ECS",
            "Introduced contract testing with Pact across six teams",
            "Cut nightly settlement run from 4 hours to 40 minutes",
            "Designed the REST API for a customer self-service portal",
            "Mentored four permanent developers on TDD and code review",
            "Delivered SCADA data ingestion into a Snowflake warehouse",
            "Led the upgrade from Java 8 to Java 17 on a 400k-line codebase",
            "Built CI/CD pipelines in GitLab with automated security scans",
            "Integrated a payments gateway to meet PSD2 requirements",
            "Replaced a legacy SOAP layer with event-driven microservices",
            "Wrote the runbooks and on-call process for go-live",
        ),
        skills=(
            "Languages|Java 17, Kotlin, SQL, TypeScript",
            "Frameworks|Spring Boot, Hibernate, Apache Camel",
            "Cloud & DevOps|AWS (ECS, Lambda, RDS), Docker, Terraform, GitLab CI",
            "Data|PostgreSQL, Oracle, Kafka, Snowflake",
        ),
        schools=(
            "University of Hertfordshire",
            "Oxford Brookes University",
            "Brunel University London",
            "University of Gloucestershire",
        ),
        degrees=(("BSc (Hons)", "Computer Science"), ("BSc (Hons)", "Software Engineering")),
    ),
    "docx-header-contact": Pool(
        first=("Maryse", "Brennan", "Jocelyn", "Tavish", "Annelise", "Corbin"),
        last=("Bourgoin", "MacIsaac", "Kowalchuk", "Desrosiers", "Ouellette", "Paquin"),
        cities=(
            ("Winnipeg", "MB", None, "Winnipeg, MB"),
            ("Regina", "SK", None, "Regina, SK"),
            ("Fredericton", "NB", None, "Fredericton, NB"),
        ),
        employers=(
            "Willowbend Community Housing",
            "Sunwood Credit Union",
            "Maplecrest Family Services",
            "Aspen Parkland Health Network",
            "Kinbrook Employment Services",
            "Cornerstone Newcomer Centre",
        ),
        titles=(
            "Program Coordinator",
            "Community Outreach Lead",
            "Client Services Manager",
            "Volunteer Coordinator",
            "Case Worker",
        ),
        highlights=(
            "Coordinated a drop-in program serving 120 families a month",
            "Recruited and scheduled 45 volunteers for seasonal campaigns",
            "Secured $180,000 in provincial grant funding",
            "Managed intake and referrals for newcomer clients",
            "Developed a tenant orientation workshop now run quarterly",
            "Reduced wait-list times from six weeks to ten days",
            "Prepared monthly outcome reports for the board",
            "Trained front-line staff in trauma-informed practice",
            "Built partnerships with twelve local service agencies",
            "Maintained confidential case files in accordance with PHIPA",
        ),
        skills=(
            "Case management",
            "Grant writing",
            "Volunteer management",
            "Microsoft 365",
            "Conflict resolution",
            "French (conversational)",
            "Program evaluation",
        ),
        schools=("University of Manitoba", "University of Regina", "St. Thomas University"),
        degrees=(("Bachelor of Social Work", "Social Work"), ("Bachelor of Arts", "Psychology")),
    ),
}

REFEREES = (
    ("Gwen Merrigan", "Operations Manager"),
    ("Rodney Skerritt", "State Logistics Manager"),
    ("Maree Dunstan", "General Manager"),
    ("Craig Spurling", "Depot Manager"),
    ("Leanne Partridge", "HR Business Partner"),
    ("Wayne Coulthard", "Regional Manager"),
)
TLD = {
    "pdf-norwegian-cv": "no",
    "pdf-au-referees": "com.au",
    "pdf-us-hybrid-grid": "com",
    "pdf-uk-contractor": "co.uk",
    "docx-header-contact": "ca",
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-norwegian-cv":
        return {
            "numeric": rng.random() < 0.5,
            "accent": rng.choice(((0, 84, 119), (120, 40, 50), (46, 90, 60))),
        }
    if style == "pdf-au-referees":
        return {"present": rng.choice(("Current", "Present")), "rule": rng.choice((0, 90, 150))}
    if style == "pdf-us-hybrid-grid":
        return {"size": rng.choice((10.5, 11.0))}
    if style == "pdf-uk-contractor":
        return {"numeric": rng.random() < 0.5, "shade": rng.choice((232, 240))}
    if style == "docx-header-contact":
        return {"present": rng.choice(("present", "Present"))}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = _fresh_name(pool, rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    home = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    count = {"pdf-uk-contractor": 4, "docx-header-contact": 3}.get(style, 3)
    take = 2 if style in ("pdf-uk-contractor", "pdf-norwegian-cv") else 3
    current = rng.random() < 0.65
    end: Month | None = None if current else (2026, rng.randint(2, 9))
    titles = rng.sample(pool.titles, count)
    if style == "pdf-us-hybrid-grid":
        titles.sort(key=pool.titles.index)  # most senior first
    jobs: list[Job] = []
    promoted = style == "pdf-us-hybrid-grid" and rng.random() < 0.75
    for index, (company, title) in enumerate(
        zip(rng.sample(pool.employers, count), titles, strict=True)
    ):
        span = rng.randint(8, 20) if style == "pdf-uk-contractor" else rng.randint(16, 44)
        start = months_before(end or (2026, 10), span)
        if end is not None and end[0] == start[0]:
            start = (start[0] - 1, start[1])
        place = home if rng.random() < 0.7 else rng.choice(pool.cities)
        where = _job_place(style, place)
        if promoted and index == 1:
            # The second role sits at the first role's employer: a promotion.
            company, where = jobs[0].company, jobs[0].city
        jobs.append(Job(company, title, where, start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        gap = 1 if promoted and index == 0 else rng.randint(1, 4)
        end = months_before(start, gap)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    indices = [0] if len(pool.degrees) == 1 else [0, 1] if rng.random() < 0.6 else [1]
    if style == "pdf-uk-contractor":
        indices = [rng.randrange(2)]
    for index in indices:
        study, area = pool.degrees[index]
        length = 2 if study.startswith(("MBA", "Master")) else rng.choice((3, 4))
        degrees.append(Degree(rng.choice(pool.schools), study, area, (year - length, 8), (year, 6)))
        year -= length + rng.randint(0, 1)
    if style == "pdf-au-referees" and rng.random() < 0.6:
        school = rng.choice(("TAFE NSW", "TAFE Queensland", "Bendigo Kangan Institute"))
        cert_year = min(degrees[0].end[0] + rng.randint(2, 5), 2025)
        cert = Degree(
            school, "Certificate IV", "Transport and Logistics", (cert_year, 2), (cert_year, 11)
        )
        degrees.insert(0, cert)
    city, region, code, printed = home
    phone = {
        "pdf-norwegian-cv": f"{rng.randint(900, 999)} {rng.randint(10, 99)} "
        f"{rng.randint(100, 999)}",
        "pdf-au-referees": f"04{rng.randint(10, 99)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}",
        "pdf-us-hybrid-grid": f"({rng.randint(302, 785)}) {rng.randint(200, 899)}-"
        f"{rng.randint(1000, 9999)}",
        "pdf-uk-contractor": f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
        "docx-header-contact": f"{rng.choice(('204', '306', '506'))}-{rng.randint(200, 899)}-"
        f"{rng.randint(1000, 9999)}",
    }[style]
    email = f"{first}.{last}@example.{TLD[style]}"
    if style == "pdf-us-hybrid-grid":
        email = f"{first[0]}{last}@example.com"
    candidate = Candidate(
        style=style,
        name=name,
        label=None,
        email=email,
        phone=phone,
        url=None,
        city=city,
        region=region if style != "pdf-norwegian-cv" else None,
        code=None,
        jobs=jobs,
        degrees=degrees,
        skills=list(rng.sample(pool.skills, 4 if style == "pdf-uk-contractor" else 6)),
    )
    candidate.extra = {"printed": printed}
    if style == "pdf-norwegian-cv":
        candidate.extra.update(address=region, postal=code)
        candidate.languages = [
            ("Norsk", "morsmål"),
            ("Engelsk", rng.choice(("flytende", "svært god"))),
            (rng.choice(("Tysk", "Svensk", "Fransk")), rng.choice(("grunnleggende", "god"))),
        ]
        candidate.extra["summary"] = (
            "Sivilingeniør med lang erfaring fra prosjektledelse innen energi og bygg. "
            "Strukturert, løsningsorientert og trives med ansvar."
        )
    elif style == "pdf-au-referees":
        candidate.extra.update(postal=code)
        candidate.extra["summary"] = (
            "Reliable and safety-focused logistics professional seeking a senior operations "
            "role where I can apply my experience in fleet scheduling and team leadership."
        )
        picks = rng.sample(REFEREES, 2)
        candidate.extra["referees"] = [
            (
                ref,
                title,
                jobs[index].company,
                f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            )
            for index, (ref, title) in enumerate(picks)
        ]
        candidate.skills = rng.sample(pool.skills, 6)
    elif style == "pdf-us-hybrid-grid":
        candidate.extra.update(postal=code)
        candidate.label = jobs[0].position
        candidate.url = f"https://linkedin.com/in/{first}-{last}"
        candidate.skills = rng.sample(pool.skills, 9)
        candidate.extra["summary"] = (
            "Results-driven supply chain leader with a record of lowering landed cost, "
            "improving service levels and building high-performing planning teams in "
            "manufacturing and distribution."
        )
    elif style == "pdf-uk-contractor":
        candidate.label = f"Contract {jobs[0].position}"
        candidate.extra["notice"] = rng.choice(("4 weeks' notice", "immediately", "2 weeks"))
        candidate.extra["summary"] = (
            "Contract developer delivering back-end Java systems for regulated industries "
            "such as banking, utilities and transport. Comfortable leading small teams, working "
            "directly with stakeholders and getting legacy estates into the cloud."
        )
        candidate.skills = list(pool.skills)
    elif style == "docx-header-contact":
        candidate.label = jobs[0].position
        candidate.extra["summary"] = (
            "Community services professional with a background in psychology and a passion "
            "for connecting people with the supports they need."
        )
    return candidate


def _fresh_name(pool: Pool, rng: random.Random, used: set[str]) -> str:
    """A name no earlier document has used, preferring a first and a last name not yet seen."""
    firsts = {taken.split()[0] for taken in used}
    lasts = {taken.split()[-1] for taken in used}
    for _ in range(200):
        first, last = rng.choice(pool.first), rng.choice(pool.last)
        if first not in firsts and last not in lasts:
            used.add(f"{first} {last}")
            return f"{first} {last}"
    return pool.fresh_name(rng, used)


def _job_place(style: str, place: tuple[str, str | None, str | None, str]) -> str:
    city, region, _, _ = place
    if style == "pdf-au-referees":
        return f"{city} {region}"
    if style in ("pdf-us-hybrid-grid", "docx-header-contact"):
        return f"{city}, {region}"
    return city


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    if style == "pdf-norwegian-cv":
        location = {"address": extra["address"], "postalCode": extra["postal"], "city": person.city}
    else:
        location = drop_empty(
            {"city": person.city, "region": person.region, "postalCode": extra.get("postal")}
        )
    # A LinkedIn address is a profile, as everywhere else in the set (JSON Resume keeps
    # `basics.url` for the candidate's own site).
    profiles = []
    if person.url is not None:
        profiles = [
            {
                "network": "LinkedIn",
                "username": person.url.rsplit("/", 1)[-1],
                "url": person.url,
            }
        ]
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
    work = [job_truth(job, "month") for job in person.jobs]
    education = [
        degree_truth(d, start=style != "pdf-us-hybrid-grid" and d.study != "Certificate IV")
        for d in person.degrees
    ]
    if style == "pdf-uk-contractor":
        skills = [
            # "AWS (ECS, Lambda, RDS)" is one keyword: no split at a comma inside brackets.
            {"name": row.split("|")[0], "keywords": re.split(r", (?![^()]*\))", row.split("|")[1])}
            for row in person.skills
        ]
    else:
        skills = [{"name": skill} for skill in person.skills]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": skills,
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-norwegian-cv":
        return _norwegian(person, options), "pdf"
    if style == "pdf-au-referees":
        return _australian(person, options), "pdf"
    if style == "pdf-us-hybrid-grid":
        return _hybrid(person, options), "pdf"
    if style == "pdf-uk-contractor":
        return _contractor(person, options), "pdf"
    if style == "docx-header-contact":
        return _docx_header(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _core_pdf() -> Any:
    """An fpdf2 document using the PDF core fonts (Helvetica, Times) in Windows-1252."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    return pdf


def _no_month(month: Month | None, numeric: bool) -> str:
    if month is None:
        return "nå" if numeric else "d.d."
    return f"{month[1]:02d}.{month[0]}" if numeric else f"{MANEDER[month[1] - 1]} {month[0]}"


def _norwegian(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, numeric = options["accent"], options["numeric"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSansCondensed")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    pdf.add_page()
    x, width = 22.0, 166.0
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(width, 11, person.name)
    pdf.set_xy(x, 28)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*accent)
    pdf.cell(width, 6, "Curriculum vitae")
    pdf.set_text_color(25, 25, 25)
    y = 40.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6.5, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 7.2, x + 18, y + 7.2)
        pdf.set_text_color(25, 25, 25)
        y += 10.5

    heading("Personalia")
    for label, value in (
        ("Adresse", f"{extra['address']}, {extra['postal']} {person.city}"),
        ("Mobil", person.phone),
        ("E-post", person.email),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(26, 5.2, label)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width - 26, 5.2, value)
        y += 5.5
    y += 3.5
    heading("Profil")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="L")
    y = pdf.get_y() + 4.5
    heading("Arbeidserfaring")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*accent)
        employer = f"{job.company.upper()},"
        pdf.cell(pdf.get_string_width(employer), 5.4, employer)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(25, 25, 25)
        pdf.cell(60, 5.4, f" {job.city}")
        y += 5.6
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 9.8)
        when = f"{_no_month(job.start, numeric)} \u2013 {_no_month(job.end, numeric)}"
        pdf.cell(width, 5.2, f"{job.position} \u00b7 {when}")
        y += 6
        pdf.set_font("Sans", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 7, 4.7, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3.5
    heading("Utdanning")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width, 5.2, f"{d.study}, {d.area}")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{d.institution}, {d.start[0]}\u2013{d.end[0]}")
        y += 12
    y += 1
    heading("Språk")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{language} \u2013 {level}")
        y += 5.4
    y += 3.5
    heading("IT-kunnskaper")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 4.5
    heading("Referanser")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(width, 5, "Oppgis ved forespørsel.")
    if y > 282:
        raise ValueError(f"Norwegian CV overflows for {person.name}")
    return bytes(pdf.output())


def _australian(person: Candidate, options: dict[str, Any]) -> bytes:
    present, rule = options["present"], options["rule"]
    pdf = _core_pdf()
    pdf.set_title(f"{person.name} Resume")
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 14)
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(width, 10, person.name, align="C")
    pdf.set_xy(x, 25)
    pdf.set_font("Helvetica", "", 9.5)
    line = f"{person.extra['printed']}  |  {person.phone}  |  {person.email}"
    pdf.cell(width, 5, line, align="C")
    y = 35.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(rule, rule, rule)
        pdf.set_line_width(0.35)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        y += 9.5

    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(width, 4.8, person.extra["summary"], align="L")
    y = pdf.get_y() + 4
    heading("Key Skills")
    half = (len(person.skills) + 1) // 2
    for row in range(half):
        for column, skill in enumerate(person.skills[row::half][:2]):
            pdf.set_xy(x + 3 + column * width / 2, y)
            pdf.set_font("Helvetica", "", 9.5)
            pdf.cell(4, 4.8, "\u2022")
            pdf.cell(width / 2 - 8, 4.8, skill)
        y += 5
    y += 3.5
    heading("Career History")
    for job in person.jobs:
        when = f"{short_month(job.start)} \u2013 {short_month(job.end, present)}"
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(width - 45, 5.4, job.position)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(45, 5.4, when, align="R")
        pdf.set_xy(x, y + 5.4)
        pdf.set_font("Helvetica", "I", 9.5)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        y += 11.5
        pdf.set_font("Helvetica", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 7, 4.6, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3.2
    heading("Education & Training")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.8)
        years = f"{d.start[0]} \u2013 {d.end[0]}"
        if d.study.startswith("Certificate"):
            pdf.cell(width, 5, f"{d.study} in {d.area}")
            years = str(d.end[0])
        else:
            pdf.cell(width, 5, f"{d.study} ({d.area})")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(width, 5, f"{d.institution}, {years}")
        y += 11.5
    y += 1.5
    heading("Referees")
    col = width / 2
    for index, (ref, title, company, phone) in enumerate(person.extra["referees"]):
        rx = x + index * col
        pdf.set_xy(rx, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(col, 4.8, ref)
        pdf.set_font("Helvetica", "", 9.2)
        for offset, text in enumerate((title, company, f"Ph: {phone}"), start=1):
            pdf.set_xy(rx, y + offset * 4.7)
            pdf.cell(col, 4.7, text)
    if y + 20 > 287:
        raise ValueError(f"Australian resume overflows for {person.name}")
    return bytes(pdf.output())


def _hybrid(person: Candidate, options: dict[str, Any]) -> bytes:
    size = options["size"]
    pdf = _core_pdf()
    pdf.set_title(f"{person.name} - Resume")
    pdf.add_page()
    x, width = 19.0, 172.0
    pdf.set_xy(x, 13)
    pdf.set_font("Times", "B", 20)
    pdf.cell(width, 9, person.name.upper(), align="C")
    pdf.set_xy(x, 23)
    pdf.set_font("Times", "", size - 0.5)
    url = (person.url or "").removeprefix("https://")
    parts = (person.extra["printed"], person.phone, person.email, url)
    pdf.cell(width, 5, "  \u2022  ".join(parts), align="C")
    pdf.set_line_width(0.5)
    pdf.line(x, 30, x + width, 30)
    pdf.set_xy(x, 33)
    pdf.set_font("Times", "B", size + 2)
    pdf.cell(width, 6, person.label or "", align="C")
    y = 42.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size + 1)
        pdf.cell(width, 6, text.upper())
        pdf.set_line_width(0.25)
        pdf.line(x, y + 6.3, x + width, y + 6.3)
        y += 8.5

    heading("Summary of Qualifications")
    pdf.set_xy(x, y)
    pdf.set_font("Times", "", size)
    pdf.multi_cell(width, 4.9, person.extra["summary"], align="J")
    y = pdf.get_y() + 3.5
    heading("Core Competencies")
    third = width / 3
    for row in range(3):
        for column in range(3):
            skill = person.skills[row * 3 + column]
            pdf.set_xy(x + 4 + column * third, y)
            pdf.set_font("Times", "", size)
            pdf.cell(4, 5, "\u2022")
            pdf.cell(third - 8, 5, skill)
        y += 5.2
    y += 3.5
    heading("Professional Experience")
    previous = None
    for job in person.jobs:
        if job.company != previous:
            if previous is not None:
                y += 2
            pdf.set_xy(x, y)
            pdf.set_font("Times", "B", size)
            pdf.cell(width, 5.4, f"{job.company.upper()} \u2014 {job.city}")
            y += 5.8
            previous = job.company
        pdf.set_xy(x, y)
        pdf.set_font("Times", "BI", size)
        title_w = pdf.get_string_width(job.position) + 1
        pdf.cell(title_w, 5.2, job.position)
        pdf.set_font("Times", "I", size)
        pdf.cell(width - title_w, 5.2, f" | {short_month(job.start)} \u2013 {short_month(job.end)}")
        y += 5.6
        pdf.set_font("Times", "", size)
        for note in job.highlights:
            pdf.set_xy(x + 4, y)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 8, 4.8, note, align="L")
            y = pdf.get_y() + 0.1
        y += 1.8
    y += 2
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        pdf.cell(width, 5.2, f"{d.study}, {d.area}")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Times", "", size)
        pdf.cell(width, 5.2, f"{d.institution} | {d.end[0]}")
        y += 11.5
    if y > 285:
        raise ValueError(f"hybrid resume overflows for {person.name}")
    return bytes(pdf.output())


def _contractor(person: Candidate, options: dict[str, Any]) -> bytes:
    numeric, shade = options["numeric"], options["shade"]
    extra = person.extra
    pdf = _pdf("Serif", "DejaVuSerifCondensed")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.set_title(f"{person.name} CV")
    pdf.add_page()
    x, width, label_w = 18.0, 174.0, 30.0
    pdf.set_xy(x, 14)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 9, person.name)
    pdf.set_xy(x, 23.5)
    pdf.set_font("Serif", "", 12)
    pdf.cell(width, 6, person.label or "")
    pdf.set_xy(x, 31)
    pdf.set_font("Serif", "", 9)
    contact = (
        f"{person.city}  \u00b7  {person.phone}  \u00b7  {person.email}  \u00b7  "
        f"Availability: {extra['notice']}"
    )
    pdf.cell(width, 5, contact)
    pdf.set_y(40)

    def heading(text: str) -> None:
        pdf.ln(2)
        pdf.set_x(x)
        pdf.set_fill_color(shade, shade, shade)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6.5, f" {text}", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def row(label: str, value: str, bold: bool = False) -> None:
        pdf.set_x(x)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(label_w, 4.9, label)
        pdf.set_font("Serif", "B" if bold else "", 9.3)
        pdf.multi_cell(width - label_w, 4.9, value, align="L", new_x="LMARGIN", new_y="NEXT")

    def span(job: Job) -> str:
        if numeric:
            end = "Present" if job.end is None else f"{job.end[1]:02d}/{job.end[0]}"
            return f"{job.start[1]:02d}/{job.start[0]} \u2013 {end}"
        return f"{short_month(job.start)} \u2013 {short_month(job.end)}"

    pdf.set_left_margin(x)
    heading("Profile")
    pdf.set_x(x)
    pdf.set_font("Serif", "", 9.3)
    pdf.multi_cell(width, 4.9, extra["summary"], align="L", new_x="LMARGIN", new_y="NEXT")
    heading("Technical Skills")
    for entry in person.skills:
        label, value = entry.split("|")
        pdf.set_x(x)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(38, 4.9, label)
        pdf.set_font("Serif", "", 9.3)
        pdf.multi_cell(width - 38, 4.9, value, align="L", new_x="LMARGIN", new_y="NEXT")
    heading("Contract History")
    for number, job in enumerate(person.jobs):
        if number:
            pdf.ln(3)
        row("Client:", job.company, bold=True)
        row("Role:", job.position)
        row("Duration:", span(job))
        row("Location:", job.city)
        pdf.set_x(x)
        pdf.set_font("Serif", "I", 9.3)
        pdf.cell(width, 5, "Key deliverables:", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.3)
        for note in job.highlights:
            pdf.set_x(x + 3)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - 7, 4.7, note, align="L", new_x="LMARGIN", new_y="NEXT")
    heading("Education")
    for d in person.degrees:
        pdf.set_x(x)
        pdf.set_font("Serif", "", 9.5)
        text = f"{d.study} {d.area}, {d.institution} ({d.start[0]} \u2013 {d.end[0]})"
        pdf.cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx_header(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    present = options["present"]
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 2
    properties.title = "Résumé"
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(10.5)
    section = document.sections[0]
    header = section.header
    top = header.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = top.add_run(person.name)
    run.bold, run.font.size = True, Pt(18)
    sub = header.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = sub.add_run(person.label or "")
    run.font.size, run.font.color.rgb = Pt(11), RGBColor(0x55, 0x55, 0x55)
    contact = header.add_paragraph()
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = contact.add_run(f"{person.extra['printed']}  |  {person.phone}  |  {person.email}")
    run.font.size = Pt(9.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = footer.add_run(f"{person.name} \u2013 Résumé")
    run.font.size = Pt(8)

    def month(m: Month | None) -> str:
        return present if m is None else f"{LONG_MONTHS[m[1] - 1]} {m[0]}"

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.bold, run.font.size = True, Pt(11.5)
        run.font.color.rgb = RGBColor(0x2E, 0x4A, 0x62)

    heading("PROFILE")
    document.add_paragraph(person.extra["summary"])
    heading("EXPERIENCE")
    for job in person.jobs:
        title = document.add_paragraph()
        title.paragraph_format.space_before = Pt(6)
        title.paragraph_format.space_after = Pt(0)
        title.add_run(f"{job.position}, {job.company}").bold = True
        when = document.add_paragraph()
        when.paragraph_format.space_after = Pt(2)
        when.add_run(f"{job.city}  |  {month(job.start)} \u2013 {month(job.end)}").italic = True
        for note in job.highlights:
            item = document.add_paragraph(note, style="List Bullet")
            item.paragraph_format.space_after = Pt(0)
    heading("EDUCATION")
    for d in person.degrees:
        line = document.add_paragraph()
        line.paragraph_format.space_after = Pt(0)
        line.add_run(f"{d.study}, {d.area}").bold = True
        document.add_paragraph(f"{d.institution}, {d.start[0]} \u2013 {d.end[0]}")
    heading("SKILLS")
    document.add_paragraph(" \u2022 ".join(person.skills))
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())
