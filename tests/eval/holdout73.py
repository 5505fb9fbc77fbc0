"""Seventy-third held-out round ("holdout-73"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

# ruff: noqa: RUF001 (en dashes and typographic quotes are printed as a person would type them)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _normalise_zip
from tests.eval.holdout68 import _Flow, _letter
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-73"
GENERATOR = "tests/eval/holdout73.py"
SEED = 7_318_374

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-sao-tomean-cv", 3),
    ("pdf-ni-vanuatu-cv", 3),
    ("pdf-monster-resume-export", 3),
    ("docx-azerbaijani-cv-word", 3),
)

MESES = (
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
MONTHS = (
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
AYLAR = (
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
)

POOLS: dict[str, Pool] = {
    "pdf-sao-tomean-cv": Pool(
        first=("Edna", "Adilson", "Nilza", "Elísio", "Celma", "Osvaldo", "Ivonilde", "Hamilton"),
        last=(
            "Neto da Costa",
            "Pires dos Santos",
            "Bragança Ceita",
            "Lima Viegas",
            "Quaresma da Mata",
            "Menezes Barroso",
        ),
        cities=(
            ("São Tomé", None, "ST", "Bairro da Boa Morte"),
            ("São Tomé", None, "ST", "Bairro Quinta de Santo António"),
            ("São Tomé", None, "ST", "Bairro do Riboque, Rua 3"),
        ),
        employers=(
            "Banco Equatorial Atlântico, S.A.",
            "Cooperativa Agrícola de Monte Café",
            "Transportes Marítimos Ana Chaves, Lda",
            "Hotel Baía de Santana",
            "Distribuidora Ilhéu das Rolas, Lda",
        ),
        titles=(
            "Técnico de Contabilidade",
            "Assistente Administrativa",
            "Caixa Bancário",
            "Gestor de Clientes",
            "Técnica de Recursos Humanos",
        ),
        highlights=(
            "Lançamento e controlo dos documentos contabilísticos no sistema PRIMAVERA",
            "Atendimento ao público e abertura de contas de particulares e empresas",
            "Elaboração das folhas de salário e declarações ao INSS",
            "Controlo do fundo de maneio e reconciliações bancárias mensais",
            "Apoio à organização do arquivo e à gestão da correspondência",
            "Acompanhamento das exportações de cacau biológico para a Europa",
            "Preparação de relatórios mensais de actividade para a Direcção",
            "Gestão das reservas e da facturação a clientes estrangeiros",
            "Recrutamento e integração de novos colaboradores",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "PRIMAVERA ERP",
            "Internet e correio electrónico",
            "Contabilidade geral",
            "Carta de condução (categoria B)",
        ),
        schools=(
            "Universidade de São Tomé e Príncipe (USTP)",
            "Instituto Superior Politécnico de São Tomé e Príncipe",
            "Universidade Lusíada de São Tomé e Príncipe",
        ),
        degrees=(
            ("Licenciatura", "Gestão de Empresas"),
            ("Licenciatura", "Contabilidade e Auditoria"),
            ("Licenciatura", "Economia"),
            ("Bacharelato", "Administração Pública"),
        ),
    ),
    "pdf-ni-vanuatu-cv": Pool(
        first=("Joel", "Roselyn", "Nelson", "Leisande", "Kalo", "Elsie", "Morris", "Jenny"),
        last=("Kaltongga", "Natuman", "Tari", "Moli", "Iauko", "Bule", "Tabi", "Malas"),
        cities=(
            ("Port Vila", None, "VU", "Freswota 4"),
            ("Port Vila", None, "VU", "Nambatu Area"),
            ("Port Vila", None, "VU", "Tagabe, P.O. Box 1187"),
        ),
        employers=(
            "Nambawan Savings Bank Ltd",
            "Erakor Island Breeze Resort",
            "Pango Freight and Shipping Ltd",
            "Efate Rural Health Trust",
            "Melanesian Coconut Growers Cooperative",
        ),
        titles=(
            "Front Office Supervisor",
            "Accounts Clerk",
            "Community Development Officer",
            "Customer Service Officer",
            "Administrative Assistant",
        ),
        highlights=(
            "Handled guest check-in, check-out and cashing up at the end of each shift",
            "Processed supplier invoices and fortnightly payroll for 60 staff",
            "Reconciled VNPF contributions and VAT returns every month",
            "Organised health awareness workshops in villages on Efate and Tanna",
            "Prepared bills of lading and customs entries for inter-island cargo",
            "Answered customer enquiries in Bislama, English and French",
            "Kept the filing system and petty cash book up to date",
            "Trained new staff on the booking system and customer care",
            "Wrote monthly reports to the Board and donor partners",
        ),
        skills=(
            "Microsoft Word, Excel and Outlook",
            "MYOB",
            "Opera PMS",
            "Customer service",
            "Report writing",
            "Typing (45 wpm)",
        ),
        schools=(
            "University of the South Pacific, Emalus Campus",
            "Vanuatu Institute of Technology",
            "Vanuatu Institute of Teacher Education",
        ),
        degrees=(
            ("Diploma", "Tourism and Hospitality Management"),
            ("Certificate III", "Accounting"),
            ("Bachelor of Commerce", "Management and Public Administration"),
            ("Diploma", "Business Studies"),
        ),
    ),
    "pdf-monster-resume-export": Pool(
        first=("Brianna", "Tyler", "Destiny", "Cody", "Kayla", "Dustin", "Shelby", "Marcus"),
        last=("Hargrove", "McAllister", "Pruitt", "Vasquez", "Dunbar", "Kowalczyk", "Tillman"),
        cities=(
            ("Columbus", "OH", None, "43215"),
            ("Tulsa", "OK", None, "74103"),
            ("Spokane", "WA", None, "99201"),
            ("Knoxville", "TN", None, "37902"),
        ),
        employers=(
            "Hartline Distribution Center",
            "Pinecrest Family Dental",
            "Ridgeway Auto Group",
            "Meadowbrook Senior Living",
            "Summit Freight Logistics",
            "Copperleaf Market",
        ),
        titles=(
            "Customer Service Representative",
            "Shift Supervisor",
            "Inventory Control Specialist",
            "Office Coordinator",
            "Patient Care Coordinator",
        ),
        highlights=(
            "Answered an average of 60 inbound calls per day and resolved billing questions",
            "Trained and supervised a team of 8 associates on second shift",
            "Performed weekly cycle counts and kept inventory accuracy above 99%",
            "Scheduled patient appointments and verified insurance eligibility",
            "Processed returns, exchanges and refunds following store policy",
            "Maintained OSHA safety standards and led monthly safety huddles",
            "Reduced order picking errors by 30% by reorganizing bin locations",
            "Managed office supply orders and vendor invoices in QuickBooks",
            "Greeted visitors and directed them to the appropriate department",
        ),
        skills=(
            "Customer service",
            "Inventory management",
            "Microsoft Office",
            "QuickBooks",
            "Scheduling",
            "Team leadership",
            "Forklift operation",
            "Data entry",
            "Conflict resolution",
            "Point of sale systems",
        ),
        schools=(
            "Ohio Dominican University - Columbus, OH",
            "Columbus State Community College - Columbus, OH",
            "Tulsa Community College - Tulsa, OK",
            "Northeastern State University - Tahlequah, OK",
            "Eastern Washington University - Cheney, WA",
            "Spokane Falls Community College - Spokane, WA",
            "Pellissippi State Community College - Knoxville, TN",
            "Tennessee Technological University - Cookeville, TN",
        ),
        degrees=(
            ("Bachelor of Science", "Business Administration"),
            ("Associate of Applied Science", "Business Technology"),
            ("Associate of Arts", "General Studies"),
            ("Bachelor of Arts", "Communication Studies"),
        ),
    ),
    "docx-azerbaijani-cv-word": Pool(
        first=("Aysel", "Elvin", "Nigar", "Rəşad", "Günel", "Orxan", "Leyla", "Tural"),
        last=("Hüseynli", "Qasımlı", "Əlizadə", "Məmmədli", "Bağırlı", "Nəsirli", "Sultanzadə"),
        cities=(
            ("Bakı", None, "AZ", "Nəsimi rayonu, S. Vurğun küç. 34, mənzil 12"),
            ("Bakı", None, "AZ", "Yasamal rayonu, Ş. Mehdiyev küç. 17, mənzil 48"),
            ("Bakı", None, "AZ", "Xətai rayonu, Babək pr. 82, mənzil 5"),
        ),
        employers=(
            "\u201cXəzər Logistika\u201d MMC",
            "\u201cAbşeron Qida\u201d ASC",
            "\u201cKür İnvest Bank\u201d ASC",
            "\u201cŞirvan Tikinti Servis\u201d MMC",
            "\u201cGəncə Tekstil\u201d MMC",
        ),
        titles=(
            "Mühasib",
            "Satış meneceri",
            "Maliyyə analitiki",
            "İnsan resursları üzrə mütəxəssis",
            "Ofis meneceri",
        ),
        highlights=(
            "İlkin sənədlərin tərtibi və \u201c1C: Mühasibat\u201d proqramında uçotu",
            "Aylıq maliyyə hesabatlarının rəhbərlik üçün hazırlanması",
            "Vergi bəyannamələrinin hazırlanması və e-taxes.gov.az portalına təqdimi",
            "Bank çıxarışlarının üzləşdirilməsi və kassa əməliyyatlarına nəzarət",
            "Təchizatçılarla müqavilələrin bağlanması və icrasına nəzarət",
            "Yeni müştərilərin cəlb edilməsi və müştəri bazasının idarə olunması",
            "Büdcənin icrasının təhlili və proqnozların hazırlanması",
            "İşə qəbul prosesinin təşkili və əmək müqavilələrinin rəsmiləşdirilməsi",
            "Ofisin gündəlik işinin və sənəd dövriyyəsinin təşkili",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "1C: Mühasibat 8.3",
            "Power BI",
            "SAP Business One",
            "CRM sistemləri",
        ),
        schools=(
            "Azərbaycan Dövlət İqtisad Universiteti (UNEC)",
            "Bakı Dövlət Universiteti",
            "Xəzər Universiteti",
        ),
        degrees=(
            ("Bakalavr", "Maliyyə"),
            ("Bakalavr", "Mühasibat uçotu və audit"),
            ("Bakalavr", "Biznesin idarə edilməsi"),
        ),
    ),
}

ST_PROFILE = (
    "Profissional dinâmico(a), responsável e com espírito de equipa, com experiência em "
    "contabilidade e atendimento ao cliente. Pretendo contribuir para o crescimento da "
    "instituição e continuar a desenvolver as minhas competências."
)
ST_LICEUS = ("Liceu Nacional de São Tomé", "Escola Secundária de Neves", "Liceu de Santo António")
ST_AREAS = ("Ciências Económicas e Jurídicas", "Ciências e Tecnologia", "Humanidades")
ST_MASTERS = (("Mestrado", "Gestão Financeira"), ("Pós-Graduação", "Auditoria e Fiscalidade"))
ST_LANGUAGES = (
    ("Português", "língua materna"),
    ("Forro", "fluente"),
    ("Francês", "bom"),
    ("Inglês", "razoável"),
)
ST_COURSES = (
    (
        "Curso de Contabilidade Informatizada",
        "Centro de Formação Profissional de Budo-Budo",
        "2019",
    ),
    ("Formação em Atendimento ao Cliente", "Câmara de Comércio de São Tomé e Príncipe", "2021"),
    ("Curso Intensivo de Língua Francesa", "Alliance Française de São Tomé", "2018"),
)
ST_REFERENCES = (
    (
        "Dr. Arlindo Vaz Fernandes",
        "Director Financeiro, Banco Equatorial Atlântico",
        "+239 990 4417",
    ),
    ("Dra. Sílvia Trindade Lopes", "Docente, Universidade de São Tomé e Príncipe", "+239 982 3065"),
)
ST_INTERESTS = ("Leitura", "Futebol", "Música", "Voluntariado", "Praia")

VU_OBJECTIVE = (
    "I am a hardworking and honest person who is willing to learn. I am seeking a position "
    "where I can use my skills and experience to serve my employer and my community."
)
VU_COLLEGES = ("Malapoa College", "Onesua Presbyterian College", "Matevulu College")
VU_ISLANDS = ("Tanna", "Malekula", "Pentecost", "Ambae", "Santo")
VU_LANGUAGES = (("Bislama", "Fluent"), ("English", "Fluent"), ("French", "Basic"))
VU_TRAININGS = (
    ("First Aid Certificate", "Vanuatu Red Cross Society", "2022"),
    ("Customer Care Training", "Vanuatu Tourism Office", "2020"),
    ("Financial Literacy Workshop", "Reserve Bank of Vanuatu", "2019"),
)
VU_HOBBIES = ("Football", "Volleyball", "String band music", "Church youth activities", "Fishing")
VU_REFEREES = (
    ("Mr. Willie Kalpoi", "General Manager, Erakor Island Breeze Resort", "+678 7745 210"),
    ("Mrs. Annie Toka", "Senior Lecturer, Vanuatu Institute of Technology", "+678 5532 118"),
    ("Pastor John Saksak", "Presbyterian Church, Freswota", "+678 7790 643"),
)

MS_SUMMARY = (
    "Dependable and customer-focused professional with experience in fast-paced retail, "
    "warehouse and office settings. Known for reliability, attention to detail and a "
    "positive attitude. Ready to bring strong organizational skills to a growing team."
)
MS_HIGH_SCHOOLS = {
    "Columbus": "Whetstone High School",
    "Tulsa": "Memorial High School",
    "Spokane": "Rogers High School",
    "Knoxville": "Fulton High School",
}
MS_CERTS = (
    ("OSHA 10-Hour General Industry", "OSHA", "2021"),
    ("CPR and First Aid", "American Red Cross", "2023"),
    ("Certified Forklift Operator", "Summit Freight Logistics", "2020"),
)

AZ_OBJECTIVE = (
    "Məqsədim inkişaf edən və sabit şirkətdə çalışaraq bilik və təcrübəmi tətbiq etmək, "
    "peşəkar kimi daim inkişaf etməkdir."
)
AZ_SCHOOLS = (
    "Bakı şəhəri 158 nömrəli tam orta məktəb",
    "Sumqayıt şəhəri 12 nömrəli tam orta məktəb",
    "Bakı şəhəri 6 nömrəli Təbiət-Riyaziyyat təmayüllü lisey",
)
AZ_MASTERS = (("Magistr", "Maliyyə menecmenti"), ("Magistr", "Biznesin idarə edilməsi (MBA)"))
AZ_LANGUAGES = (
    ("Azərbaycan dili", "ana dili"),
    ("Rus dili", "əla"),
    ("İngilis dili", "yaxşı"),
    ("Türk dili", "yaxşı"),
)
AZ_QUALITIES = ("Məsuliyyətli", "Komandada işləmək bacarığı", "Dəqiqlik", "Tez öyrənmə")
AZ_CERTS = (
    ("ACCA F3 – Financial Accounting", "ACCA", "2022"),
    ("Excel-də maliyyə modelləşdirməsi", "\u201cBakı Biznes Akademiyası\u201d", "2021"),
    ("İnsan resurslarının idarə edilməsi", "\u201cHR Azerbaijan\u201d təlim mərkəzi", "2020"),
)


class _Person(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.name.replace("ə", "e").replace("Ə", "E")).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-sao-tomean-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("Presente", "Actualidade", "até à data")),
            "labelled": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-ni-vanuatu-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Present", "To date", "Current")),
            "objective": rng.random() < 0.7,
            "labelled": rng.random() < 0.5,
        }
    if style == "pdf-monster-resume-export":
        return {
            "dates": rng.choice(("numeric", "short")),
            "summary": rng.random() < 0.75,
            "skills_first": rng.random() < 0.6,
            "headline": rng.random() < 0.5,
        }
    if style == "docx-azerbaijani-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("hal-hazırda", "indiyədək", "davam edir")),
            "table": rng.random() < 0.5,
            "school": rng.random() < 0.6,
        }
    return {}


def _edu(
    school: str,
    study: str,
    area: str | None,
    start: str | None,
    end: str | None,
    score: str | None = None,
) -> dict[str, Any]:
    return {
        "institution": school,
        "studyType": study,
        "area": area,
        "startDate": start,
        "endDate": end,
        "score": score,
    }


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name.replace("ə", "e").replace("Ə", "E")).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    url: str | None = None
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    label = jobs[0].position
    if style == "pdf-sao-tomean-cv":
        phone = f"+239 9{rng.choice((8, 9))}{rng.randint(0, 9)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = rng.choice(("São Tomé", "São Tomé", "Trindade", "Neves"))
        if jobs[0].end is None and rng.random() < 0.6:
            master = rng.choice(ST_MASTERS)
            edu.append(_edu(pool.schools[2], *master, str(jobs[0].start[0]), None))
        length = 3 if study == "Bacharelato" else 4
        score = f"{rng.randint(12, 16)} valores" if rng.random() < 0.6 else None
        edu.append(_edu(school, study, area, str(year - length), str(year), score))
        edu.append(
            _edu(
                rng.choice(ST_LICEUS), "12.ª Classe", rng.choice(ST_AREAS), None, str(year - length)
            )
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 23}"
        extra["birthplace"] = rng.choice(("São Tomé", "Santana", "Guadalupe", "Santo António"))
        extra["status"] = rng.choice(("Solteiro(a)", "Casado(a)"))
        extra["certs"] = sorted(rng.sample(ST_COURSES, 2), key=lambda c: c[2], reverse=True)
        extra["summary"] = ST_PROFILE
        extra["interests"] = rng.sample(ST_INTERESTS, 3)
        extra["referees"] = list(ST_REFERENCES)
        languages = list(ST_LANGUAGES[: rng.randint(3, 4)])
    elif style == "pdf-ni-vanuatu-cv":
        phone = f"+678 {rng.choice((77, 55, 54))}{rng.randint(10, 99)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Port Vila", "Port Vila", "Luganville, Santo", "Lenakel, Tanna"))
        length = 3 if study.startswith("Bachelor") else 2
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        college = rng.choice(VU_COLLEGES)
        edu.append(
            _edu(
                college,
                "Vanuatu Senior Secondary Certificate (Year 13)",
                None,
                None,
                str(year - length),
            )
        )
        if rng.random() < 0.5:
            edu.append(
                _edu(
                    college,
                    "Pacific Senior Secondary Certificate (Year 12)",
                    None,
                    None,
                    str(year - length - 1),
                )
            )
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {year - 22}"
        extra["island"] = rng.choice(VU_ISLANDS)
        extra["status"] = rng.choice(("Single", "Married"))
        extra["summary"] = VU_OBJECTIVE
        extra["certs"] = sorted(rng.sample(VU_TRAININGS, 2), key=lambda c: c[2], reverse=True)
        extra["interests"] = rng.sample(VU_HOBBIES, 3)
        extra["referees"] = list(VU_REFEREES[: rng.choice((2, 3))])
        languages = list(VU_LANGUAGES[: rng.choice((2, 3))])
    elif style == "pdf-monster-resume-export":
        area_code = {"Columbus": "614", "Tulsa": "918", "Spokane": "509", "Knoxville": "865"}[city]
        phone = f"({area_code}) {rng.randint(201, 989)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["postal"] = street
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", f"{city}, {region}", "Dublin, OH"))
            if job.city == "Dublin, OH" and region != "OH":
                job.city = f"{city}, {region}"
        grad = rng.choice((5, 5, 6, 12))
        campuses = [item for item in pool.schools if item.endswith(f", {region}")]
        kind = "Community" if study.startswith("Associate") else "University"
        school = next(item for item in campuses if (kind == "Community") == ("Community" in item))
        school, extra["campus"] = school.split(" - ")
        edu.append(_edu(school, study, area, None, f"{year}-{grad:02d}"))
        if rng.random() < 0.6:
            edu.append(
                _edu(MS_HIGH_SCHOOLS[city], "High School Diploma", None, None, str(year - 4))
            )
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["certs"] = rng.sample(MS_CERTS, rng.randint(1, 2))
        extra["summary"] = MS_SUMMARY
        skills = rng.sample(pool.skills, rng.choice((6, 8)))
        languages = [("Spanish", "Limited Working")] if rng.random() < 0.4 else []
    else:
        phone = f"+994 {rng.choice((50, 51, 55, 70, 77))} {rng.randint(200, 999)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'mail.ru'))}"
        for job in jobs:
            job.city = rng.choice(("Bakı", "Bakı", "Sumqayıt", "Gəncə"))
        if jobs[0].end is None and rng.random() < 0.5:
            master = rng.choice(AZ_MASTERS)
            edu.append(_edu(pool.schools[0], *master, str(jobs[0].start[0]), None))
        score = f"{rng.randint(78, 95)},{rng.randint(0, 9)}" if rng.random() < 0.5 else None
        edu.append(_edu(school, study, area, str(year - 4), str(year), score))
        extra["school"] = _edu(
            rng.choice(AZ_SCHOOLS), "Tam orta təhsil", None, str(year - 15), str(year - 4)
        )
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year - 22}"
        extra["status"] = rng.choice(("Subay", "Evli"))
        extra["certs"] = rng.sample(AZ_CERTS, rng.randint(1, 2))
        extra["summary"] = AZ_OBJECTIVE
        extra["qualities"] = rng.sample(AZ_QUALITIES, 3)
        languages = list(AZ_LANGUAGES[: rng.randint(3, 4)])
    extra["edu"] = edu
    return _Person(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=[],
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    monster = style == "pdf-monster-resume-export"
    location = drop_empty(
        {
            "address": None if monster else extra["street"],
            "postalCode": extra.get("postal"),
            "city": person.city,
            "region": person.region,
            "countryCode": person.code,
        }
    )
    summary: str | None = extra["summary"]
    if (style == "pdf-ni-vanuatu-cv" and not options["objective"]) or (
        monster and not options["summary"]
    ):
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
            "location": location,
            "profiles": profile_links(extra),
        }
    )
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city,
                "startDate": iso_month(job.start, "month"),
                "endDate": iso_month(job.end, "month"),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    items = list(extra["edu"])
    if style == "docx-azerbaijani-cv-word" and options["school"]:
        items.append(extra["school"])
    education = [drop_empty(dict(item)) for item in items]
    certificates = [
        {"name": title, "issuer": issuer, "date": year}
        for title, issuer, year in extra.get("certs", [])
    ]
    skills: list[dict[str, Any]] = [{"name": skill} for skill in person.skills]
    references = [{"name": ref[0], "reference": ref[1]} for ref in extra.get("referees", [])]
    interests = [{"name": item} for item in extra.get("interests", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": interests,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-sao-tomean-cv":
        return _sao_tome(person, options), "pdf"
    if style == "pdf-ni-vanuatu-cv":
        return _vanuatu(person, options), "pdf"
    if style == "pdf-monster-resume-export":
        return _monster(person, options), "pdf"
    if style == "docx-azerbaijani-cv-word":
        return _azerbaijan(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _years(item: dict[str, Any], ongoing: str, dash: str = " \u2013 ") -> str:
    """ "2016 - 2019", "2019", or "2023 - <ongoing>" (en dashes) from an education's years."""
    start, end = item["startDate"], item["endDate"]
    if end is None:
        return f"{start}{dash}{ongoing}"
    return f"{start}{dash}{end}" if start else str(end)


def _bullet(pdf: Any, flow: _Flow, x: float, width: float, note: str, size: float) -> None:
    flow.need(5)
    pdf.set_xy(x, flow.y)
    pdf.set_font(pdf.font_family, "", size)
    pdf.cell(4, 4.5, "\u2022")
    pdf.multi_cell(width - 4, 4.5, note, align="L")
    flow.y = pdf.get_y() + 0.2


# ------------------------------------------------------------------------- São Tomé


def _st_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES[month[1] - 1]} de {month[0]}"


def _sao_tome(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum Vitae - {person.name}")
    pdf.set_author(person.name)
    x, width = 22.0, 166.0
    green = (22, 94, 60)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Serif", "I", 7.5)
        doc.set_text_color(120, 120, 120)
        doc.cell(width, 4, f"Curriculum Vitae \u2013 {person.name}", align="L")
        doc.set_xy(x, 287)
        doc.cell(width, 4, f"{doc.page_no()}", align="R")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 16.0, 280.0, footer)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 10)
    pdf.set_text_color(*green)
    pdf.cell(width, 5, "CURRICULUM VITAE", align="C")
    flow.y += 8
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 18)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(width, 8, person.name, align="C")
    flow.y += 9
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, person.label or "", align="C")
        flow.y += 7
    pdf.set_draw_color(*green)
    pdf.set_line_width(0.8)
    pdf.line(x, flow.y + 1, x + width, flow.y + 1)
    flow.y += 4

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*green)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 6.4, x + width, flow.y + 6.4)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.8) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(width - indent, 5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, tab: float = 44.0) -> None:
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(tab, 5, f"{key}:")
        pdf.set_font("Serif", "", 9.8)
        pdf.multi_cell(width - tab - 2, 5, value, align="L")
        flow.y = pdf.get_y() + 0.3

    heading("Dados Pessoais")
    field("Data de nascimento", extra["born"])
    field("Naturalidade", f"{extra['birthplace']}, São Tomé e Príncipe")
    field("Nacionalidade", "São-tomense")
    field("Estado civil", extra["status"])
    field("Morada", f"{extra['street']}, {person.city}, São Tomé e Príncipe")
    field("Telemóvel", person.phone)
    field("E-mail", person.email)
    heading("Perfil")
    text(extra["summary"])

    def education() -> None:
        heading("Habilitações Literárias")
        for item in extra["edu"]:
            flow.need(14)
            when = _years(item, "em curso")
            if item["studyType"] == "12.ª Classe":
                title = f"{item['studyType']} \u2013 Área de {item['area']}"
            else:
                title = f"{item['studyType']} em {item['area']}"
            top = flow.y
            pdf.set_xy(x, top)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(36, 5, when)
            pdf.set_xy(x + 38, top)
            pdf.multi_cell(width - 38, 5, title, align="L")
            pdf.set_xy(x + 38, pdf.get_y())
            pdf.set_font("Serif", "", 9.8)
            pdf.multi_cell(width - 38, 5, item["institution"], align="L")
            flow.y = pdf.get_y()
            if item["score"]:
                pdf.set_xy(x + 38, flow.y)
                pdf.set_font("Serif", "I", 9.4)
                pdf.cell(width - 38, 5, f"Média final: {item['score']}")
                flow.y += 5
            flow.y += 2
        heading("Formação Complementar")
        for title, issuer, year in extra["certs"]:
            _bullet(pdf, flow, x + 2, width - 2, f"{year} \u2013 {title}, {issuer}", 9.8)

    def experience() -> None:
        heading("Experiência Profissional")
        for job in person.jobs:
            flow.need(30)
            span = (
                f"{_st_month(job.start, form, present)} \u2013 {_st_month(job.end, form, present)}"
            )
            if options["labelled"]:
                field("Período", span, 30)
                field("Entidade", job.company, 30)
                field("Função", job.position, 30)
                field("Local", job.city, 30)
                text("Principais actividades:", "BI", indent=2)
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 10)
                pdf.cell(width - 62, 5, job.position)
                pdf.set_xy(x + width - 62, flow.y)
                pdf.set_font("Serif", "I", 9.4)
                pdf.cell(62, 5, span, align="R")
                flow.y += 5.4
                text(f"{job.company} ({job.city})", "")
            for note in job.highlights:
                _bullet(pdf, flow, x + 6, width - 6, note, 9.4)
            flow.y += 3

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("Línguas")
    for lang, level in person.languages:
        text(f"{lang} \u2013 {level}", indent=2)
    heading("Conhecimentos Informáticos e Outros")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("Interesses")
    text(", ".join(extra["interests"]), indent=2)
    heading("Referências")
    for name, role, phone in extra["referees"]:
        flow.need(11)
        text(name, "B", indent=2)
        text(f"{role} \u2013 Tel.: {phone}", indent=2)
    flow.need(14)
    flow.y += 6
    text("São Tomé, Outubro de 2026", "I")
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------- Vanuatu


def _vu_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = MONTHS[month[1] - 1]
    return f"{name if form == 'long' else name[:3]} {month[0]}"


def _vanuatu(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    pdf.set_author(person.name)
    x, width = 18.0, 174.0
    blue = (0, 84, 147)
    flow = _Flow(pdf, 0.0, 280.0)
    pdf.set_fill_color(*blue)
    pdf.rect(0, 0, 210, 30, style="F")
    pdf.set_xy(x, 7)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(width, 9, person.name.upper())
    pdf.set_xy(x, 18)
    pdf.set_font("Sans", "", 8.8)
    contact = f"{extra['street']}, {person.city}, Vanuatu  |  Mobile: {person.phone}"
    pdf.cell(width, 4.6, contact)
    pdf.set_xy(x, 22.6)
    pdf.cell(width, 4.6, f"Email: {person.email}")
    pdf.set_text_color(0, 0, 0)
    flow.y = 34.0
    flow.top = 16.0

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_fill_color(218, 230, 242)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*blue)
        pdf.cell(width, 6.2, f" {text.upper()}", fill=True)
        pdf.set_text_color(0, 0, 0)
        flow.y += 8.5

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.2) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 4.7, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, left: float = 2.0) -> None:
        pdf.set_xy(x + left, flow.y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(38, 4.8, key)
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(width - 40 - left, 4.8, f": {value}", align="L")
        flow.y = pdf.get_y() + 0.2

    if options["objective"]:
        heading("Career Objective")
        text(extra["summary"])
    heading("Personal Details")
    field("Date of Birth", extra["born"])
    field("Island of Origin", extra["island"])
    field("Nationality", "Ni-Vanuatu")
    field("Marital Status", extra["status"])
    heading("Educational Background")
    widths = (25.0, 87.0, 62.0)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    rows = [("Year", "Qualification", "Institution")]
    for item in extra["edu"]:
        title = item["studyType"] + (f" in {item['area']}" if item["area"] else "")
        rows.append((_years(item, present), title, item["institution"]))
    for index, row in enumerate(rows):
        top, bottom, cx = flow.y, flow.y, x
        for cell, cw in zip(row, widths, strict=True):
            pdf.set_xy(cx + 1.5, top + 1)
            pdf.set_font("Sans", "B" if index == 0 else "", 8.8)
            pdf.multi_cell(cw - 3, 4.5, cell, align="L")
            bottom = max(bottom, pdf.get_y() + 1)
            cx += cw
        cx = x
        for cw in widths:
            pdf.rect(cx, top, cw, bottom - top)
            cx += cw
        flow.y = bottom
    flow.y += 2
    heading("Work Experience")
    for job in person.jobs:
        flow.need(28)
        span = f"{_vu_month(job.start, form, present)} \u2013 {_vu_month(job.end, form, present)}"
        if options["labelled"]:
            field("Position", job.position, 0)
            field("Employer", job.company, 0)
            field("Location", job.city, 0)
            field("Period", span, 0)
            text("Duties:", "B")
            left = 4.0
        else:
            top = flow.y
            pdf.set_xy(x, top)
            pdf.set_font("Sans", "B", 8.8)
            pdf.multi_cell(36, 4.7, span.replace(" \u2013 ", " \u2013\n"), align="L")
            pdf.set_xy(x + 40, top)
            pdf.set_font("Sans", "B", 9.6)
            pdf.cell(width - 40, 4.8, job.position)
            flow.y = top + 5
            pdf.set_xy(x + 40, flow.y)
            pdf.set_font("Sans", "I", 9.2)
            pdf.cell(width - 40, 4.8, f"{job.company}, {job.city}")
            flow.y += 5.4
            left = 40.0
        for note in job.highlights:
            _bullet(pdf, flow, x + left + 2, width - left - 2, note, 8.9)
        flow.y += 3
    heading("Other Trainings")
    for title, issuer, year in extra["certs"]:
        text(f"{year}  {title} \u2013 {issuer}", indent=2)
    heading("Skills")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("Languages")
    for lang, level in person.languages:
        field(lang, level)
    heading("Hobbies")
    text(", ".join(extra["interests"]), indent=2)
    heading("Referees")
    for name, role, phone in extra["referees"]:
        flow.need(16)
        text(name, "B", indent=2)
        text(role, indent=2)
        text(f"Phone: {phone}", indent=2)
        flow.y += 1.5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------- Monster


def _ms_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Current"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS[month[1] - 1][:3]} {month[0]}"


def _monster(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    _letter(pdf)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    pdf.set_creator("Monster Resume Builder")
    x, width = 19.0, 177.9
    purple = (109, 40, 217)
    ink = (33, 37, 41)
    flow = _Flow(pdf, 16.0, 262.0)
    pdf.set_fill_color(*purple)
    pdf.rect(0, 0, 215.9, 5, style="F")
    pdf.set_xy(x, 12)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*ink)
    pdf.cell(width, 10, person.name)
    flow.y = 23.0
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(*purple)
        pdf.cell(width, 6, person.label or "")
        flow.y += 7
    parts = [person.email, person.phone, f"{person.city}, {person.region} {extra['postal']}"]
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(width, 5, "   \u2022   ".join(parts))
    flow.y += 5
    if "linkedin" in extra:
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 5, extra["linkedin"])
        flow.y += 5
    pdf.set_text_color(*ink)
    flow.y += 3

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*purple)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(210, 210, 215)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 7, x + width, flow.y + 7)
        pdf.set_text_color(*ink)
        flow.y += 9.5

    def text(body: str, style: str = "", size: float = 9.4, indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 4.8, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def skills() -> None:
        heading("Skills")
        half = (len(person.skills) + 1) // 2
        top = flow.y
        for column, chunk in enumerate((person.skills[:half], person.skills[half:])):
            flow.y = top
            for skill in chunk:
                _bullet(pdf, flow, x + 2 + column * 88, 84, skill, 9.2)
        flow.y = top + half * 4.9 + 1

    def experience() -> None:
        heading("Experience")
        for job in person.jobs:
            flow.need(26)
            span = f"{_ms_month(job.start, form)} - {_ms_month(job.end, form)}"
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - 50, 5, job.position)
            pdf.set_xy(x + width - 50, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(50, 5, span, align="R")
            flow.y += 5.2
            text(f"{job.company} - {job.city}", "I", 9.2)
            for note in job.highlights:
                _bullet(pdf, flow, x + 3, width - 3, note, 9.0)
            flow.y += 2.5

    if options["summary"]:
        heading("Summary")
        text(extra["summary"])
    for part in (skills, experience) if options["skills_first"] else (experience, skills):
        part()
    heading("Education")
    for item in extra["edu"]:
        flow.need(16)
        end = item["endDate"]
        when = f"{end[5:]}/{end[:4]}" if len(end) == 7 else end
        title = item["studyType"] + (f": {item['area']}" if item["area"] else "")
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 30, 5, title)
        pdf.set_xy(x + width - 30, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(30, 5, when, align="R")
        flow.y += 5.2
        place = extra["campus"] if item["area"] else f"{person.city}, {person.region}"
        text(f"{item['institution']} - {place}", "I", 9.2)
        flow.y += 1.5
    heading("Certifications")
    for title, issuer, year in extra["certs"]:
        _bullet(pdf, flow, x + 2, width - 2, f"{title} - {issuer}, {year}", 9.2)
    if person.languages:
        heading("Languages")
        for lang, level in person.languages:
            text(f"{lang}: {level}")
    _check(flow.y, 266, person)
    return bytes(pdf.output())


# -------------------------------------------------------------------------- Azerbaijan


def _az_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{AYLAR[month[1] - 1]} {month[0]}"


def _azerbaijan(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ascii_slug(person.name).title()
    properties.title = "CV"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    navy = RGBColor(0x1F, 0x3A, 0x68)

    def para(text: str = "", bold: bool = False, size: float | None = None) -> Any:
        paragraph = document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text.replace("i", "İ").upper())
        run.bold, run.font.size = True, Pt(12)
        run.font.color.rgb = navy
        shade = OxmlElement("w:shd")
        for attr, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "DCE6F1")):
            shade.set(qn(attr), value)
        paragraph._p.get_or_add_pPr().append(shade)

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    title = para("CURRICULUM VITAE", True, 11)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(person.name, True, 18).alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("Şəxsi məlumatlar")
    details = document.add_table(rows=0, cols=2)
    for key, value in (
        ("Doğum tarixi:", extra["born"]),
        ("Ailə vəziyyəti:", extra["status"]),
        ("Ünvan:", f"{person.city} şəhəri, {extra['street']}, Azərbaycan"),
        ("Mobil telefon:", person.phone),
        ("E-poçt:", person.email),
    ):
        cells = details.add_row().cells
        cell_text(cells[0], key, bold=True)
        cell_text(cells[1], value)
    for row in details.rows:
        row.cells[0].width, row.cells[1].width = Cm(4.2), Cm(12.4)
    heading("Məqsəd")
    para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Təhsil")
    items = list(extra["edu"])
    if options["school"]:
        items.append(extra["school"])
    for item in items:
        paragraph = para()
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))
        paragraph.add_run(_years(item, "təhsil davam edir", "\u2013") + "\t").bold = True
        paragraph.add_run(item["institution"]).bold = True
        if item["area"]:
            sub = para(f"{item['studyType']} pilləsi, ixtisas: {item['area']}")
        else:
            sub = para(item["studyType"])
        sub.paragraph_format.left_indent = Cm(3.6)
        if item["score"]:
            score = para(f"Orta bal (ÜOMG): {item['score']}")
            score.paragraph_format.left_indent = Cm(3.6)
    heading("İş təcrübəsi")

    def span(job: Any) -> str:
        return f"{_az_month(job.start, form, present)} \u2013 {_az_month(job.end, form, present)}"

    if options["table"]:
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        cell_text(table.rows[0].cells[0], "Müddət", bold=True)
        cell_text(table.rows[0].cells[1], "Vəzifə və iş yeri", bold=True)
        for job in person.jobs:
            cells = table.add_row().cells
            cell_text(cells[0], span(job))
            cell_text(cells[1], job.position, bold=True)
            cell_text(cells[1], f"{job.company}, {job.city}", italic=True)
            cell_text(cells[1], "Vəzifə öhdəlikləri:")
            for note in job.highlights:
                cell_text(cells[1], f"\u2013 {note}")
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(4.2), Cm(12.4)
    else:
        for job in person.jobs:
            top = para()
            top.paragraph_format.space_before = Pt(6)
            top.add_run(span(job)).bold = True
            for key, value in (("Şirkət: ", job.company), ("Vəzifə: ", job.position)):
                line = para()
                line.add_run(key).bold = True
                line.add_run(value)
            line = para()
            line.add_run("Şəhər: ").bold = True
            line.add_run(job.city)
            para("Vəzifə öhdəlikləri:").runs[0].italic = True
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("Sertifikatlar və təlimlər")
    for cert, issuer, year in extra["certs"]:
        paragraph = para()
        paragraph.add_run(f"{year}  ").bold = True
        paragraph.add_run(f"{cert} \u2013 {issuer}")
    heading("Dil bilikləri")
    for lang, level in person.languages:
        para(f"{lang} \u2013 {level}")
    heading("Kompüter bilikləri")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Şəxsi keyfiyyətlər")
    para(", ".join(extra["qualities"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())
