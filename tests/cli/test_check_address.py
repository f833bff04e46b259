from __future__ import annotations

import pytest

from tests.helpers import run_cli

GOOD_ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


def test_valid_json() -> None:
    r = run_cli("--json", "check", "address", GOOD_ETH)
    assert r.code == 0
    assert r.json["result"]["valid"] is True
    assert r.json["result"]["candidates"][0]["chain"] == "eth"


def test_invalid_exit_1() -> None:
    r = run_cli("check", "address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "--json")
    assert r.code == 1 and "address.evm_checksum_wrong" in r.codes


def test_expect_option() -> None:
    r = run_cli("--json", "check", "address", GOOD_ETH, "--expect", "trx")
    assert r.code == 1 and "address.evm_on_tron" in r.codes


def test_human_output() -> None:
    r = run_cli("check", "address", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert r.code == 0 and "Bitcoin Cash" in r.stdout


@pytest.mark.parametrize("bad", ["", " ", "x" * 5000, "\x01\x02", "\u200b\u200b"])
def test_unusable_input_exit_2(bad: str) -> None:
    r = run_cli("--json", "check", "address", bad)
    assert r.code == 2, r.stdout
    assert r.json["ok"] is False


def test_non_utf8_argument() -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.run([sys.executable, "-m", "walletdoc", "--json", "check", "address", b"\xff\xfe0x12"],
                          capture_output=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


def test_missing_argument_and_bad_expect() -> None:
    assert run_cli("check", "address").code == 2
    assert run_cli("check", "address", GOOD_ETH, "--expect", "sol").code == 2
