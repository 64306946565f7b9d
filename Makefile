# newsetl — the two commands: `make demo` (run the flow on the bundled sample) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB ?= demo.duckdb
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: install demo test test-all lint quality bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB)
	$(BIN)/newsetl run --db $(DEMO_DB)
	$(BIN)/newsetl sql --db $(DEMO_DB) "SELECT language, count(*) AS articles, \
	  count(*) FILTER (WHERE is_translated) AS translated FROM v_articles \
	  GROUP BY language ORDER BY articles DESC, language"

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check flows transforms schemas warehouse tests

quality: install
	$(BIN)/python -m quality.gate

clean:
	rm -rf $(VENV) *.egg-info $(DEMO_DB) $(DEMO_DB).*
