# On a fresh machine with python3 and make:
#   make run   - the site with demo content on http://127.0.0.1:$(PORT)
#   make front - the same behind Varnish, the HTTP cache a deployment at scale puts in front
#   make test  - the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set)
#   make screenshots - every page type at 390 and 1280 px, en and ar, in test-results/screenshots/
#   make lighthouse  - Lighthouse (mobile) on every page type, en and ar, into docs/performance.md

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per core. TEST_WORKERS=0 runs the suite in this process.
TEST_WORKERS ?= auto
STAMP := $(VENV)/.installed
# The front-end packages of package.json (the SVG country flags), installed by npm exactly as
# package-lock.json pins them, no install scripts run. Without npm the site still works, with
# small GIF flags, and `manage.py check` warns (coalition/staticfiles.py).
NODE_STAMP := node_modules/.installed

# What `make run` and `make serve` both do before starting a server: the catalogues, the
# database, the demo content with its first version in the history, the local admin
# account, and the static files. One shell line, so that `serve` keeps its SECRET_KEY.
PREPARE_SITE = $(BIN)/python manage.py compile_catalogues && \
	$(BIN)/python manage.py migrate --no-input && \
	$(BIN)/python manage.py load_demo_content && \
	$(BIN)/python manage.py createinitialrevisions --comment "Initial version" -v0 && \
	$(BIN)/python manage.py ensure_local_admin && \
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0

.PHONY: run serve serve-setup front test lint format setup clean messages screenshots lighthouse

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
		echo "npm not found: the site will show small GIF flags (apt-get install npm for SVG flags)."; \
	fi

setup: $(STAMP) $(NODE_STAMP)

# Local development runs with DEBUG on (the console shows it); production settings come
# from the environment, see README.md.
run: export DEBUG ?= true
run: $(STAMP) $(NODE_STAMP)
	$(PREPARE_SITE)
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The production configuration, locally: DEBUG off, static files collected (hashed, gzip and
# brotli), gunicorn with focsite/gunicorn.conf.py (WEB_CONCURRENCY workers, default 2 per
# core + 1). Plain HTTP on 127.0.0.1, so no HTTPS redirect and no Secure-only cookies here;
# in production a TLS proxy sits in front (docs/deploy.md). The secret key is made once,
# in var/secret_key, unless SECRET_KEY is set.
serve front serve-setup screenshots lighthouse: export DEBUG := false
serve front serve-setup screenshots lighthouse: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve front serve-setup screenshots lighthouse: export SECURE_SSL_REDIRECT ?= false
serve front serve-setup screenshots lighthouse: export SECURE_COOKIES ?= false
serve: serve-setup
	export SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" && \
	exec $(BIN)/gunicorn -c focsite/gunicorn.conf.py focsite.wsgi

serve-setup: $(STAMP) $(NODE_STAMP)
	@mkdir -p var && test -s var/secret_key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > var/secret_key
	export SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" && $(PREPARE_SITE)

# The same with Varnish in front (deploy/varnish/default.vcl), as a deployment at scale
# would have it: Varnish on http://127.0.0.1:$(FRONT_PORT), gunicorn on $(PORT), both in the
# foreground (Ctrl-C stops both); Django purges Varnish when content changes. Needs
# `apt-get install varnish varnish-modules`. See docs/deploy.md, "A cache in front".
front: export FRONT_PORT ?= 8080
front: export FRONT_CACHE_URLS ?= http://127.0.0.1:$(FRONT_PORT)/
front: export FRONT_CACHE_SECONDS ?= 120
front: export PORT := $(PORT)
front: serve-setup
	export SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" && exec bash deploy/front.sh

# Screenshots of every page type (bench/screenshots.py: phone 390 px and desktop 1280 px,
# English and Arabic; LANGUAGES="en fr es ar" WIDTHS="320 390 1024 1280" for others) into
# test-results/screenshots/, for a person to look at; the site served as by `make serve`.
LANGUAGES ?= en ar
WIDTHS ?= 390 1280
screenshots: serve-setup
	PORT=$(PORT) bash bench/with_server.sh $(BIN)/python bench/screenshots.py \
		--base-url http://127.0.0.1:$(PORT) --languages $(LANGUAGES) --widths $(WIDTHS)

# Lighthouse, pinned in bench/package.json, installed in bench/node_modules (npm ci).
bench/node_modules/.package-lock.json: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund

lighthouse: serve-setup bench/node_modules/.package-lock.json
	PORT=$(PORT) bash bench/with_server.sh $(BIN)/python bench/lighthouse.py \
		--base-url http://127.0.0.1:$(PORT)

# The suite runs with DEBUG off, like production; these are for tests only (the test
# client and the browser speak plain HTTP to the test server).
test: export SECRET_KEY ?= test-only-secret-key-never-used-in-production
test: export ALLOWED_HOSTS ?= testserver,localhost,127.0.0.1
test: export SECURE_SSL_REDIRECT ?= false
test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python manage.py compile_catalogues
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(STAMP)
	DEBUG=true $(BIN)/python manage.py makemessages --no-location --no-obsolete -l fr -l es -l ar -i '.venv/*' -i 'var/*' -i 'node_modules/*' -i 'bench/*' -i 'test-results/*'
	$(BIN)/python manage.py compile_catalogues

clean:
	rm -rf $(VENV) var node_modules .pytest_cache .ruff_cache
