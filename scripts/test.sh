#!/usr/bin/env bash
# Set up everything the tests need (Python deps, pinned local nodes from npm) and run them all:
# lint, types, unit, vectors, CLI end to end, real local nodes (anvil, hardhat), real Dask.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f tests/node/npm/package.json ]; then
  (cd tests/node/npm && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# Debian's chromium opens the HTML report in a test (installed when missing and we may).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
    || echo "note: could not install chromium; the HTML report test will fail under CI" >&2
fi
.venv/bin/ruff check walletdoc tests bench
.venv/bin/mypy walletdoc
.venv/bin/walletdoc selftest
exec .venv/bin/python -m pytest -n "${WALLETDOC_TEST_WORKERS:-auto}" --dist loadgroup "$@"
