# PrelimCoach: `make run` and `make test` set up what is missing, build, then run or test.
SWIFT ?= swift
BIN := .build/debug/prelim-coach
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build check golden clean

## Install the system packages the build needs (readline, pkg-config), only if missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists readline; then \
		echo "Installing libreadline-dev and pkg-config..."; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreadline-dev pkg-config </dev/null; \
	fi

build: deps
	$(SWIFT) build

## Start a coaching session.
run: build
	@$(BIN) coach

## Check the shipped dialogues (and that every golden transcript still resumes), then run every test.
test: build
	$(BIN) check dialogues --transcripts Tests/Golden
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

check: build
	$(BIN) check dialogues --transcripts Tests/Golden

## Re-record the golden conversations after a deliberate change to the dialogues; review the diff.
golden: build
	Tests/Golden/record.sh

clean:
	rm -rf .build
