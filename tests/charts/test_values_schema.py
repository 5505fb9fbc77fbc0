"""values.yaml and values.schema.json stay in step: same keys both ways, same defaults, every
key documented, `additionalProperties: false` on every object with fixed keys."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.charts import values_schema
from tests.charts.rendering import CHART_DIR, DEV_VALUES, FULL_VALUES, HelmError, render_chart

SCHEMA: dict[str, Any] = json.loads((CHART_DIR / "values.schema.json").read_text())
VALUES: dict[str, Any] = yaml.safe_load((CHART_DIR / "values.yaml").read_text())
JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "integer": int,
    "number": (int, float),
}


def fixed_objects(schema: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node with fixed `properties`, with its dotted path ("" for the root)."""
    if "properties" in schema:
        yield path, schema
        for key, sub in schema["properties"].items():
            yield from fixed_objects(sub, f"{path}.{key}" if path else key)


def documented_keys(schema: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for key, sub in schema.get("properties", {}).items():
        dotted = f"{path}.{key}" if path else key
        yield dotted, sub
        yield from documented_keys(sub, dotted)


def value_at(path: str) -> Any:
    node: Any = VALUES
    for part in path.split("."):
        node = node[part]
    return node


def test_schema_is_generated_from_the_values_yaml_comments() -> None:
    wanted = values_schema.render((CHART_DIR / "values.yaml").read_text())
    assert (CHART_DIR / "values.schema.json").read_text() == wanted, (
        "values.schema.json is out of date: run `python -m tests.charts.values_schema`"
    )


def test_values_keys_match_schema_properties_both_ways() -> None:
    for path, schema in fixed_objects(SCHEMA):
        in_values = set(value_at(path)) if path else set(VALUES)
        in_schema = set(schema["properties"])
        assert in_values - in_schema == set(), f"{path or '<root>'}: keys missing in the schema"
        assert in_schema - in_values == set(), f"{path or '<root>'}: keys missing in values.yaml"


def test_every_values_mapping_is_described_by_the_schema() -> None:
    """A mapping in values.yaml is either an object with fixed properties or a declared map."""

    def walk(values: dict[str, Any], schema: dict[str, Any], path: str) -> None:
        for key, value in values.items():
            sub = schema["properties"][key]
            if isinstance(value, dict):
                if "properties" in sub:
                    walk(value, sub, f"{path}.{key}")
                else:
                    assert isinstance(sub.get("additionalProperties"), dict), (
                        f"{path}.{key} is a mapping without properties: declare its values"
                    )

    walk(VALUES, SCHEMA, "")


def test_schema_defaults_equal_values_yaml() -> None:
    for path, sub in documented_keys(SCHEMA):
        assert "default" in sub, f"{path} has no default"
        assert sub["default"] == value_at(path), f"{path}: schema default differs from values.yaml"


@pytest.mark.parametrize("path", [p for p, _ in documented_keys(SCHEMA)])
def test_every_key_has_description_type_and_matching_default(path: str) -> None:
    sub = dict(documented_keys(SCHEMA))[path]
    assert sub.get("description", "").strip(), f"{path} has no description"
    assert sub.get("type") in JSON_TYPES, f"{path} has no JSON type"
    expected = JSON_TYPES[sub["type"]]
    default = sub["default"]
    assert isinstance(default, expected), f"{path}: default {default!r} is not a {sub['type']}"
    assert not isinstance(default, bool) or sub["type"] == "boolean", f"{path}: a boolean"


def test_objects_close_their_properties() -> None:
    for path, schema in fixed_objects(SCHEMA):
        assert schema.get("additionalProperties") is False, f"{path or '<root>'} is open"
    for path, sub in documented_keys(SCHEMA):
        if sub.get("type") == "object":
            assert "additionalProperties" in sub, f"{path}: say what extra keys may hold"
        if sub.get("type") == "array":
            assert "items" in sub, f"{path}: say what its items are"


@pytest.mark.parametrize(
    "values_file", [CHART_DIR / "values.yaml", DEV_VALUES, FULL_VALUES], ids=lambda p: p.name
)
def test_values_files_validate_against_the_schema(values_file: Path) -> None:
    merged = _merge(VALUES, yaml.safe_load(values_file.read_text()) or {})
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    jsonschema.Draft7Validator(SCHEMA).validate(merged)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"unknownKey": 1}, "additional properties 'unknownKey' not allowed"),
        ({"api": {"replicas": "two"}}, "/api/replicas"),
        ({"settings": {"storageBackend": "ftp"}}, "/settings/storageBackend"),
        ({"worker": {"autoscaler": {"maxReplicas": 0}}}, "/worker/autoscaler/maxReplicas"),
        ({"securityContext": {"runAsUser": 0}}, "/securityContext/runAsUser"),
    ],
)
def test_helm_refuses_values_the_schema_forbids(
    helm: Path, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(HelmError, match=message):
        render_chart(helm, values)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out
