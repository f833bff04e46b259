"""Offline commands never import web3 or the network layer (DESIGN.md: rpc/ is imported lazily)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import sys
from walletdoc.cli.main import main
runs = [["--version"], ["--json", "check", "address", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"],
        ["--json", "check", "address", "not-an-address"], ["--help"], ["diagnose", "--help"]]
for argv in runs:
    try:
        main(argv)
    except SystemExit:
        pass
bad = sorted(m for m in sys.modules if m == "web3" or m.startswith("web3.") or m.startswith("walletdoc.rpc"))
print("IMPORTED:" + ",".join(bad))
"""

ONLINE = r"""
import sys
from walletdoc.cli.main import main
try:
    main(["--json", "diagnose", "tx", "0x" + "ab" * 32, "--rpc", "http://127.0.0.1:9", "--timeout", "1"])
except SystemExit:
    pass
print("IMPORTED:" + ",".join(sorted(m for m in sys.modules if m == "web3" or m.startswith("web3."))))
"""


def _imported(script: str) -> str:
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    marker = [ln for ln in proc.stdout.splitlines() if ln.startswith("IMPORTED:")]
    assert marker, proc.stdout[-2000:] + proc.stderr[-2000:]
    return marker[-1].removeprefix("IMPORTED:")


def test_offline_commands_do_not_import_web3_or_rpc() -> None:
    assert _imported(SCRIPT) == ""


def test_diagnose_does_not_need_web3_either() -> None:
    assert _imported(ONLINE) == ""
