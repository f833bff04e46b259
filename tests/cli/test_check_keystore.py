"""`walletdoc check keystore` end to end through the real entry point."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "keystores"
PASSWORD = "walletdoc-test"
PHRASE_WORD = "abandon"
KEY = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"
ADDRESS = "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"


@pytest.fixture()
def copy_of(tmp_path: Path):
    def make(name: str) -> Path:
        target = tmp_path / name
        shutil.copy(FIXTURES / name, target)
        return target

    return make


def assert_no_secret(result) -> None:
    for text in (result.stdout, result.stderr):
        assert PASSWORD not in text and PHRASE_WORD not in text and KEY not in text


@pytest.mark.parametrize("name", ["v3_scrypt.json", "v3_pbkdf2.json"])
def test_v3_right_password_piped(name: str, copy_of) -> None:
    path = copy_of(name)
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    r = run_cli("--json", "check", "keystore", str(path), stdin=PASSWORD + "\n")
    assert r.code == 0, r.stdout
    res = r.json["result"]
    assert res["format"] == "v3" and res["password_ok"] is True
    assert res["address"] == ADDRESS and res["address_matches"] is True
    assert res["kdf"] in ("scrypt", "pbkdf2") and isinstance(res["kdf_params"], dict)
    assert_no_secret(r)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_v3_password_file_and_wrong_password(copy_of, tmp_path: Path) -> None:
    path = copy_of("v3_pbkdf2.json")
    pw = tmp_path / "pw.txt"
    pw.write_text("not-the-password\n")
    r = run_cli("--json", "check", "keystore", str(path), "--password-file", str(pw))
    assert r.code == 1 and r.json["result"]["password_ok"] is False
    assert "keystore.wrong_password" in r.codes
    assert "not-the-password" not in r.stdout + r.stderr


def test_v3_address_mismatch_exit_1(copy_of) -> None:
    r = run_cli("--json", "check", "keystore", str(copy_of("v3_address_mismatch.json")), stdin=PASSWORD)
    assert r.code == 1 and r.json["result"]["address_matches"] is False
    assert "keystore.address_mismatch" in r.codes


def test_no_password_structure_only(copy_of) -> None:
    r = run_cli("--json", "check", "keystore", str(copy_of("v3_scrypt.json")), "--no-password")
    assert r.code == 0 and r.json["result"]["password_ok"] is None


def test_missing_password_is_bad_input(copy_of) -> None:
    r = run_cli("--json", "check", "keystore", str(copy_of("v3_scrypt.json")))
    assert r.code == 2 and r.json["ok"] is False


def test_password_on_command_line_refused(copy_of) -> None:
    r = run_cli("--json", "check", "keystore", str(copy_of("v3_scrypt.json")), "hunter2")
    assert r.code == 2 and "input.secret_on_command_line" in r.codes
    assert "hunter2" not in r.stdout + r.stderr


@pytest.mark.parametrize("name", ["metamask_vault.json", "metamask_vault_600k.json", "metamask_state.json",
                                  "metamask_leveldb.log"])
def test_metamask_vaults(name: str, copy_of) -> None:
    path = copy_of(name)
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    r = run_cli("--json", "check", "keystore", str(path), "--reveal", stdin=PASSWORD)
    assert r.code == 0, r.stdout
    res = r.json["result"]
    assert res["format"] == "metamask-vault" and res["kdf"] == "pbkdf2" and res["password_ok"] is True
    assert [a["address"] for a in res["accounts"]][-1] == ADDRESS
    assert len(res["accounts"]) == 3
    # --reveal without a terminal: refused, nothing revealed anywhere
    assert "keystore.reveal_refused" in r.codes
    assert_no_secret(r)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_vault_wrong_password(copy_of) -> None:
    r = run_cli("--json", "check", "keystore", str(copy_of("metamask_vault.json")), stdin="nope")
    assert r.code == 1 and r.json["result"]["password_ok"] is False


def test_human_output(copy_of) -> None:
    r = run_cli("check", "keystore", str(copy_of("metamask_vault.json")), stdin=PASSWORD)
    assert r.code == 0 and ADDRESS in r.stdout and "HD Key Tree" in r.stdout
    assert_no_secret(r)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "keystore.file_empty"),
        (b"\x00\x01\x02\xff" * 10, "keystore.looks_like_binary"),
        (b"\xc3\x28\xa0\xa1", "keystore.looks_like_binary"),
        (b"[]", "keystore.looks_like_json_not_object"),
        (b'{"version": 3, "crypto": {"kdf": 3}}', "keystore.missing_field"),
        (b'{"seed_version": 18}', "keystore.looks_like_electrum"),
        (KEY.encode(), "keystore.looks_like_private_key"),
    ],
)
def test_bad_files_exit_2(content: bytes, code: str, tmp_path: Path) -> None:
    path = tmp_path / "ks.json"
    path.write_bytes(content)
    r = run_cli("--json", "check", "keystore", str(path), stdin=PASSWORD)
    assert r.code == 2 and r.codes == [code]
    assert KEY not in r.stdout + r.stderr


def test_huge_file_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b"{" + b" " * (1 << 20) + b"}")
    r = run_cli("--json", "check", "keystore", str(path), stdin=PASSWORD)
    assert r.code == 2 and r.codes == ["keystore.file_too_large"]


def test_absurd_scrypt_refused_exit_2(tmp_path: Path) -> None:
    doc = json.loads((FIXTURES / "v3_scrypt.json").read_text())
    doc["crypto"]["kdfparams"]["n"] = 1 << 40
    path = tmp_path / "ks.json"
    path.write_text(json.dumps(doc))
    r = run_cli("--json", "check", "keystore", str(path), stdin=PASSWORD)
    assert r.code == 2 and r.codes == ["keystore.kdf_memory_too_high"]


def test_missing_file_exit_2(tmp_path: Path) -> None:
    r = run_cli("--json", "check", "keystore", str(tmp_path / "nope.json"), stdin=PASSWORD)
    assert r.code == 2 and r.json["ok"] is False
