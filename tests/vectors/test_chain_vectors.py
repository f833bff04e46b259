from __future__ import annotations

import importlib

import pytest
from mnemonic import Mnemonic

from walletdoc.chains import encoding as enc
from walletdoc.chains.address import evm_account, parse_address
from walletdoc.chains.derive import derive_address
from walletdoc.vectors import suite_bech32, suite_eip55

SUITES = ["bip32", "bip49_84_86", "bech32", "eip55"]


@pytest.mark.parametrize("name", SUITES)
def test_suite_passes(name: str) -> None:
    suite = importlib.import_module(f"walletdoc.vectors.suite_{name}")
    passed, failed, failures = suite.run()
    assert failed == 0, failures
    assert passed > 0 and suite.NAME == name


@pytest.mark.parametrize("address, spk", suite_bech32.load()["segwit_valid"])
def test_segwit_valid(address: str, spk: str) -> None:
    assert suite_bech32.script_pubkey(address) == spk


@pytest.mark.parametrize("address", suite_bech32.load()["segwit_invalid"])
def test_segwit_invalid(address: str) -> None:
    assert suite_bech32.script_pubkey(address) is None
    assert not any(a.checksum_ok for a in parse_address(address))


@pytest.mark.parametrize("address", suite_eip55.load()["checksummed"])
def test_eip55(address: str) -> None:
    (info,) = parse_address(address)
    assert info.checksum_ok and info.normalized == address


SEED = Mnemonic.to_seed("abandon " * 11 + "about")


def test_tron_abandon_about_independent() -> None:
    """m/44'/195'/0'/0/0: bip-utils vs keccak(uncompressed key)[-20:] + base58check(0x41) by hand."""
    import coincurve
    from bip_utils import Bip44, Bip44Changes, Bip44Coins
    from Crypto.Hash import keccak

    d = derive_address(SEED, "trx", "m/44'/195'/0'/0/0", "trx")
    lib = Bip44.FromSeed(SEED, Bip44Coins.TRON).Purpose().Coin().Account(0).Change(Bip44Changes.CHAIN_EXT)
    lib_addr = lib.AddressIndex(0).PublicKey().ToAddress()
    raw = coincurve.PublicKey(d.public_key).format(compressed=False)[1:]
    k = keccak.new(digest_bits=256)
    k.update(raw)
    by_hand = enc.b58check_encode(b"\x41" + k.digest()[-20:])
    assert d.address == lib_addr == by_hand == "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"
    assert evm_account(d.public_key) == k.digest()[-20:]
