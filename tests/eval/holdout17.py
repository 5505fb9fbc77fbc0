"""Seventeenth held-out round ("holdout-17"): four more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-legal-attorney`` — a US attorney's resume on Letter paper in Times: the name centred in
  capitals (sometimes followed by ", Esq.", which is a credential and not part of the name), a
  centred contact line (city, state ZIP, phone, e-mail, LinkedIn address), section titles in
  bold capitals over a full-width rule: "Bar Admissions" (court or bar on the left, admission
  year on the right; each is a certificate), "Legal Experience" (the firm in bold with its
  city on the right, the position in italics with "Month YYYY \u2013 Present" on the right,
  bullets), "Education" (the law school in bold with its city, then "Juris Doctor, cum laude,
  May 2016"; the college with "B.A., Political Science, May 2013") and "Practice Areas" as a
  semicolon list (one skill each).
* ``pdf-gdocs-spearmint`` — a Google-Docs "Spearmint"-like export on Letter paper in Helvetica:
  a thick accent bar across the top, the name large on the left with the headline below, the
  contact block (city and state, phone, e-mail, and sometimes a personal web site) stacked and
  right-aligned on the right at the same height; section titles in the accent colour in bold
  capitals ("Experience", "Education", "Skills"). Each job is "Company, City, ST \u2014
  Position" on one line (company and place in bold, position in italics) over a grey date line
  in capitals ("MARCH 2019 - PRESENT"), then bullets; education is "School, City, ST \u2014
  Degree, Area" over its date line; skills are a bullet list (one skill each).
* ``pdf-finnish-cv`` — a Finnish "Ansioluettelo" on A4 in DejaVu Sans: the word ANSIOLUETTELO
  small above the name, a headline, then contact rows ("Osoite" with street, postal code and
  city, "Puhelin", "Sähköposti", "Syntymäaika"). Sections use a date column on the left:
  "Profiili" (the summary), "Työkokemus" (the period in the left column, "3/2019 \u2013
  nykyään" or years only "2019 \u2013 2023", one form per document; the position in bold,
  "Yritys Oy, Kaupunki" below, dash bullets), "Koulutus" (years, the school in bold over
  "Degree, area"), "Kielitaito" ("englanti \u2013 erinomainen") and "Osaaminen" (a comma list,
  one skill each).
* ``pdf-chef-hospitality`` — a chef's resume on Letter paper in DejaVu Serif: the name in
  letter-spaced capitals centred, the headline in an accent colour, a contact line (city and
  state, phone, e-mail) between two thin rules; "Profile" (the summary), "Kitchen Experience"
  where each job is "Position | Restaurant" in bold with "City, ST" and "Jun 2019 \u2014
  Present" on the right in grey, then bullets; "Certifications" ("Name \u2014 Issuer, Year"),
  "Culinary Education" (degree and area in bold, school and graduation year below) and
  "Specialties" in two bullet columns (one skill each).

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout15 import _letter_pdf
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, FONTS, drop_empty, iso_month, months_before

HOLDOUT_TAG = "holdout-17"
GENERATOR = "tests/eval/holdout17.py"
SEED = 2_847_351

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-legal-attorney", 3),
    ("pdf-gdocs-spearmint", 3),
    ("pdf-finnish-cv", 3),
    ("pdf-chef-hospitality", 3),
)

MONTHS_EN = (
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
    "pdf-legal-attorney": Pool(
        first=("Jorah", "Ysabeau", "Bramwell", "Giselle"),
        last=("Ravenscroft", "Threlkeld", "Dalgleish", "Eskridge"),
        cities=(
            ("Annapolis", "MD", "21401", "410"),
            ("Trenton", "NJ", "08608", "609"),
            ("Wilmington", "DE", "19801", "302"),
        ),
        employers=(
            "Garrity Saltgrass LLP",
            "Ashgrove & Birchway LLP",
            "Harbourlight Legal Aid Society",
            "Emberline Mutual Insurance Company",
        ),
        titles=("Senior Associate", "Associate Attorney", "Staff Attorney", "Litigation Associate"),
        highlights=(
            "Drafted dispositive motions in commercial contract disputes worth up to $12 million",
            "Took and defended more than 40 depositions of fact and expert witnesses",
            "Second-chaired a five-day jury trial that ended in a defense verdict",
            "Managed discovery and privilege review for a document set of 300,000 records",
            "Negotiated settlements in 25 premises-liability and coverage matters",
            "Argued summary judgment motions in state and federal court",
            "Represented low-income tenants at eviction hearings and mediations",
            "Supervised two paralegals and a rotating group of summer associates",
            "Wrote the firm's client alert on changes to the state arbitration act",
        ),
        skills=(
            "Commercial Litigation",
            "Insurance Coverage",
            "Appellate Practice",
            "Landlord-Tenant Law",
            "Employment Disputes",
            "E-Discovery",
            "Alternative Dispute Resolution",
        ),
        schools=(
            "Seton Hall University School of Law",
            "University of Maryland Francis King Carey School of Law",
        ),
        degrees=(("B.A.", "Political Science"), ("B.A.", "History"), ("B.S.", "Economics")),
    ),
    "pdf-gdocs-spearmint": Pool(
        first=("Emeric", "Ysolde", "Osric"),
        last=("Thornquist", "Fairbrook", "Ingleby", "Cheverton"),
        cities=(
            ("Tacoma", "WA", None, "253"),
            ("Olympia", "WA", None, "360"),
            ("Fort Collins", "CO", None, "970"),
        ),
        employers=(
            "Lumenfield Analytics",
            "Brackenridge Studio",
            "Tallowmere Software",
            "Gorsebrook Outdoor Supply",
        ),
        titles=(
            "Content Marketing Manager",
            "Marketing Coordinator",
            "Digital Marketing Specialist",
            "Social Media Associate",
        ),
        highlights=(
            "Planned and shipped a weekly newsletter that grew to 38,000 subscribers",
            "Rebuilt the product landing pages and lifted trial sign-ups by 22%",
            "Ran paid search campaigns on a $15,000 monthly budget",
            "Wrote case studies with six enterprise customers",
            "Set up the first marketing attribution dashboard in Looker Studio",
            "Coordinated two product launches with design, sales and support",
            "Produced a short video series that became the top source of referrals",
            "Managed the editorial calendar for the blog and three social channels",
        ),
        skills=(
            "SEO",
            "Google Analytics",
            "HubSpot",
            "Copywriting",
            "Figma",
            "Email Marketing",
            "Looker Studio",
            "A/B Testing",
        ),
        schools=("Western Washington University", "Colorado State University"),
        degrees=(("B.A.", "Communication Studies"), ("B.S.", "Marketing")),
    ),
    "pdf-finnish-cv": Pool(
        first=("Aatu", "Eelis", "Vilho", "Kerttu", "Iida", "Pihla"),
        last=("Kärkkäinen", "Hyvönen", "Ruotsalainen", "Pitkänen", "Kokkonen", "Tiainen"),
        cities=(
            ("Jyväskylä", None, "40100", "Kauppakatu 14 B 9"),
            ("Kuopio", None, "70100", "Puijonkatu 22 A 4"),
            ("Vaasa", None, "65100", "Hovioikeudenpuistikko 7 C 12"),
            ("Joensuu", None, "80100", "Siltakatu 5 as. 3"),
        ),
        employers=(
            "Savotta Rakennus Oy",
            "Pohjolan Logistiikka Oy",
            "Järvisuomen Data Oy",
            "Kuusiston Konepaja Oy",
        ),
        titles=(
            "Ohjelmistokehittäjä",
            "Järjestelmäasiantuntija",
            "Projektipäällikkö",
            "Tukihenkilö",
        ),
        highlights=(
            "Toteutin varastonhallinnan integraation SAP-järjestelmään",
            "Vastasin asiakasportaalin uudistuksesta ja käyttöönotosta",
            "Automatisoin kuukausiraportoinnin, mikä säästi kaksi työpäivää kuussa",
            "Koulutin uusia työntekijöitä ja laadin ohjeistuksen",
            "Osallistuin tarjouslaskentaan ja asiakastapaamisiin",
            "Siirsin palvelimet Azure-pilveen yhdessä toimittajan kanssa",
            "Kehitin mobiilisovellusta kenttähuollon tarpeisiin",
            "Johdin neljän hengen kehitystiimiä",
        ),
        skills=("Python", "C#", ".NET", "SQL Server", "Azure", "Docker", "Power BI", "Git"),
        schools=("Jyväskylän yliopisto", "Savonia-ammattikorkeakoulu", "Itä-Suomen yliopisto"),
        degrees=(
            ("Filosofian maisteri (FM)", "tietojärjestelmätiede"),
            ("Insinööri (AMK)", "tieto- ja viestintätekniikka"),
            ("Luonnontieteiden kandidaatti (LuK)", "tietojenkäsittelytiede"),
        ),
    ),
    "pdf-chef-hospitality": Pool(
        first=("Bastien", "Emmerich", "Gudmund"),
        last=("Duquesne", "Valcourt", "Bellweather", "Hightower"),
        cities=(
            ("Asheville", "NC", None, "828"),
            ("Charleston", "SC", None, "843"),
            ("Chattanooga", "TN", None, "423"),
            ("Lexington", "KY", None, "859"),
        ),
        employers=(
            "The Gilded Thistle",
            "Saffron & Ash Bistro",
            "Wrenfield House Hotel",
            "Cinderfield Tavern",
        ),
        titles=("Executive Sous Chef", "Sous Chef", "Chef de Partie", "Line Cook"),
        highlights=(
            "Ran a 14-cook brigade for a 180-cover dinner service",
            "Wrote seasonal menus built around six local farms",
            "Cut food cost from 34% to 28% through butchery and yield tracking",
            "Trained new cooks on the saut\u00e9 and grill stations",
            "Kept a perfect county health inspection record for three years",
            "Launched a weekend brunch that now serves 250 guests",
            "Ordered produce and proteins for a $40,000 weekly budget",
            "Catered banquets of up to 400 guests",
        ),
        skills=(
            "Whole-Animal Butchery",
            "Pastry & Lamination",
            "Menu Costing",
            "Fermentation",
            "Banquet Production",
            "Inventory Control",
        ),
        schools=("Johnson & Wales University", "Asheville-Buncombe Technical Community College"),
        degrees=(("Associate in Applied Science", "Culinary Arts"),),
    ),
}

FINNISH_LANGUAGES = (
    ("suomi", "äidinkieli"),
    ("englanti", "erinomainen"),
    ("ruotsi", "tyydyttävä"),
    ("saksa", "alkeet"),
)

SUMMARIES = {
    "pdf-finnish-cv": (
        "Kokenut ohjelmistoalan ammattilainen, joka viihtyy asiakasrajapinnassa ja "
        "kehittää mielellään käytännöllisiä ratkaisuja. Etsin uutta haastetta, jossa "
        "pääsen hyödyntämään teknistä osaamistani ja projektikokemustani."
    ),
    "pdf-chef-hospitality": (
        "Chef with more than ten years in scratch kitchens, hotel banquets and farm-to-table "
        "dining rooms. Calm on the pass, careful with cost, and committed to training the "
        "next generation of cooks."
    ),
}

CHEF_CERTS = (
    ("ServSafe Food Protection Manager", "National Restaurant Association"),
    ("Certified Sous Chef (CSC)", "American Culinary Federation"),
    ("Allergen Awareness Certificate", "National Restaurant Association"),
)

BARS = (
    "U.S. District Court for the District of {state}",
    "U.S. Court of Appeals for the Third Circuit",
)

STATE_NAMES = {"MD": "Maryland", "NJ": "New Jersey", "DE": "Delaware"}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-legal-attorney":
        return {"esq": rng.random() < 0.6, "size": rng.choice((10.5, 11.0))}
    if style == "pdf-gdocs-spearmint":
        return {"accent": rng.choice(((33, 150, 130), (224, 102, 80), (61, 90, 160)))}
    if style == "pdf-finnish-cv":
        return {"months": rng.random() < 0.6}
    if style == "pdf-chef-hospitality":
        return {"accent": rng.choice(((140, 60, 40), (60, 90, 60), (90, 50, 110)))}
    return {}


def _chain(rng: random.Random, pool: Pool, take: int, current: bool) -> list[Job]:
    """Jobs newest first, each ending a few months before the next one starts."""
    latest: Month = (2026, 9)
    count = rng.choice((2, 3))
    companies = rng.sample(pool.employers, count)
    titles = rng.sample(pool.titles, count)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    end: Month | None = None if current else months_before(latest, rng.randint(2, 8))
    jobs: list[Job] = []
    for company, title in zip(companies, titles, strict=True):
        start = months_before(end or latest, rng.randint(22, 46))
        if end is not None and end[0] == start[0]:
            start = (start[0] - 1, start[1])
        jobs.append(Job(company, title, "", start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(1, 4))
    return jobs


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, extra_city = rng.choice(pool.cities)
    extra: dict[str, Any] = {}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.75)
    oldest = jobs[-1].start
    if style == "pdf-legal-attorney":
        phone = f"({extra_city}) 555-{rng.randint(100, 199):04d}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com'))}"
        url = f"https://www.linkedin.com/in/{first}-{last}-esq"
        extra["postal"] = postal
        for job in jobs:
            job.city = rng.choice(("Newark, NJ", "Baltimore, MD", "Philadelphia, PA"))
        jd = (oldest[0] - rng.randint(1, 2), 5)
        ba = (jd[0] - 3, 5)
        study, area = rng.choice(pool.degrees)
        degrees = [
            Degree(rng.choice(pool.schools), "Juris Doctor", "", (jd[0] - 3, 8), jd),
            Degree("Towson University", study, area, (ba[0] - 4, 8), ba),
        ]
        extra["honors"] = rng.choice(("cum laude", "magna cum laude", ""))
        state = STATE_NAMES[region or "MD"]
        bar_year = jd[0]
        extra["bars"] = [
            (f"{state} State Bar", str(bar_year)),
            (BARS[0].format(state=state), str(bar_year + 1)),
        ]
        if rng.random() < 0.5:
            extra["bars"].append((BARS[1], str(bar_year + rng.randint(2, 4))))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-gdocs-spearmint":
        phone = f"{extra_city}-555-{rng.randint(200, 299):04d}"
        email = f"{first}{last[0]}@{rng.choice(('gmail.com', 'proton.me'))}"
        label = rng.choice(("Content & Growth Marketer", "Digital Marketing Specialist"))
        if rng.random() < 0.6:
            extra["site"] = f"https://www.{first}{last}.com"
        for job in jobs:
            job.city = rng.choice(("Bremerton, WA", "Greeley, CO", "Bellevue, WA"))
        study, area = rng.choice(pool.degrees)
        grad = (oldest[0] - rng.randint(0, 1), 6)
        school = rng.choice(pool.schools)
        extra["school_city"] = (
            "Bellingham, WA" if school.startswith("Western") else "Fort Collins, CO"
        )
        degrees = [Degree(school, study, area, (grad[0] - 4, 9), grad)]
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-finnish-cv":
        phone = f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com'))}"
        label = rng.choice(("Ohjelmistokehittäjä", "IT-asiantuntija"))
        extra["street"], extra["postal"] = extra_city, postal
        extra["born"] = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(1984, 1995)}"
        extra["summary"] = SUMMARIES[style]
        for job in jobs:
            job.city = rng.choice(("Jyväskylä", "Kuopio", "Helsinki", "Espoo"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        end_year = oldest[0] - rng.randint(0, 1)
        degrees = [Degree(pool.schools[idx], study, area, (end_year - 5, 9), (end_year, 6))]
        languages = list(FINNISH_LANGUAGES[: rng.randint(3, 4)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    else:
        phone = f"({extra_city}) 555-{rng.randint(300, 399):04d}"
        email = f"chef.{last}@{rng.choice(('gmail.com', 'icloud.com'))}"
        label = jobs[0].position if jobs[0].end is None else "Sous Chef"
        extra["summary"] = SUMMARIES[style]
        for job in jobs:
            job.city = rng.choice(("Asheville, NC", "Charleston, SC", "Nashville, TN"))
        grad = (oldest[0] - 1, 5)
        study, area = pool.degrees[0]
        degrees = [Degree(rng.choice(pool.schools), study, area, (grad[0] - 2, 8), grad)]
        certs = rng.sample(CHEF_CERTS, rng.randint(2, 3))
        extra["certificates"] = [(n, i, str(rng.randint(2019, 2025))) for n, i in certs]
        skills = rng.sample(pool.skills, rng.choice((4, 6)))
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=None,
        jobs=jobs,
        degrees=degrees,
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if person.url is not None:
        profiles = [
            {"network": "LinkedIn", "username": person.url.rsplit("/", 1)[-1], "url": person.url}
        ]
    if style == "pdf-finnish-cv":
        location = {"address": extra["street"], "postalCode": extra["postal"], "city": person.city}
    elif style == "pdf-legal-attorney":
        location = {"city": person.city, "region": person.region, "postalCode": extra["postal"]}
    else:
        location = {"city": person.city, "region": person.region}
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "url": extra.get("site"),
            "summary": extra.get("summary"),
            "location": location,
            "profiles": profiles,
        }
    )
    precision = "year" if style == "pdf-finnish-cv" and not options["months"] else "month"
    work = [
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
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-gdocs-spearmint":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif style == "pdf-finnish-cv":
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        elif style == "pdf-chef-hospitality":
            item["endDate"] = str(d.end[0])
        else:
            item["endDate"] = iso_month(d.end, "month")
        education.append(drop_empty(item))
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("certificates", [])
    ] + [{"name": name, "date": year} for name, year in extra.get("bars", [])]
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-legal-attorney":
        return _legal(person, options), "pdf"
    if style == "pdf-gdocs-spearmint":
        return _spearmint(person, options), "pdf"
    if style == "pdf-finnish-cv":
        return _finnish(person, options), "pdf"
    if style == "pdf-chef-hospitality":
        return _chef(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _long(month: Month | None) -> str:
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _check(y: float, limit: float, person: Candidate) -> None:
    if y > limit:
        raise ValueError(f"{person.style} overflows for {person.name}")


def _legal(person: Candidate, options: dict[str, Any]) -> bytes:
    size, extra = options["size"], person.extra
    pdf = _letter_pdf()
    pdf.set_title(f"{person.name} - Resume")
    pdf.add_page()
    x, width = 20.0, 175.9
    name = person.name.upper() + (", ESQ." if options["esq"] else "")
    pdf.set_xy(x, 15)
    pdf.set_font("Times", "B", 17)
    pdf.cell(width, 8, name, align="C")
    contact = (
        f"{person.city}, {person.region} {extra['postal']}  |  {person.phone}  |  "
        f"{person.email}  |  {(person.url or '').removeprefix('https://www.')}"
    )
    pdf.set_xy(x, 24)
    pdf.set_font("Times", "", size - 1)
    pdf.cell(width, 5, contact, align="C")
    y = 33.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size + 0.5)
        pdf.cell(width, 5.5, text.upper())
        pdf.set_line_width(0.35)
        pdf.line(x, y + 5.8, x + width, y + 5.8)
        y += 8

    heading("Bar Admissions")
    for bar, year in extra["bars"]:
        pdf.set_xy(x, y)
        pdf.set_font("Times", "", size)
        pdf.cell(width - 20, 5, bar)
        pdf.cell(20, 5, year, align="R")
        y += 5
    y += 3
    heading("Legal Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        pdf.cell(width - 50, 5, job.company)
        pdf.set_font("Times", "", size)
        pdf.cell(50, 5, job.city, align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Times", "I", size)
        pdf.cell(width - 60, 5, job.position)
        pdf.set_font("Times", "", size)
        pdf.cell(60, 5, f"{_long(job.start)} \u2013 {_long(job.end)}", align="R")
        y += 10.5
        for note in job.highlights:
            pdf.set_xy(x + 4, y)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 8, 4.8, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Education")
    law, college = person.degrees
    law_city = "Newark, NJ" if law.institution.startswith("Seton") else "Baltimore, MD"
    for degree, city, line in (
        (
            law,
            law_city,
            ", ".join(p for p in ("Juris Doctor", extra["honors"], _long(law.end)) if p),
        ),
        (college, "Towson, MD", f"{college.study}, {college.area}, {_long(college.end)}"),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        pdf.cell(width - 40, 5, degree.institution)
        pdf.set_font("Times", "", size)
        pdf.cell(40, 5, city, align="R")
        pdf.set_xy(x + 4, y + 5)
        pdf.cell(width - 4, 5, line)
        y += 12
    heading("Practice Areas")
    pdf.set_xy(x, y)
    pdf.set_font("Times", "", size)
    pdf.multi_cell(width, 5, "; ".join(person.skills), align="L")
    _check(pdf.get_y(), 268, person)
    return bytes(pdf.output())


def _spearmint(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, extra = options["accent"], person.extra
    pdf = _letter_pdf()
    pdf.set_title(f"{person.name} Resume")
    pdf.add_page()
    x, width = 18.0, 179.9
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 215.9, 5, style="F")
    pdf.set_xy(x, 16)
    pdf.set_font("Helvetica", "B", 26)
    pdf.set_text_color(30, 30, 30)
    pdf.cell(115, 11, person.name)
    pdf.set_xy(x, 28)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(115, 6, person.label or "")
    contact = [f"{person.city}, {person.region}", person.phone, person.email]
    if "site" in extra:
        contact.append(extra["site"].removeprefix("https://"))
    pdf.set_font("Helvetica", "", 9)
    pdf.set_text_color(60, 60, 60)
    for i, line in enumerate(contact):
        pdf.set_xy(x + 115, 16 + i * 4.6)
        pdf.cell(width - 115, 4.6, line, align="R")
    y = 44.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(30, 30, 30)
        y += 8

    def dates(start: Month, end: Month | None) -> str:
        return f"{_long(start)} - {_long(end)}".upper()

    heading("Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        head = f"{job.company}, {job.city} \u2014 "
        pdf.cell(pdf.get_string_width(head) + 0.5, 5.5, head)
        pdf.set_font("Helvetica", "I", 10.5)
        pdf.cell(width - 100, 5.5, job.position)
        pdf.set_xy(x, y + 5.5)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width, 4.5, dates(job.start, job.end))
        pdf.set_text_color(30, 30, 30)
        y += 11.5
        pdf.set_font("Helvetica", "", 9.5)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 7, 4.8, note, align="L")
            y = pdf.get_y() + 0.6
        y += 4
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        head = f"{d.institution}, {extra['school_city']} \u2014 "
        pdf.cell(pdf.get_string_width(head) + 0.5, 5.5, head)
        pdf.set_font("Helvetica", "I", 10.5)
        pdf.cell(60, 5.5, f"{d.study}, {d.area}")
        pdf.set_xy(x, y + 5.5)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width, 4.5, dates(d.start, d.end))
        pdf.set_text_color(30, 30, 30)
        y += 14
    heading("Skills")
    pdf.set_font("Helvetica", "", 9.5)
    for skill in person.skills:
        pdf.set_xy(x + 3, y)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 7, 4.8, skill)
        y += 5
    _check(y, 270, person)
    return bytes(pdf.output())


def _fi_span(start: Month, end: Month | None, months: bool) -> str:
    def one(m: Month) -> str:
        return f"{m[1]}/{m[0]}" if months else str(m[0])

    return f"{one(start)} \u2013 {'nykyään' if end is None else one(end)}"


def _finnish(person: Candidate, options: dict[str, Any]) -> bytes:
    months, extra = options["months"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Ansioluettelo - {person.name}")
    pdf.add_page()
    x, width, gutter = 20.0, 170.0, 38.0
    pdf.set_xy(x, 15)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(width, 4, "ANSIOLUETTELO")
    pdf.set_xy(x, 20)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(width, 9, person.name)
    pdf.set_xy(x, 30)
    pdf.set_font("Sans", "", 11)
    pdf.cell(width, 5.5, person.label or "")
    rows = (
        ("Osoite", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Puhelin", person.phone),
        ("Sähköposti", person.email),
        ("Syntymäaika", extra["born"]),
    )
    y = 39.0
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(gutter, 4.8, key)
        pdf.set_text_color(20, 20, 20)
        pdf.cell(width - gutter, 4.8, value)
        y += 4.8
    y += 5

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_draw_color(40, 40, 40)
        pdf.set_line_width(0.3)
        pdf.line(x, y, x + width, y)
        pdf.set_xy(x, y + 1.5)
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(width, 6, text)
        y += 10

    heading("Profiili")
    pdf.set_xy(x + gutter, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width - gutter, 4.8, extra["summary"], align="L")
    y = pdf.get_y() + 5
    heading("Työkokemus")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(gutter, 5, _fi_span(job.start, job.end, months))
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9.3)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        pdf.set_text_color(20, 20, 20)
        y += 11
        for note in job.highlights:
            pdf.set_xy(x + gutter, y)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - gutter - 4, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3.5
    heading("Koulutus")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter, 5, d.institution)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width - gutter, 5, f"{d.study}, {d.area}")
        y += 13
    heading("Kielitaito")
    for lang, level in person.languages:
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width - gutter, 4.8, f"{lang} \u2013 {level}")
        y += 4.8
    y += 4
    heading("Osaaminen")
    pdf.set_xy(x + gutter, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width - gutter, 4.8, ", ".join(person.skills), align="L")
    _check(pdf.get_y(), 285, person)
    return bytes(pdf.output())


def _serif_letter() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
        pdf.add_font("Serif", variant, str(FONTS / f"DejaVuSerif{suffix}.ttf"))
    return pdf


def _chef(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, extra = options["accent"], person.extra
    pdf = _serif_letter()
    pdf.set_title(f"{person.name} | Chef Resume")
    pdf.add_page()
    x, width = 19.0, 177.9
    pdf.set_xy(x, 15)
    pdf.set_font("Serif", "B", 19)
    pdf.set_char_spacing(2.5)
    pdf.set_text_color(30, 30, 30)
    pdf.cell(width, 9, person.name.upper(), align="C")
    pdf.set_char_spacing(0)
    pdf.set_xy(x, 25)
    pdf.set_font("Serif", "I", 11)
    pdf.set_text_color(*accent)
    pdf.cell(width, 6, person.label or "", align="C")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.3)
    pdf.line(x, 33, x + width, 33)
    pdf.set_xy(x, 34)
    pdf.set_font("Serif", "", 8.8)
    pdf.set_text_color(50, 50, 50)
    contact = f"{person.city}, {person.region}   \u00b7   {person.phone}   \u00b7   {person.email}"
    pdf.cell(width, 5.5, contact, align="C")
    pdf.line(x, 40.5, x + width, 40.5)
    y = 46.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(30, 30, 30)
        y += 7.5

    heading("Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 4
    heading("Kitchen Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(width - 70, 5, f"{job.position} | {job.company}")
        pdf.set_font("Serif", "", 8.6)
        pdf.set_text_color(110, 110, 110)
        end = "Present" if job.end is None else f"{MONTHS_EN[job.end[1] - 1][:3]} {job.end[0]}"
        start = f"{MONTHS_EN[job.start[1] - 1][:3]} {job.start[0]}"
        pdf.cell(70, 5, f"{job.city}   {start} \u2014 {end}", align="R")
        pdf.set_text_color(30, 30, 30)
        y += 6
        pdf.set_font("Serif", "", 9)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 7, 4.6, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Certifications")
    pdf.set_font("Serif", "", 9)
    for name, issuer, year in extra["certificates"]:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, f"{name} \u2014 {issuer}, {year}")
        y += 5
    y += 3
    heading("Culinary Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width, 5, f"{d.study}, {d.area}")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Serif", "", 9)
        pdf.cell(width, 5, f"{d.institution}, {d.end[0]}")
        y += 12
    heading("Specialties")
    pdf.set_font("Serif", "", 9)
    half = (len(person.skills) + 1) // 2
    for i, skill in enumerate(person.skills):
        col, row = divmod(i, half)
        pdf.set_xy(x + 3 + col * 88, y + row * 5)
        pdf.cell(4, 5, "\u2022")
        pdf.cell(80, 5, skill)
    _check(y + half * 5, 270, person)
    return bytes(pdf.output())
