# swerl: an Erlang interpreter in Swift.
#   make demo    build (release) and run two example programs
#   make test    install missing system packages, build, run the tests
# Other targets: build, stdlib, golden, bench, tsan, clean.

SWIFT   ?= swift
SWERL   := .build/release/swerl

.PHONY: all build demo test deps stdlib golden bench tsan clean

all: build

build:
	$(SWIFT) build -c release

demo: build
	$(SWERL) examples/hello.erl
	$(SWERL) examples/ring.erl

# The line editor of the shell links against libedit. Install it when it is
# missing and we may (root, or sudo without a password); otherwise go on
# quietly and let the build say what is missing.
deps:
	@if command -v dpkg >/dev/null 2>&1 && ! dpkg -s libedit-dev >/dev/null 2>&1; then \
	    if [ "$$(id -u)" -eq 0 ]; then SUDO=; \
	    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	    else exit 0; fi; \
	    echo "installing libedit-dev"; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev >/dev/null 2>&1 || true; \
	fi

# Program and stress tests run the release binary (the stress programs need it; the
# program tests just run faster); unit tests run in the debug test bundle.
test: deps
	$(SWIFT) build -c release
	$(SWIFT) build --build-tests
	SWERL_EXECUTABLE=$(CURDIR)/$(SWERL) $(SWIFT) test --skip-build

# Regenerate Sources/ErlangBuiltins/Generated/StdlibBundle.swift from stdlib/*.erl.
stdlib:
	scripts/gen_stdlib_bundle.sh

# Run the program tests against the output recorded from Erlang/OTP.
golden: build
	scripts/golden.sh

# Time the programs in bench/ under swerl and, when installed, under OTP.
bench: build
	scripts/bench.sh

# The runtime tests under ThreadSanitizer (slow: a separate debug build).
tsan:
	$(SWIFT) test --sanitize=thread -Xswiftc -DSWERL_TSAN --filter ErlangRuntimeTests

clean:
	$(SWIFT) package clean
