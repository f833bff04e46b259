from __future__ import annotations

import pytest

from walletdoc.chains.address import SCRIPTS, encode_address, parse_address
from walletdoc.chains.encoding import cashaddr_decode

PUB = bytes.fromhex("0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c")


def kinds(text: str) -> set[tuple[str, str]]:
    return {(a.chain, a.kind) for a in parse_address(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", {("btc", "p2pkh"), ("bch", "p2pkh")}),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", {("btc", "p2sh-p2wpkh"), ("ltc", "p2sh-p2wpkh"), ("bch", "p2sh")}),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", {("btc", "p2wpkh")}),
        ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", {("btc", "p2wpkh")}),
        ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", {("btc", "p2tr")}),
        ("LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz", {("ltc", "p2pkh")}),
        ("DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L", {("doge", "p2pkh")}),
        ("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", {("trx", "trx")}),
        ("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", {("bch", "p2pkh")}),
        ("qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a", {("bch", "p2pkh")}),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", {("eth", "evm")}),
        ("", set()),
        ("hello", set()),
        ("bc1qw508d6qejxtdg4y5r3zarVARY0c5xw7kv8f3t4", set()),  # mixed case
    ],
)
def test_parse_kinds(text: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_evm_checksum_states() -> None:
    good = parse_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")[0]
    assert good.checksum_ok and good.notes == ()
    lower = parse_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")[0]
    assert lower.checksum_ok and "unchecked" in lower.notes
    upper = parse_address("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED")[0]
    assert upper.checksum_ok and "unchecked" in upper.notes
    wrong = parse_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")[0]
    assert not wrong.checksum_ok
    assert wrong.normalized == good.normalized


def test_base58_bad_checksum_is_reported() -> None:
    found = parse_address("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert found and not any(a.checksum_ok for a in found)


def test_tron_hex_form() -> None:
    (info,) = parse_address("415cbdd86a2fa8dc4bddd8a8f69dba48572eec07fb")
    assert info.chain == "trx" and info.normalized == "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"
    assert "tron_hex_form" in info.notes


def test_bch_legacy_normalizes_to_cashaddr() -> None:
    bch = [a for a in parse_address("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2") if a.chain == "bch"][0]
    assert bch.normalized.startswith("bitcoincash:q")
    assert cashaddr_decode(bch.normalized) is not None


def test_bad_cashaddr_checksum() -> None:
    (info,) = parse_address("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6c")
    assert not info.checksum_ok


@pytest.mark.parametrize("chain, kind", [(c, k) for c, ks in SCRIPTS.items() for k in ks])
def test_roundtrip(chain: str, kind: str) -> None:
    addr = encode_address(chain, kind, PUB)
    infos = [a for a in parse_address(addr) if (a.chain, a.kind) == (chain, kind)]
    assert len(infos) == 1 and infos[0].checksum_ok and infos[0].normalized == addr


def test_encode_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        encode_address("doge", "p2tr", PUB)
    with pytest.raises(ValueError):
        encode_address("btc", "p2pkh", b"\x04" + bytes(32))
