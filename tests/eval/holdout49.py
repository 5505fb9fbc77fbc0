"""Forty-ninth held-out round ("holdout-49"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: three born-digital PDF
(pdf-angolan-cv, pdf-ivorian-cv, pdf-hong-kong-cv) and one Word document
(docx-norwegian-cv-word). The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip

HOLDOUT_TAG = "holdout-49"
GENERATOR = "tests/eval/holdout49.py"
SEED = 4_918_627

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-angolan-cv", 3),
    ("pdf-ivorian-cv", 3),
    ("pdf-hong-kong-cv", 3),
    ("docx-norwegian-cv-word", 3),
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
MESES_PT = (
    "Janeiro",
    "Fevereiro",
    "Março",
    "Abril",
    "Maio",
    "Junho",
    "Julho",
    "Agosto",
    "Setembro",
    "Outubro",
    "Novembro",
    "Dezembro",
)
MOIS = (
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
)
MANEDER = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)

POOLS: dict[str, Pool] = {
    "pdf-angolan-cv": Pool(
        first=("Edvânia", "Hélder", "Nelumba", "Osvaldo", "Lucrécia", "Adérito"),
        last=("Kiala", "Cassule", "Sapalo", "Quissanga", "Kapitango", "Tchipilica"),
        cities=(
            ("Luanda", None, None, "Rua Rainha Ginga, n.º 42, Bairro Ingombota"),
            ("Luanda", None, None, "Condomínio Jardim de Rosas, Casa 17, Talatona"),
            ("Luanda", None, None, "Rua 21 de Janeiro, Bairro Morro Bento"),
        ),
        employers=(
            "Kwanza Petróleos, S.A.",
            "Banco Mussulo de Investimentos (BMI)",
            "Cuanza Sul Logística, Lda.",
            "Mabubas Telecomunicações, S.A.",
            "Catumbela Consultores, Lda.",
        ),
        titles=(
            "Técnico Superior de Contabilidade",
            "Analista Financeiro",
            "Contabilista Sénior",
            "Auditor Interno",
            "Assistente Administrativo e Financeiro",
        ),
        highlights=(
            "Elaboração das demonstrações financeiras mensais de acordo com o PGC angolano",
            "Lançamentos contabilísticos e reconciliações bancárias no Primavera ERP",
            "Preparação e submissão das declarações fiscais à AGT",
            "Controlo de contas correntes de clientes e fornecedores",
            "Apoio à auditoria externa anual e resposta às recomendações",
            "Gestão da tesouraria e do plano de pagamentos em Kwanzas e USD",
            "Cálculo e processamento de salários, INSS e IRT de 180 trabalhadores",
            "Controlo do imobilizado e cálculo das amortizações",
            "Elaboração de relatórios de gestão para a Administração",
            "Implementação de procedimentos de controlo interno nas compras",
            "Elaboração do orçamento anual e acompanhamento dos desvios",
            "Formação de novos colaboradores nos procedimentos internos",
        ),
        skills=(
            "Microsoft Excel (avançado)",
            "Primavera ERP",
            "SAP FI/CO",
            "PHC",
            "Microsoft Word",
            "Power BI",
        ),
        schools=(
            "Universidade Agostinho Neto",
            "Universidade Católica de Angola",
            "Instituto Superior Politécnico Metropolitano de Angola",
        ),
        degrees=(
            ("Licenciatura", "Contabilidade e Gestão"),
            ("Licenciatura", "Economia"),
            ("Mestrado", "Finanças Empresariais"),
        ),
    ),
    "pdf-ivorian-cv": Pool(
        first=("Ahou Estelle", "Koffi Serge", "Adjoua Mireille", "Yao Hermann", "Affoué Nadège"),
        last=("N'Guessan", "Yapi", "Diabaté", "Gnagbo", "Tchimou", "Ehouman"),
        cities=(
            ("Abidjan", None, None, "Cocody Riviera 3"),
            ("Abidjan", None, None, "Marcory Zone 4"),
            ("Abidjan", None, None, "Yopougon Maroc"),
        ),
        employers=(
            "Lagune Télécom CI",
            "Société Ivoirienne de Distribution Agricole (SIDAG)",
            "Banque Atlantique Ébrié",
            "Bassam Logistique SA",
            "Cabinet Comoé Audit & Conseil",
        ),
        titles=(
            "Chargé de clientèle entreprises",
            "Responsable administratif et financier",
            "Contrôleur de gestion",
            "Assistant comptable",
            "Chef de projet digital",
        ),
        highlights=(
            "Gestion d'un portefeuille de 120 clients PME et grandes entreprises",
            "Élaboration des états financiers selon le référentiel SYSCOHADA révisé",
            "Suivi budgétaire mensuel et reporting à la direction générale",
            "Recouvrement des créances et négociation des échéanciers",
            "Mise en place d'une solution de paiement Mobile Money pour les clients",
            "Déclarations fiscales et sociales (DGI, CNPS)",
            "Encadrement d'une équipe de cinq agents commerciaux",
            "Participation à la migration vers le logiciel Sage 100",
            "Préparation des dossiers de crédit et analyse des risques clients",
            "Rapprochements bancaires et suivi de la trésorerie quotidienne",
            "Organisation de l'inventaire annuel des stocks et immobilisations",
            "Appui aux missions d'audit des commissaires aux comptes",
        ),
        skills=("Pack Office", "Sage 100 Comptabilité", "Excel avancé", "Power BI", "Odoo"),
        schools=(
            "Université Félix Houphouët-Boigny",
            "Institut National Polytechnique Félix Houphouët-Boigny (INP-HB)",
            "École Supérieure Africaine des TIC (ESATIC)",
        ),
        degrees=(
            ("Master", "Finance et Comptabilité"),
            ("Licence", "Sciences Économiques"),
            ("BTS", "Finance Comptabilité et Gestion des Entreprises"),
        ),
    ),
    "pdf-hong-kong-cv": Pool(
        first=("Hoi-ting", "Ka-lok", "Wing-sze", "Chun-kit", "Tsz-ching", "Man-yee"),
        last=("Cheung", "Yeung", "Kwok", "Tse", "Mak", "Szeto"),
        cities=(
            ("Hong Kong", None, None, "Flat 12B, Tower 3, Lohas Park, Tseung Kwan O, N.T."),
            ("Hong Kong", None, None, "Room 1508, Block C, Kornhill, Quarry Bay"),
            ("Hong Kong", None, None, "Flat 7D, Fu Tor Loy Sun Chuen, Kowloon City"),
        ),
        employers=(
            "Victoria Harbour Securities Limited",
            "Lion Rock Property Management Co., Ltd.",
            "Kai Tak Trading (HK) Limited",
            "Peak Assurance Advisory Limited",
            "Tsing Yi Logistics Holdings Limited",
        ),
        titles=(
            "Senior Accountant",
            "Audit Senior",
            "Assistant Finance Manager",
            "Accounting Officer",
            "Financial Analyst",
        ),
        highlights=(
            "Prepared monthly management accounts and variance analysis for the CFO",
            "Handled full set of accounts for 4 subsidiaries in Hong Kong and Shenzhen",
            "Liaised with external auditors and tax representatives on annual audits",
            "Prepared profits tax computations and supporting schedules",
            "Streamlined the month-end closing process from 10 to 6 working days",
            "Reviewed intercompany reconciliations and consolidation entries",
            "Supervised 2 accounting clerks and reviewed their daily entries",
            "Assisted in the implementation of Oracle NetSuite",
            "Prepared cash flow forecasts and monitored bank facilities",
            "Performed statutory audits for listed clients in the trading sector",
            "Handled accounts payable and receivable and monthly bank reconciliations",
            "Prepared HKFRS financial statements and audit schedules",
        ),
        skills=(
            "MS Excel (VLOOKUP, Pivot Table)",
            "Oracle NetSuite",
            "SAP Business One",
            "MYOB",
            "Power BI",
            "Chinese typing (Cangjie)",
        ),
        schools=(
            "The Hong Kong Polytechnic University",
            "City University of Hong Kong",
            "Lingnan University",
        ),
        degrees=(
            ("Bachelor of Business Administration (Honours)", "Accountancy"),
            ("Bachelor of Business Administration (Honours)", "Accounting"),
            ("Bachelor of Business Administration (Honours)", "Finance"),
        ),
    ),
    "docx-norwegian-cv-word": Pool(
        first=("Kjersti", "Håvard", "Marit", "Torbjørn", "Åse", "Vegard"),
        last=("Bråthen", "Østby", "Tveit", "Rønning", "Lyngstad", "Bjørnstad"),
        cities=(
            ("Oslo", None, "0552", "Thorvald Meyers gate 24B"),
            ("Bergen", None, "5015", "Nygårdsgaten 9"),
            ("Trondheim", None, "7030", "Elgeseter gate 41"),
        ),
        employers=(
            "Fjellvann Kraft AS",
            "Nordkyst Sjømat AS",
            "Bølgen Eiendom AS",
            "Trollheim Rådgivning AS",
            "Hardanger Industri ASA",
        ),
        titles=(
            "Prosjektleder",
            "Senior rådgiver",
            "Controller",
            "Innkjøpsansvarlig",
            "Økonomikonsulent",
        ),
        highlights=(
            "Ansvar for budsjett og prognoser for tre forretningsområder",
            "Ledet innføringen av nytt ERP-system (Visma Business)",
            "Utarbeidet månedlig rapportering til ledergruppen og styret",
            "Forhandlet rammeavtaler med leverandører i Norden",
            "Koordinerte et tverrfaglig prosjektteam på åtte personer",
            "Gjennomførte kostnadsanalyser som ga 12 % lavere driftskostnader",
            "Opplæring av nye medarbeidere i rutiner og systemer",
            "Oppfølging av avvik og forbedringstiltak i henhold til ISO 9001",
            "Ansvar for månedsavslutning, avstemminger og MVA-rapportering",
            "Utviklet dashbord i Power BI for salg og lønnsomhet",
            "Deltok i anbudsprosesser etter lov om offentlige anskaffelser",
            "Bidro til årsoppgjør i samarbeid med ekstern revisor",
        ),
        skills=(
            "Microsoft Excel (avansert)",
            "Visma Business",
            "SAP S/4HANA",
            "Power BI",
            "Tripletex",
            "Microsoft Project",
        ),
        schools=(
            "Handelshøyskolen BI",
            "Høgskulen på Vestlandet",
            "Norges Handelshøyskole (NHH)",
        ),
        degrees=(
            ("Bachelor", "økonomi og administrasjon"),
            ("Bachelor", "innovasjon og ledelse"),
            ("Master", "regnskap og revisjon"),
        ),
    ),
}

AO_PROFILE = (
    "Profissional da área financeira, com experiência em contabilidade geral, fiscalidade e "
    "controlo de gestão. Responsável, com espírito de organização e facilidade de trabalho em "
    "equipa, procuro contribuir para o crescimento de uma organização sólida."
)
AO_COURSES = (
    "Curso de IFRS para Profissionais Angolanos \u2013 OCPCA, 2022",
    "Formação em Fiscalidade Angolana (IVA e Imposto Industrial) \u2013 AGT, 2020",
    "Excel Avançado para Finanças \u2013 Centro de Formação Njinga, 2019",
)
AO_LANGUAGES = (("Português", "Nativo"), ("Inglês", "Intermédio"), ("Francês", "Básico"))
CI_PROFILE = (
    "Titulaire d'un {degree}, {quality} et disponible, je dispose d'une solide "
    "expérience en gestion financière et comptable acquise au sein d'entreprises ivoiriennes."
)
CI_LANGUAGES = (("Français", "Lu, écrit, parlé"), ("Anglais", "Intermédiaire"))
CI_INTERESTS = ("Lecture", "Football", "Voyages", "Bénévolat associatif")
CI_REFERENCES = (
    ("M. Kouamé Adou Jean-Baptiste", "Directeur Financier", "+225 07 58 21 36 90"),
    ("Mme Bléhoué Clarisse", "Chef du personnel", "+225 05 44 63 10 27"),
)
HK_OBJECTIVE = (
    "A detail-minded accounting professional with solid audit and commercial experience, "
    "seeking a challenging position in a reputable listed company."
)
HK_LANGUAGES = (("Cantonese", "Native"), ("English", "Fluent"), ("Putonghua", "Good"))
HK_QUALIFICATIONS = (
    "Associate Member, Hong Kong Institute of Certified Public Accountants (HKICPA)",
    "Passed all CFA Level I examinations",
)
HK_AWARDS = (
    "Dean's List",
    "Reaching Out Award (Student Exchange Scholarship)",
    "Outstanding Student Award, Faculty of Business",
)
HK_ACTIVITIES = (
    "Financial Secretary, Accounting Society, Students' Union (2015 \u2013 2016)",
    "Volunteer tutor, Sham Shui Po community learning centre",
    "Exchange semester at the University of Manchester, United Kingdom",
)
NO_PROFILE = (
    "Løsningsorientert og strukturert økonom med erfaring fra prosjektstyring, innkjøp og "
    "økonomistyring. Jeg trives med å ta ansvar, samarbeider godt og er opptatt av å levere "
    "resultater til avtalt tid."
)
NO_LANGUAGES = (
    ("Norsk", "morsmål"),
    ("Engelsk", "flytende muntlig og skriftlig"),
    ("Tysk", "grunnleggende"),
)
NO_COURSES = (
    "Prosjektledelse (PRINCE2 Foundation), 2021",
    "Styrearbeid i praksis, Styreakademiet, 2022",
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-angolan-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((170, 20, 30), (0, 70, 120), (40, 40, 40))),
            "education_first": rng.random() < 0.6,
            "headline": rng.random() < 0.5,
        }
    if style == "pdf-ivorian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((230, 110, 0), (0, 110, 60), (30, 50, 110))),
            "education_first": rng.random() < 0.5,
        }
    if style == "pdf-hong-kong-cv":
        return {
            "dates": rng.choice(("mon", "numeric")),
            "headline": rng.random() < 0.5,
            "pages": rng.choice((1, 2)),
        }
    if style == "docx-norwegian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "table": rng.random() < 0.5,
            "accent": rng.choice(("1F4E79", "385623", "404040")),
            "headline": rng.random() < 0.6,
            "education_first": rng.random() < 0.3,
        }
    return {}


FEMININE = {
    "Técnico Superior de Contabilidade": "Técnica Superior de Contabilidade",
    "Analista Financeiro": "Analista Financeira",
    "Auditor Interno": "Auditora Interna",
    "Assistente Administrativo e Financeiro": "Assistente Administrativa e Financeira",
    "Chargé de clientèle entreprises": "Chargée de clientèle entreprises",
    "Responsable administratif et financier": "Responsable administrative et financière",
    "Contrôleur de gestion": "Contrôleuse de gestion",
    "Assistant comptable": "Assistante comptable",
}
FEMALE = frozenset(
    {"Edvânia", "Nelumba", "Lucrécia", "Ahou Estelle", "Adjoua Mireille", "Affoué Nadège"}
)


def _plain(name: str) -> list[str]:
    return ["".join(ch for ch in part if ch.isalnum()) for part in ascii_slug(name).split()]


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    plain = _plain(name)
    first, last = plain[0], plain[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    female = name.rsplit(" ", 1)[0] in FEMALE
    if female:
        for job in jobs:
            job.position = FEMININE.get(job.position, job.position)
    degrees: list[Degree] = []
    scores: list[str | None] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-angolan-cv":
        phone = f"+244 9{rng.choice((2, 3, 4))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        label = jobs[0].position
        extra["summary"] = AO_PROFILE
        for job in jobs:
            job.city = rng.choice(("Luanda", "Luanda", "Benguela", "Lobito"))
        idx = rng.randrange(2)
        if rng.random() < 0.4:
            study, area = pool.degrees[2]
            degrees.append(Degree(pool.schools[1], study, area, (end_year - 2, 3), (end_year, 7)))
            scores.append(None)
            end_year -= 2
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 3), (end_year, 7)))
        scores.append(f"{rng.randint(13, 16)} valores")
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["marital"] = rng.choice(("Solteira", "Casada") if female else ("Solteiro", "Casado"))
        extra["courses"] = rng.sample(AO_COURSES, 2)
        languages = list(AO_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    elif style == "pdf-ivorian-cv":
        phone = f"+225 {rng.choice(('07', '05', '01'))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{last}.{first}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        extra["bp"] = f"{rng.choice(('08', '06', '01'))} BP {rng.randint(1000, 2999)} Abidjan"
        for job in jobs:
            job.city = rng.choice(("Abidjan", "Abidjan", "San-Pédro", "Yamoussoukro"))
        if rng.random() < 0.6:
            study, area = pool.degrees[0]
            degrees.append(Degree(pool.schools[0], study, area, (end_year - 2, 10), (end_year, 7)))
            end_year -= 2
            study, area = pool.degrees[1]
            degrees.append(Degree(pool.schools[0], study, area, (end_year - 3, 10), (end_year, 7)))
        else:
            study, area = pool.degrees[2]
            degrees.append(
                Degree(rng.choice(pool.schools[1:]), study, area, (end_year - 2, 10), (end_year, 7))
            )
        bac: Month = (degrees[-1].start[0], 7)
        school = rng.choice(("Lycée Moderne de Cocody", "Lycée Classique d'Abidjan"))
        degrees.append(
            Degree(school, "Baccalauréat", rng.choice(("série G2", "série C")), bac, bac)
        )
        scores = [None] * len(degrees)
        extra["born"] = f"{rng.randint(1, 28)} {MOIS[rng.randrange(12)]} {end_year - 24}"
        extra["born_at"] = rng.choice(("Bouaké", "Daloa", "Abidjan", "Korhogo"))
        kids = rng.randint(1, 3)
        married = f"{'Mariée' if female else 'Marié'}, {kids} enfant{'s' if kids > 1 else ''}"
        extra["marital"] = rng.choice(("Célibataire", married))
        top = degrees[0]
        extra["summary"] = CI_PROFILE.format(
            degree=f"{top.study} en {top.area}",
            quality="rigoureuse" if female else "rigoureux",
        )
        extra["interests"] = rng.sample(CI_INTERESTS, 3)
        extra["refs"] = list(CI_REFERENCES)
        languages = list(CI_LANGUAGES)
        skills = rng.sample(pool.skills, rng.randint(3, 5))
    elif style == "pdf-hong-kong-cv":
        phone = f"+852 {rng.choice((5, 6, 9))}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        english = rng.choice(("Joyce", "Kelvin", "Winnie", "Ivan", "Cherry", "Brian"))
        extra["english"] = english
        host = rng.choice(("gmail.com", "yahoo.com.hk", "netvigator.com"))
        email = f"{english.lower()}.{last}{rng.randint(1, 99)}@{host}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{english.lower()}-{last}-{first}"
        label = jobs[0].position
        extra["summary"] = HK_OBJECTIVE
        for job in jobs:
            job.city = "Hong Kong"
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        scores.append(f"{rng.choice(('3.21', '3.48', '3.62'))}/4.30")
        extra["quals"] = list(HK_QUALIFICATIONS[: rng.randint(1, 2)])
        extra["notice"] = rng.choice(("One month's notice", "Immediate", "Two weeks' notice"))
        extra["salary"] = f"HK${rng.choice((32, 38, 45, 52))},000 per month"
        extra["awards"] = [
            (title, pool.schools[idx], str(rng.randint(end_year - 3, end_year)))
            for title in rng.sample(HK_AWARDS, 2)
        ]
        extra["activities"] = rng.sample(HK_ACTIVITIES, 2)
        languages = list(HK_LANGUAGES)
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    else:
        phone = f"{rng.choice((4, 9))}{rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(100, 999)}"
        if rng.random() < 0.5:
            phone = f"+47 {phone}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'online.no', 'outlook.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        label = jobs[0].position
        extra["summary"] = NO_PROFILE
        for job in jobs:
            job.city = rng.choice((city, city, "Oslo", "Stavanger"))
        idx = [c[0] for c in pool.cities].index(city)
        if rng.random() < 0.5:
            study, area = pool.degrees[2]
            degrees.append(Degree(pool.schools[2], study, area, (end_year - 2, 8), (end_year, 6)))
            end_year -= 2
        study, area = pool.degrees[min(idx, 1)]
        degrees.append(Degree(pool.schools[idx % 2], study, area, (end_year - 3, 8), (end_year, 6)))
        scores = [None] * len(degrees)
        extra["born"] = f"{rng.randint(1, 28)}. {MANEDER[rng.randrange(12)]} {end_year - 22}"
        extra["courses"] = rng.sample(NO_COURSES, rng.randint(1, 2))
        languages = list(NO_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    extra["scores"] = scores
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
    profiles: list[dict[str, str]] = []
    if "linkedin" in extra:
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    name = person.name
    if style == "pdf-angolan-cv":
        location = {"address": extra["street"], "city": person.city, "countryCode": "AO"}
    elif style == "pdf-ivorian-cv":
        location = {"address": extra["street"], "city": person.city, "countryCode": "CI"}
    elif style == "pdf-hong-kong-cv":
        location = {"address": extra["street"], "city": person.city, "countryCode": "HK"}
        name = f"{extra['english']} {person.name}"
    else:
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
        }
    basics = drop_empty(
        {
            "name": name,
            "label": person.label if options.get("headline", True) else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
        }
    )
    precision = "year" if options.get("dates") == "years" else "month"
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
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "score": score,
        }
        if d.start == d.end:
            item["endDate"] = str(d.end[0])
        elif style == "pdf-hong-kong-cv" and options["dates"] == "mon":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    references = [
        {"name": ref, "reference": f"{role}, {mobile}"}
        for ref, role, mobile in extra.get("refs", [])
    ]
    interests = [{"name": hobby} for hobby in extra.get("interests", [])]
    awards = [
        {"title": title, "awarder": awarder, "date": year}
        for title, awarder, year in extra.get("awards", [])
        if options.get("pages") == 2
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": skills,
            "languages": languages,
            "awards": awards,
            "interests": interests,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-angolan-cv":
        return _angolan(person, options), "pdf"
    if style == "pdf-ivorian-cv":
        return _ivorian(person, options), "pdf"
    if style == "pdf-hong-kong-cv":
        return _hong_kong(person, options), "pdf"
    if style == "docx-norwegian-cv-word":
        return _norwegian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _ao_month(month: Month | None, form: str) -> str:
    if month is None:
        return {"words": "Actualmente", "numeric": "Actual"}.get(form, "Presente")
    if form == "years":
        return str(month[0])
    if form == "words":
        return f"{MESES_PT[month[1] - 1]} de {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _angolan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum Vitae - {person.name}")
    x, width, key_w = 20.0, 170.0, 42.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, 285, x + width, 285)
        pdf.set_xy(x, 286)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"Curriculum Vitae \u2013 {person.name}")
        pdf.set_xy(x, 286)
        pdf.cell(width, 4, f"Página {pdf.page_no()}", align="R")
        pdf.set_text_color(*ink)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 2.2, 6.5, style="F")
        pdf.set_fill_color(238, 238, 238)
        pdf.rect(x + 2.2, y, width - 2.2, 6.5, style="F")
        pdf.set_xy(x + 5, y + 0.6)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 8, 5.4, text.upper())
        pdf.set_text_color(*ink)
        y += 10

    def row(key: str, value: str, bold: bool = False) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(key_w, 4.8, f"{key}:")
        pdf.set_xy(x + 2 + key_w, y)
        pdf.set_font("Sans", "B" if bold else "", 9)
        pdf.multi_cell(width - key_w - 2, 4.8, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_text_color(*ink)
    y += 13
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 30, y, 30, 38)
    pdf.set_xy(x + width - 30, y + 17)
    pdf.set_font("Sans", "", 7)
    pdf.cell(30, 4, "Fotografia", align="C")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(width - 36, 7, person.name)
    y += 8
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 10.5)
        pdf.cell(width - 36, 5.5, person.label or "")
        y += 7
    key_w = 40.0
    width -= 36
    heading("Dados Pessoais")
    row("Nome completo", person.name)
    row("Data de nascimento", extra["born"])
    row("Nacionalidade", "Angolana")
    row("Estado civil", extra["marital"])
    row("Morada", f"{extra['street']}, {person.city} \u2013 Angola")
    row("Telemóvel", person.phone)
    row("E-mail", person.email)
    width += 36
    y = max(y, 69.0)
    heading("Perfil Profissional")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width - 2, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Formação Académica")
        for d, score in zip(person.degrees, extra["scores"], strict=True):
            need(18)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(30, 4.8, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.set_xy(x + 34, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.multi_cell(width - 34, 4.8, f"{d.study} em {d.area}", align="L")
            pdf.set_xy(x + 34, pdf.get_y())
            pdf.set_font("Sans", "", 9)
            pdf.cell(width - 34, 4.8, d.institution)
            y = pdf.get_y() + 4.8
            if score:
                pdf.set_xy(x + 34, y)
                pdf.cell(width - 34, 4.8, f"Média final: {score}")
                y += 4.8
            y += 2.5

    def experience() -> None:
        nonlocal y
        heading("Experiência Profissional")
        for job in person.jobs:
            need(34)
            row("Período", f"{_ao_month(job.start, form)} \u2013 {_ao_month(job.end, form)}")
            row("Empresa", job.company, bold=True)
            row("Função", job.position)
            row("Local", job.city)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(width, 4.8, "Principais actividades:")
            y += 5.2
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + 6, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.7, "\u2022")
                pdf.multi_cell(width - 10, 4.7, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Formação Complementar")
    for course in extra["courses"]:
        need(5)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.7, "\u2022")
        pdf.multi_cell(width - 10, 4.7, course, align="L")
        y = pdf.get_y() + 0.4
    heading("Línguas")
    for lang, level in person.languages:
        row(lang, level)
    heading("Conhecimentos Informáticos")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.7, "\u2022")
        pdf.cell(width - 10, 4.7, skill)
        y += 5
    need(16)
    y += 6
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, "Luanda, aos 15 de Setembro de 2026", align="R")
    y += 8
    _check(y, 282, person)
    return bytes(pdf.output())


def _ci_month(month: Month | None, form: str) -> str:
    if month is None:
        return "à ce jour" if form == "words" else "À ce jour"
    if form == "words":
        return f"{MOIS[month[1] - 1]} {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _ci_span(start: Month, end: Month | None, form: str) -> str:
    if form == "words":
        if end is None:
            return f"Depuis {_ci_month(start, form)}"
        return f"De {_ci_month(start, form)} à {_ci_month(end, form)}"
    return f"{_ci_month(start, form)} \u2013 {_ci_month(end, form)}"


def _ivorian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 18.0, 174.0, 40.0
    ink = (20, 20, 20)
    first, last = person.name.rsplit(" ", 1)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 16.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3.5
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        y += 9.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 18)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, f"{first} {last.upper()}", align="C")
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y + 9.5)
    pdf.set_font("Serif", "BI", 12)
    pdf.cell(width, 6, person.label or "", align="C")
    pdf.set_font("Serif", "", 9)
    contact = (
        f"{extra['street']}, {person.city} \u2013 Côte d'Ivoire  |  {extra['bp']}",
        f"Cel : {person.phone}  |  E-mail : {person.email}",
    )
    for offset, line in enumerate(contact):
        pdf.set_xy(x, y + 17 + 4.8 * offset)
        pdf.cell(width, 4.6, line, align="C")
    y += 28
    heading("État civil")
    for key, value in (
        ("Date de naissance", f"{extra['born']} à {extra['born_at']}"),
        ("Nationalité", "Ivoirienne"),
        ("Situation matrimoniale", extra["marital"]),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(gutter + 8, 4.8, key)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(width - gutter - 8, 4.8, f": {value}")
        y += 5
    heading("Profil")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def formation() -> None:
        nonlocal y
        heading("Diplômes et formations")
        for d in person.degrees:
            need(10)
            when = str(d.end[0]) if d.start == d.end else f"{d.start[0]} \u2013 {d.end[0]}"
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 9.3)
            pdf.cell(gutter, 4.8, when)
            pdf.set_xy(x + gutter, y)
            joiner = " " if d.area.startswith("série") else " en "
            pdf.multi_cell(width - gutter, 4.8, f"{d.study}{joiner}{d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Serif", "I", 9.3)
            pdf.multi_cell(width - gutter, 4.8, d.institution, align="L")
            y = pdf.get_y() + 2

    def experience() -> None:
        nonlocal y
        heading("Expériences professionnelles")
        for job in person.jobs:
            need(30)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 9.3)
            pdf.multi_cell(gutter - 3, 4.8, _ci_span(job.start, job.end, form), align="L")
            below = pdf.get_y()
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(width - gutter, 5, job.company)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Serif", "", 9.3)
            pdf.cell(width - gutter, 5, f"{job.city}")
            pdf.set_xy(x + gutter, y + 10)
            pdf.set_font("Serif", "BI", 9.5)
            pdf.cell(width - gutter, 5, f"Poste : {job.position}")
            y += 15.5
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Serif", "U", 9.3)
            pdf.cell(width - gutter, 4.8, "Tâches et réalisations :")
            y += 5.2
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter + 2, y)
                pdf.set_font("Serif", "", 9.3)
                pdf.cell(4, 4.7, "\u2013")
                pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
                y = pdf.get_y() + 0.3
            y = max(y, below) + 3

    if options["education_first"]:
        formation()
        experience()
    else:
        experience()
        formation()
    heading("Connaissances informatiques")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.3)
    pdf.multi_cell(width, 4.8, " ; ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Langues")
    for lang, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(gutter, 4.8, lang)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(width - gutter, 4.8, f": {level}")
        y += 5
    heading("Centres d'intérêt")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.3)
    pdf.cell(width, 4.8, ", ".join(extra["interests"]))
    y += 5
    heading("Références")
    need(12)
    for index, (ref, role, mobile) in enumerate(extra["refs"]):
        rx = x + index * width / 2
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Tél : {mobile}", ""))):
            pdf.set_xy(rx, y + 4.7 * offset)
            pdf.set_font("Serif", look, 9)
            pdf.cell(width / 2 - 4, 4.7, text)
    y += 16
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(width, 4.6, "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.")
    y += 5
    _check(y, 288, person)
    return bytes(pdf.output())


def _hk_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _hong_kong(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    roomy = options["pages"] == 2
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Resume - {extra['english']} {person.name}")
    x, width = 18.0, 174.0
    body, lead = (10.2, 5.6) if roomy else (8.8, 4.4)
    navy = (16, 42, 84)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 15.0
        if pdf.page_no() > 1:
            pdf.set_xy(x, 287)
            pdf.set_font("Sans", "", 7.5)
            pdf.set_text_color(120, 120, 120)
            pdf.cell(width, 4, f"{extra['english']} {person.name} \u2013 Page {pdf.page_no()}")
            pdf.set_text_color(0, 0, 0)

    def need(height: float) -> None:
        if y + height > 283:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 3 if roomy else 2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*navy)
        pdf.cell(width, 5.5, text)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6, x + width, y + 6)
        y += 8.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 19)
    pdf.cell(width, 9, f"{extra['english']} {person.name}")
    y += 9.5
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(*navy)
        pdf.cell(width, 5.5, person.label or "")
        pdf.set_text_color(0, 0, 0)
        y += 6.5
    pdf.set_font("Sans", "", 8.8)
    lines = (
        f"Address: {extra['street']}, Hong Kong",
        f"Mobile: {person.phone}   |   Email: {person.email}",
        f"LinkedIn: {extra['linkedin'].removeprefix('https://www.')}",
    )
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.4, line)
        y += 4.5
    y += 1
    heading("CAREER OBJECTIVE")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", body)
    pdf.multi_cell(width, lead, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", body + 0.4)
        pdf.cell(width - 50, 5, job.company)
        pdf.set_font("Sans", "B", body)
        pdf.cell(
            50, 5, f"{_hk_month(job.start, form)} \u2013 {_hk_month(job.end, form)}", align="R"
        )
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "I", body)
        pdf.cell(width, 5, job.position)
        y += 12 if roomy else 10.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", body)
            pdf.cell(5 if roomy else 4, lead, "\u25cf" if roomy else "\u2022")
            pdf.multi_cell(width - (7 if roomy else 6), lead, note, align="L")
            y = pdf.get_y() + (0.6 if roomy else 0.2)
        y += 3 if roomy else 1.8
    heading("EDUCATION")
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", body + 0.4)
        pdf.cell(width - 50, 5, d.institution)
        pdf.set_font("Sans", "B", body)
        if form == "mon":
            span = f"{_hk_month(d.start, form)} \u2013 {_hk_month(d.end, form)}"
        else:
            span = f"{d.start[0]} \u2013 {d.end[0]}"
        pdf.cell(50, 5, span, align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", body)
        pdf.cell(width, 5, f"{d.study} in {d.area}")
        y += 10
        if score:
            pdf.set_xy(x, y)
            pdf.cell(width, 5, f"Cumulative GPA: {score}")
            y += 5
        y += 1.5
    if roomy:
        heading("AWARDS AND SCHOLARSHIPS")
        for title, awarder, year in extra["awards"]:
            need(6)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", body)
            pdf.cell(5, lead, "\u25cf")
            pdf.multi_cell(width - 26, lead, f"{title}, {awarder}", align="L")
            pdf.set_xy(x + width - 20, y)
            pdf.cell(20, lead, year, align="R")
            y += lead + 0.8
        heading("EXTRA-CURRICULAR ACTIVITIES")
        for activity in extra["activities"]:
            need(6)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", body)
            pdf.cell(5, lead, "\u25cf")
            pdf.multi_cell(width - 6, lead, activity, align="L")
            y = pdf.get_y() + 0.8
    heading("PROFESSIONAL QUALIFICATIONS")
    for qual in extra["quals"]:
        need(5)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "", body)
        pdf.cell(4, lead, "\u2022")
        pdf.multi_cell(width - 6, lead, qual, align="L")
        y = pdf.get_y() + 0.3
    heading("SKILLS")
    for key, value in (
        ("Languages", ", ".join(f"{lang} ({level})" for lang, level in person.languages)),
        ("Computer", "; ".join(person.skills)),
    ):
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", body)
        pdf.cell(26, lead, f"{key}:")
        pdf.set_font("Sans", "", body)
        pdf.multi_cell(width - 26, lead, value, align="L")
        y = pdf.get_y() + 0.6
    heading("OTHER INFORMATION")
    for key, value in (("Availability", extra["notice"]), ("Expected Salary", extra["salary"])):
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", body)
        pdf.cell(40, lead, f"{key}:")
        pdf.set_font("Sans", "", body)
        pdf.cell(width - 40, lead, value)
        y += lead + 0.6
    y += 2
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "I", body - 0.6)
    pdf.cell(width, lead, "References available upon request.")
    y += lead
    _check(y, 287, person)
    return bytes(pdf.output())


def _no_month(month: Month | None, form: str) -> str:
    if month is None:
        return {"words": "d.d.", "numeric": "nå"}.get(form, "i dag")
    if form == "years":
        return str(month[0])
    if form == "words":
        return f"{MANEDER[month[1] - 1]} {month[0]}"
    return f"{month[1]:02d}.{month[0]}"


def _norwegian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    accent = RGBColor.from_string(options["accent"])
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 3
    properties.title = f"CV {person.name}"
    properties.language = "nb-NO"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(f"{person.name} \u2013 CV").font.size = Pt(8)

    def rule(paragraph: Any) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("val", "single"), ("sz", "8"), ("space", "1")):
            bottom.set(qn(f"w:{key}"), value)
        bottom.set(qn("w:color"), options["accent"])
        border.append(bottom)
        ppr.append(border)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph(style="Heading 1")
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.font.size = Pt(13)
        run.font.color.rgb = accent
        rule(paragraph)

    title = document.add_paragraph(style="Title")
    run = title.add_run(person.name)
    run.font.size = Pt(26)
    if options["headline"]:
        sub = document.add_paragraph(style="Subtitle")
        sub.add_run(person.label or "")
    heading("Personalia")
    pairs = (
        ("Adresse", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Telefon", person.phone),
        ("E-post", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
        ("Fødselsdato", extra["born"]),
    )
    if options["table"]:
        grid = document.add_table(rows=0, cols=2)
        for key, value in pairs:
            cells = grid.add_row().cells
            cells[0].width, cells[1].width = Cm(3.5), Cm(13)
            cells[0].paragraphs[0].add_run(key).bold = True
            cells[1].paragraphs[0].add_run(value)
    else:
        for key, value in pairs:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
            paragraph.add_run(f"{key}:").bold = True
            paragraph.add_run(f"\t{value}")
    heading("Sammendrag")
    document.add_paragraph(extra["summary"])

    def entries(rows: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        if options["table"]:
            table = document.add_table(rows=0, cols=2)
            for when, lines, bullets in rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(3.8), Cm(12.7)
                cells[0].paragraphs[0].add_run(when)
                first = True
                for text, bold, italic in lines:
                    par = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                    first = False
                    item = par.add_run(text)
                    item.bold, item.italic = bold, italic
                for note in bullets:
                    cells[1].add_paragraph(note, style="List Bullet")
            return
        for when, lines, bullets in rows:
            par = document.add_paragraph()
            par.paragraph_format.space_before = Pt(8)
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
            text, bold, italic = lines[0]
            head = par.add_run(text)
            head.bold = True
            par.add_run("\t" + when)
            for text, bold, italic in lines[1:]:
                par = document.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                item = par.add_run(text)
                item.bold, item.italic = bold, italic
            for note in bullets:
                document.add_paragraph(note, style="List Bullet")

    def cap(text: str) -> str:
        return text[0].upper() + text[1:]

    def experience() -> None:
        heading("Arbeidserfaring")
        rows = []
        for job in person.jobs:
            when = cap(f"{_no_month(job.start, form)} \u2013 {_no_month(job.end, form)}")
            lines = [(job.position, True, False), (f"{job.company}, {job.city}", False, True)]
            rows.append((when, lines, list(job.highlights)))
        entries(rows)

    def education() -> None:
        heading("Utdanning")
        rows = []
        for d in person.degrees:
            lines = [(f"{d.study} i {d.area}", True, False), (d.institution, False, True)]
            rows.append((f"{d.start[0]} \u2013 {d.end[0]}", lines, []))
        entries(rows)

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Kurs og sertifiseringer")
    for course in extra["courses"]:
        document.add_paragraph(course, style="List Bullet")
    heading("IT-kompetanse")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Språk")
    for lang, level in person.languages:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{lang}: ").bold = True
        paragraph.add_run(level)
    heading("Referanser")
    document.add_paragraph("Oppgis ved forespørsel.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())
