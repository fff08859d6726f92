# PrelimCoach: `make run` and `make test` set up what is missing, build, then run or test.
SWIFT ?= swift
BIN := .build/debug/prelim-coach
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps graphviz build check golden docs clean fuzz fuzz-run test-sanitize bench bench-smoke bench-suite

## Install the system packages the build needs (readline, libyaml, pkg-config), only if missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists readline yaml-0.1; then \
		echo "Installing libreadline-dev, libyaml-dev and pkg-config..."; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreadline-dev libyaml-dev pkg-config </dev/null; \
	fi

## Graphviz's `dot`, only for the targets that draw the graph (make docs).
graphviz:
	@if ! command -v dot >/dev/null 2>&1; then \
		echo "Installing graphviz..."; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz </dev/null; \
	fi

build: deps
	$(SWIFT) build

## Start a coaching session.
run: build
	@$(BIN) coach

GOLDEN := Tests/Golden
## Check the shipped dialogues; replay the golden transcripts (each must still resume) with
## coverage, failing under the kept threshold; smoke-run the benchmark tools; then run every
## test (last, so that its summary closes the output).
test: build
	$(BIN) check dialogues --transcripts $(GOLDEN) --coverage --coverage-threshold $(GOLDEN)/coverage-threshold.yaml
	$(MAKE) bench-smoke
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## The benchmarks at a small size: converter, walk reproduction, transcripts (seconds).
bench-smoke: build
	Benchmarks/Tools/smoke.sh

## The figures of docs/performance.md: peers and PrelimCoach side by side (release; minutes).
bench: deps
	Benchmarks/Tools/bench.sh

## The in-process package-benchmark suite (load, check, engine step, replay); after `make bench`.
bench-suite: deps
	rm -f .build-benchpkg/release.yaml
	rm -rf .build-benchpkg/*/release/DialogueCore.build .build-benchpkg/*/release/DialogueAuthoring.build \
		.build-benchpkg/*/release/BenchSupport.build .build-benchpkg/*/release/DialogueBenchmarks.build
	cd Benchmarks && PRELIM_BENCH_DIR=$(CURDIR)/.build-bench/out $(SWIFT) package --scratch-path ../.build-benchpkg benchmark

check: build
	$(BIN) check dialogues --transcripts $(GOLDEN) --coverage --coverage-threshold $(GOLDEN)/coverage-threshold.yaml

## Re-record the golden conversations after a deliberate change to the dialogues; review the diff.
golden: build
	Tests/Golden/record.sh

## Redraw the shipped dialogue graph in docs/ (Mermaid always; SVG with Graphviz).
docs: build graphviz
	@mkdir -p docs
	@{ echo "# The dialogue graph"; echo; \
	  echo "Generated from \`dialogues/\` by \`make docs\` (\`prelim-coach graph\`); do not edit by hand."; \
	  echo "A test fails when this picture no longer matches the dialogues."; echo; \
	  echo "![The dialogue graph, drawn by Graphviz](dialogue-graph.svg)"; echo; \
	  echo '```mermaid'; $(BIN) graph --format mermaid; echo '```'; } > docs/dialogue-graph.md
	$(BIN) graph --format dot | dot -Tsvg -o docs/dialogue-graph.svg
	@echo "docs/dialogue-graph.md and docs/dialogue-graph.svg are up to date"

## Run the tests under AddressSanitizer, then under ThreadSanitizer (each in its own build tree).
test-sanitize: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp $(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address
	$(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize=thread
	SWIFT_BACKTRACE=enable=no $(SWIFT) test --skip-build --scratch-path .build-tsan --sanitize=thread

## Build the libFuzzer targets in Fuzz/ (libFuzzer is linked without its main: see Fuzz/README.md).
FUZZ_RUNTIME = $(firstword $(wildcard $(dir $(shell command -v $(SWIFT)))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a))
fuzz: deps
	@# SwiftPM keeps its build plan while no manifest changes, and so misses files added to ..
	rm -f Fuzz/.build/debug.yaml
	cd Fuzz && $(SWIFT) build -c debug \
		-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
		-Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address \
		-Xlinker $(FUZZ_RUNTIME) -Xlinker -lstdc++

## Run every fuzz target for FUZZ_SECONDS (default 60), two at a time.
fuzz-run: fuzz
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) Fuzz/run.sh

clean:
	rm -rf .build .build-asan .build-tsan Fuzz/.build
