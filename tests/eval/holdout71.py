"""Seventy-first held-out round ("holdout-71"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _normalise_zip
from tests.eval.holdout68 import _Flow
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-71"
GENERATOR = "tests/eval/holdout71.py"
SEED = 7_164_394

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-bissau-guinean-cv", 3),
    ("pdf-comorian-cv", 3),
    ("pdf-seek-profile-export", 3),
    ("docx-georgian-cv-word", 3),
)

MESES = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
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
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TVEEBI = (
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
)

POOLS: dict[str, Pool] = {
    "pdf-bissau-guinean-cv": Pool(
        first=("Maimuna", "Quintino", "Adelina", "Braima", "Segunda", "Nelvina", "Armando"),
        last=("Có", "Sanhá", "Mendes Djaló", "Nanque", "Baldé", "Cá Indjai", "Gomes Té"),
        cities=(
            ("Bissau", None, "GW", "Bairro de Belém, Rua 12"),
            ("Bissau", None, "GW", "Bairro Militar, Casa n.º 41"),
            ("Bissau", None, "GW", "Bairro de Cuntum Madina"),
        ),
        employers=(
            "ONG Tchon di Bijagós para o Desenvolvimento",
            "Cooperativa Agrícola Caju de Cacheu",
            "Sociedade Comercial Rio Geba, Lda.",
            "Kora Telecom Guiné-Bissau, SA",
            "Clínica Bor Saúde",
        ),
        titles=(
            "Técnico de Contabilidade",
            "Assistente Administrativo e Financeiro",
            "Oficial de Programas",
            "Gestor de Clientes",
            "Técnico de Monitoria e Avaliação",
        ),
        highlights=(
            "Lançamento das operações contabilísticas no programa Primavera",
            "Elaboração dos relatórios financeiros mensais para os doadores",
            "Acompanhamento das actividades de campo nas regiões de Cacheu e Oio",
            "Gestão da caixa, dos bancos e dos adiantamentos ao pessoal",
            "Preparação das folhas de salários e das declarações ao INPS",
            "Recolha e tratamento dos dados de monitoria com o KoboToolbox",
            "Atendimento e acompanhamento da carteira de clientes empresariais",
            "Organização de formações para grupos de mulheres produtoras",
            "Apoio à preparação das auditorias externas anuais",
        ),
        skills=(
            "Microsoft Word, Excel e PowerPoint",
            "Programa de contabilidade Primavera",
            "KoboToolbox",
            "Internet e correio electrónico",
            "SPSS (nível básico)",
        ),
        schools=(
            "Universidade Amílcar Cabral",
            "Universidade Lusófona da Guiné",
            "Universidade Colinas de Boé",
        ),
        degrees=(
            ("Licenciatura", "Economia"),
            ("Licenciatura", "Gestão de Empresas"),
            ("Licenciatura", "Contabilidade e Auditoria"),
        ),
    ),
    "pdf-comorian-cv": Pool(
        first=("Zaïnaba", "Moinadjoumoi", "Faïza", "Said Ahmed", "Nourdine", "Anrifia", "Djamila"),
        last=("Mohamed Soilihi", "Abdallah Msaidié", "Youssouf", "Ali Mbaé", "Ahmed Chanfi"),
        cities=(
            ("Moroni", None, "KM", "Quartier Hamramba"),
            ("Moroni", None, "KM", "Quartier Magoudjou, rue de la Corniche"),
            ("Moroni", None, "KM", "Quartier Coulée, BP 1274"),
        ),
        employers=(
            "Maison de l'Ylang des Comores SARL",
            "Banque Populaire de Ngazidja",
            "ONG Mwana Wa Ngazidja",
            "Comores Cargo Express",
            "Hôtel Itsandra Lagon Résidence",
        ),
        titles=(
            "Aide-comptable",
            "Chargé de clientèle",
            "Responsable administratif",
            "Agent de saisie et de facturation",
            "Coordinateur de projet",
        ),
        highlights=(
            "Saisie des pièces comptables et lettrage des comptes fournisseurs",
            "Accueil et conseil de la clientèle particuliers et professionnels",
            "Suivi des dossiers de crédit et relance des impayés",
            "Préparation des déclarations fiscales mensuelles",
            "Gestion administrative du personnel et des congés",
            "Élaboration des rapports d'activités pour les bailleurs",
            "Organisation des ateliers de sensibilisation dans les villages de Ngazidja",
            "Suivi des expéditions et des formalités de dédouanement au port de Moroni",
            "Établissement des factures et suivi des encaissements",
        ),
        skills=(
            "Pack Office (Word, Excel, PowerPoint)",
            "SAGE Saari Comptabilité",
            "Rédaction de rapports",
            "Travail en équipe",
            "Gestion de caisse",
            "Internet et messagerie",
        ),
        schools=(
            "Université des Comores",
            "Université de Mahajanga (Madagascar)",
            "Université Hassan II de Casablanca (Maroc)",
        ),
        degrees=(
            ("Licence", "Économie et Gestion"),
            ("Licence", "Sciences Comptables et Financières"),
            ("Licence professionnelle", "Banque et Assurance"),
        ),
    ),
    "pdf-seek-profile-export": Pool(
        first=("Brooke", "Jarrod", "Kayla", "Lachlan", "Tegan", "Mitchell", "Shanelle"),
        last=("Whitford", "Papadakis", "Nguyen-Hart", "McAuliffe", "Ratcliffe", "Tuilagi"),
        cities=(
            ("Parramatta", "NSW", None, "Parramatta NSW"),
            ("Penrith", "NSW", None, "Penrith NSW"),
            ("Footscray", "VIC", None, "Footscray VIC"),
            ("Ipswich", "QLD", None, "Ipswich QLD"),
            ("Joondalup", "WA", None, "Joondalup WA"),
        ),
        employers=(
            "Harbourside Aged Care Pty Ltd",
            "Blue Gum Logistics Pty Ltd",
            "Westgate Allied Health Group",
            "Coastline Property Services",
            "Southern Reef Freight Pty Ltd",
        ),
        titles=(
            "Operations Coordinator",
            "Team Leader",
            "Administration Officer",
            "Customer Service Representative",
            "Warehouse Supervisor",
        ),
        highlights=(
            "Rostered and supervised a team of 12 casual and permanent staff",
            "Processed inbound and outbound orders using Manhattan WMS",
            "Answered 60+ customer calls a day and resolved complaints on first contact",
            "Maintained accurate records in Xero and reconciled weekly invoices",
            "Completed WHS inspections and toolbox talks every fortnight",
            "Coordinated maintenance jobs with tradespeople and tenants",
            "Trained new starters on site procedures and systems",
            "Reduced picking errors by 18% by reorganising the pick faces",
            "Booked client appointments and managed the practitioners' calendars",
        ),
        skills=(
            "Customer Service",
            "Team Leadership",
            "Microsoft Excel",
            "Xero",
            "Rostering",
            "Forklift Operation",
            "Stock Control",
            "Data Entry",
        ),
        schools=(
            "Western Sydney University",
            "University of Wollongong",
            "Victoria University",
            "Queensland University of Technology",
        ),
        degrees=(
            ("Bachelor of Business", "Bachelor of Business"),
            ("Bachelor of Commerce", "Bachelor of Commerce"),
            ("Bachelor of Health Science", "Bachelor of Health Science"),
        ),
    ),
    "docx-georgian-cv-word": Pool(
        first=("ნინო", "მარიამ", "გიორგი", "ლევან", "თამარ", "დავით", "ანა", "ეკატერინე"),
        last=("ბერიძე", "კაპანაძე", "გელაშვილი", "ჯაფარიძე", "ლომიძე", "წიკლაური", "ხუციშვილი"),
        cities=(
            ("თბილისი", None, "GE", "ვაკე, ჭავჭავაძის გამზ. 33"),
            ("თბილისი", None, "GE", "საბურთალო, ვაჟა-ფშაველას გამზ. 12"),
            ("ბათუმი", None, "GE", "რუსთაველის ქ. 45"),
            ("ქუთაისი", None, "GE", "ნიკეას ქ. 8"),
        ),
        employers=(
            "შპს „მთაწმინდა ლოჯისტიკი“",
            "სს „ქართლი ინვესტ ბანკი“",
            "შპს „ალაზანი ვაინ ჰაუსი“",
            "ა(ა)იპ „მწვანე კავკასია“",
            "შპს „რიყე ფარმი“",
        ),
        titles=(
            "ბუღალტერი",
            "ფინანსური ანალიტიკოსი",
            "გაყიდვების მენეჯერი",
            "ოფის-მენეჯერი",
            "მომხმარებელთა მომსახურების სპეციალისტი",
        ),
        highlights=(
            "პირველადი ბუღალტრული დოკუმენტაციის მომზადება და აღრიცხვა",
            "საგადასახადო დეკლარაციების მომზადება და წარდგენა",
            "ყოველთვიური ფინანსური ანგარიშგების მომზადება ხელმძღვანელობისთვის",
            "საბანკო ამონაწერების შედარება და ნაშთების კონტროლი",
            "მომწოდებლებთან და კლიენტებთან ანგარიშსწორების კონტროლი",
            "ხელფასების დარიცხვა და საპენსიო შენატანების აღრიცხვა",
            "ახალი თანამშრომლების სწავლება ORIS პროგრამაში",
            "გაყიდვების ყოველკვირეული ანგარიშების მომზადება",
            "კლიენტების მომსახურება და საჩივრების განხილვა",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "ORIS ბუღალტერია",
            "1C: ბუღალტერია",
            "Excel \u2013 მაღალი დონე",
            "ინტერნეტი და ელ-ფოსტა",
        ),
        schools=(
            "ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო უნივერსიტეტი",
            "საქართველოს ტექნიკური უნივერსიტეტი",
            "ილიას სახელმწიფო უნივერსიტეტი",
            "კავკასიის უნივერსიტეტი",
        ),
        degrees=(
            ("ბაკალავრი", "ფინანსები"),
            ("ბაკალავრი", "ბიზნესის ადმინისტრირება"),
            ("ბაკალავრი", "ბუღალტრული აღრიცხვა და აუდიტი"),
        ),
    ),
}

GW_PROFILE = (
    "Jovem quadro guineense, dinâmico e responsável, com experiência em gestão financeira "
    "e acompanhamento de projectos de desenvolvimento. Facilidade de trabalho em equipa e "
    "de comunicação com as comunidades."
)
GW_LICEUS = ("Liceu Nacional Kwame N'Krumah", "Liceu João XXIII", "Liceu Agostinho Neto")
GW_AREAS = ("Ciências Económicas e Sociais", "Ciências e Tecnologias", "Humanidades")
GW_MASTERS = (
    ("Mestrado", "Gestão de Projectos"),
    ("Mestrado", "Finanças Públicas"),
)
GW_TRAININGS = (
    ("Gestão do Ciclo de Projectos", "Instituto Nacional de Administração Pública", "2021"),
    ("Contabilidade SYSCOA/SYSCOHADA", "Centro de Formação Djumbai", "2019"),
    ("Curso de Inglês \u2013 Nível Intermédio", "Centro Cultural Bissau-Guineense", "2018"),
    ("Gestão Financeira de ONG", "Plataforma das ONG da Guiné-Bissau", "2022"),
)
GW_LANGUAGES = (
    ("Crioulo guineense", "Língua materna"),
    ("Português", "Fluente"),
    ("Francês", "Razoável"),
    ("Inglês", "Básico"),
)
GW_REFERENCES = (
    ("Dr. Fernando Vaz Mané", "Director Executivo, ONG Tchon di Bijagós para o Desenvolvimento"),
    ("Dra. Filomena Tavares Cá", "Docente, Universidade Amílcar Cabral"),
)
KM_PROFILE = (
    "Rigoureuse et organisée, je dispose d'une expérience confirmée en gestion administrative "
    "et financière acquise aux Comores. Je souhaite mettre mes compétences au service d'une "
    "structure dynamique."
)
KM_LYCEES = (
    "Lycée Saïd Mohamed Cheikh, Moroni",
    "Lycée de Mitsamiouli",
    "Lycée Privé Al-Kamar, Moroni",
)
KM_BAC = ("Baccalauréat série A4", "Baccalauréat série D", "Baccalauréat série C")
KM_MENTIONS = ("Assez bien", "Bien", "Passable")
KM_DUT = ("Institut Universitaire de Technologie (IUT) de Moroni", "DUT", "Gestion des Entreprises")
KM_LANGUAGES = (
    ("Shikomori", "Langue maternelle"),
    ("Français", "Courant"),
    ("Arabe", "Lu, écrit"),
    ("Anglais", "Intermédiaire"),
)
KM_INTERESTS = ("Lecture", "Football", "Bénévolat associatif", "Cuisine", "Randonnée au Karthala")
KM_CERTS = (
    ("Formation en gestion de microcrédit", "ADA Microfinance", "2021"),
    ("Certificat en comptabilité OHADA", "Chambre de Commerce de Ngazidja", "2019"),
    ("Formation en gestion axée sur les résultats", "PNUD Comores", "2022"),
)
AU_SUMMARY = (
    "Reliable and hands-on coordinator with several years of experience in logistics, aged "
    "care and property services. I enjoy leading small teams, keeping things organised and "
    "looking after customers. Available to start immediately."
)
AU_HIGH = {
    "NSW": (
        ("Parramatta High School", "Nepean Creative and Performing Arts High School"),
        "Higher School Certificate (HSC)",
    ),
    "VIC": (
        ("Footscray High School", "Maribyrnong Secondary College"),
        "Victorian Certificate of Education (VCE)",
    ),
    "QLD": (
        ("Ipswich State High School", "Bremer State High School"),
        "Queensland Certificate of Education (QCE)",
    ),
    "WA": (
        ("Ocean Reef Senior High School", "Belridge Secondary College"),
        "Western Australian Certificate of Education (WACE)",
    ),
}
AU_TAFE = (
    ("TAFE NSW", "Certificate IV in Leadership and Management"),
    ("TAFE Queensland", "Diploma of Logistics"),
    ("Box Hill Institute", "Certificate III in Business Administration"),
)
AU_CERTS = (
    ("Working with Children Check", "NSW Office of the Children's Guardian", (2022, 3)),
    ("Provide First Aid (HLTAID011)", "St John Ambulance Australia", (2024, 8)),
    ("Forklift Licence (LF)", "SafeWork NSW", (2019, 5)),
    ("White Card (General Construction Induction)", "SafeWork NSW", (2018, 11)),
)
AU_LANGUAGES = ("English", "Greek", "Vietnamese", "Samoan")
GE_LATIN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        [
            "a",
            "b",
            "g",
            "d",
            "e",
            "v",
            "z",
            "t",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "zh",
            "r",
            "s",
            "t",
            "u",
            "p",
            "k",
            "gh",
            "q",
            "sh",
            "ch",
            "ts",
            "dz",
            "ts",
            "ch",
            "kh",
            "j",
            "h",
        ],
        strict=True,
    )
)
GE_SCHOOLS = ("თბილისის №51 საჯარო სკოლა", "ბათუმის №6 საჯარო სკოლა", "ქუთაისის №41 გიმნაზია")
GE_MASTERS = (("მაგისტრი", "ფინანსები"), ("მაგისტრი", "ბიზნესის ადმინისტრირება (MBA)"))
GE_TRAININGS = (
    (
        "ბუღალტრული აღრიცხვა ფასს-ის მიხედვით",
        "საქართველოს ბუღალტერთა და აუდიტორთა ფედერაცია",
        "2021",
    ),
    ("Excel ბიზნესისთვის (მოწინავე დონე)", "ბიზნეს სკოლა „მომავალი“", "2022"),
    ("გაყიდვების ეფექტური ტექნიკები", "სასწავლო ცენტრი „ნიუ ვიჟენი“", "2019"),
)
GE_LANGUAGES = (
    ("ქართული", "მშობლიური"),
    ("ინგლისური", "კარგი (B2)"),
    ("რუსული", "საშუალო"),
    ("გერმანული", "საწყისი"),
)
GE_SUMMARY = (
    "პასუხისმგებლიანი და ორგანიზებული სპეციალისტი ფინანსების სფეროში მუშაობის "
    "გამოცდილებით. მსურს ჩემი ცოდნისა და უნარების გამოყენება თანამედროვე კომპანიაში."
)


def _ge_latin(text: str) -> str:
    return "".join(GE_LATIN.get(ch, ch) for ch in text)


class _GeCandidate(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(_ge_latin(self.name)).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-bissau-guinean-cv":
        return {
            "europass": rng.random() < 0.5,
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("até à data", "presente", "actualidade")),
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.6,
            "referees": rng.random() < 0.6,
        }
    if style == "pdf-comorian-cv":
        return {
            "dates": rng.choice(("words", "numeric", "since")),
            "present": rng.choice(("À ce jour", "Aujourd'hui")),
            "headline": rng.random() < 0.6,
            "country": rng.random() < 0.5,
            "one_line": rng.random() < 0.5,
            "edu_range": rng.random() < 0.5,
        }
    if style == "pdf-seek-profile-export":
        return {
            "summary": rng.random() < 0.7,
            "durations": rng.random() < 0.6,
            "bullet": rng.choice(("\u2022", "-")),
            "languages": rng.random() < 0.5,
        }
    if style == "docx-georgian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("დღემდე", "ამჟამად")),
            "table": rng.random() < 0.5,
            "edu_table": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "summary": rng.random() < 0.6,
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
    latin = ascii_slug(_ge_latin(name)).split()
    first, last = latin[0], latin[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    kind: type[Candidate] = Candidate
    if style == "pdf-bissau-guinean-cv":
        phone = f"+245 9{rng.choice((5, 6))}{rng.randint(1, 9)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = rng.choice(("Bissau", "Bissau", "Gabú", "Bafatá", "Canchungo"))
        if jobs[0].end is None and rng.random() < 0.5:
            master = rng.choice(GW_MASTERS)
            edu.append(_edu(pool.schools[0], *master, str(jobs[0].start[0] + 1), None))
        grade = rng.choice((None, "14 valores", "13 valores", "15 valores"))
        edu.append(_edu(school, study, area, str(year - 4), str(year), grade))
        edu.append(
            _edu(
                rng.choice(GW_LICEUS),
                "12.º Ano de Escolaridade",
                rng.choice(GW_AREAS),
                None,
                str(year - 5),
            )
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 23}"
        extra["birthplace"] = rng.choice(("Bissau", "Bafatá", "Bolama", "Cacheu", "Buba"))
        extra["status"] = rng.choice(("Solteiro(a)", "Casado(a)"))
        extra["certs"] = sorted(rng.sample(GW_TRAININGS, 2), key=lambda c: c[2], reverse=True)
        extra["summary"] = GW_PROFILE
        extra["referees"] = list(GW_REFERENCES)
        languages = list(GW_LANGUAGES[: rng.randint(3, 4)])
        extra["interests"] = []
    elif style == "pdf-comorian-cv":
        phone = f"+269 {rng.choice((3, 4))}{rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        for job in jobs:
            job.city = rng.choice(("Moroni", "Moroni", "Mutsamudu", "Fomboni", "Mitsamiouli"))
        bac_year = year - 4
        if rng.random() < 0.5:
            edu.append(_edu(school, study, area, str(year - 3), str(year)))
        else:
            edu.append(_edu(KM_DUT[0], KM_DUT[1], KM_DUT[2], str(year - 2), str(year)))
            bac_year = year - 2
        bac = rng.choice(KM_BAC)
        edu.append(_edu(rng.choice(KM_LYCEES), bac, None, None, str(bac_year)))
        edu[-1]["score"] = "Mention " + rng.choice(KM_MENTIONS)
        extra["certs"] = sorted(
            rng.sample(KM_CERTS, rng.randint(1, 2)), key=lambda c: c[2], reverse=True
        )
        extra["summary"] = KM_PROFILE
        extra["interests"] = rng.sample(KM_INTERESTS, 3)
        if rng.random() < 0.4:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1, 99)}"
        languages = list(KM_LANGUAGES[: rng.randint(3, 4)])
    elif style == "pdf-seek-profile-export":
        phone = f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'outlook.com'))}"
        for job in jobs:
            job.city = ""
        school_end = year - 1
        if rng.random() < 0.5:
            edu.append(_edu(school, study, None, None, str(school_end)))
        else:
            tafe, course = rng.choice(AU_TAFE)
            if jobs[0].end is None and rng.random() < 0.6:
                edu.append(_edu(tafe, course, None, None, None))
                extra["expected"] = 2027
            else:
                edu.append(_edu(tafe, course, None, None, str(jobs[1].start[0])))
        edu.append(
            _edu(
                rng.choice(AU_HIGH[region or "NSW"][0]),
                AU_HIGH[region or "NSW"][1],
                None,
                None,
                str(year - 4),
            )
        )
        extra["certs"] = rng.sample(AU_CERTS, rng.randint(2, 3))
        extra["summary"] = AU_SUMMARY
        skills = rng.sample(pool.skills, rng.randint(5, 8))
        languages = [("English", "")]
        if rng.random() < 0.6:
            languages.append((rng.choice(AU_LANGUAGES[1:]), ""))
        extra["interests"] = []
    else:
        kind = _GeCandidate
        number = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        phone = f"+995 5{rng.choice((55, 57, 68, 99, 93))} {number}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("თბილისი", "თბილისი", "ბათუმი", "რუსთავი", "ქუთაისი"))
        if jobs[0].end is None and rng.random() < 0.5:
            study_m, area_m = rng.choice(GE_MASTERS)
            edu.append(_edu(pool.schools[0], study_m, area_m, str(jobs[0].start[0] + 1), None))
        gpa = rng.choice((None, f"GPA {rng.randint(300, 390) / 100:.2f}"))
        edu.append(_edu(school, study, area, str(year - 4), str(year), gpa))
        edu.append(
            _edu(
                rng.choice(GE_SCHOOLS),
                "სრული ზოგადი განათლების ატესტატი",
                None,
                None,
                str(year - 4),
            )
        )
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year - 22}"
        extra["certs"] = sorted(rng.sample(GE_TRAININGS, 2), key=lambda c: c[2], reverse=True)
        extra["summary"] = GE_SUMMARY
        languages = list(GE_LANGUAGES[: rng.randint(3, 4)])
        extra["interests"] = []
    extra["edu"] = edu
    return kind(
        style=style,
        name=name,
        label=jobs[0].position,
        email=email,
        phone=phone,
        url=None,
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
    code = person.code
    if style == "pdf-comorian-cv" and not options["country"]:
        code = None
    location = drop_empty(
        {
            "address": None if style == "pdf-seek-profile-export" else extra["street"],
            "city": person.city,
            "region": person.region,
            "countryCode": code,
        }
    )
    summary = extra["summary"]
    if not options.get("summary", True):
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
            "email": person.email,
            "phone": person.phone,
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
                "location": job.city or None,
                "startDate": iso_month(job.start, "month"),
                "endDate": iso_month(job.end, "month"),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    education = [drop_empty(dict(item)) for item in extra["edu"]]
    if style == "pdf-comorian-cv" and not options["edu_range"]:
        for item in education:
            item.pop("startDate", None)
    certificates: list[dict[str, Any]] = []
    for title, issuer, when in extra.get("certs", []):
        date = iso_month(when, "month") if isinstance(when, tuple) else when
        certificates.append({"name": title, "issuer": issuer, "date": date})
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    if style == "pdf-seek-profile-export" and not options["languages"]:
        languages = []
    references: list[dict[str, Any]] = []
    if options.get("referees"):
        references = [{"name": ref[0], "reference": ref[1]} for ref in extra["referees"]]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": languages,
            "interests": [{"name": item} for item in extra["interests"]],
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-bissau-guinean-cv":
        return _bissau(person, options), "pdf"
    if style == "pdf-comorian-cv":
        return _comoros(person, options), "pdf"
    if style == "pdf-seek-profile-export":
        return _seek(person, options), "pdf"
    if style == "docx-georgian-cv-word":
        return _georgia(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _years(item: dict[str, Any], ongoing: str) -> str:
    """ "2016 - 2019", "2019", or "2023 - <ongoing>" from an education's years."""
    start, end = item["startDate"], item["endDate"]
    if end is None:
        return f"{start} \u2013 {ongoing}"
    return f"{start} \u2013 {end}" if start else str(end)


# ---------------------------------------------------------------------------- Guinea-Bissau


def _gw_span(start: Month, end: Month | None, form: str, present: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MESES[month[1] - 1].capitalize()} de {month[0]}"

    return f"{one(start)} \u2013 {present if end is None else one(end)}"


def _bissau(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    europass = options["europass"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum Vitae - {person.name}")
    pdf.set_author(person.name)
    x, width = 16.0, 178.0
    gutter = 60.0 if europass else 36.0
    grey, blue = (90, 90, 90), (0, 51, 153)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Sans", "", 7)
        doc.set_text_color(*grey)
        doc.cell(width, 4, f"Página {doc.page_no()} \u2013 Curriculum Vitae de {person.name}")
        doc.set_text_color(0, 0, 0)
        if europass:
            doc.set_draw_color(*blue)
            doc.set_line_width(0.3)

    flow = _Flow(pdf, 16.0, 280.0, footer)

    def rule(top: float, bottom: float) -> None:
        if europass:
            pdf.set_draw_color(*blue)
            pdf.set_line_width(0.3)
            pdf.line(x + gutter - 2.5, top, x + gutter - 2.5, bottom)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 4
        if europass:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(gutter - 5, 6, text, align="R")
            flow.y += 8
            return
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.4)
        pdf.line(x, flow.y + 6.3, x + width, flow.y + 6.3)
        flow.y += 8.5

    def row(label: str, value: str, bold: bool = False, size: float = 9.0) -> None:
        pdf.set_font("Sans", "", 8.6)
        lines = len(pdf.multi_cell(gutter - 5, 4.7, label, dry_run=True, output="LINES"))
        flow.need(max(lines, 1) * 4.7 + 1)
        top = flow.y
        pdf.set_xy(x, top)
        pdf.set_text_color(*(grey if europass else (0, 0, 0)))
        pdf.set_font("Sans", "" if europass else "B", 8.6)
        pdf.multi_cell(gutter - 5, 4.7, label, align="R" if europass else "L")
        bottom = pdf.get_y()
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + gutter, top)
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.multi_cell(width - gutter, 4.7, value, align="L")
        flow.y = max(bottom, pdf.get_y()) + 0.8
        rule(top, flow.y)

    def bullets(notes: list[str], label: str = "") -> None:
        for number, note in enumerate(notes):
            flow.need(5)
            top = flow.y
            if label and number == 0:
                pdf.set_xy(x, top)
                pdf.set_font("Sans", "", 8.6)
                pdf.set_text_color(*grey)
                pdf.multi_cell(gutter - 5, 4.7, label, align="R")
                pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x + gutter, top)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.7, "\u2013" if europass else "\u2022")
            pdf.multi_cell(width - gutter - 4, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.2
            rule(top, flow.y)

    address = f"{extra['street']}, {person.city} \u2013 Guiné-Bissau"
    if europass:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 15)
        pdf.set_text_color(*blue)
        pdf.cell(gutter - 5, 7, "Curriculum Vitae", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + gutter, flow.y + 1)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(width - gutter, 6, person.name)
        flow.y += 8
        if options["headline"]:
            pdf.set_xy(x + gutter, flow.y)
            pdf.set_font("Sans", "I", 10)
            pdf.cell(width - gutter, 5, person.label or "")
            flow.y += 6
        heading("Informação pessoal")
        for key, value in (
            ("Nome", person.name),
            ("Morada", address),
            ("Telemóvel", person.phone),
            ("Correio electrónico", person.email),
            ("Nacionalidade", "Guineense"),
            ("Data de nascimento", extra["born"]),
            ("Sexo", "Feminino" if person.name.split()[0] in FEMALE_GW else "Masculino"),
        ):
            row(key, value, key == "Nome")
        heading("Objectivo profissional")
        row("", extra["summary"])
    else:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 16)
        pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
        flow.y += 11
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(width, 6.5, person.name, align="C")
        flow.y += 7
        if options["headline"]:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "I", 10)
            pdf.cell(width, 5, person.label or "", align="C")
            flow.y += 6
        heading("Dados pessoais")
        for key, value in (
            ("Nome completo:", person.name),
            ("Data de nascimento:", extra["born"]),
            ("Naturalidade:", extra["birthplace"]),
            ("Nacionalidade:", "Guineense"),
            ("Estado civil:", extra["status"]),
            ("Morada:", address),
            ("Telemóvel:", person.phone),
            ("E-mail:", person.email),
        ):
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(42, 5, key)
            pdf.set_font("Sans", "", 9)
            pdf.cell(width - 44, 5, value)
            flow.y += 5.3
        heading("Perfil")
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - 2, 4.8, extra["summary"], align="J")
        flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("Educação e formação" if europass else "Habilitações literárias")
        for item in extra["edu"]:
            flow.need(20)
            ongoing = item["endDate"] is None
            when = _years(item, "em curso") if item["startDate"] or ongoing else item["endDate"]
            secondary = item["studyType"].startswith("12")
            if secondary:
                title = f"{item['studyType']} (Área de {item['area']})"
            else:
                title = f"{item['studyType']} em {item['area']}"
            if europass:
                row("Datas", when)
                row("Designação da qualificação atribuída", title, True)
                row("Nome e tipo da organização de ensino", item["institution"])
                if item["score"]:
                    row("Classificação final", item["score"])
            else:
                row(when, title, True)
                pdf.set_xy(x + gutter, flow.y - 0.8)
                pdf.set_font("Sans", "I", 9)
                pdf.multi_cell(width - gutter, 4.7, item["institution"], align="L")
                flow.y = pdf.get_y() + 0.2
                if item["score"]:
                    pdf.set_xy(x + gutter, flow.y)
                    pdf.set_font("Sans", "", 9)
                    pdf.cell(width - gutter, 4.7, f"Média final: {item['score']}")
                    flow.y += 4.9
            flow.y += 2
        heading("Formação complementar")
        for title, issuer, year in extra["certs"]:
            row(year, f"{title} \u2013 {issuer}")

    def experience() -> None:
        heading("Experiência profissional")
        for job in person.jobs:
            flow.need(30)
            span = _gw_span(job.start, job.end, form, present)
            if europass:
                row("Datas", span)
                row("Função ou cargo ocupado", job.position, True)
                row("Nome e endereço do empregador", f"{job.company}, {job.city}")
                bullets(job.highlights, "Principais actividades e responsabilidades")
            else:
                top = flow.y
                pdf.set_xy(x, top)
                pdf.set_font("Sans", "B", 8.6)
                pdf.multi_cell(gutter - 3, 4.7, span, align="L")
                left = pdf.get_y()
                pdf.set_xy(x + gutter, top)
                pdf.set_font("Sans", "B", 9)
                pdf.multi_cell(width - gutter, 4.7, job.position, align="L")
                pdf.set_xy(x + gutter, pdf.get_y())
                pdf.set_font("Sans", "I", 9)
                pdf.multi_cell(width - gutter, 4.7, f"{job.company} \u2013 {job.city}")
                flow.y = max(pdf.get_y(), left) + 0.4
                pdf.set_xy(x + gutter, flow.y)
                pdf.set_font("Sans", "U", 9)
                pdf.cell(width - gutter, 4.7, "Principais actividades:")
                flow.y += 5
                bullets(job.highlights)
            flow.y += 2.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("Competências pessoais" if europass else "Línguas")
    for lang, level in person.languages:
        row(lang, level)
    heading("Competências informáticas" if europass else "Informática")
    for skill in person.skills:
        if europass:
            row("", skill)
            continue
        flow.need(6)
        pdf.set_xy(x + 4, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 4, 4.8, f"\u2022  {skill}")
        flow.y += 5.2
    heading("Referências")
    if options["referees"]:
        for ref, role in extra["referees"]:
            flow.need(12)
            row("", ref, True)
            row("", role)
    else:
        row("", "Disponíveis mediante solicitação.")
    if not europass:
        flow.need(16)
        flow.y += 6
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width, 5, "Bissau, outubro de 2026", align="R")
        flow.y += 6
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(width, 5, f"({person.name})", align="R")
        flow.y += 5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


FEMALE_GW = ("Maimuna", "Adelina", "Segunda", "Nelvina")


# ---------------------------------------------------------------------------------- Comoros


def _km_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MOIS[month[1] - 1].capitalize()} {month[0]}"


def _km_span(start: Month, end: Month | None, form: str, present: str) -> str:
    if form == "since":
        if end is None:
            return f"Depuis {MOIS[start[1] - 1]} {start[0]}"
        return f"{MOIS[start[1] - 1].capitalize()} {start[0]} \u2013 {MOIS[end[1] - 1]} {end[0]}"
    return f"{_km_month(start, form, present)} \u2013 {_km_month(end, form, present)}"


def _comoros(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.set_author(person.name)
    side, teal, pale = 68.0, (20, 86, 96), (225, 240, 241)
    x, width = side + 8.0, 210.0 - side - 8.0 - 12.0
    flow = _Flow(pdf, 16.0, 282.0)
    pdf.set_fill_color(*teal)
    pdf.rect(0, 0, side, 297, style="F")

    # sidebar: contact, languages, skills, interests
    sx, sw = 7.0, side - 12.0
    sy = 20.0

    def side_heading(text: str) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(sw, 5.5, text)
        pdf.set_draw_color(*pale)
        pdf.set_line_width(0.3)
        pdf.line(sx, sy + 6.2, sx + sw, sy + 6.2)
        sy += 8.5

    def side_text(text: str, style: str = "", size: float = 8.4) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*((255, 255, 255) if style else pale))
        pdf.multi_cell(sw, 4.3, text, align="L")
        sy = pdf.get_y() + 0.8

    side_heading("CONTACT")
    address = f"{extra['street']}, {person.city}"
    side_text(address + (", Union des Comores" if options["country"] else ""))
    side_text(f"Tél. : {person.phone}")
    side_text(person.email, size=7.6)
    if "linkedin" in extra:
        side_text(extra["linkedin"].removeprefix("https://www."), size=7.6)
    sy += 4
    side_heading("LANGUES")
    for lang, level in person.languages:
        side_text(lang, "B")
        sy -= 0.8
        side_text(level)
    sy += 4
    side_heading("COMPÉTENCES")
    for skill in person.skills:
        side_text(f"\u2022 {skill}")
    sy += 4
    side_heading("CENTRES D'INTÉRÊT")
    side_text(" \u00b7 ".join(extra["interests"]))
    if sy > 285:
        raise ValueError(f"sidebar overflows for {person.name}")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 19)
    pdf.set_text_color(*teal)
    pdf.multi_cell(width, 9, person.name.upper(), align="L")
    flow.y = pdf.get_y() + 1
    pdf.set_text_color(0, 0, 0)
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 11)
        pdf.cell(width, 6, person.label or "")
        flow.y += 8

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*teal)
        pdf.cell(width, 6, text)
        pdf.set_fill_color(*teal)
        pdf.rect(x, flow.y + 6.6, 18, 0.8, style="F")
        pdf.set_text_color(0, 0, 0)
        flow.y += 10

    def text(value: str, style: str = "", size: float = 9.0, colour: Any = None) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", style, size)
        if colour:
            pdf.set_text_color(*colour)
        pdf.multi_cell(width, 4.7, value, align="L")
        pdf.set_text_color(0, 0, 0)
        flow.y = pdf.get_y() + 0.3

    heading("PROFIL")
    text(extra["summary"])
    heading("EXPÉRIENCES PROFESSIONNELLES")
    for job in person.jobs:
        flow.need(30)
        span = _km_span(job.start, job.end, form, present)
        if options["one_line"]:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(width - 45, 5, job.position)
            pdf.set_xy(x + width - 45, flow.y)
            pdf.set_font("Sans", "I", 8.5)
            pdf.set_text_color(*teal)
            pdf.cell(45, 5, span, align="R")
            pdf.set_text_color(0, 0, 0)
            flow.y += 5.4
            text(f"{job.company} | {job.city}", "I")
        else:
            text(span, "B", 8.5, teal)
            text(f"{job.position} \u2013 {job.company}", "B", 9.5)
            text(job.city, "I", 8.8, (100, 100, 100))
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 1, flow.y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.6, "\u25aa")
            pdf.multi_cell(width - 5, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 2.5
    heading("FORMATION")
    for item in extra["edu"]:
        flow.need(16)
        when = _years(item, "en cours") if options["edu_range"] else item["endDate"]
        if item["area"]:
            title = f"{item['studyType']} en {item['area']}"
        else:
            title = f"{item['studyType']} \u2013 {item['score']}"
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*teal)
        pdf.cell(24, 4.8, when or "")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 26, flow.y)
        pdf.multi_cell(width - 26, 4.8, title, align="L")
        pdf.set_xy(x + 26, pdf.get_y())
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(width - 26, 4.8, item["institution"], align="L")
        flow.y = pdf.get_y() + 2
    heading("FORMATIONS ET CERTIFICATS")
    for title, issuer, year in extra["certs"]:
        flow.need(10)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*teal)
        pdf.cell(24, 4.8, year)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 26, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - 26, 4.8, f"{title}, {issuer}", align="L")
        flow.y = pdf.get_y() + 1
    _check(flow.y, 284, person)
    return bytes(pdf.output())


# -------------------------------------------------------------------------------------- SEEK


def _au_month(month: Month | None) -> str:
    return "Present" if month is None else f"{MONTHS_SHORT[month[1] - 1]} {month[0]}"


def _au_length(start: Month, end: Month | None) -> str:
    close = end or (2026, 11)
    months = (close[0] - start[0]) * 12 + close[1] - start[1] + 1
    years, rest = divmod(months, 12)
    bits = [f"{years} yr{'s' if years != 1 else ''}"] if years else []
    if rest:
        bits.append(f"{rest} mo{'s' if rest != 1 else ''}")
    return " ".join(bits)


def _seek(person: Candidate, options: dict[str, Any]) -> bytes:
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Profile")
    pdf.set_creator("SEEK")
    x, width = 18.0, 174.0
    ink, grey = (28, 35, 51), (95, 102, 120)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 286)
        doc.set_font("Sans", "", 7)
        doc.set_text_color(*grey)
        doc.cell(width / 2, 4, f"{person.name} \u2013 SEEK Profile")
        doc.set_xy(x + width / 2, 286)
        doc.cell(width / 2, 4, f"Page {doc.page_no()}", align="R")
        doc.set_text_color(*ink)

    flow = _Flow(pdf, 18.0, 278.0, footer)
    pdf.set_text_color(*ink)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    flow.y += 12
    pdf.set_font("Sans", "", 9.2)
    for value in (person.extra["street"], person.email, person.phone):
        pdf.set_xy(x, flow.y)
        pdf.set_text_color(*grey)
        pdf.cell(width, 5, value)
        flow.y += 5.2
    pdf.set_text_color(*ink)
    flow.y += 3
    pdf.set_draw_color(220, 222, 228)
    pdf.set_line_width(0.3)
    pdf.line(x, flow.y, x + width, flow.y)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 6
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(width, 7, text)
        flow.y += 10

    def text(value: str, style: str = "", size: float = 9.2, colour: Any = None) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*(colour or ink))
        pdf.multi_cell(width, 4.9, value, align="L")
        pdf.set_text_color(*ink)
        flow.y = pdf.get_y() + 0.5

    if options["summary"]:
        heading("Personal summary")
        text(extra["summary"])
    heading("Career history")
    for job in person.jobs:
        flow.need(34)
        text(job.position, "B", 10.5)
        text(job.company)
        span = f"{_au_month(job.start)} - {_au_month(job.end)}"
        if options["durations"]:
            span += f" ({_au_length(job.start, job.end)})"
        text(span, "", 8.8, grey)
        flow.y += 1
        for note in job.highlights:
            text(f"{options['bullet']} {note}")
        flow.y += 4
    heading("Education")
    for item in extra["edu"]:
        flow.need(18)
        text(item["studyType"], "B", 10.5)
        text(item["institution"])
        when = f"Finished {item['endDate']}"
        if item["endDate"] is None:
            when = f"Expected finish {extra['expected']}"
        text(when, "", 8.8, grey)
        flow.y += 3
    heading("Licences & certifications")
    for title, issuer, when in extra["certs"]:
        flow.need(18)
        text(title, "B", 10.5)
        text(issuer)
        text(f"Issued {_au_month(when)}", "", 8.8, grey)
        flow.y += 3
    heading("Skills")
    left = x
    pdf.set_font("Sans", "", 8.8)
    for skill in person.skills:
        chip = pdf.get_string_width(skill) + 8
        if left + chip > x + width:
            left, flow.y = x, flow.y + 9
        flow.need(8)
        pdf.set_draw_color(*grey)
        pdf.set_line_width(0.25)
        pdf.rect(left, flow.y, chip, 6.4, style="D", round_corners=True, corner_radius=3)
        pdf.set_xy(left, flow.y + 0.7)
        pdf.cell(chip, 5, skill, align="C")
        left += chip + 3
    flow.y += 9
    if options["languages"]:
        heading("Languages")
        for lang, _level in person.languages:
            text(lang)
    flow.need(14)
    flow.y += 5
    text("Right to work", "B", 10.5)
    text("Australian citizen", "", 9.2, grey)
    _check(flow.y, 280, person)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------- Georgia


def _ge_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{TVEEBI[month[1] - 1]} {month[0]}"


def _georgia(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = _ge_latin(person.name).title()
    properties.title = "CV"
    properties.revision = 2
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.6)
    normal = document.styles["Normal"]
    normal.font.name = "Sylfaen"
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:cs"), "Sylfaen")
    normal.paragraph_format.space_after = Pt(1)
    navy = RGBColor(0x1F, 0x3A, 0x5F)

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
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), navy
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for attr, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            bottom.set(qn(attr), value)
        bottom.set(qn("w:color"), "1F3A5F")
        border.append(bottom)
        paragraph._p.get_or_add_pPr().append(border)

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def labelled(rows: list[tuple[str, str]]) -> None:
        for key, value in rows:
            paragraph = para()
            paragraph.add_run(f"{key}: ").bold = True
            paragraph.add_run(value)

    title = para(person.name, True, 18)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options["headline"]:
        para(person.label or "", False, 12).alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact = para(f"ტელ.: {person.phone}  |  ელ-ფოსტა: {person.email}")
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("პირადი ინფორმაცია")
    labelled(
        [
            ("დაბადების თარიღი", extra["born"]),
            ("მისამართი", f"{person.city}, {extra['street']}, საქართველო"),
            ("მოქალაქეობა", "საქართველო"),
        ]
    )
    if options["summary"]:
        heading("მოკლე ინფორმაცია")
        para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("სამუშაო გამოცდილება")
    if options["table"]:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for job in person.jobs:
            cells = table.add_row().cells
            span = (
                f"{_ge_month(job.start, form, present)} \u2013 {_ge_month(job.end, form, present)}"
            )
            cell_text(cells[0], span)
            cell_text(cells[1], job.position, bold=True)
            cell_text(cells[1], f"{job.company}, {job.city}", italic=True)
            cell_text(cells[1], "მოვალეობები:")
            for note in job.highlights:
                cell_text(cells[1], f"• {note}")
        for table_row in table.rows:
            table_row.cells[0].width, table_row.cells[1].width = Cm(4.0), Cm(13.0)
    else:
        for job in person.jobs:
            span = (
                f"{_ge_month(job.start, form, present)} \u2013 {_ge_month(job.end, form, present)}"
            )
            top = para()
            top.paragraph_format.space_before = Pt(6)
            top.add_run(span).italic = True
            labelled([("კომპანია", job.company), ("პოზიცია", job.position)])
            labelled([("ქალაქი", job.city)])
            para("ძირითადი მოვალეობები:", True)
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("განათლება")
    if options["edu_table"]:
        heads = ("პერიოდი", "სასწავლებელი", "სპეციალობა", "ხარისხი")
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, head in zip(table.rows[0].cells, heads, strict=True):
            cell_text(cell, head, bold=True)
        for item in extra["edu"]:
            cells = table.add_row().cells
            cell_text(cells[0], _years(item, present))
            cell_text(cells[1], item["institution"])
            cell_text(cells[2], item["area"] or "\u2013")
            cell_text(cells[3], item["studyType"])
            if item["score"]:
                cell_text(cells[3], item["score"], italic=True)
        for table_row in table.rows:
            for cell, size in zip(table_row.cells, (2.8, 6.4, 4.2, 3.6), strict=True):
                cell.width = Cm(size)
    else:
        for item in extra["edu"]:
            top = para(_years(item, present), True)
            top.paragraph_format.space_before = Pt(6)
            rows = [("სასწავლებელი", item["institution"])]
            if item["area"]:
                rows.append(("სპეციალობა", item["area"]))
            rows.append(("ხარისხი" if item["area"] else "დოკუმენტი", item["studyType"]))
            if item["score"]:
                rows.append(("საშუალო ქულა", item["score"]))
            labelled(rows)
    heading("ტრენინგები და სერტიფიკატები")
    for name, issuer, year in extra["certs"]:
        document.add_paragraph(f"{year} \u2013 {name}, {issuer}", style="List Bullet")
    heading("ენები")
    for lang, level in person.languages:
        document.add_paragraph(f"{lang} \u2013 {level}", style="List Bullet")
    heading("კომპიუტერული უნარები")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("რეკომენდაცია")
    para("წარმოდგენილი იქნება მოთხოვნისამებრ.")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())
