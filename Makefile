# The README's two commands: `make serve` and `make test`. Each creates or
# updates .venv and installs what it needs on a fresh Debian machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PACKAGES := kcat zookeeper
PYTEST_ARGS ?=

.PHONY: serve test test-slow bench deb-deps venv clean cluster

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

venv: $(STAMP)

# Debian packages the tests drive (kcat is librdkafka's CLI; zookeeper for cluster mode).
deb-deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

serve: $(STAMP)
	$(BIN)/kafkapy serve config/server.properties

# pytest's exit 5 (no test collected) counts as a failure.
test: $(STAMP) deb-deps
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "FAILURE: no tests ran" >&2; exit 1; fi; exit $$rc

# ZooKeeper (Debian's package, standalone, temp dataDir) and three brokers on 127.0.0.1;
# prints zookeeper.connect and bootstrap.servers; Ctrl-C stops everything.
cluster: $(STAMP) deb-deps
	$(BIN)/python -m compat.cluster --brokers 3

# The soak/chaos tests marked slow (deselected by default in pyproject.toml).
test-slow: $(STAMP) deb-deps
	$(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info
