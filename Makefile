# Thin wrapper over CMake presets. The two commands for a new machine:
#   make demo   installs, builds, seeds ./demo/office.db from examples/ and prints the weekly report
#   make test   installs, builds, runs every test (release, again with the clock moved by faketime, the
#               threaded mail import under ThreadSanitizer, each fuzz target for FUZZ_TEST_SECONDS, then ASan+UBSan)
# Other targets: deps, build, fuzz (each libFuzzer target for FUZZ_SECONDS, default 60), bench, install, clean.

PACKAGES := $(shell sed -e 's/\#.*//' deps/debian.txt)
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JOBS     ?= $(shell nproc)
FUZZ_SECONDS      ?= 60
FUZZ_TEST_SECONDS ?= 10
BIN      := build/release/apps/officectl/officectl

.PHONY: deps build test tsan fuzz-build fuzz demo bench install clean

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing" $$missing; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

test: build
	ctest --preset release -j $(JOBS)
	JOBS=$(JOBS) tests/other_dates.sh
	$(MAKE) tsan
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_TEST_SECONDS)
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

# The threaded mail import (io/mail_in_order) under ThreadSanitizer: only core, io and their tests are built.
tsan: deps
	cmake --preset tsan
	cmake --build --preset tsan -j $(JOBS)
	ctest --preset tsan

# libFuzzer targets for every parser of outside input (fuzz/): only they and the layers they need are built.
fuzz-build: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)

# Replays fuzz/regressions/, then fuzzes each target for FUZZ_SECONDS; fails on a crash, leak or time-out.
fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_SECONDS)

demo: build
	rm -rf demo
	OFFICECTL=$(CURDIR)/$(BIN) OFFICECTL_DB=$(CURDIR)/demo/office.db examples/demo.sh
	@echo
	OFFICECTL_DB=$(CURDIR)/demo/office.db OFFICECTL_CONFIG=$(CURDIR)/examples/config.toml $(BIN) report weekly

BENCH_PACKAGES := $(shell sed -e 's/\#.*//' deps/bench.txt)

bench: build
	@missing=$$(for p in $(BENCH_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; fi
	bench/startup.sh $(CURDIR)/build/release
	bench/run.sh $(CURDIR)/build/release
	bench/mail.sh $(CURDIR)/build/release
	bench/agenda.sh $(CURDIR)/build/release
	bench/absence.sh $(CURDIR)/build/release
	bench/contract.sh $(CURDIR)/build/release
	bench/dossier.sh $(CURDIR)/build/release
	bench/budget.sh $(CURDIR)/build/release
	bench/budget_import.sh $(CURDIR)/build/release
	bench/travel.sh $(CURDIR)/build/release
	bench/search.sh $(CURDIR)/build/release
	bench/improve.sh $(CURDIR)/build/release

install: build
	cmake --install build/release

clean:
	rm -rf build demo bench/out
