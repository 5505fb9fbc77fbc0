# The two commands of the README: `make run` (the whole stack, with sample resumes) and
# `make test` (everything CI runs). Both install what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

# Go (1.26+) builds the Kubernetes test binaries; the machine keeps it in /usr/local/go.
export PATH := $(PATH):/usr/local/go/bin

.PHONY: help setup system-packages run stop test lint format bench clean k8s-binaries deploy-tools

help:
	@echo "make run    start PostgreSQL, Redis, the API and a worker; process the samples (Ctrl-C stops)"
	@echo "make stop   stop everything make run started"
	@echo "make test   lint, type-check and run every test against real servers"
	@echo "make bench  run the benchmarks in tests/bench and print their tables"
	@echo "make k8s-binaries  build etcd, Kubernetes, kwok and helm for tests/k8s (once per machine)"
	@echo "make deploy-tools  build the kind/skaffold config checker for tests/deploy (once per machine)"

setup: system-packages $(STAMP)

# Debian packages the stack and its tests need, installed only when missing.
system-packages:
	@missing=""; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr tesseract-ocr-eng"; \
	command -v promtool >/dev/null || missing="$$missing prometheus"; \
	$(PYTHON) -c "import venv, ensurepip" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		echo "==> installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): pyproject.toml
	@echo "==> creating $(VENV) and installing Python packages (the first time takes a few minutes)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q --progress-bar off -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

run: setup
	@$(VENV)/bin/resumectl dev up

stop:
	@test -x $(VENV)/bin/resumectl && $(VENV)/bin/resumectl dev down || true

lint: setup
	@echo "==> ruff"
	@$(VENV)/bin/ruff check services operator tests migrations
	@$(VENV)/bin/ruff format --check services operator tests migrations
	@echo "==> mypy"
	@$(VENV)/bin/mypy

format: setup
	@$(VENV)/bin/ruff format services operator tests migrations
	@$(VENV)/bin/ruff check --fix services operator tests migrations

# etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, kwok and helm for the
# Kubernetes tests, built from Go modules with `go build` once per machine into
# ~/.cache/ai-resume-processor/k8s/ (10-13 minutes the first time, instant afterwards).
k8s-binaries: setup
	@$(PY) -m tests.k8s.binaries

# The kind/skaffold config checker for tests/deploy, built from Go modules once per machine
# into ~/.cache/ai-resume-processor/deploy-tools/ (about 1.5 minutes the first time).
deploy-tools: setup
	@$(PY) -m tests.deploy.gotool

test: setup lint k8s-binaries deploy-tools
	@echo "==> pytest"
	@$(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	@set -e; for bench in tests/bench/bench_*.py; do \
		echo "==> $$bench"; $(PY) $$bench; \
	done

clean: stop
	rm -rf .run .pytest_cache .mypy_cache .ruff_cache
