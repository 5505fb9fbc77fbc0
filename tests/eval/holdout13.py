"""Thirteenth held-out round ("holdout-13"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-spanish-cv`` — a born-digital Spanish CV: "Datos personales" (address, phone,
  e-mail), "Experiencia laboral" with "Puesto · Empresa S.L. · Ciudad" on the left and the
  dates on the right ("ene. 2020 \u2013 actualidad" or "marzo 2016 \u2013 diciembre 2019", one form
  per document), "Formación académica" ("Grado en …, Universidad de Sevilla, 2012 \u2013 2016"),
  "Idiomas" ("Inglés: nivel C1") and "Informática".
* ``pdf-french-twocol`` — a modern French two-column CV: a coloured left column with
  "Contact", "Compétences", "Langues" ("Anglais \u2013 courant") and "Centres d'intérêt"; the
  main column holds "Expériences professionnelles" ("Chargée de communication \u2014 Société,
  Lyon" over "Depuis septembre 2021" or "Janvier 2018 \u2013 Août 2021") and "Formation".
* ``pdf-swedish-cv`` — a Swedish CV: "Personuppgifter", "Arbetslivserfarenhet" with "Roll,
  Företag AB, Stad" and "2019 \u2013 nu" (years) or "aug 2015 \u2013 maj 2019" (months; one form per
  document), "Utbildning" ("Civilingenjör, Industriell ekonomi, Linköpings universitet"),
  "Språk" ("Engelska \u2013 flytande") and "Kompetenser".
* ``pdf-career-table`` — an English resume whose work history is a ruled table "Period |
  Employer | Role | Location", one row per job with years ("2019\u20132023"), some roles
  wrapping inside their cell; "Key achievements" bullets per job follow in a separate section
  below the table, and education is a table "Year | Qualification | Institution".
* ``scan-crumpled-photo`` — a phone photo of a printed one-page resume that had been crumpled
  and flattened again: the sheet in perspective on a dark table, crease lines as light and
  dark streaks, a mild wavy warp, uneven light; a colour JPEG at quality 80 claiming 72 dpi.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import io
import math
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf, degree_truth, job_truth
from tests.eval.holdout7 import Pool
from tests.eval.holdout8 import _perspective
from tests.eval.people import ascii_slug
from tests.eval.render import drop_empty, months_before, short_month

HOLDOUT_TAG = "holdout-13"
GENERATOR = "tests/eval/holdout13.py"
SEED = 5_274_913

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-spanish-cv", 3),
    ("pdf-french-twocol", 3),
    ("pdf-swedish-cv", 2),
    ("pdf-career-table", 3),
    ("scan-crumpled-photo", 2),
)

MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_CORTOS = [
    "ene.",
    "feb.",
    "mar.",
    "abr.",
    "may.",
    "jun.",
    "jul.",
    "ago.",
    "sept.",
    "oct.",
    "nov.",
    "dic.",
]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MANADER = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

POOLS: dict[str, Pool] = {
    "pdf-spanish-cv": Pool(
        first=("Inmaculada", "Remedios", "Rocío", "Fulgencio", "Ignacio", "Macarena"),
        last=("Benjumea", "Arjona", "Valdivia", "Mantecón", "Sotomayor"),
        cities=(
            ("Sevilla", "C/ Feria 112, 3º B", "41003", "Sevilla"),
            ("Málaga", "C/ Carretería 45, 2º A", "29008", "Málaga"),
            ("Córdoba", "Av. de Cervantes 18, 1º", "14008", "Córdoba"),
        ),
        employers=(
            "Guadalquivir Consultores S.L.",
            "Giralda Distribución S.L.",
            "Aceites Triana S.A.",
            "Alcázar Gestión Inmobiliaria S.L.",
            "Sierra Morena Logística S.L.",
            "Costa del Sol Hoteles S.A.",
        ),
        titles=(
            "Técnica de administración",
            "Responsable de contabilidad",
            "Analista financiero",
            "Controller de gestión",
            "Auxiliar administrativo",
        ),
        highlights=(
            "Cierre contable mensual y preparación de cuentas anuales",
            "Gestión de tesorería y previsiones de caja a 13 semanas",
            "Implantación del módulo financiero de SAP Business One",
            "Reducción del periodo medio de cobro de 74 a 52 días",
            "Coordinación con auditores externos en la revisión anual",
            "Elaboración de presupuestos por centro de coste",
            "Liquidación de IVA e impuesto de sociedades con la asesoría",
            "Supervisión de un equipo de tres administrativos",
            "Conciliaciones bancarias diarias de seis cuentas",
            "Cuadro de mando de ventas en Power BI para la dirección",
            "Negociación de condiciones con proveedores de transporte",
            "Control de costes de obra en cuatro promociones",
        ),
        skills=("SAP Business One", "Excel avanzado", "Power BI", "A3 Contabilidad", "SQL"),
        schools=("Universidad de Sevilla", "Universidad de Málaga", "Universidad Loyola"),
        degrees=(
            ("Máster", "Dirección Financiera"),
            ("Grado", "Administración y Dirección de Empresas"),
        ),
    ),
    "pdf-french-twocol": Pool(
        first=("Maëlys", "Séverine", "Anaïs", "Aurélien", "Fabrice", "Ludivine"),
        last=("Chabert", "Vernay", "Dufournet", "Montagnon", "Perrichon"),
        cities=(
            ("Lyon", None, None, "Lyon"),
            ("Grenoble", None, None, "Grenoble"),
            ("Saint-Étienne", None, None, "Saint-Étienne"),
        ),
        employers=(
            "Fourvière Médias",
            "Agence Croix-Rousse",
            "Rhône Événements",
            "Confluence Numérique",
            "Bellecour Éditions",
            "Dauphiné Tourisme",
        ),
        titles=(
            "Chargée de communication",
            "Chef de projet digital",
            "Responsable communication",
            "Community manager",
            "Chargé de relations presse",
        ),
        highlights=(
            "Pilotage de la refonte du site internet (120 000 visites par mois)",
            "Rédaction de la newsletter mensuelle envoyée à 18 000 abonnés",
            "Organisation de trois salons professionnels par an",
            "Gestion d'un budget média de 250 k€",
            "Animation des réseaux sociaux : +40 % d'abonnés en un an",
            "Relations presse régionales et nationales",
            "Encadrement de deux alternantes",
            "Conception des supports print avec l'agence de création",
            "Mise en place d'un tableau de bord des campagnes",
            "Coordination du lancement de la nouvelle gamme",
            "Production de vidéos courtes pour LinkedIn et Instagram",
            "Plan de communication interne pour 300 salariés",
        ),
        skills=("Suite Adobe", "WordPress", "Canva", "Google Analytics", "Mailchimp", "Hootsuite"),
        schools=("Université Lumière Lyon 2", "Sciences Po Lyon", "Université Grenoble Alpes"),
        degrees=(("Master 2", "Communication"), ("Licence", "Information-Communication")),
    ),
    "pdf-swedish-cv": Pool(
        first=("Linnéa", "Gunnar", "Sigrid", "Torbjörn", "Ylva", "Måns"),
        last=("Åkerlund", "Sjöberg", "Hedlund", "Ekström", "Wallin"),
        cities=(
            ("Linköping", "Storgatan 14", "582 23", "Linköping"),
            ("Norrköping", "Drottninggatan 31", "602 24", "Norrköping"),
            ("Västerås", "Kopparbergsvägen 8", "722 13", "Västerås"),
        ),
        employers=(
            "Stångå Industri AB",
            "Östgöta Automation AB",
            "Mälardalens Kraftteknik AB",
            "Kolmården Logistik AB",
            "Roxen Verkstäder AB",
            "Tinnerö Produktion AB",
        ),
        titles=(
            "Produktionschef",
            "Projektledare",
            "Inköpsansvarig",
            "Produktionsingenjör",
            "Supply chain-analytiker",
        ),
        highlights=(
            "Ledde införandet av ett nytt affärssystem i tre fabriker",
            "Minskade ställtiderna i pressverkstaden med 30 %",
            "Ansvarade för en inköpsbudget på 80 MSEK",
            "Införde Lean-arbetssätt med dagliga tavlemöten",
            "Projektledde flytten av monteringslinjen till ny lokal",
            "Förhandlade ramavtal med tolv leverantörer",
            "Byggde upp rapportering av OEE i Power BI",
            "Personalansvar för 22 operatörer i treskift",
            "Sänkte lagervärdet med 15 MSEK på ett år",
            "Drev arbetet med ISO 14001-certifiering",
        ),
        skills=("SAP", "Power BI", "Lean", "Excel", "AutoCAD", "Projektledning"),
        schools=("Linköpings universitet", "Mälardalens universitet", "Uppsala universitet"),
        degrees=(("Civilingenjör", "Industriell ekonomi"), ("Kandidatexamen", "Logistik")),
    ),
    "pdf-career-table": Pool(
        first=("Benedick", "Eglantine", "Cuthbert", "Gwendolen", "Ambrosius", "Hermione"),
        last=("Pendarves", "Polwhele", "Trevelyan", "Stanhope", "Winterbourne"),
        cities=(
            ("Swindon", None, "GB", "Swindon, UK"),
            ("Cardiff", None, "GB", "Cardiff, UK"),
            ("Gloucester", None, "GB", "Gloucester, UK"),
        ),
        employers=(
            "Severn Estuary Energy Ltd",
            "Clifton Actuarial Partners",
            "Mendip Water Services",
            "Avonmouth Freight Terminals",
            "Dartmoor Civil Engineering",
            "Taff Valley Housing Association",
        ),
        titles=(
            "Senior Programme Manager (Infrastructure Delivery)",
            "Programme Manager",
            "Project Manager",
            "Senior Project Controls Analyst",
            "Assistant Project Manager (Capital Works)",
        ),
        highlights=(
            "Delivered a £38M flood defence scheme two months early",
            "Set up the project management office for the capital programme",
            "Cut change-order costs by 18% with earlier design reviews",
            "Managed 11 contractors across four live sites",
            "Introduced earned value reporting to the board",
            "Led the procurement of a new asset management system",
            "Reduced reportable safety incidents by 40% over two years",
            "Ran stakeholder consultation with three local councils",
            "Produced the five-year investment plan for the regulator",
            "Coordinated the refurbishment of 600 social homes",
            "Negotiated the settlement of a long-running contract dispute",
            "Mentored four graduate project managers",
        ),
        skills=("MS Project", "Primavera P6", "PRINCE2", "NEC4 contracts", "Power BI", "Excel"),
        schools=("University of Bath", "Cardiff University", "Bath Spa University"),
        degrees=(("MSc", "Construction Project Management"), ("BEng", "Civil Engineering")),
    ),
    "scan-crumpled-photo": Pool(
        first=("Wilfrid", "Eudora", "Fitzroy", "Clementina", "Jethro", "Drusilla"),
        last=("Sowerbutts", "Thistlewood", "Brocklehurst", "Murgatroyd", "Higginbotham"),
        cities=(
            ("Harrogate", None, "GB", "Harrogate, UK"),
            ("Skipton", None, "GB", "Skipton, UK"),
            ("Ilkley", None, "GB", "Ilkley, UK"),
        ),
        employers=(
            "Aire Valley Bakeries",
            "Pennine Print Works",
            "Ouse Bridge Hotels",
            "Kirkstall Forge Fabrications",
            "Wharfedale Garden Centres",
        ),
        titles=("Team Leader", "Store Supervisor", "Production Operative", "Assistant Manager"),
        highlights=(
            "Ran the early shift of 12 staff on the packing line",
            "Trained new starters on food hygiene and safety",
            "Kept waste under 2% for two years running",
            "Handled cash-up and banking for the store",
            "Planned weekly rotas for 20 part-time staff",
            "Won regional store of the quarter twice",
            "Looked after stock ordering for the plant area",
            "Dealt with customer complaints and refunds",
            "Helped set up the new guillotine and folding line",
        ),
        skills=("Food Hygiene Level 2", "First aid", "Rota planning", "Stock control", "Excel"),
        schools=("Craven College", "Harrogate College"),
        degrees=(("BTEC Level 3", "Business"), ("NVQ Level 2", "Team Leading")),
    ),
}

INTERESTS = ("Randonnée en montagne", "Photographie argentique", "Théâtre amateur", "Cuisine")


FEMININE = frozenset(
    {"Maëlys", "Séverine", "Anaïs", "Ludivine", "Inmaculada", "Remedios", "Rocío", "Macarena"}
)
GENDERED = (
    ("Chargé ", "Chargée "),
    ("Técnico ", "Técnica "),
    ("administrativo", "administrativa"),
    ("financiero", "financiera"),
)


def _gendered(title: str, feminine: bool) -> str:
    """French and Spanish job titles agree with the holder's gender."""
    for masculine, feminine_form in GENDERED:
        if feminine:
            title = title.replace(masculine, feminine_form)
        else:
            title = title.replace(feminine_form, masculine)
    return title


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-spanish-cv":
        return {"short": rng.random() < 0.5, "accent": rng.choice(((150, 30, 40), (30, 70, 110)))}
    if style == "pdf-french-twocol":
        return {"side": rng.choice(((38, 70, 83), (92, 52, 92), (42, 96, 88)))}
    if style == "pdf-swedish-cv":
        return {"months": rng.random() < 0.5}
    if style == "pdf-career-table":
        return {"shade": rng.choice((228, 236, 242))}
    if style == "scan-crumpled-photo":
        return {"tilt": rng.uniform(1.0, 3.0) * rng.choice((-1, 1)), "creases": rng.randint(5, 8)}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    home = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    count = 4 if style == "pdf-career-table" else 3
    take = 2 if style == "scan-crumpled-photo" else 3
    current = rng.random() < 0.65
    end: Month | None = None if current else (2026, rng.randint(2, 9))
    jobs: list[Job] = []
    titles = rng.sample(pool.titles, count)
    if style == "pdf-career-table":
        titles.sort(key=pool.titles.index)  # the pool lists these most senior first
    for company, title in zip(rng.sample(pool.employers, count), titles, strict=True):
        start = months_before(end or (2026, 10), rng.randint(16, 48))
        if end is not None and end[0] == start[0]:
            start = (start[0] - 1, start[1])
        place = home if rng.random() < 0.7 else rng.choice(pool.cities)
        title = _gendered(title, name.split()[0] in FEMININE)
        jobs.append(Job(company, title, place[0], start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 4))
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    for index in range(2) if rng.random() < 0.7 else (1,):
        study, area = pool.degrees[index]
        length = (2, 4 if style in ("pdf-spanish-cv", "pdf-swedish-cv") else 3)[index]
        if style == "pdf-swedish-cv" and index == 0:
            length = 5
        degrees.append(Degree(rng.choice(pool.schools), study, area, (year - length, 9), (year, 6)))
        year -= length
    city, region, code, _ = home
    phone = {
        "pdf-spanish-cv": f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}",
        "pdf-french-twocol": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        "pdf-swedish-cv": f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
        "pdf-career-table": f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
        "scan-crumpled-photo": f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
    }[style]
    tld = {"pdf-spanish-cv": "es", "pdf-french-twocol": "fr", "pdf-swedish-cv": "se"}.get(
        style, "co.uk"
    )
    european = style in ("pdf-spanish-cv", "pdf-swedish-cv")
    candidate = Candidate(
        style=style,
        name=name,
        label=None,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=None,
        city=city,
        region=None,
        code=code if style in ("pdf-career-table", "scan-crumpled-photo") else None,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, 5),
    )
    candidate.extra = {"printed": home[3]}
    if european:
        candidate.extra.update(address=region, postal=code)
    if style == "pdf-spanish-cv":
        candidate.languages = [
            ("Español", "nativo"),
            ("Inglés", f"nivel {rng.choice(('C1', 'B2', 'C2'))}"),
            (rng.choice(("Francés", "Alemán", "Italiano")), f"nivel {rng.choice(('B1', 'A2'))}"),
        ]
    elif style == "pdf-french-twocol":
        candidate.languages = [
            ("Anglais", rng.choice(("courant", "bilingue"))),
            (
                rng.choice(("Espagnol", "Italien", "Allemand")),
                rng.choice(("intermédiaire", "notions")),
            ),
        ]
        candidate.label = jobs[0].position
        candidate.extra["interests"] = rng.sample(INTERESTS, 3)
    elif style == "pdf-swedish-cv":
        candidate.languages = [
            ("Svenska", "modersmål"),
            ("Engelska", rng.choice(("flytande", "mycket goda kunskaper"))),
            (
                rng.choice(("Tyska", "Finska", "Franska")),
                rng.choice(("goda kunskaper", "grundläggande")),
            ),
        ]
    elif style == "pdf-career-table":
        candidate.label = jobs[0].position.split(" (")[0]
        candidate.extra["summary"] = (
            "Chartered project manager with a record of delivering public infrastructure on "
            "time and on budget, from flood defences to housing renewal."
        )
    return candidate


# ------------------------------------------------------------------------------------ truth


def _precision(style: str, options: dict[str, Any]) -> str:
    if style == "pdf-career-table" or (style == "pdf-swedish-cv" and not options["months"]):
        return "year"
    return "month"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    if "address" in extra:
        location = {"address": extra["address"], "postalCode": extra["postal"], "city": person.city}
    else:
        location = drop_empty({"city": person.city, "countryCode": person.code})
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
    precision = _precision(style, options)
    work = [job_truth(job, precision) for job in person.jobs]
    education = [degree_truth(d, start=style != "pdf-career-table") for d in person.degrees]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": [{"name": name} for name in extra.get("interests", [])],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-spanish-cv":
        return _spanish(person, options), "pdf"
    if style == "pdf-french-twocol":
        return _french(person, options), "pdf"
    if style == "pdf-swedish-cv":
        return _swedish(person, options), "pdf"
    if style == "pdf-career-table":
        return _career_table(person, options), "pdf"
    if style == "scan-crumpled-photo":
        return _crumpled(_plain(person), person, options), "jpg"
    raise ValueError(f"unknown style {style}")


def _es_month(month: Month | None, short: bool) -> str:
    if month is None:
        return "actualidad"
    return f"{(MESES_CORTOS if short else MESES)[month[1] - 1]} {month[0]}"


def _spanish(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, short = options["accent"], options["short"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 15)
    pdf.set_font("Sans", "B", 21)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, person.name)
    pdf.set_text_color(20, 20, 20)
    y = 30.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6.5, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(20, 20, 20)
        y += 10

    def pair(label: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(32, 5.2, label)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width - 32, 5.2, value)
        y += 5.6

    heading("Datos personales")
    pair("Dirección:", f"{extra['address']}, {extra['postal']} {person.city}")
    pair("Teléfono:", person.phone)
    pair("Correo:", person.email)
    y += 3
    heading("Experiencia laboral")
    for job in person.jobs:
        when = f"{_es_month(job.start, short)} \u2013 {_es_month(job.end, short)}"
        pdf.set_font("Sans", "", 9.5)
        when_w = pdf.get_string_width(when) + 2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(
            width - when_w - 4,
            5.4,
            f"{job.position} \u00b7 {job.company} \u00b7 {job.city}",
            align="L",
        )
        bottom = pdf.get_y()
        pdf.set_xy(x + width - when_w, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(when_w, 5.4, when, align="R")
        pdf.set_text_color(20, 20, 20)
        y = bottom + 0.6
        pdf.set_font("Sans", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 7, 4.8, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3.5
    heading("Formación académica")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.8)
        study = f"{d.study} en {d.area}"
        pdf.multi_cell(
            width, 5.2, f"{study}, {d.institution}, {d.start[0]} \u2013 {d.end[0]}", align="L"
        )
        y = pdf.get_y() + 1.5
    y += 2.5
    heading("Idiomas")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.8)
        pdf.cell(width, 5.2, f"{language}: {level}")
        y += 5.6
    y += 2.5
    heading("Informática")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.8)
    pdf.multi_cell(width, 5.2, ", ".join(person.skills), align="L")
    if pdf.get_y() > 285:
        raise ValueError(f"Spanish CV overflows for {person.name}")
    return bytes(pdf.output())


def _fr_span(start: Month, end: Month | None) -> str:
    if end is None:
        return f"Depuis {MOIS[start[1] - 1]} {start[0]}"

    def month(m: Month) -> str:
        return f"{MOIS[m[1] - 1].capitalize()} {m[0]}"

    return f"{month(start)} \u2013 {month(end)}"


def _french(person: Candidate, options: dict[str, Any]) -> bytes:
    side = options["side"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.add_page()
    left = 70.0
    pdf.set_fill_color(*side)
    pdf.rect(0, 0, left, 297, style="F")
    sx, sw = 8.0, left - 13
    y = 20.0
    pdf.set_text_color(255, 255, 255)

    def side_heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(sx, y)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(sw, 6, text.upper())
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.3)
        pdf.line(sx, y + 6.8, sx + sw, y + 6.8)
        y += 9.5

    def side_line(text: str) -> None:
        nonlocal y
        pdf.set_xy(sx, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(sw, 4.6, text, align="L")
        y = pdf.get_y() + 1.2

    side_heading("Contact")
    for value in (person.phone, person.email, person.extra["printed"]):
        side_line(value)
    y += 5
    side_heading("Compétences")
    for skill in person.skills:
        side_line(skill)
    y += 5
    side_heading("Langues")
    for language, level in person.languages:
        side_line(f"{language} \u2013 {level}")
    y += 5
    side_heading("Centres d'intérêt")
    for interest in person.extra["interests"]:
        side_line(interest)
    pdf.set_text_color(30, 30, 30)
    x, width = left + 10, 210 - left - 22
    pdf.set_xy(x, 18)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 29)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*side)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(30, 30, 30)
    y = 44.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12.5)
        pdf.set_text_color(*side)
        pdf.cell(width, 7, text)
        pdf.set_text_color(30, 30, 30)
        y += 10

    heading("Expériences professionnelles")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width, 5.2, f"{job.position} \u2014 {job.company}, {job.city}", align="L")
        pdf.set_x(x)
        pdf.set_font("Sans", "I", 9)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(width, 5, _fr_span(job.start, job.end))
        pdf.set_text_color(30, 30, 30)
        y = pdf.get_y() + 6
        pdf.set_font("Sans", "", 9)
        for note in job.highlights:
            pdf.set_xy(x + 2, y)
            pdf.cell(4, 4.6, "\u25aa")
            pdf.multi_cell(width - 6, 4.6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Formation")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        text = f"{d.study} {d.area}, {d.institution}, {d.start[0]} \u2013 {d.end[0]}"
        pdf.multi_cell(width, 5, text, align="L")
        y = pdf.get_y() + 2
    if y > 288:
        raise ValueError(f"French CV overflows for {person.name}")
    return bytes(pdf.output())


def _se_span(start: Month, end: Month | None, months: bool) -> str:
    def one(m: Month | None) -> str:
        if m is None:
            return "nu"
        return f"{MANADER[m[1] - 1]} {m[0]}" if months else str(m[0])

    return f"{one(start)} \u2013 {one(end)}"


def _swedish(person: Candidate, options: dict[str, Any]) -> bytes:
    extra = person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.add_page()
    x, width, label_w = 20.0, 170.0, 40.0
    pdf.set_xy(x, 16)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 10, person.name)
    y = 32.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 12)
        pdf.cell(width, 6.5, text)
        pdf.set_line_width(0.2)
        pdf.line(x, y + 7, x + width, y + 7)
        y += 10

    heading("Personuppgifter")
    for label, value in (
        ("Adress", f"{extra['address']}, {extra['postal']} {person.city}"),
        ("Telefon", person.phone),
        ("E-post", person.email),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(label_w, 5.2, label)
        pdf.cell(width - label_w, 5.2, value)
        y += 5.6
    y += 3
    heading("Arbetslivserfarenhet")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(label_w, 5.2, _se_span(job.start, job.end, options["months"]))
        pdf.set_xy(x + label_w, y)
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(
            width - label_w, 5.2, f"{job.position}, {job.company}, {job.city}", align="L"
        )
        y = pdf.get_y() + 0.5
        pdf.set_font("Serif", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + label_w, y)
            pdf.cell(4, 4.8, "\u2013")
            pdf.multi_cell(width - label_w - 4, 4.8, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3.5
    heading("Utbildning")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(label_w, 5.2, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_xy(x + label_w, y)
        pdf.multi_cell(width - label_w, 5.2, f"{d.study}, {d.area}, {d.institution}", align="L")
        y = pdf.get_y() + 1.5
    y += 2.5
    heading("Språk")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width, 5.2, f"{language} \u2013 {level}")
        y += 5.6
    y += 2.5
    heading("Kompetenser")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 5.2, ", ".join(person.skills), align="L")
    if pdf.get_y() > 285:
        raise ValueError(f"Swedish CV overflows for {person.name}")
    return bytes(pdf.output())


def _career_table(person: Candidate, options: dict[str, Any]) -> bytes:
    shade = options["shade"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - CV")
    pdf.add_page()
    x, width = 16.0, 178.0
    pdf.set_xy(x, 14)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 9, person.name)
    pdf.set_xy(x, 24)
    pdf.set_font("Sans", "", 10)
    contact = f"{person.label}  |  {person.extra['printed']}  |  {person.phone}  |  {person.email}"
    pdf.cell(width, 5, contact)
    pdf.set_xy(x, 32)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(width, 4.8, person.extra["summary"], align="L")
    y = pdf.get_y() + 4

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(width, 6.5, text)
        y += 8

    def table(columns: list[tuple[str, float]], rows: list[list[str]]) -> None:
        nonlocal y
        pdf.set_line_width(0.25)
        pdf.set_fill_color(shade, shade, shade)
        cx = x
        for title, w in columns:
            pdf.set_xy(cx, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(w, 6.5, title, border=1, fill=True)
            cx += w
        y += 6.5
        for row in rows:
            pdf.set_font("Sans", "", 9.2)
            height = max(
                len(pdf.multi_cell(w - 2, 4.8, text, dry_run=True, output="LINES"))
                for (_, w), text in zip(columns, row, strict=True)
            )
            row_h = height * 4.8 + 2
            cx = x
            for (_, w), text in zip(columns, row, strict=True):
                pdf.rect(cx, y, w, row_h)
                pdf.set_xy(cx + 1, y + 1)
                pdf.multi_cell(w - 2, 4.8, text, align="L")
                cx += w
            y += row_h
        y += 5

    heading("Career History")

    def period(job: Job) -> str:
        return f"{job.start[0]}\u2013{'Present' if job.end is None else job.end[0]}"

    table(
        [("Period", 28.0), ("Employer", 58.0), ("Role", 62.0), ("Location", 30.0)],
        [[period(job), job.company, job.position, job.city] for job in person.jobs],
    )
    heading("Key achievements")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width, 5.2, f"{job.company} ({period(job)})")
        y += 5.6
        pdf.set_font("Sans", "", 9.2)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 7, 4.7, note, align="L")
            y = pdf.get_y() + 0.2
        y += 2.5
    y += 2
    heading("Education")
    table(
        [("Year", 20.0), ("Qualification", 88.0), ("Institution", 70.0)],
        [[str(d.end[0]), f"{d.study} {d.area}", d.institution] for d in person.degrees],
    )
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, " \u00b7 ".join(person.skills), align="L")
    if pdf.get_y() > 287:
        raise ValueError(f"career table overflows for {person.name}")
    return bytes(pdf.output())


def _plain(person: Candidate) -> bytes:
    """The printed page that was later crumpled: a plain one-column English resume."""
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    x, width = 22.0, 166.0
    pdf.set_xy(x, 20)
    pdf.set_font("Serif", "B", 22)
    pdf.cell(width, 10, person.name, align="C")
    pdf.set_xy(x, 32)
    pdf.set_font("Serif", "", 11)
    line = f"{person.extra['printed']}  \u2022  {person.phone}  \u2022  {person.email}"
    pdf.cell(width, 6, line, align="C")
    y = 46.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 13)
        pdf.cell(width, 7, text)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 7.5, x + width, y + 7.5)
        y += 11

    heading("Work Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(width - 55, 6, job.position)
        pdf.set_font("Serif", "", 11)
        pdf.cell(55, 6, f"{short_month(job.start)} \u2013 {short_month(job.end)}", align="R")
        pdf.set_xy(x, y + 6)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, f"{job.company}, {job.city}")
        y += 13
        pdf.set_font("Serif", "", 11)
        for note in job.highlights:
            pdf.set_xy(x + 4, y)
            pdf.cell(5, 6, "\u2022")
            pdf.multi_cell(width - 9, 6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 11)
        pdf.cell(width, 6, f"{d.study} {d.area}, {d.institution}, {d.start[0]} \u2013 {d.end[0]}")
        y += 7.5
    y += 4
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(width, 6, ", ".join(person.skills), align="L")
    if pdf.get_y() > 280:
        raise ValueError(f"crumpled resume overflows for {person.name}")
    return bytes(pdf.output())


def _crumpled(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(f"{person.name}/crumpled")
    document = pdfium.PdfDocument(pdf)
    sheet = document[0].render(scale=200 / 72).to_pil().convert("RGB")
    document.close()
    w, h = sheet.size
    pixels = np.asarray(sheet, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # A mild wavy warp: each pixel is taken from a slightly displaced place.
    phase = [rng.uniform(0, 2 * math.pi) for _ in range(4)]
    dx = 2.2 * np.sin(yy / 140.0 + phase[0]) + 1.4 * np.sin((xx + yy) / 230.0 + phase[1])
    dy = 2.2 * np.sin(xx / 170.0 + phase[2]) + 1.4 * np.sin((xx - yy) / 260.0 + phase[3])
    sx = np.clip(np.rint(xx + dx), 0, w - 1).astype(np.int32)
    sy = np.clip(np.rint(yy + dy), 0, h - 1).astype(np.int32)
    pixels = pixels[sy, sx]
    # Creases: straight lines across the sheet, a bright ridge beside a dark valley.
    shade = np.ones((h, w), dtype=np.float32)
    for _ in range(options["creases"]):
        angle = rng.uniform(0, math.pi)
        nx, ny = math.cos(angle), math.sin(angle)
        offset = rng.uniform(0.2, 0.8) * (w * abs(nx) + h * abs(ny))
        distance = xx * nx + yy * ny - offset
        depth = rng.uniform(0.1, 0.2)
        shade -= depth * np.exp(-((distance / 3.0) ** 2))
        shade += 0.6 * depth * np.exp(-(((distance - 6.0) / 5.0) ** 2))
        shade -= 0.35 * depth * np.exp(-(((distance + 14.0) / 18.0) ** 2))
    # Crumpled facets: a blotchy, low-frequency light and shade all over the sheet.
    facets = np.random.default_rng(rng.randrange(2**32)).uniform(-1.0, 1.0, (9, 7))
    blotch = Image.fromarray(((facets + 1.0) * 127.5).astype(np.uint8)).resize(
        (w, h), Image.Resampling.BICUBIC
    )
    shade *= 1.0 + 0.07 * (np.asarray(blotch, dtype=np.float32) / 127.5 - 1.0)
    pixels = np.clip(pixels * shade[..., None], 0, 255)
    sheet = Image.fromarray(pixels.astype(np.uint8))
    # On a dark table, in perspective.
    width, height = round(w * 1.14), round(h * 1.1)
    table = Image.new("RGB", (width, height), (38, 32, 30))
    mx, my = (width - w) / 2, (height - h) / 2
    squeeze = rng.uniform(0.03, 0.05) * w
    corners = [
        (mx + squeeze, my + rng.uniform(-10, 10)),
        (mx + w - squeeze, my + rng.uniform(-10, 10)),
        (mx + w + rng.uniform(-8, 8), my + h),
        (mx + rng.uniform(-8, 8), my + h),
    ]
    coefficients = _perspective(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = sheet.transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", sheet.size, 255).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR
    )
    table.paste(warped, (0, 0), mask)
    photo = table.rotate(options["tilt"], resample=Image.Resampling.BICUBIC, fillcolor=(30, 26, 24))
    # Uneven light: a lamp off one side.
    out = np.asarray(photo, dtype=np.float32)
    gy, gx = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 1.02 - 0.25 * (gx / width) ** 1.5 - 0.1 * (gy / height)
    out = out * light[..., None] * np.array([1.0, 0.98, 0.93], dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 4.0, out.shape)
    image = Image.fromarray(np.clip(out + noise, 0, 255).astype(np.uint8))
    image = image.resize((width * 3 // 4, height * 3 // 4), Image.Resampling.LANCZOS)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80, dpi=(72, 72))
    return buffer.getvalue()
