# Books API — every command a user or CI runs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := all

VENV      := .venv
PY        := $(VENV)/bin/python
NPX       := npx --no-install
SPEC      := openapi/openapi.yaml
SPEC_DIR  := $(patsubst %/,%,$(dir $(SPEC)))
RELEASES  := $(SPEC_DIR)/releases
# releases/ holds the baseline bundle and the acknowledgement file: not spec sources.
SOURCES   := $(shell find $(SPEC_DIR) -type f -name '*.yaml' -not -path '$(RELEASES)/*' | sort)
BASELINES := $(wildcard $(RELEASES)/*.json)
GEN_SRC   := $(shell find generator -type f \( -name '*.py' -o -name '*.j2' -o -name '*.yaml' -o -name '*.css' -o -name '*.js' \) | sort)
# Generator options: GEN_OUT=DIR writes elsewhere; GEN_FLAGS=--partial skips root paths whose
# files are missing or broken yet (while the domains are being written).
GEN_OUT   ?= generated
GEN_FLAGS ?=
STAMP_PY  := $(VENV)/.installed
STAMP_JS  := node_modules/.installed
STAMP_TS  := ts_check/node_modules/.installed
BROWSER   := /usr/bin/chromium
# PostgreSQL 15 from Debian, for the storage tests and the bench (they start throwaway servers).
PG_CTL    := /usr/lib/postgresql/15/bin/pg_ctl
LINT_TMP  := $(or $(TMPDIR),/tmp)/books-api-lint
export REDOCLY_TELEMETRY := off
export PYTHONDONTWRITEBYTECODE := 1

# Contract-test options (see `make help`).
BASE_URL  ?=
API_KEY   ?=
API_KEY_2 ?=
PROFILE   ?= quick
MAX_REQUESTS ?=
PORT      ?= 4010
# Where `make mock` keeps its accounts (docs/MOCK_SERVER.md): a SQLite file under the working
# directory by default, kept across restarts; STORE=memory or STORE=postgresql://… instead.
MOCK_STORE_PATH ?= .mock/books-api.sqlite3
STORE     ?= sqlite:$(MOCK_STORE_PATH)
# PORT given on the command line or in the environment (not the default): contract-test's mock uses it.
PORT_GIVEN := $(filter command line environment,$(origin PORT))

# Contract-evolution options (see `make help`): diff against a git ref, report format, release.
BASE      ?= HEAD
FORMAT    ?= text
VERSION   ?=
PART      ?=

.PHONY: all help setup lint validate generate check-generated mock contract-test test bench clean \
        diff compat release

all: setup lint generate contract-test ## main job: validate and lint the spec, generate, then run the contract tests against the mock and print the summary

help: ## list every target with what it does
	@echo "Books API — spec-first contract, client, mock server, docs and contract tests."
	@echo
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/\$$(PORT)/$(PORT)/g; s|\$$(MOCK_STORE_PATH)|$(MOCK_STORE_PATH)|g' | \
	  awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'
	@echo
	@echo "Options: make contract-test BASE_URL=http://host/api/v1 API_KEY=k [API_KEY_2=k2] [PROFILE=quick|deep] [MAX_REQUESTS=N]"
	@echo "         (MAX_REQUESTS=N: budget mode for a rate-limited server; exit 3 = INCONCLUSIVE, 4 = error of the suite)"
	@echo "         make contract-test [PORT=4011]   (no BASE_URL: the mock it starts listens on PORT)"
	@echo "         make mock [PORT=4010] [MOCK_ARGS='--mode examples --no-rate-limit --rate-window 2 --latency 50 --api-keys k1,k2']"
	@echo "         make mock [STORE=sqlite:PATH|memory|postgresql://USER@HOST:PORT/DB] [MOCK_STORE_PATH=$(MOCK_STORE_PATH)]"
	@echo "           (MOCK_ARGS='--workers 4 --admin-token T' for several processes and the reset route;"
	@echo "            .venv/bin/python -m mock_runtime reset --store STORE --account N restores an account's seed data)"
	@echo "         make diff [BASE=HEAD|<git ref>] [FORMAT=text|markdown|json]    make compat [FORMAT=...]"
	@echo "         make release VERSION=x.y.z | PART=major|minor|patch"

setup: $(STAMP_PY) $(STAMP_JS) $(STAMP_TS) $(BROWSER) $(PG_CTL) ## install pinned Python (.venv), Node (node_modules, ts_check/node_modules) and Debian (chromium, wrk, postgresql, Pango for PDFs) tools; idempotent

$(STAMP_PY): requirements/lock.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	$(PY) -m pip check
	touch $@

$(STAMP_JS): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# openapi-typescript + typescript for the TypeScript users' check (tests/typescript), kept apart
# from the lint tools' node_modules.
$(STAMP_TS): ts_check/package-lock.json
	npm ci --prefix ts_check --no-audit --no-fund --loglevel=error
	touch $@

# One apt transaction (one `apt-get update`) for every Debian tool, run when any is missing.
# The tests start their own PostgreSQL servers: the package's default cluster is not created.
# WeasyPrint (the mock's PDF copies) loads Pango through its FreeType backend and needs a font.
$(BROWSER) $(PG_CTL) &:
	mkdir -p /etc/postgresql-common/createcluster.d
	echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/books-api.conf
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	  chromium chromium-driver wrk postgresql libpangoft2-1.0-0 fonts-dejavu-core >/dev/null

validate: $(STAMP_PY) ## check the spec: file:line errors for YAML, $ref and schema problems
	$(PY) -m generator validate $(SPEC) $(GEN_FLAGS)

lint: $(STAMP_PY) $(STAMP_JS) ## openapi-spec-validator + prance, Redocly (recommended-strict) and Spectral (oas + house rules), on sources and bundle: 0 errors, 0 warnings
	$(PY) -m generator validate $(SPEC)
	$(NPX) redocly lint --format=stylish $(SPEC)
	$(NPX) spectral lint --fail-severity=warn -r .spectral-sources.yaml $(SPEC)
	$(PY) -m generator bundle $(SPEC) --out $(LINT_TMP)
	$(NPX) spectral lint --fail-severity=warn -r .spectral.yaml $(LINT_TMP)/openapi.yaml
	$(NPX) redocly lint --format=stylish $(LINT_TMP)/openapi.yaml

generate: $(GEN_OUT)/PROVENANCE.json ## regenerate generated/: bundle, typed client, mock server, docs (does nothing when up to date)

$(GEN_OUT)/PROVENANCE.json: $(SOURCES) $(BASELINES) $(GEN_SRC) $(STAMP_PY)
	$(PY) -m generator all $(SPEC) --out $(GEN_OUT) $(GEN_FLAGS)

check-generated: $(STAMP_PY) ## fail if generated/ differs from a fresh generation (prints the command that fixes it)
	$(PY) -m generator check $(SPEC) --out $(GEN_OUT) $(GEN_FLAGS)

mock: $(STAMP_PY) generate ## start the generated mock server on 127.0.0.1:$(PORT) (stateful, validating), its data kept in STORE (default sqlite:$(MOCK_STORE_PATH), kept across restarts)
	$(PY) -m mock_runtime --port $(PORT) --store '$(STORE)' $(MOCK_ARGS)

contract-test: $(STAMP_PY) generate ## run the conformance suite against BASE_URL, or against a mock it starts (on PORT when given) when BASE_URL is empty
	BASE_URL="$(BASE_URL)" API_KEY="$(API_KEY)" API_KEY_2="$(API_KEY_2)" PROFILE="$(PROFILE)" \
	  MAX_REQUESTS="$(MAX_REQUESTS)" $(PY) -m contract_tests $(if $(PORT_GIVEN),--mock-port $(PORT))

diff: $(STAMP_PY) ## every change from the spec at git ref BASE (default HEAD) to the working tree, with its level; exit 1 on an unannounced breaking one
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  git archive --format=tar $(BASE) $(SPEC_DIR) | tar -x -C "$$tmp" && \
	  $(PY) -m generator diff "$$tmp/$(SPEC)" $(SPEC) --format $(FORMAT)

compat: $(STAMP_PY) ## gate: the spec against the last release (openapi/releases/<version>.json); a breaking change needs a major version or an acknowledgement
	$(PY) -m generator diff $(RELEASES) $(SPEC) --format $(FORMAT)

release: $(STAMP_PY) ## raise info.version (VERSION=x.y.z or PART=major|minor|patch), store the new baseline in openapi/releases/, regenerate
	$(PY) -m generator release $(SPEC) $(if $(VERSION),--version $(VERSION)) $(if $(PART),--part $(PART))
	$(MAKE) --no-print-directory generate

test: setup lint check-generated compat ## run every test: lint, generated/ freshness, API compatibility with the last release, unit, golden, functional, docs-in-browser, contract tests
	$(PY) -m pytest
	$(MAKE) --no-print-directory contract-test

bench: setup generate ## benchmarks: generator timings; mock vs Prism with wrk; docs page size and load in Chromium (prints figures and ratios)
	$(PY) bench/generator_timing.py
	$(PY) bench/mock_vs_prism.py
	$(PY) bench/docs_page.py

clean: ## remove the virtual environment, node_modules and caches (generated/ is kept: it is checked in)
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
