"""Offline commands never import web3 or the network layer (DESIGN.md: rpc/ is imported lazily)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = r"""
import sys, tempfile, os
from walletdoc.cli.main import main
d = tempfile.mkdtemp()
phrase = os.path.join(d, "p.txt")
open(phrase, "w").write("abandon " * 11 + "about")
damaged = os.path.join(d, "d.txt")
open(damaged, "w").write("abandon " * 11 + "?")
ks = "tests/fixtures/keystores/v3_pbkdf2.json"
runs = [["--version"], ["--json", "check", "address", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"],
        ["--json", "check", "address", "not-an-address"], ["--help"], ["diagnose", "--help"],
        ["--json", "check", "mnemonic", "--phrase-file", phrase],
        ["--json", "derive", "--phrase-file", phrase, "--chain", "eth", "--count", "1"],
        ["--json", "check", "keystore", ks, "--no-password"],
        ["--json", "recover", "mnemonic", "--phrase-file", damaged, "--workers", "1",
         "--address", "0x9858EfFD232B4033E47d90003D41EC34EcaEda94", "--path", "m/44'/60'/0'/0/0"],
        ["--json", "selftest", "--suite", "eip55"], ["--json", "explain", "tx.nonce_gap"]]
codes = []
for argv in runs:
    try:
        main(argv)
        codes.append(0)
    except SystemExit as exc:
        codes.append(exc.code)
bad = sorted(m for m in sys.modules if m == "web3" or m.startswith("web3.") or m.startswith("walletdoc.rpc"))
print("CODES:" + ",".join(map(str, codes)))
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
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL, cwd=ROOT)
    marker = [ln for ln in proc.stdout.splitlines() if ln.startswith("IMPORTED:")]
    assert marker, proc.stdout[-2000:] + proc.stderr[-2000:]
    return marker[-1].removeprefix("IMPORTED:")


def test_offline_commands_do_not_import_web3_or_rpc() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL, cwd=ROOT)
    lines = dict(ln.split(":", 1) for ln in proc.stdout.splitlines() if ln.startswith(("CODES:", "IMPORTED:")))
    assert lines.get("IMPORTED") == "", proc.stdout[-2000:] + proc.stderr[-2000:]
    # every offline run really ran (not a vacuous pass): version, help and the checks all succeeded
    assert lines["CODES"] == "0,0,1,0,0,0,0,0,0,0,0", lines["CODES"]


def test_diagnose_does_not_need_web3_either() -> None:
    assert _imported(ONLINE) == ""
