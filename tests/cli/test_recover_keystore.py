"""`walletdoc recover keystore` end to end: scrypt, pbkdf2, MetaMask vault, typos, tokens, resume, bad input."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

import pytest

from tests.helpers import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "keystores"
PASSWORD = "walletdoc-test"
ADDRESS = "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"
RESULT_KEYS = {"found", "password", "address", "space", "tried", "seconds"}


def recover(*args: str, env: dict[str, str] | None = None, workers: str = "1", json_mode: bool = True):
    head = ["--json"] if json_mode else []
    return run_cli(*head, "recover", "keystore", *args, "--workers", workers, env=env)


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def decoys(n: int) -> list[str]:
    return [f"decoy{i}" for i in range(n)]


def make_vault(tmp_path, password: str) -> str:
    """A MetaMask vault in the browser-passworder format (see tests/fixtures/keystores)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, iv = os.urandom(32), os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 10_000, 32)
    rings = [{"type": "HD Key Tree", "data": {"mnemonic": "abandon " * 11 + "about", "numberOfAccounts": 1,
                                              "hdPath": "m/44'/60'/0'/0"}}]
    data = AESGCM(key).encrypt(iv, json.dumps(rings).encode(), None)
    vault = {"data": base64.b64encode(data).decode(), "iv": base64.b64encode(iv).decode(),
             "salt": base64.b64encode(salt).decode()}
    return write(tmp_path, "vault.json", json.dumps(vault))


def assert_found(r, password: str, address: str | None = ADDRESS) -> None:
    assert r.code == 0, r.stdout + r.stderr
    res = r.json["result"]
    assert set(res) == RESULT_KEYS
    assert res["found"] is True and res["password"] == password and res["address"] == address
    assert res["space"] >= res["tried"] > 0 and res["seconds"] >= 0
    assert password not in r.stderr
    assert "keysearch.found" in r.codes and "keysearch.space" in r.codes


def test_scrypt_wordlist_found_human_output(tmp_path) -> None:
    words = write(tmp_path, "w.txt", "\n".join(decoys(5) + [PASSWORD]) + "\n")
    r = recover(str(FIXTURES / "v3_scrypt.json"), "--wordlist", words, json_mode=False, workers="2")
    assert r.code == 0, r.stderr
    assert PASSWORD in r.stdout and ADDRESS in r.stdout
    assert PASSWORD not in r.stderr and "n=1024" in r.stderr and "worker" in r.stderr


def test_pbkdf2_tokens_found(tmp_path) -> None:
    tokens = write(tmp_path, "t.txt", "# what I remember\ntest\nwalletdoc|Walletdoc\n? -|_\n")
    r = recover(str(FIXTURES / "v3_pbkdf2.json"), "--tokens", tokens)
    assert_found(r, PASSWORD)


def test_metamask_vault_typo_found_two_workers(tmp_path) -> None:
    vault = make_vault(tmp_path, "Hunter2!")
    words = write(tmp_path, "w.txt", "\n".join(decoys(1500) + ["hunter2!"]) + "\n")
    r = recover(vault, "--wordlist", words, "--typos", "1", workers="2")
    assert_found(r, "Hunter2!", "0x9858EfFD232B4033E47d90003D41EC34EcaEda94")
    assert r.json["findings"][0]["data"]["workers"] == 2  # big enough for the process pool


def test_typos_two_edits_and_wordlist_plus_tokens(tmp_path) -> None:
    words = write(tmp_path, "w.txt", "letmein\n")
    tokens = write(tmp_path, "t.txt", "walletdco\n$ -tset\n")
    r = recover(str(FIXTURES / "v3_pbkdf2.json"), "--wordlist", words, "--tokens", tokens, "--typos", "2")
    assert_found(r, PASSWORD)


def test_no_match_exits_1(tmp_path) -> None:
    words = write(tmp_path, "w.txt", "\n".join(decoys(20)) + "\n")
    r = recover(str(FIXTURES / "metamask_vault.json"), "--wordlist", words)
    assert r.code == 1 and r.codes[-1] == "keysearch.not_found"
    assert r.json["result"] == {"found": False, "password": None, "address": None, "space": 20, "tried": 20,
                                "seconds": r.json["result"]["seconds"]}


@pytest.mark.parametrize("content", [b"", b"{not json", b"\x00\xff\xfe binary", b'{"version": 3, "crypto": 5}',
                                     b'{"version": 3, "crypto": {"cipher": "aes-128-ctr"}}', b"[1, 2]"])
def test_corrupt_keystore_exits_2(tmp_path, content) -> None:
    ks = tmp_path / "ks.json"
    ks.write_bytes(content)
    words = write(tmp_path, "w.txt", "a\n")
    r = recover(str(ks), "--wordlist", words)
    assert r.code == 2 and r.json["ok"] is False


@pytest.mark.parametrize(("args", "code"), [
    ([], "keysearch.no_source"),
    (["--wordlist", "EMPTY"], "keysearch.wordlist_empty"),
    (["--wordlist", "BINARY"], "keysearch.wordlist_not_utf8"),
    (["--wordlist", "MISSING"], "input.file_unreadable"),
    (["--tokens", "BADTOKENS"], "keysearch.tokens_anchors"),
    (["--tokens", "EMPTY"], "keysearch.tokens_none"),
    (["--tokens", "BINARY"], "input.not_utf8"),
    (["--wordlist", "WORDS", "--typos", "-1"], "keysearch.bad_typos"),
    (["--wordlist", "WORDS", "--typos", "5"], "keysearch.bad_typos"),
])
def test_bad_input_exits_2(tmp_path, args, code) -> None:
    files = {"EMPTY": write(tmp_path, "e.txt", "\n\n"), "WORDS": write(tmp_path, "w.txt", "a\n"),
             "BADTOKENS": write(tmp_path, "t.txt", "^ a\n^ b\n"), "MISSING": str(tmp_path / "nope.txt")}
    (tmp_path / "b.txt").write_bytes(b"ok\n\xff\xfe\n")
    files["BINARY"] = str(tmp_path / "b.txt")
    r = recover(str(FIXTURES / "v3_pbkdf2.json"), *[files.get(a, a) for a in args])
    assert r.code == 2 and code in r.codes, r.stdout


def test_zero_workers_exits_2(tmp_path) -> None:
    r = recover(str(FIXTURES / "v3_pbkdf2.json"), "--wordlist", write(tmp_path, "w.txt", "a\n"), workers="0")
    assert r.code == 2 and "keysearch.bad_workers" in r.codes


def test_password_on_command_line_refused(tmp_path) -> None:
    r = recover(str(FIXTURES / "v3_pbkdf2.json"), PASSWORD)
    assert r.code == 2 and "input.secret_on_command_line" in r.codes


def test_interrupt_and_resume(tmp_path) -> None:
    words = write(tmp_path, "w.txt", "\n".join(decoys(30) + [PASSWORD]) + "\n")
    ckpt = tmp_path / "search.ckpt"
    args = (str(FIXTURES / "v3_scrypt.json"), "--wordlist", words, "--checkpoint", str(ckpt))
    r = recover(*args, env={"WALLETDOC_RECOVER_CHUNK": "4", "WALLETDOC_TEST_INTERRUPT_AFTER": "3"})
    assert r.code == 130 and "keysearch.interrupted" in r.codes, r.stdout + r.stderr
    assert r.json["result"]["found"] is False and r.json["result"]["tried"] == 12
    saved = ckpt.read_text()
    assert json.loads(saved)["done"] == [[0, 12]]
    assert oct(ckpt.stat().st_mode & 0o777) == "0o600"
    assert PASSWORD not in saved and "decoy" not in saved
    r = recover(*args, env={"WALLETDOC_RECOVER_CHUNK": "4"})
    assert_found(r, PASSWORD)
    assert "keysearch.resumed" in r.codes and r.json["result"]["tried"] == 19
    assert PASSWORD not in ckpt.read_text()
    other = write(tmp_path, "other.txt", "x\n" * 31)
    r = recover(str(FIXTURES / "v3_scrypt.json"), "--wordlist", other, "--checkpoint", str(ckpt))
    assert r.code == 2 and "recover.checkpoint_mismatch" in r.codes
