"""checks/scan: branch planning, the gap-limit walk, and the plain answer (pure, no node)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from walletdoc.chains.presets import PRESETS, presets_for
from walletdoc.checks import scan as core
from walletdoc.errors import BadInput, NodeError
from walletdoc.rpc.activity import parse_address_stats


@dataclass(frozen=True)
class Act:
    tx_count: int = 0
    balance: int = 0

    @property
    def used(self) -> bool:
        return self.tx_count > 0 or self.balance != 0


def fake_derive(branch: core.Branch, indexes: Sequence[int]) -> list[tuple[int, str, str]]:
    """Addresses named after their path: enough to test the walk without a seed."""
    numbers = list(indexes) if branch.indexed else [0]
    return [(i, branch.template.replace("{index}", str(i)), f"{branch.script}:{branch.template}:{i}")
            for i in numbers]


class Chain:
    def __init__(self, used: dict[str, Act]) -> None:
        self.used = used
        self.asked: list[str] = []

    def __call__(self, chain: str, addresses: Sequence[str]) -> dict[str, Act]:
        self.asked += list(addresses)
        return {a: self.used.get(a, Act()) for a in addresses}


def test_shared_paths_merge_wallets_and_accounts_expand() -> None:
    branches = core.plan_branches(presets_for("eth"), accounts=3)
    by_template = {b.template: b for b in branches}
    assert {"metamask", "trezor-eth", "standard-eth"} <= set(by_template["m/44'/60'/0'/0/{index}"].wallets)
    assert "ledger-live-eth" in by_template["m/44'/60'/{index}'/0/0"].wallets
    assert "m/44'/60'/2'/0/{index}" in by_template  # the account level of standard-eth
    assert len({b.key() for b in branches}) == len(branches)


def test_gap_limit_extends_past_a_used_address_and_stops() -> None:
    metamask = [b for b in core.plan_branches([PRESETS["metamask"]])]
    lookup = Chain({"evm:m/44'/60'/0'/0/{index}:3": Act(1, 0), "evm:m/44'/60'/0'/0/{index}:8": Act(0, 1),
                    "evm:m/44'/60'/0'/0/{index}:20": Act(1, 1)})
    out = core.scan(metamask, fake_derive, lookup, gap=5)
    assert [r.path for r in out.used] == ["m/44'/60'/0'/0/3", "m/44'/60'/0'/0/8"]
    assert out.checked == 14  # 0..4; 5..8 after index 3; 9..13 after index 8; 20 is past the gap
    assert len(set(lookup.asked)) == len(lookup.asked)  # each address asked once


def test_change_branch_only_after_its_receive_branch_was_used() -> None:
    trust = core.plan_branches([PRESETS["trust-btc"]])
    assert any(b.change for b in trust)
    quiet = Chain({})
    core.scan(trust, fake_derive, quiet, gap=3)
    assert not any("/1/" in a for a in quiet.asked)
    busy = Chain({"p2wpkh:m/84'/0'/0'/0/{index}:0": Act(2, 0), "p2wpkh:m/84'/0'/0'/1/{index}:1": Act(1, 5)})
    out = core.scan(trust, fake_derive, busy, gap=3)
    assert {r.path for r in out.used} == {"m/84'/0'/0'/0/0", "m/84'/0'/0'/1/1"}


def test_answer_names_the_wallet_and_path_first() -> None:
    branches = core.plan_branches(presets_for("eth"))
    lookup = Chain({"evm:m/44'/60'/{index}'/0/0:2": Act(0, 10**18)})
    out = core.scan(branches, fake_derive, lookup, gap=3)
    findings = core.findings_for(out, ["eth"])
    assert findings[0].code == "scan.answer" and findings[0].severity.value == "ok"
    assert "Ledger Live (Ethereum)" in findings[0].message and "m/44'/60'/2'/0/0" in findings[0].message
    assert any("third level" in step for step in findings[0].advice)


def test_nothing_found_is_an_error_with_passphrase_advice() -> None:
    out = core.scan(core.plan_branches([PRESETS["metamask"]]), fake_derive, Chain({}), gap=2)
    f = core.findings_for(out, ["eth"])
    assert [x.code for x in f] == ["scan.nothing_found"] and "passphrase" in f[0].advice[0]


def test_unknown_wallet_is_bad_input() -> None:
    with pytest.raises(BadInput) as err:
        core.choose_presets(["eth"], ["nosuchwallet"])
    assert err.value.code == "scan.unknown_wallet"


def test_address_limit_truncates() -> None:
    branches = core.plan_branches([PRESETS["metamask"]])
    everything_used = Chain({})
    everything_used.used = type("All", (dict,), {"get": lambda self, a, d=None: Act(1, 0)})()
    out = core.scan(branches, fake_derive, everything_used, gap=50)
    assert out.truncated and out.checked == core.MAX_ADDRESSES


def test_esplora_answer_shape() -> None:
    obj = {"address": "bc1q", "chain_stats": {"funded_txo_count": 2, "funded_txo_sum": 7000, "spent_txo_count": 1,
                                               "spent_txo_sum": 5000, "tx_count": 3},
           "mempool_stats": {"funded_txo_count": 1, "funded_txo_sum": 100, "spent_txo_count": 0,
                             "spent_txo_sum": 0, "tx_count": 1}}
    act = parse_address_stats("bc1q", obj)
    assert (act.tx_count, act.balance, act.used) == (4, 2100, True)
    for bad in (None, [], {"chain_stats": None}, {"chain_stats": {"tx_count": "3"}},
                {"chain_stats": {"tx_count": True}}, {"chain_stats": {"tx_count": -1}}):
        with pytest.raises(NodeError):
            parse_address_stats("bc1q", bad)
