# The two commands of the README: `make report` and `make test`.
# Both create .venv/ (python3 -m venv + pip install -e ".[dev]") when it is missing or
# when pyproject.toml changed since the last install.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.framing-installed
CORPUS ?= corpus
OUT    ?= reports

.PHONY: all venv report test bench clean

all: test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.2"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP)

report: $(STAMP)
	$(BIN)/framing report $(CORPUS) --all --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) scores build *.egg-info
	find reports -mindepth 1 ! -name README.md -exec rm -rf {} +

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_score.py --articles 20000
