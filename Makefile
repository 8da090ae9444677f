# Thin wrapper over CMake presets. The two commands for a new machine:
#   make demo   installs, builds, seeds ./demo/office.db from examples/ and prints the weekly report
#   make test   installs, builds, runs every test (release, again with the clock moved by faketime, then ASan+UBSan)
# Other targets: deps, build, bench, install, clean.

PACKAGES := $(shell sed -e 's/\#.*//' deps/debian.txt)
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JOBS     ?= $(shell nproc)
BIN      := build/release/apps/officectl/officectl

.PHONY: deps build test demo bench install clean

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
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

demo: build
	rm -rf demo
	OFFICECTL=$(CURDIR)/$(BIN) OFFICECTL_DB=$(CURDIR)/demo/office.db examples/demo.sh
	@echo
	OFFICECTL_DB=$(CURDIR)/demo/office.db OFFICECTL_CONFIG=$(CURDIR)/examples/config.toml $(BIN) report weekly

BENCH_PACKAGES := $(shell sed -e 's/\#.*//' deps/bench.txt)

bench: build
	@missing=$$(for p in $(BENCH_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; fi
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
