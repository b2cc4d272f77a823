#!/usr/bin/env bash
# Set up, then start the web chat (ingests the bundled sample on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python app.py "$@"
