# URFlow developer commands. The two that matter:
#   make demo   install what is missing, run every algorithm on the sample county -> demo-output/
#   make test   install what is missing, run the whole test suite headless
SHELL := /bin/bash
QGIS_PY ?= $(or $(URFLOW_PYTHON),/usr/bin/python3)
VENV_PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= $(CURDIR)/.build/runtime
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: runtime-dir help deps venv test test-core demo package lint format ts qm sample styles bench clean

help:
	@echo "make demo     run URFlow on the bundled fictitious sample county -> demo-output/"
	@echo "make test     run the whole test suite headless (installs QGIS and the venv if missing)"
	@echo "make test-core  only the QGIS-free core tests"
	@echo "make package  build dist/urflow-<version>.zip for 'Install from ZIP'"
	@echo "make lint | format | ts | qm | sample | styles | bench | clean"

deps:
	@bash scripts/bootstrap.sh qgis

venv:
	@bash scripts/bootstrap.sh venv

runtime-dir:
	@mkdir -p "$(XDG_RUNTIME_DIR)" && chmod 700 "$(XDG_RUNTIME_DIR)"

qm: deps $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts
	@lrelease -silent $< -qm $@ 2>/dev/null || /usr/lib/qt5/bin/lrelease -silent $< -qm $@

ts: venv
	$(VENV_PY) scripts/update_ts.py

test: venv qm runtime-dir
	@bash scripts/link_plugin.sh
	$(VENV_PY) -m pytest tests $(PYTEST_ARGS)

test-core: venv
	@bash scripts/link_plugin.sh
	$(VENV_PY) -m pytest -p no:pytest_qgis tests/core $(PYTEST_ARGS)

demo: deps qm runtime-dir
	@bash scripts/link_plugin.sh
	$(QGIS_PY) scripts/demo.py --out demo-output

package: qm
	$(QGIS_PY) scripts/package.py --out dist

lint: venv
	$(VENV_PY) -m ruff check .
	$(VENV_PY) -m ruff format --check .

format: venv
	$(VENV_PY) -m ruff format .

sample: deps runtime-dir
	$(QGIS_PY) scripts/make_sample_county.py

styles: deps runtime-dir
	@bash scripts/link_plugin.sh
	$(QGIS_PY) scripts/make_styles.py

bench: deps venv runtime-dir
	@bash scripts/link_plugin.sh
	@set -e; for b in benchmarks/bench_*.py; do echo "== $$b"; $(VENV_PY) $$b; done

clean:
	rm -rf .build dist demo-output resources/i18n/*.qm
