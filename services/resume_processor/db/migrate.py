"""Run Alembic migrations from code (`resumectl migrate`, the tests, the chart's hook)."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config

REPO_ROOT = Path(__file__).resolve().parents[3]


def alembic_config(database_url: str | None = None) -> Config:
    ini = Path(os.environ.get("ALEMBIC_CONFIG", REPO_ROOT / "alembic.ini"))
    if not ini.is_file():
        raise FileNotFoundError(
            f"alembic.ini not found at {ini}; run from the repository or set ALEMBIC_CONFIG"
        )
    config = Config(str(ini))
    config.set_main_option("script_location", str(ini.parent / "migrations"))
    if database_url is not None:
        config.attributes["database_url"] = database_url
    config.attributes["configure_logger"] = False
    return config


def upgrade(revision: str = "head", database_url: str | None = None) -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(revision: str = "base", database_url: str | None = None) -> None:
    command.downgrade(alembic_config(database_url), revision)
