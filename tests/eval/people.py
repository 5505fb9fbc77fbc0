"""A varied pool of fictional people, employers, schools and dates for the evaluation set."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

Month = tuple[int, int]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _items(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


FIRST = _words(
    "Amelia Rahul Sofia Zoë José Łukasz Chloé Mehmet Aiko Oluwaseun Priya Matteo Siobhán Björn "
    "Elena Tomás Hannah Kwame Ingrid Dmitri Leila Mateus Nadia Felix Yuki Grace Omar Clara "
    "Anders Lucía Marek Ravi Fatima Jonas Mei Carlos Astrid Tariq Noor Henrik Ayşe"
)
LAST = _words(
    "Hartwell Mehta Lindqvist Müller García Żółć Dubois Y\u0131lmaz Tanaka Adeyemi Raghunathan "
    "Rossi O'Connor Ångström Petrova Alvarez Brenner Mensah Solberg Volkov Haddad Ferreira Novak "
    "Okafor Watanabe Kowalski Iyer Schäfer Moreau Lindgren Castillo Nakamura Bergström Kaplan "
    "Duarte Whitfield Abernathy Fontaine Quintero Hollis"
)
SPECIAL_NAMES = ("Zoë Müller", "José García", "Łukasz Żółć", "Ngô Bảo Châu")
PLACES = (
    ("London", None, "GB", "UK"),
    ("Berlin", None, "DE", "Germany"),
    ("Austin", "TX", "US", None),
    ("Lyon", None, "FR", "France"),
    ("Toronto", "ON", "CA", None),
    ("Stockholm", None, "SE", "Sweden"),
    ("Eindhoven", None, "NL", "Netherlands"),
    ("Boulder", "CO", "US", None),
    ("Kraków", None, "PL", "Poland"),
    ("Graz", None, "AT", "Austria"),
    ("Seattle", "WA", "US", None),
    ("Tampere", None, "FI", "Finland"),
    ("Porto", None, "PT", "Portugal"),
    ("Bangalore", None, "IN", "India"),
    ("Hanoi", None, "VN", "Vietnam"),
    ("New York", "NY", "US", None),
    ("Madrid", None, "ES", "Spain"),
    ("Melbourne", None, "AU", "Australia"),
    ("Dublin", None, "IE", "Ireland"),
    ("Zurich", None, "CH", "Switzerland"),
)
COMPANIES = _items(
    "Ledgerline Payments|Parcelwise|Brightcart|Finlytic|Vardia Health|Stadsnavet|"
    "Norrsken Labs|Quillfeather Media|Tidewater Logistics|Kestrel Robotics|"
    "Orchard Analytics|Bluefin Energy|Halcyon Games|Copperleaf Systems|Meridian Bank|"
    "Sablewood Studios|Arcturus Technologies|Pinegrove Software|Lumen & Co|"
    "Greyhaven Consulting|Nimbus Networks|Foxglove Foods|Waverly Insurance|Cobalt Motors|"
    "Heronsgate Capital|Saltmarsh Pharma|Driftless Labs|Obsidian Security GmbH|"
    "Juniper Grove Ltd|Atlas Freight Inc|Verity Health Group|Polaris Learning|"
    "Redwood Ventures|Ironbark Solutions|Mistral Aerospace|Cinder Labs"
)
POSITIONS = {
    "engineering": _items(
        "Software Engineer|Senior Software Engineer|Staff Engineer|Backend Engineer|"
        "Frontend Developer|Platform Engineer|Site Reliability Engineer|Engineering Manager|"
        "Junior Developer|Principal Engineer|DevOps Engineer|Software Engineering Intern"
    ),
    "data": _items(
        "Data Scientist|Senior Data Scientist|Data Analyst|Machine Learning Engineer|"
        "Analytics Engineer|Research Scientist|Data Engineering Intern|Head of Data"
    ),
    "design": _items(
        "Product Designer|Senior UX Designer|UX Researcher|Design Lead|Visual Designer|"
        "Interaction Designer"
    ),
    "business": _items(
        "Product Manager|Senior Product Manager|Marketing Manager|Business Analyst|"
        "Operations Coordinator|Account Executive|Financial Analyst|Project Manager"
    ),
}
SCHOOLS = _items(
    "University of Manchester|Technical University of Munich|University of Toronto|"
    "Delft University of Technology|Jagiellonian University|University of Texas at Austin|"
    "Universidad Politécnica de Madrid|KTH Royal Institute of Technology|"
    "University of Porto|Indian Institute of Science|"
    "Hanoi University of Science and Technology|University of Melbourne|"
    "Trinity College Dublin|École Polytechnique|University of Washington|Aalto University|"
    "Graz University of Technology|Northbridge College|Royal College of Art|"
    "University of Colorado Boulder|Lakeside Institute of Design"
)
DEGREES = (
    ("BSc", "{area}"),
    ("MSc", "{area}"),
    ("BA", "{area}"),
    ("MA", "{area}"),
    ("PhD", "{area}"),
    ("B.S.", "{area}"),
    ("M.S.", "{area}"),
    ("Bachelor of Science", "{area}"),
    ("Master of Science", "{area}"),
    ("BEng", "{area}"),
    ("MEng", "{area}"),
)
AREAS = {
    "engineering": ("Computer Science", "Software Engineering", "Electrical Engineering"),
    "data": ("Statistics", "Mathematics", "Data Science", "Physics"),
    "design": ("Interaction Design", "Graphic Design", "Human-Computer Interaction"),
    "business": ("Economics", "Business Administration", "Finance", "Management"),
}
SKILLS = {
    "engineering": {
        "Languages": ["Python", "Go", "TypeScript", "Java", "Rust", "SQL", "C++", "Kotlin"],
        "Infrastructure": ["Kubernetes", "Terraform", "AWS", "Docker", "GCP", "Ansible"],
        "Databases": ["PostgreSQL", "Redis", "Kafka", "MongoDB", "Elasticsearch"],
    },
    "data": {
        "Languages": ["Python", "R", "SQL", "Scala", "Julia"],
        "Libraries": ["PyTorch", "scikit-learn", "pandas", "XGBoost", "TensorFlow"],
        "Tools": ["Airflow", "dbt", "Tableau", "Spark", "Looker"],
    },
    "design": {
        "Design": ["Figma", "Sketch", "Adobe XD", "Illustrator", "Prototyping"],
        "Research": ["Usability testing", "User interviews", "Card sorting"],
    },
    "business": {
        "Tools": ["Excel", "Salesforce", "Jira", "HubSpot", "Power BI"],
        "Methods": ["Agile", "OKRs", "Financial modelling", "A/B testing"],
    },
}
CERTIFICATES = (
    ("AWS Certified Solutions Architect", "Amazon Web Services"),
    ("Certified Kubernetes Administrator", "CNCF"),
    ("Professional Scrum Master I", "Scrum.org"),
    ("Google Data Analytics Certificate", "Google"),
    ("PMP", "Project Management Institute"),
    ("Certified Information Systems Security Professional", "ISC2"),
    ("Microsoft Certified: Azure Fundamentals", "Microsoft"),
    ("Nielsen Norman UX Certification", "Nielsen Norman Group"),
    ("CFA Level II", "CFA Institute"),
    ("Terraform Associate", "HashiCorp"),
)
LANGUAGES = (
    "English",
    "German",
    "French",
    "Spanish",
    "Polish",
    "Swedish",
    "Vietnamese",
    "Portuguese",
    "Italian",
    "Japanese",
    "Turkish",
    "Hindi",
    "Dutch",
)
FLUENCIES = ("Native", "Fluent", "Professional", "Intermediate", "Basic", "C1", "B2")
PROJECTS = (
    ("Tern", "A command-line tool for reproducible data pipelines"),
    ("Lantern", "Open-source accessibility checker for design files"),
    ("Quarry", "Self-hosted search engine for internal documents"),
    ("Pebble", "Tiny key-value store written to learn about LSM trees"),
    ("Marigold", "Budget forecasting dashboard for small charities"),
    ("Skiff", "Mobile app for planning sailing trips with tide data"),
    ("Beacon", "Alerting bot that summarises incidents in chat"),
    ("Fernweh", "Travel journal with offline maps"),
)
VERBS = ("Led", "Built", "Designed", "Introduced", "Automated", "Reduced", "Migrated", "Shipped")
OBJECTS = (
    "the billing service",
    "a forecasting model",
    "the onboarding flow",
    "an internal design system",
    "the data warehouse",
    "a fraud detection pipeline",
    "the release process",
    "quarterly planning",
    "the customer dashboard",
    "a recommendation engine",
)
OUTCOMES = (
    "cutting costs by {n}%",
    "serving {n}k users a day",
    "with a team of {k} engineers",
    "reducing latency by {n}%",
    "raising conversion by {n}%",
    "saving {k} hours a week",
)
NETWORK_URLS = {"LinkedIn": "https://linkedin.com/in/", "GitHub": "https://github.com/"}
ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "\u0131": "i", "'": ""})


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.translate(ASCII))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == " ")).lower()


@dataclass(slots=True)
class Job:
    company: str
    position: str
    place: str
    start: Month
    end: Month | None
    highlights: list[str]


@dataclass(slots=True)
class School:
    institution: str
    study: str
    area: str
    start: Month
    end: Month
    score: str | None


@dataclass(slots=True)
class Person:
    name: str
    label: str
    email: str
    phone: str
    url: str | None
    profiles: list[tuple[str, str]]
    place: tuple[str, str | None, str, str | None]
    summary: str
    jobs: list[Job]
    schools: list[School]
    skills: dict[str, list[str]]
    flat_skills: bool
    projects: list[tuple[str, str, Month, Month | None]]
    certificates: list[tuple[str, str, Month]]
    languages: list[tuple[str, str]]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.name).split())

    @property
    def location_text(self) -> str:
        city, region, _, country = self.place
        return f"{city}, {region or country}"

    def truth(self, dates_as: str) -> dict[str, Any]:
        def iso(month: Month | None) -> str | None:
            if month is None:
                return None
            return f"{month[0]}" if dates_as == "year" else f"{month[0]}-{month[1]:02d}"

        def drop(item: dict[str, Any]) -> dict[str, Any]:
            return {key: value for key, value in item.items() if value not in (None, [], "")}

        city, region, code, _ = self.place
        basics = drop(
            {
                "name": self.name,
                "label": self.label,
                "email": self.email,
                "phone": self.phone,
                "url": self.url,
                "summary": self.summary,
                "location": drop({"city": city, "region": region, "countryCode": code}),
                "profiles": [
                    {"network": net, "username": user, "url": NETWORK_URLS[net] + user}
                    for net, user in self.profiles
                ],
            }
        )
        skills = (
            [{"name": kw} for kws in self.skills.values() for kw in kws]
            if self.flat_skills
            else [{"name": cat, "keywords": kws} for cat, kws in self.skills.items()]
        )
        return drop(
            {
                "basics": basics,
                "work": [
                    drop(
                        {
                            "name": job.company,
                            "position": job.position,
                            "location": job.place,
                            "startDate": iso(job.start),
                            "endDate": iso(job.end),
                            "highlights": job.highlights,
                        }
                    )
                    for job in self.jobs
                ],
                "education": [
                    drop(
                        {
                            "institution": s.institution,
                            "area": s.area,
                            "studyType": s.study,
                            "startDate": iso(s.start),
                            "endDate": iso(s.end),
                            "score": s.score,
                        }
                    )
                    for s in self.schools
                ],
                "skills": skills,
                "projects": [
                    drop({"name": n, "description": d, "startDate": iso(a), "endDate": iso(b)})
                    for n, d, a, b in self.projects
                ],
                "certificates": [
                    {"name": n, "issuer": i, "date": iso(d)} for n, i, d in self.certificates
                ],
                "languages": [{"language": lang, "fluency": f} for lang, f in self.languages],
            }
        )


def _phone(rng: random.Random, code: str) -> str:
    def digits(count: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(count))

    if code in {"US", "CA"}:
        area = rng.randint(201, 989)
        return rng.choice(
            [f"({area}) 555-{digits(4)}", f"+1 {area}-555-{digits(4)}", f"{area}-555-{digits(4)}"]
        )
    if code == "GB":
        return f"+44 20 {digits(4)} {digits(4)}"
    prefixes = {"DE": "+49 30", "FR": "+33 6", "SE": "+46 70", "NL": "+31 6", "PL": "+48 12"}
    prefix = prefixes.get(code, f"+{rng.randint(30, 99)} {rng.randint(1, 9)}")
    return f"{prefix} {digits(3)} {digits(2)} {digits(2)}{digits(1)}"


def _highlight(rng: random.Random) -> str:
    outcome = rng.choice(OUTCOMES).format(n=rng.randint(5, 80), k=rng.randint(2, 12))
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}, {outcome}."


def _career(rng: random.Random, field_name: str, count: int) -> list[Job]:
    jobs: list[Job] = []
    end: Month | None = None if rng.random() < 0.6 else (2024, rng.randint(1, 12))
    companies = rng.sample(COMPANIES, count)
    for company in companies:
        last = end or (2024, 6)
        length = rng.randint(10, 50)
        total = last[0] * 12 + last[1] - 1 - length
        start = (total // 12, total % 12 + 1)
        city, region, _, country = rng.choice(PLACES)
        jobs.append(
            Job(
                company=company,
                position=rng.choice(POSITIONS[field_name]),
                place=f"{city}, {region or country}",
                start=start,
                end=end,
                highlights=[_highlight(rng) for _ in range(rng.randint(1, 3))],
            )
        )
        gap = rng.randint(0, 3)
        prev = start[0] * 12 + start[1] - 1 - gap
        end = (prev // 12, prev % 12 + 1)
    return jobs


def make_person(rng: random.Random, used: set[str], *, compact: bool = False) -> Person:
    specials = [name for name in SPECIAL_NAMES if name not in used]
    name = specials[0] if specials and rng.random() < 0.35 else ""
    while not name or name in used:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    used.add(name)
    field_name = rng.choice(list(POSITIONS))
    jobs = _career(rng, field_name, rng.randint(2, 2 if compact else 4))
    slug = ascii_slug(name).split()
    city, region, code, country = rng.choice(PLACES)
    first_school_end = jobs[-1].start[0]
    schools = []
    for index in range(1 if compact else rng.randint(1, 2)):
        end_year = first_school_end - 2 * index
        study, _ = rng.choice(DEGREES[index * 0 :])
        schools.append(
            School(
                institution=rng.choice(SCHOOLS),
                study=study,
                area=rng.choice(AREAS[field_name]),
                start=(end_year - rng.choice([2, 3, 4]), 9),
                end=(end_year, rng.choice([5, 6, 7])),
                score=rng.choice([None, None, f"{rng.randint(30, 40) / 10:.1f}/4.0"]),
            )
        )
    pool = SKILLS[field_name]
    skills = {cat: rng.sample(kws, min(len(kws), rng.randint(3, 5))) for cat, kws in pool.items()}
    domain = rng.choice(["example.com", "example.org", "mail.example.net"])
    user = rng.choice([".".join(slug), slug[0] + slug[-1], slug[0][0] + slug[-1]])
    profiles = [("LinkedIn", "-".join(slug))]
    if field_name in {"engineering", "data"} or rng.random() < 0.3:
        profiles.append(("GitHub", slug[0][0] + slug[-1] + str(rng.randint(1, 99))))
    languages = [(lang, rng.choice(FLUENCIES)) for lang in rng.sample(LANGUAGES, rng.randint(0, 3))]
    project_count = 0 if compact else rng.randint(0, 2)
    return Person(
        name=name,
        label=jobs[0].position,
        email=f"{user}@{domain}",
        phone=_phone(rng, code),
        url=f"https://{''.join(slug)}.dev" if rng.random() < 0.4 else None,
        profiles=profiles[: 1 if compact else 2],
        place=(city, region, code, country),
        summary=f"{jobs[0].position} with {2024 - jobs[-1].start[0]} years of experience in "
        f"{rng.choice(AREAS[field_name]).lower()} and {rng.choice(OBJECTS)}.",
        jobs=jobs,
        schools=schools,
        skills=skills,
        flat_skills=rng.random() < 0.35,
        projects=[
            (n, d, (2020 + i, rng.randint(1, 12)), None)
            for i, (n, d) in enumerate(rng.sample(PROJECTS, project_count))
        ],
        certificates=[
            (n, i, (rng.randint(2016, 2023), rng.randint(1, 12)))
            for n, i in rng.sample(CERTIFICATES, 0 if compact else rng.randint(0, 2))
        ],
        languages=languages[: 2 if compact else 3],
    )
