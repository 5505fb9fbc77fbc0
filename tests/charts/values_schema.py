"""Build the chart's values.schema.json from values.yaml: every key's description is the comment
block right above it, its type and default are its value, and the constraints below add enums,
ranges and the shape of maps and lists. tests/charts/test_values_schema.py checks the committed
schema equals this output, so a new key needs only a comment in values.yaml (and, if it has
one, a constraint here).

    python -m tests.charts.values_schema          # rewrite the chart's values.schema.json
    python -m tests.charts.values_schema --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

CHART_DIR = Path(__file__).resolve().parents[2] / "charts" / "ai-resume-processor"
VALUES_FILE = CHART_DIR / "values.yaml"
SCHEMA_FILE = CHART_DIR / "values.schema.json"

Schema = dict[str, Any]

PULL_POLICY: Schema = {"enum": ["Always", "IfNotPresent", "Never"]}
QUANTITY: Schema = {"type": ["string", "number"], "description": "A Kubernetes quantity."}
RESOURCE_MAP: Schema = {
    "additionalProperties": QUANTITY,
    "propertyNames": {"enum": ["cpu", "memory", "ephemeral-storage"]},
}
STRING_MAP: Schema = {"additionalProperties": {"type": "string"}}
K8S_OBJECT: Schema = {
    "type": "object",
    "additionalProperties": True,
    "description": "A Kubernetes API object, passed through.",
}
AFFINITY: Schema = {
    "additionalProperties": {
        **K8S_OBJECT,
        "description": "A Kubernetes NodeAffinity, PodAffinity or PodAntiAffinity.",
    },
    "propertyNames": {"enum": ["nodeAffinity", "podAffinity", "podAntiAffinity"]},
}
TOLERATION: Schema = {
    "type": "object",
    "description": "A Kubernetes Toleration.",
    "additionalProperties": False,
    "properties": {
        "key": {"type": "string"},
        "operator": {"type": "string", "enum": ["Exists", "Equal"]},
        "value": {"type": "string"},
        "effect": {"type": "string", "enum": ["NoSchedule", "PreferNoSchedule", "NoExecute"]},
        "tolerationSeconds": {"type": "integer"},
    },
}
NETWORK_POLICY_PEER: Schema = {
    "type": "object",
    "description": "A NetworkPolicyPeer.",
    "additionalProperties": False,
    "properties": {
        "podSelector": {**K8S_OBJECT, "description": "A LabelSelector of pods."},
        "namespaceSelector": {**K8S_OBJECT, "description": "A LabelSelector of namespaces."},
        "ipBlock": {**K8S_OBJECT, "description": "An IPBlock (cidr, except)."},
    },
}

# mappings whose keys are free (their values are constrained instead)
MAP_KEYS = {
    "requests": RESOURCE_MAP,
    "limits": RESOURCE_MAP,
    "labels": STRING_MAP,
    "annotations": STRING_MAP,
    "podAnnotations": STRING_MAP,
    "nodeSelector": STRING_MAP,
    "extra": STRING_MAP,
    "affinity": AFFINITY,
}
# constraints by the last part of the key
BY_KEY: dict[str, Schema] = {
    "tolerations": {"items": TOLERATION},
    "imagePullSecrets": {"items": {"type": "string", "minLength": 1}},
    "extraArgs": {"items": {"type": "string", "minLength": 1}},
    "apiFrom": {"items": NETWORK_POLICY_PEER},
    "metricsFrom": {"items": NETWORK_POLICY_PEER},
    "flowerFrom": {"items": NETWORK_POLICY_PEER},
    "pullPolicy": PULL_POLICY,
}
PORT: Schema = {"minimum": 1, "maximum": 65535}
SECRET_KEY: Schema = {"minLength": 1, "pattern": "^[-._a-zA-Z0-9]+$"}
DURATION: Schema = {"pattern": "^[0-9]+(ms|s|m|h)$"}
# constraints by the full dotted key
BY_PATH: dict[str, Schema] = {
    "securityContext.runAsUser": {"minimum": 1},
    "securityContext.runAsGroup": {"minimum": 1},
    "securityContext.fsGroup": {"minimum": 1},
    "image.repository": {"minLength": 1},
    **{
        f"credentials.keys.{k}": SECRET_KEY
        for k in ("dbUrl", "redisUrl", "awsAccessKeyId", "awsSecretAccessKey", "geminiApiKey")
    },
    "settings.storageBackend": {"enum": ["local", "s3"]},
    "operator.logFormat": {"enum": ["json", "plain", "full"]},
    "settings.extractor": {"enum": ["local", "textract"]},
    "settings.structurer": {"enum": ["local", "gemini"]},
    "settings.embedder": {"enum": ["local", "gemini"]},
    "settings.logLevel": {"enum": ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]},
    "settings.celeryQueue": {"minLength": 1},
    "settings.maxUploadBytes": {"minimum": 1},
    "settings.taskSoftTimeLimitSeconds": {"minimum": 1},
    "settings.taskTimeLimitSeconds": {"minimum": 2},
    "localStorage.mountPath": {"pattern": "^/"},
    "localStorage.persistence.accessMode": {
        "enum": ["ReadWriteOnce", "ReadWriteMany", "ReadWriteOncePod"]
    },
    "serviceMonitor.interval": DURATION,
    "serviceMonitor.scrapeTimeout": DURATION,
    "api.replicas": {"minimum": 0},
    "api.workers": {"minimum": 1},
    "api.service.type": {"enum": ["ClusterIP", "NodePort", "LoadBalancer"]},
    "api.service.nodePort": {"minimum": 0, "maximum": 65535},
    "api.ingress.path": {"pattern": "^/"},
    "api.podDisruptionBudget.maxUnavailable": {"minimum": 1},
    "worker.replicas": {"minimum": 0},
    "worker.concurrency": {"minimum": 1, "maximum": 256},
    "worker.terminationGracePeriodSeconds": {"minimum": 1},
    "worker.autoscaler.minReplicas": {"minimum": 0},
    "worker.autoscaler.maxReplicas": {"minimum": 1, "maximum": 1000},
    "worker.autoscaler.activationThreshold": {"minimum": 0},
    "worker.autoscaler.targetDrainSeconds": {"minimum": 1},
    "worker.autoscaler.pollingInterval": {"minimum": 1, "maximum": 3600},
    "worker.autoscaler.scaleDownStabilizationSeconds": {"minimum": 0, "maximum": 3600},
    "worker.podDisruptionBudget.maxUnavailable": {"minimum": 1},
    "operator.replicas": {"minimum": 0},
    "operator.resumeJobTtlSeconds": {"minimum": 0},
    "operator.resumeJobKeepFinished": {"minimum": 0},
    "migrations.backoffLimit": {"minimum": 0},
    "migrations.activeDeadlineSeconds": {"minimum": 1},
    "devPostgresql.database": {"minLength": 1},
    "devPostgresql.user": {"minLength": 1},
    "devPostgresql.password": {"minLength": 1},
}


def comment_descriptions(text: str) -> dict[str, str]:
    """Dotted key → the comment lines right above it at the same indentation, joined."""
    found: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    comments: list[tuple[int, str]] = []
    for line in text.splitlines():
        comment = re.match(r"^(\s*)#\s?(.*)$", line)
        if comment:
            comments.append((len(comment.group(1)), comment.group(2)))
            continue
        key = re.match(r"^(\s*)([A-Za-z0-9_-]+):", line)
        if not key:
            comments = []
            continue
        indent, name = len(key.group(1)), key.group(2)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = ".".join([k for _, k in stack] + [name])
        stack.append((indent, name))
        block = [c for i, c in comments if i == indent]
        if block:
            found[path] = " ".join(block).strip()
        comments = []
    return found


def json_type(value: Any) -> str:
    for python, name in ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"),
                         (list, "array"), (dict, "object")):  # fmt: skip
        if isinstance(value, python):
            return name
    raise TypeError(f"values.yaml holds {value!r}, which has no JSON type")


def build(values_text: str) -> Schema:
    values: dict[str, Any] = yaml.safe_load(values_text)
    descriptions = comment_descriptions(values_text)
    undocumented: list[str] = []

    def node(path: str, value: Any) -> Schema:
        key = path.rsplit(".", 1)[-1]
        if path not in descriptions:
            undocumented.append(path)
        schema: Schema = {"description": descriptions.get(path, ""), "type": json_type(value)}
        if isinstance(value, dict) and key not in MAP_KEYS:
            schema["properties"] = {k: node(f"{path}.{k}", v) for k, v in value.items()}
            schema["additionalProperties"] = False
        else:
            if path in BY_PATH:
                schema.update(BY_PATH[path])
            elif key.lower().endswith("port") and schema["type"] == "integer":
                schema.update(PORT)
            else:
                schema.update(MAP_KEYS.get(key) or BY_KEY.get(key) or {})
        schema["default"] = value
        return schema

    properties = {k: node(k, v) for k, v in values.items()}
    if undocumented:
        raise ValueError(f"values.yaml keys without a comment above them: {undocumented}")
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "ai-resume-processor chart values",
        "description": (
            "Values of the ai-resume-processor Helm chart, generated from the comments of "
            "values.yaml by tests/charts/values_schema.py."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


def render(values_text: str) -> str:
    return json.dumps(build(values_text), indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the schema is out of date")
    args = parser.parse_args()
    wanted = render(VALUES_FILE.read_text())
    if args.check:
        if SCHEMA_FILE.read_text() != wanted:
            print(f"{SCHEMA_FILE} is out of date: python -m tests.charts.values_schema")
            return 1
        return 0
    SCHEMA_FILE.write_text(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
