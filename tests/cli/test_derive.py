from __future__ import annotations

import pytest
from bip_utils import Bip44, Bip44Changes, Bip44Coins, Bip49, Bip49Coins, Bip84, Bip84Coins, Bip86, Bip86Coins
from mnemonic import Mnemonic

from tests.helpers import run_cli

PHRASE = "abandon " * 11 + "about"
SEED = Mnemonic.to_seed(PHRASE)


def lib_address(cls, coin, index: int = 0, account: int = 0) -> str:
    ctx = cls.FromSeed(SEED, coin).Purpose().Coin().Account(account).Change(Bip44Changes.CHAIN_EXT)
    return ctx.AddressIndex(index).PublicKey().ToAddress()


def by_path(rows: list[dict]) -> dict[tuple[str, str], str]:
    return {(r["path"], r["script"]): r["address"] for r in rows}


def test_default_eth_and_btc_match_bip_utils() -> None:
    r = run_cli("--json", "derive", "--count", "2", stdin=PHRASE)
    assert r.code == 0, r.stdout
    rows = by_path(r.json["result"]["addresses"])
    assert rows[("m/44'/60'/0'/0/1", "evm")] == lib_address(Bip44, Bip44Coins.ETHEREUM, 1)
    assert rows[("m/44'/0'/0'/0/0", "p2pkh")] == lib_address(Bip44, Bip44Coins.BITCOIN)
    assert rows[("m/49'/0'/0'/0/0", "p2sh-p2wpkh")] == lib_address(Bip49, Bip49Coins.BITCOIN)
    assert rows[("m/84'/0'/0'/0/1", "p2wpkh")] == lib_address(Bip84, Bip84Coins.BITCOIN, 1)
    assert rows[("m/86'/0'/0'/0/0", "p2tr")] == lib_address(Bip86, Bip86Coins.BITCOIN)
    first = r.json["result"]["addresses"][0]
    assert set(first) == {"chain", "wallet", "path", "script", "address"}
    assert "metamask" in first["wallet"]
    assert "derive.no_passphrase" in r.codes


def test_wallet_by_family_and_chain() -> None:
    r = run_cli("--json", "derive", "--wallet", "trezor", "--chain", "btc", "--count", "1", stdin=PHRASE)
    assert r.code == 0
    assert {a["chain"] for a in r.json["result"]["addresses"]} == {"btc"}


def test_bitpie_says_unverified() -> None:
    r = run_cli("--json", "derive", "--wallet", "bitpie", "--count", "1", stdin=PHRASE)
    assert r.code == 0 and "derive.preset_unverified" in r.codes


def test_path_script_from_purpose_and_override() -> None:
    r = run_cli("--json", "derive", "--path", "m/84'/0'/0'/0/0", "--path", "m/44'/195'/0'/0/0", stdin=PHRASE)
    rows = r.json["result"]["addresses"]
    assert rows[0]["address"] == "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu" and rows[0]["wallet"] is None
    assert rows[1]["address"] == lib_address(Bip44, Bip44Coins.TRON)
    r = run_cli("--json", "derive", "--path", "m/44'/0'/0'/0/0", "--script", "p2wpkh", stdin=PHRASE)
    assert r.json["result"]["addresses"][0]["address"].startswith("bc1q")


def test_ltc_doge_bch_trx() -> None:
    r = run_cli("--json", "derive", "--chain", "ltc", "--chain", "doge", "--chain", "bch", "--chain", "trx",
                "--count", "1", stdin=PHRASE)
    rows = by_path(r.json["result"]["addresses"])
    assert rows[("m/44'/2'/0'/0/0", "p2pkh")] == lib_address(Bip44, Bip44Coins.LITECOIN)
    assert rows[("m/84'/2'/0'/0/0", "p2wpkh")] == lib_address(Bip84, Bip84Coins.LITECOIN)
    assert rows[("m/44'/3'/0'/0/0", "p2pkh")] == lib_address(Bip44, Bip44Coins.DOGECOIN)
    assert rows[("m/44'/145'/0'/0/0", "p2pkh")] == lib_address(Bip44, Bip44Coins.BITCOIN_CASH)
    assert rows[("m/44'/195'/0'/0/0", "trx")] == "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"


def test_passphrase_file(tmp_path) -> None:
    phrase = tmp_path / "p"
    phrase.write_text(PHRASE)
    pw = tmp_path / "pw"
    pw.write_text("TREZOR\n")
    r = run_cli("--json", "derive", "--phrase-file", str(phrase), "--passphrase-file", str(pw),
                "--chain", "eth", "--wallet", "metamask", "--count", "1")
    addr = r.json["result"]["addresses"][0]["address"]
    seed = Mnemonic.to_seed(PHRASE, "TREZOR")
    ctx = Bip44.FromSeed(seed, Bip44Coins.ETHEREUM).Purpose().Coin().Account(0).Change(Bip44Changes.CHAIN_EXT)
    assert addr == ctx.AddressIndex(0).PublicKey().ToAddress()
    assert "TREZOR" not in r.stdout and "derive.no_passphrase" not in r.codes


def test_private_keys_refused_without_terminal() -> None:
    r = run_cli("--json", "derive", "--show-private-keys", stdin=PHRASE)
    assert r.code == 2 and "derive.private_keys_need_terminal" in r.codes
    assert "private_key" not in r.stdout.replace("private_keys", "")


def test_phrase_on_command_line_refused() -> None:
    r = run_cli("--json", "derive", *PHRASE.split())
    assert r.code == 2 and "input.secret_on_command_line" in r.codes


@pytest.mark.parametrize(
    "args, stdin",
    [
        ((), ""),
        ((), "abandon abandon"),
        ((), "\x00\x01\x02"),
        ((), b"\xff\xfe\xfd"),
        ((), "word " * 300000),
        (("--path", "m/44'/x"), PHRASE),
        (("--path", "44'/0'"), PHRASE),
        (("--path", "m/0'/0"), PHRASE),
        (("--path", "m/44'/9999'/0'/0/0"), PHRASE),
        (("--path", "m/44'/60'/0'/0/0", "--chain", "eth", "--script", "p2tr"), PHRASE),
        (("--wallet", "nonesuch"), PHRASE),
        (("--wallet", "metamask", "--chain", "btc"), PHRASE),
        (("--count", "0"), PHRASE),
        (("--count", "abc"), PHRASE),
        (("--chain", "sol"), PHRASE),
        (("--phrase-file", "/nonexistent/file"), None),
        (("--passphrase-file", "/nonexistent/file"), PHRASE),
    ],
)
def test_malformed_input_exit_2(args: tuple[str, ...], stdin) -> None:
    r = run_cli("--json", "derive", *args, stdin=stdin)
    assert r.code == 2, (args, r.stdout[-500:])
    assert r.json["ok"] is False
    assert "abandon" not in r.stdout


def test_invalid_phrase_findings_name_positions_not_words(tmp_path):
    """Only `check mnemonic` may echo a word of the phrase; derive says where, not what."""
    f = tmp_path / "p.txt"
    f.write_text("abandon " * 11 + "zebrq\n")
    r = run_cli("--json", "derive", "--phrase-file", str(f))
    assert r.code == 2
    assert "zebrq" not in r.stdout + r.stderr and "zebra" not in r.stdout
    unknown = [x for x in r.json["findings"] if x["code"] == "mnemonic.unknown_word"]
    assert unknown and unknown[0]["data"] == {"position": 12}


def test_public_test_phrase_is_flagged(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("abandon " * 11 + "about\n")
    r = run_cli("--json", "derive", "--phrase-file", str(f), "--wallet", "metamask", "--count", "1")
    assert r.code == 0 and "mnemonic.known_phrase" in r.codes
