from __future__ import annotations

from walletdoc.chains.address import SCRIPTS
from walletdoc.chains.presets import PRESETS, expand, find_presets, presets_for

REQUIRED = ["metamask", "trezor", "ledger-live", "ledger-legacy", "mew", "trust", "imtoken", "tokenpocket",
            "bitpie", "exodus", "coinomi", "electrum-bip39", "sparrow", "samourai", "copay", "tronlink"]


def test_every_required_wallet_is_found() -> None:
    for name in REQUIRED:
        assert find_presets(name), name


def test_family_and_id_lookup() -> None:
    assert {p.id for p in find_presets("trezor")} == {"trezor-eth", "trezor-btc"}
    assert [p.id for p in find_presets("trezor", "btc")] == ["trezor-btc"]
    assert [p.id for p in find_presets("METAMASK")] == ["metamask"]
    assert find_presets("nonesuch") == []


def test_scripts_fit_chains() -> None:
    for p in PRESETS.values():
        for t in p.templates:
            assert t.script in SCRIPTS[p.chain]
            assert t.template.startswith("m/")


def test_standards_per_chain() -> None:
    for chain in ("btc", "ltc", "doge", "bch", "trx", "eth"):
        assert f"standard-{chain}" in PRESETS
    assert presets_for("btc", "p2tr")
    assert all(p.chain == "trx" for p in presets_for("trx"))


def test_bitpie_unverified() -> None:
    assert all(not p.verified for p in find_presets("bitpie"))


def test_expand_order_and_dedupe() -> None:
    paths = expand(PRESETS["metamask"], range(3))
    assert paths == [(f"m/44'/60'/0'/0/{i}", "evm") for i in range(3)]
    trezor = expand(PRESETS["trezor-btc"], range(2), range(2))
    assert trezor[0] == ("m/84'/0'/0'/0/0", "p2wpkh")
    assert [p for p, _ in trezor[:4]] == ["m/84'/0'/0'/0/0", "m/49'/0'/0'/0/0", "m/44'/0'/0'/0/0", "m/86'/0'/0'/0/0"]
    assert len(trezor) == len(set(trezor)) == 16
    assert expand(PRESETS["trust-eth"], range(10), range(3)) == [("m/44'/60'/0'/0/0", "evm")]
    assert len(expand(PRESETS["ledger-live-eth"], range(5))) == 5
    with_change = expand(PRESETS["trust-btc"], range(1), change=True)
    assert with_change == [("m/84'/0'/0'/0/0", "p2wpkh"), ("m/84'/0'/0'/1/0", "p2wpkh")]
