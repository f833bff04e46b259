"""The README documents each command's JSON `result`; these runs hold the code to it.

Fields are read from the README's tables (first column) under each command heading, so the
document and the code cannot drift apart silently.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.unit.recover._fixtures import address, damaged, phrase

ROOT = Path(__file__).resolve().parents[2]
KEYSTORES = ROOT / "tests" / "fixtures" / "keystores"


def documented_fields(command: str) -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = re.search(rf"^### `{re.escape(command)}[ `]", text, re.M)
    assert start, f"no README section for {command}"
    section = text[start.end():]
    section = section[: (m.start() if (m := re.search(r"^#{2,3} ", section, re.M)) else len(section))]
    fields: set[str] = set()
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells and cells[0] not in ("field", "") and not set(cells[0]) <= {"-"}:
            fields.update(f.strip() for f in cells[0].split(","))
    assert fields, f"no result table for {command}"
    return fields


def result_of(*args: str, stdin: str | None = None) -> dict:
    r = run_cli("--json", *args, stdin=stdin)
    assert r.code in (0, 1), r.stdout[-800:]
    return r.json["result"]


def test_check_mnemonic(tmp_path):
    assert set(result_of("check", "mnemonic", stdin=phrase())) == documented_fields("check mnemonic")


def test_check_keystore_v3_and_vault():
    pw = "walletdoc-test"
    v3 = result_of("check", "keystore", str(KEYSTORES / "v3_pbkdf2.json"), stdin=pw)
    vault = result_of("check", "keystore", str(KEYSTORES / "metamask_vault.json"), stdin=pw)
    assert set(v3) | set(vault) == documented_fields("check keystore")


def test_check_address():
    got = result_of("check", "address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert set(got) == documented_fields("check address")
    assert set(got["candidates"][0]) == {"chain", "kind", "checksum_ok", "normalized"}


def test_recover_mnemonic(tmp_path):
    m = phrase()
    target = address(m, "eth", "m/44'/60'/0'/0/0", "evm")
    (tmp_path / "p.txt").write_text(damaged(m, w11="?"))
    got = result_of("recover", "mnemonic", "--phrase-file", str(tmp_path / "p.txt"), "--address", target,
                    "--wallet", "metamask", "--workers", "1")
    assert set(got) == documented_fields("recover mnemonic")


def test_recover_keystore(tmp_path):
    (tmp_path / "words.txt").write_text("nope\nwalletdoc-test\n")
    got = result_of("recover", "keystore", str(KEYSTORES / "v3_pbkdf2.json"), "--wordlist",
                    str(tmp_path / "words.txt"), "--workers", "1")
    assert set(got) == documented_fields("recover keystore") and got["found"] is True


@pytest.mark.parametrize("command", ["check mnemonic", "check keystore", "check address", "recover mnemonic",
                                     "recover keystore", "diagnose tx"])
def test_every_documented_table_parses(command):
    assert documented_fields(command)
