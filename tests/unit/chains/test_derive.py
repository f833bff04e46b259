from __future__ import annotations

import pytest
from mnemonic import Mnemonic

from walletdoc.chains.derive import derive_address, derive_many, parse_path
from walletdoc.chains.presets import PRESETS, PathTemplate
from walletdoc.errors import BadInput

SEED = Mnemonic.to_seed("abandon " * 11 + "about")


def test_known_addresses() -> None:
    assert derive_address(SEED, "eth", "m/44'/60'/0'/0/0", "evm").address == \
        "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"
    assert derive_address(SEED, "btc", "m/84h/0h/0h/0/0", "p2wpkh").address == \
        "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"


def test_private_key_redacted() -> None:
    d = derive_address(SEED, "eth", "m/44'/60'/0'/0/0", "evm")
    assert d.private_key is not None
    assert "redacted" in repr(d) and d.private_key.reveal().startswith("0x")
    assert d.private_key.reveal()[2:] not in repr(d)


def test_derive_many_matches_single() -> None:
    many = derive_many(SEED, PRESETS["trezor-btc"], range(2), range(2))
    assert len(many) == 16
    for d in many[:5]:
        assert derive_address(SEED, d.chain, d.path, d.script).address == d.address


def test_templates_infer_chain() -> None:
    out = derive_many(SEED, [PathTemplate("m/44'/195'/0'/0/{index}", "trx")], range(1))
    assert out[0].chain == "trx"
    with pytest.raises(BadInput):
        derive_many(SEED, [PathTemplate("m/44'/9999'/0'/0/{index}", "p2pkh")], range(1))


@pytest.mark.parametrize("bad", ["", "m", "44'/0'", "m/x", "m/2147483648", "m/1''", "m/" + "/".join(["0"] * 11),
                                 "m/-1", "m//0"])
def test_bad_paths(bad: str) -> None:
    if bad == "m":
        assert parse_path(bad) == ()
        return
    with pytest.raises(BadInput):
        parse_path(bad)


def test_bad_script() -> None:
    with pytest.raises(BadInput):
        derive_address(SEED, "eth", "m/44'/60'/0'/0/0", "p2pkh")
