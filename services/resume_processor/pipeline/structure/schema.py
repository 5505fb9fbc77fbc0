"""The JSON Resume 1.2.1 subset the structurers fill (field names as the schema spells them)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

JSON_RESUME_SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.2.1/schema.json"


class ResumeModel(BaseModel):
    # JSON Resume allows additional properties everywhere; keep what an engine adds.
    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)


class Location(ResumeModel):
    address: str | None = None
    postalCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    region: str | None = None


class Profile(ResumeModel):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(ResumeModel):
    name: str | None = None
    label: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = Field(default_factory=list)


class Skill(ResumeModel):
    name: str | None = None
    level: str | None = None
    keywords: list[str] = Field(default_factory=list)


class Work(ResumeModel):
    name: str | None = None
    position: str | None = None
    url: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Education(ResumeModel):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    score: str | None = None
    courses: list[str] = Field(default_factory=list)


class Project(ResumeModel):
    name: str | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    startDate: str | None = None
    endDate: str | None = None
    url: str | None = None
    roles: list[str] = Field(default_factory=list)


class Certificate(ResumeModel):
    name: str | None = None
    date: str | None = None
    url: str | None = None
    issuer: str | None = None


class Language(ResumeModel):
    language: str | None = None
    fluency: str | None = None


class Resume(ResumeModel):
    basics: Basics = Field(default_factory=Basics)
    work: list[Work] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)

    def to_json_resume(self) -> dict[str, Any]:
        """The resume as a JSON Resume dict, without empty strings, lists, objects or nulls."""
        data = drop_empty(self.model_dump(mode="json"))
        return data if isinstance(data, dict) else {}


def drop_empty(value: Any) -> Any:
    """Recursively remove None, blank strings and empty containers; None if nothing is left."""
    if isinstance(value, dict):
        cleaned = {key: drop_empty(item) for key, item in value.items()}
        kept = {key: item for key, item in cleaned.items() if item is not None}
        return kept or None
    if isinstance(value, list):
        items = [drop_empty(item) for item in value]
        kept_items = [item for item in items if item is not None]
        return kept_items or None
    if isinstance(value, str):
        return value if value.strip() else None
    return value
