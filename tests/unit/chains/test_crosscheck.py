"""Random seeds: walletdoc's encoders and derivation agree with bip-utils' own
Bip44/49/84/86 address classes, and parse_address round-trips every address."""

from __future__ import annotations

from bip_utils import Bip44, Bip44Changes, Bip44Coins, Bip49, Bip49Coins, Bip84, Bip84Coins, Bip86, Bip86Coins
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.chains.address import parse_address
from walletdoc.chains.derive import derive_address

CASES = [
    (Bip44, Bip44Coins.BITCOIN, "btc", "p2pkh", 44, 0),
    (Bip49, Bip49Coins.BITCOIN, "btc", "p2sh-p2wpkh", 49, 0),
    (Bip84, Bip84Coins.BITCOIN, "btc", "p2wpkh", 84, 0),
    (Bip86, Bip86Coins.BITCOIN, "btc", "p2tr", 86, 0),
    (Bip44, Bip44Coins.LITECOIN, "ltc", "p2pkh", 44, 2),
    (Bip49, Bip49Coins.LITECOIN, "ltc", "p2sh-p2wpkh", 49, 2),
    (Bip84, Bip84Coins.LITECOIN, "ltc", "p2wpkh", 84, 2),
    (Bip44, Bip44Coins.DOGECOIN, "doge", "p2pkh", 44, 3),
    (Bip44, Bip44Coins.BITCOIN_CASH, "bch", "p2pkh", 44, 145),
    (Bip44, Bip44Coins.ETHEREUM, "eth", "evm", 44, 60),
    (Bip44, Bip44Coins.TRON, "trx", "trx", 44, 195),
]


@settings(max_examples=15, deadline=None)
@given(seed=st.binary(min_size=16, max_size=64), account=st.integers(0, 3), index=st.integers(0, 2**31 - 1))
def test_agrees_with_bip_utils(seed: bytes, account: int, index: int) -> None:
    for cls, coin, chain, kind, purpose, coin_type in CASES:
        ctx = cls.FromSeed(seed, coin).Purpose().Coin().Account(account).Change(Bip44Changes.CHAIN_EXT)
        expected = ctx.AddressIndex(index).PublicKey().ToAddress()
        d = derive_address(seed, chain, f"m/{purpose}'/{coin_type}'/{account}'/0/{index}", kind)
        assert d.address == expected, (chain, kind)
        infos = [i for i in parse_address(d.address) if (i.chain, i.kind) == (chain, kind)]
        assert len(infos) == 1 and infos[0].checksum_ok and infos[0].normalized == d.address
