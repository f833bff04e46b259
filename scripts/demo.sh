#!/usr/bin/env bash
# Set up walletdoc and run its main job on built-in demo data: a damaged seed phrase is
# checked, recovered against the address the wallet showed, and the wallet's addresses derived.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/walletdoc demo "$@"
