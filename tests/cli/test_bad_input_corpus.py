"""One corpus of bad files fed to every command that reads a file: always exit 2, one clear
message, no traceback, nothing written, and the file left exactly as it was."""

from __future__ import annotations

import hashlib
import os

import pytest

from tests.helpers import run_cli

CORPUS = {
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "non_utf8": b"\xff\xfe\xfa\xfb abandon \xc3\x28",
    "huge": b"abandon " * 400_000,  # 3.2 MB
    "json_wrong_types": b'{"version": "3", "crypto": [1, 2], "address": 7, "command": 5, "findings": "x"}',
    "nul": b"abandon\x00abandon",
}
ADDR = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"

COMMANDS = {
    "check mnemonic": lambda f: ["check", "mnemonic", "--phrase-file", f],
    "check keystore": lambda f: ["check", "keystore", f, "--no-password"],
    "derive": lambda f: ["derive", "--phrase-file", f],
    "recover mnemonic": lambda f: ["recover", "mnemonic", "--phrase-file", f, "--address", ADDR, "--workers", "1"],
    "recover keystore (file)": lambda f: ["recover", "keystore", f, "--tokens", f],
    "scan": lambda f: ["scan", "--phrase-file", f, "--offline"],
    "report": lambda f: ["report", "--from", f],
}
# `fix tx` shows the plan before it asks for the key, so its key files are read after the node
# answers: its malformed keys are tested in tests/unit/test_signing.py and tests/node/test_fix.py.
# Text that is not a phrase is a finding of `check mnemonic` (exit 1: problems found), not bad input.
PROBLEMS_NOT_BAD_INPUT = {("check mnemonic", "json_wrong_types")}


@pytest.mark.parametrize("kind", sorted(CORPUS))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_bad_file_exit_2(tmp_path, command: str, kind: str) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(CORPUS[kind])
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns)
    args = COMMANDS[command](str(path))
    r = run_cli("--json", *args)
    expected = 1 if (command, kind) in PROBLEMS_NOT_BAD_INPUT else 2
    assert r.code == expected, (command, kind, r.code, r.stdout[-500:])
    env = r.json
    assert env["ok"] is False and env["findings"] and env["findings"][0]["severity"] == "error"
    assert len(env["findings"][0]["message"]) < 400
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input.bin"]
