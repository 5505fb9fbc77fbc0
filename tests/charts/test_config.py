"""Settings ConfigMap, credentials (existingSecret or chart-made), the development databases and
the checksums that roll pods when settings or chart-made credentials change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.charts.rendering import (
    FULLNAME,
    HelmError,
    Manifest,
    container,
    env_of,
    find,
    get,
    pod_spec,
    render_chart,
)

APP_COMPONENTS = ("api", "worker", "beat", "operator")
CREDENTIAL_ENV = {
    "DB_URL": ("dbUrl", False),
    "REDIS_URL": ("redisUrl", False),
    "AWS_ACCESS_KEY_ID": ("awsAccessKeyId", True),
    "AWS_SECRET_ACCESS_KEY": ("awsSecretAccessKey", True),
    "GEMINI_API_KEY": ("geminiApiKey", True),
}


def app_containers(docs: list[Manifest]) -> list[Manifest]:
    return [container(get(docs, "Deployment", f"{FULLNAME}-{c}")) for c in APP_COMPONENTS]


def test_settings_configmap(helm: Path) -> None:
    docs = render_chart(
        helm,
        {
            "settings": {
                "s3EndpointUrl": "http://minio:9000",
                "ingestS3Buckets": "inbox,archive",
                "extra": {"GEMINI_MODEL": "gemini-x"},
            }
        },
    )
    data = get(docs, "ConfigMap", f"{FULLNAME}-settings")["data"]
    assert data["ENVIRONMENT"] == "production"
    assert data["STORAGE_BACKEND"] == "s3"
    assert data["S3_ENDPOINT_URL"] == "http://minio:9000"
    assert data["INGEST_S3_BUCKETS"] == "inbox,archive"
    assert data["GEMINI_MODEL"] == "gemini-x"
    assert data["PROMETHEUS_MULTIPROC_DIR"].startswith("/tmp/")  # on the writable emptyDir
    assert data["WORKER_METRICS_PORT"] == "9808"
    assert data["TASK_TIME_LIMIT_SECONDS"] == "300"
    assert all(isinstance(v, str) for v in data.values())
    # unset optional settings stay unset instead of becoming empty strings
    defaults = get(render_chart(helm), "ConfigMap", f"{FULLNAME}-settings")["data"]
    assert "S3_PREFIX" not in defaults
    assert "INGEST_S3_BUCKETS" not in defaults
    for c in app_containers(docs):
        assert c["envFrom"] == [{"configMapRef": {"name": f"{FULLNAME}-settings"}}]


def test_chart_made_secret_holds_only_given_credentials(helm: Path) -> None:
    docs = render_chart(
        helm,
        {
            "credentials": {
                "dbUrl": "postgresql://db/resumes",
                "redisUrl": "redis://r:6379/0",
                "geminiApiKey": "g-key",
            }
        },
    )
    secret = get(docs, "Secret", f"{FULLNAME}-credentials")
    assert secret["stringData"] == {
        "DB_URL": "postgresql://db/resumes",
        "REDIS_URL": "redis://r:6379/0",
        "GEMINI_API_KEY": "g-key",
    }
    for c in app_containers(docs):
        env = env_of(c)
        for var, (_, optional) in CREDENTIAL_ENV.items():
            ref = env[var]["secretKeyRef"]
            assert ref["name"] == f"{FULLNAME}-credentials"
            assert ref["key"] == var
            assert ref.get("optional", False) is optional


def test_existing_secret_switches_off_the_chart_secret_and_wires_key_names(helm: Path) -> None:
    keys = {
        "dbUrl": "pg",
        "redisUrl": "broker",
        "awsAccessKeyId": "aws-id",
        "awsSecretAccessKey": "aws-secret",
        "geminiApiKey": "gemini",
    }
    docs = render_chart(helm, {"credentials": {"existingSecret": "prod-creds", "keys": keys}})
    assert find(docs, "Secret") == []
    for c in app_containers(docs):
        env = env_of(c)
        for var, (key_name, _) in CREDENTIAL_ENV.items():
            ref = env[var]["secretKeyRef"]
            assert (ref["name"], ref["key"]) == ("prod-creds", keys[key_name]), var
    wa = get(docs, "WorkerAutoscaler", f"{FULLNAME}-worker")
    assert wa["spec"]["redis"]["urlFrom"] == {"name": "prod-creds", "key": "broker"}
    role = get(docs, "Role", f"{FULLNAME}-operator")
    [secret_rule] = [r for r in role["rules"] if r["resources"] == ["secrets"]]
    assert secret_rule == {
        "apiGroups": [""],
        "resources": ["secrets"],
        "resourceNames": ["prod-creds"],
        "verbs": ["get"],
    }
    # no credentials checksum: the chart cannot see a Secret it does not make
    for d in find(docs, "Deployment"):
        assert "checksum/credentials" not in d["spec"]["template"]["metadata"]["annotations"]


def test_dev_databases_set_the_urls_automatically(helm: Path) -> None:
    docs = render_chart(helm, {"devPostgresql": {"enabled": True}, "devRedis": {"enabled": True}})
    data = get(docs, "Secret", f"{FULLNAME}-credentials")["stringData"]
    assert data["DB_URL"] == (
        f"postgresql+psycopg://resumes:resumes-dev@{FULLNAME}-postgresql:5432/resumes"
    )
    assert data["REDIS_URL"] == f"redis://{FULLNAME}-redis:6379/0"
    for name, port in (("postgresql", 5432), ("redis", 6379)):
        d = get(docs, "Deployment", f"{FULLNAME}-{name}")
        assert d["spec"]["replicas"] == 1
        svc = get(docs, "Service", f"{FULLNAME}-{name}")
        assert svc["spec"]["ports"][0]["port"] == port
        assert svc["spec"]["selector"] == d["spec"]["selector"]["matchLabels"]
        assert "readinessProbe" in container(d)


def test_dev_databases_refuse_an_existing_secret(helm: Path) -> None:
    with pytest.raises(HelmError, match=r"unset credentials\.existingSecret"):
        render_chart(helm, {"devRedis": {"enabled": True}, "credentials": {"existingSecret": "x"}})


def test_dev_databases_are_off_by_default(helm: Path) -> None:
    docs = render_chart(helm)
    for name in ("postgresql", "redis"):
        assert find(docs, "Deployment", f"{FULLNAME}-{name}") == []


def checksums(docs: list[Manifest]) -> dict[str, dict[str, str]]:
    out = {}
    for d in find(docs, "Deployment"):
        annotations = d["spec"]["template"]["metadata"].get("annotations") or {}
        out[d["metadata"]["name"]] = {
            k: v for k, v in annotations.items() if k.startswith("checksum/")
        }
    return out


@pytest.mark.parametrize(
    ("change", "rolls"),
    [
        ({"settings": {"logLevel": "DEBUG"}}, "checksum/settings"),
        ({"worker": {"concurrency": 3}}, "checksum/settings"),
        ({"credentials": {"redisUrl": "redis://other:6379/0"}}, "checksum/credentials"),
    ],
)
def test_changes_roll_every_application_pod(helm: Path, change: dict[str, Any], rolls: str) -> None:
    before = checksums(render_chart(helm))
    after = checksums(render_chart(helm, change))
    for component in APP_COMPONENTS:
        name = f"{FULLNAME}-{component}"
        assert before[name][rolls] != after[name][rolls], name


def test_unrelated_changes_do_not_roll_pods(helm: Path) -> None:
    assert checksums(render_chart(helm)) == checksums(render_chart(helm, {"api": {"replicas": 5}}))


def test_local_storage_volume(helm: Path) -> None:
    docs = render_chart(
        helm,
        {
            "settings": {"storageBackend": "local"},
            "localStorage": {"persistence": {"enabled": True}},
        },
    )
    pvc = get(docs, "PersistentVolumeClaim", f"{FULLNAME}-storage")
    assert pvc["spec"]["resources"]["requests"]["storage"] == "5Gi"
    for component in ("api", "worker", "operator"):
        d = get(docs, "Deployment", f"{FULLNAME}-{component}")
        volumes = {v["name"]: v for v in pod_spec(d)["volumes"]}
        assert volumes["storage"]["persistentVolumeClaim"]["claimName"] == f"{FULLNAME}-storage"
        assert {"name": "storage", "mountPath": "/data/storage"} in container(d)["volumeMounts"]
    docs = render_chart(
        helm, {"settings": {"storageBackend": "local"}, "localStorage": {"existingClaim": "shared"}}
    )
    assert find(docs, "PersistentVolumeClaim") == []
    api = get(docs, "Deployment", f"{FULLNAME}-api")
    assert {"name": "storage", "persistentVolumeClaim": {"claimName": "shared"}} in pod_spec(api)[
        "volumes"
    ]
    # S3 (the default) mounts no storage volume
    api = get(render_chart(helm), "Deployment", f"{FULLNAME}-api")
    assert [v["name"] for v in pod_spec(api)["volumes"]] == ["tmp"]
