from __future__ import annotations

import pytest

from walletdoc.checks.address import check_address
from walletdoc.errors import BadInput

GOOD_ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


def codes(text: str, expect: str | None = None) -> tuple[list[str], dict]:
    findings, result = check_address(text, expect)
    return [f.code for f in findings], result


@pytest.mark.parametrize(
    "text, expect, code, valid",
    [
        (GOOD_ETH, None, "address.valid", True),
        (GOOD_ETH.lower(), None, "address.evm_unchecked", True),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", None, "address.evm_checksum_wrong", False),
        (GOOD_ETH[2:], None, "address.evm_missing_0x", False),
        (GOOD_ETH[:30], None, "address.truncated", False),
        (GOOD_ETH + "ab", None, "address.wrong_length", False),
        ("0x5aAeb6053F3E94C9b9A09f\u200b33669435E7Ef1BeAed", None, "address.hidden_characters", False),
        ("0x5aAeb6053F3E94C9 b9A09f33669435E7Ef1BeAed", None, "address.hidden_characters", False),
        ("bc1qw508d6qejxtdg4y5r3zarVARY0c5xw7kv8f3t4", None, "address.bech32_mixed_case", False),
        ("bc1qw508d6qejxtdg4y5r3", None, "address.truncated", False),
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", None, "address.checksum_wrong", False),
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "eth", "address.chain_mismatch", False),
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", None, "address.bch_legacy_also_btc", True),
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bch", "address.bch_legacy_also_btc", True),
        ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "eth", "address.chain_mismatch", False),
        (GOOD_ETH, "btc", "address.chain_mismatch", False),
        (GOOD_ETH, "trx", "address.evm_on_tron", False),
        ("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "eth", "address.tron_on_evm", False),
        ("415cbdd86a2fa8dc4bddd8a8f69dba48572eec07fb", None, "address.tron_hex_form", True),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "ltc", "address.ltc_legacy_p2sh", True),
        ("hello world", None, "address.unrecognized", False),
        ("1BvBMSEYstWetq", None, "address.truncated", False),
    ],
)
def test_findings(text: str, expect: str | None, code: str, valid: bool) -> None:
    found, result = codes(text, expect)
    assert code in found
    assert result["valid"] is valid


def test_result_shape() -> None:
    _, result = codes("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
    assert {c["chain"] for c in result["candidates"]} == {"btc", "ltc", "bch"}
    assert set(result["candidates"][0]) == {"chain", "kind", "checksum_ok", "normalized"}


def test_evm_on_tron_gives_t_address() -> None:
    findings, _ = check_address(GOOD_ETH, "tron")
    assert findings[0].data["tron"].startswith("T")


@pytest.mark.parametrize("bad", ["", "   ", "\u200b", "x" * 5000, "0x\x00\x01", "abc\udcff"])
def test_unusable(bad: str) -> None:
    with pytest.raises(BadInput):
        check_address(bad)
