# PrelimCoach: `make run` and `make test` set up what is missing, build, then run or test.
SWIFT ?= swift
BIN := .build/debug/prelim-coach
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build check clean bench bench-smoke bench-suite

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

## Check the shipped dialogues, then run every test.
test: build
	$(BIN) check dialogues
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) bench-smoke

## The benchmarks at a small size: converter, walk reproduction, transcripts (seconds).
bench-smoke: build
	Benchmarks/Tools/smoke.sh

## The figures of docs/performance.md: peers and PrelimCoach side by side (release; minutes).
bench: deps
	Benchmarks/Tools/bench.sh

## The in-process package-benchmark suite (load, check, engine step, replay); after `make bench`.
bench-suite: deps
	cd Benchmarks && PRELIM_BENCH_DIR=$(CURDIR)/.build-bench/out $(SWIFT) package --scratch-path ../.build-benchpkg benchmark

check: build
	$(BIN) check dialogues

clean:
	rm -rf .build
