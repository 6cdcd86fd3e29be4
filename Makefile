# velero-java: the two commands of the README's quick start, and the pieces they are made of.
SHELL := /bin/bash
MVN ?= mvn -B -ntp
TESTENV := testenv/cluster.sh

.PHONY: demo test build testenv-up testenv-down clean

## demo: the main job end to end on a local control plane and a filesystem backup location
demo: build testenv-up
	bash demo/run.sh

## test: every test (unit and integration) against the real local servers
test: testenv-up
	@set -euo pipefail; eval "$$(bash $(TESTENV) env)"; \
	  status=0; $(MVN) verify || status=$$?; \
	  [ -n "$${KEEP_TESTENV:-}" ] || bash $(TESTENV) down; exit $$status

## build: the CLI/server launcher bin/velero (without tests)
build:
	$(MVN) -q install -DskipTests

testenv-up:
	bash $(TESTENV) up

testenv-down:
	bash $(TESTENV) down

clean:
	$(MVN) -q clean
