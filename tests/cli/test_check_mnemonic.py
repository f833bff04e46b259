"""`walletdoc check mnemonic` end to end: exit codes, JSON shape, malformed input, no echo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli

LEGAL = "legal winner thank year wave sausage worth useful legal winner thank yellow"
SECRETISH = "wagon"  # a word that must never show up in stderr


def test_valid_phrase_from_stdin_json() -> None:
    r = run_cli("--json", "check", "mnemonic", stdin=LEGAL + "\n")
    assert r.code == 0
    doc = r.json
    assert doc["command"] == "check mnemonic" and doc["ok"] is True
    result = doc["result"]
    assert result["valid"] is True and result["language"] == "english" and result["words"] == 12
    assert result["checksum_ok"] is True and result["electrum"] is None
    assert isinstance(result["languages_considered"], list) and isinstance(result["tolerated"], list)
    assert "mnemonic.ok" in r.codes


def test_phrase_file(tmp_path: Path) -> None:
    f = tmp_path / "phrase.txt"
    f.write_text("1. Legal\n2. winner\n" + " ".join(LEGAL.split()[2:]) + "\n", encoding="utf-8")
    r = run_cli("--json", "check", "mnemonic", "--phrase-file", str(f))
    assert r.code == 0
    assert {"case", "numbering"} <= set(r.json["result"]["tolerated"])


def test_unknown_word_exit_1_with_suggestions() -> None:
    phrase = LEGAL.replace("winner", "winnr", 1)
    r = run_cli("--json", "check", "mnemonic", stdin=phrase)
    assert r.code == 1
    unknown = [f for f in r.json["findings"] if f["code"] == "mnemonic.unknown_word"]
    assert unknown[0]["data"] == {"position": 2, "word": "winnr", "suggestions": unknown[0]["data"]["suggestions"]}
    assert unknown[0]["data"]["suggestions"][0] == "winner"
    assert "winnr" not in r.stderr


def test_human_output_verdict_first_and_no_echo() -> None:
    phrase = LEGAL.replace("wave", SECRETISH + "x", 1)
    r = run_cli("check", "mnemonic", stdin=phrase)
    assert r.code == 1
    first = r.stdout.strip().splitlines()[0]
    assert first.startswith("Next step")
    assert "Likeliest" in r.stdout
    assert SECRETISH not in r.stderr and "legal" not in r.stderr


def test_checksum_invalid_exit_1() -> None:
    r = run_cli("--json", "check", "mnemonic", stdin=LEGAL.replace("yellow", "thank"))
    assert r.code == 1 and "mnemonic.checksum_invalid" in r.codes


@pytest.mark.parametrize("args", [("abandon", "ability"), ("--language", "english", "legal", "winner")])
def test_positional_words_refused(args: tuple[str, ...]) -> None:
    r = run_cli("check", "mnemonic", *args)
    assert r.code == 2
    assert "history" in (r.stdout + r.stderr).lower()
    r = run_cli("--json", "check", "mnemonic", *args)
    assert r.code == 2 and r.codes == ["input.secret_on_command_line"]
    assert "ability" not in r.stdout + r.stderr and "winner" not in r.stdout + r.stderr


def test_invalid_language_exit_2() -> None:
    r = run_cli("--json", "check", "mnemonic", "--language", "klingon", stdin=LEGAL)
    assert r.code == 2 and r.codes == ["mnemonic.bad_language"]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\n", b"\xff\xfe\xfa\x00garbage", b"abandon\x00\x01\x02about", b"\x89PNG\r\n\x1a\n\x00\x00"],
    ids=["empty", "blank", "non-utf8", "nul", "binary"],
)
def test_malformed_stdin_exit_2(data: bytes) -> None:
    r = run_cli("--json", "check", "mnemonic", stdin=data)
    assert r.code == 2, r.stdout
    assert r.json["ok"] is False
    assert "abandon" not in r.stderr


@pytest.mark.parametrize(
    "data",
    [b"", b"\xc3\x28 invalid utf8", b"\x00\x01\x02\x03", b"a" * (2 << 20)],
    ids=["empty", "non-utf8", "binary", "huge"],
)
def test_malformed_file_exit_2(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "phrase.txt"
    f.write_bytes(data)
    r = run_cli("--json", "check", "mnemonic", "--phrase-file", str(f))
    assert r.code == 2
    assert r.json["ok"] is False


def test_missing_file_exit_2(tmp_path: Path) -> None:
    r = run_cli("check", "mnemonic", "--phrase-file", str(tmp_path / "nope.txt"))
    assert r.code == 2
    assert r.stderr == "" or "Traceback" not in r.stderr


def test_many_words_is_one_finding() -> None:
    r = run_cli("--json", "check", "mnemonic", stdin="abandon " * 5000)
    assert r.code == 1 and r.codes == ["mnemonic.too_many_words"]


def test_electrum_seed_exit_0_with_warning() -> None:
    r = run_cli(
        "--json",
        "check",
        "mnemonic",
        stdin="cram swing cover prefer miss modify ritual silly deliver chunk behind inform able",
    )
    assert r.code == 0
    assert r.json["result"]["electrum"] == "standard" and r.codes == ["mnemonic.electrum_seed"]


def test_public_phrase_warns() -> None:
    r = run_cli("--json", "check", "mnemonic", stdin="test " * 11 + "junk")
    assert r.code == 0
    assert "mnemonic.known_phrase" in r.codes
