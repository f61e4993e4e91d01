# The two commands of the README: `make run` and `make test`. Both set up .venv first.
# `make run` is the main job: Lamina on SQLite with the document pipeline, fed from an inbox.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run hello test lint bench clean

PIPELINE := examples/document_pipeline

$(BIN)/lamina: pyproject.toml $(PIPELINE)/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]' -e '$(PIPELINE)[test]'
	touch $(BIN)/lamina

run: $(BIN)/lamina
	$(BIN)/docpipe run

hello: $(BIN)/lamina
	$(BIN)/lamina run --template examples/hello/template.yaml

JS_DEPS := tests/polyglot/js/node_modules/.package-lock.json

$(JS_DEPS): tests/polyglot/js/package-lock.json
	cd tests/polyglot/js && npm ci --no-audit --no-fund --loglevel=error

test: $(BIN)/lamina
	bash scripts/test-services.sh
	$(MAKE) --no-print-directory $(JS_DEPS)
	$(BIN)/ruff check src tests bench examples
	$(BIN)/mypy
	cd $(PIPELINE) && ../../$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(BIN)/lamina
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/lamina_bench.py

clean:
	rm -rf $(VENV) .lamina test-artifacts
