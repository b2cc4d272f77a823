#!/usr/bin/env bash
# Set up, then run the whole test suite. As root it also installs Debian's chromium, a CJK font and postgresql
# (browser test, screenshots, shared-server test).
set -euo pipefail
cd "$(dirname "$0")/.."
if { [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei postgresql >/dev/null
fi
bash scripts/setup.sh
exec .venv/bin/python -m pytest -q tests "$@"
