"""`walletdoc gas` against real nodes: values re-computed here from the raw eth_feeHistory.

The expected numbers are computed in this file, independently of walletdoc.checks.gas, from the
algorithm documented in that module's docstring.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import run_cli
from tests.node.nodes import GWEI, Node, start_anvil

# scenario h of reference/anvil_recipes.py: tips (gwei) of the txs in 5 consecutive blocks
TIPS_PER_BLOCK = [[1, 2, 3], [1, 5, 10], [2, 2, 2, 20], [1, 3], [4, 6, 8, 12]]


def varied_tips(node: Node) -> None:
    senders = [node.new_account() for _ in range(4)]
    for tips in TIPS_PER_BLOCK:
        for i, tip in enumerate(tips):
            node.send(senders[i], maxFeePerGas=(tip + 5) * GWEI, maxPriorityFeePerGas=tip * GWEI)
        node.mine()


def expected(fh: dict, next_base: int) -> dict:
    """The documented algorithm, written out again."""
    rewards = [[int(x, 16) for x in row] for row in fh["reward"]]
    bases = [int(x, 16) for x in fh["baseFeePerGas"]]
    latest = bases[-2]
    out, prev = {}, 0
    for name, col, bmul, pmul, floor, head in (("low", 0, 110, 94, 10**9, 1), ("medium", 1, 120, 97, 15 * 10**8, 2),
                                               ("high", 2, 125, 98, 2 * 10**9, 3)):
        column = sorted(r[col] for r in rewards)
        tip = max(max(column[(len(column) - 1) // 2] * pmul // 100, floor), prev)
        prev = tip
        projected = next_base
        for _ in range(head):
            projected = -(-projected * 9 // 8)
        taking = sum(1 for r in rewards if r[0] <= tip)
        wait = -(-len(rewards) // taking) if taking else None
        out[name] = {"max_fee_per_gas": max(latest * bmul // 100, projected) + tip,
                     "max_priority_fee_per_gas": tip, "expected_wait_blocks": wait}
    return out


def test_gas_follows_the_documented_algorithm(node):
    varied_tips(node)
    out = run_cli("--json", "gas", "--rpc", node.url)
    assert out.code == 0, out.stdout
    fh = node.call("eth_feeHistory", "0x5", "latest", [10, 20, 30])
    next_base = int(node.call("eth_getBlockByNumber", "pending", False)["baseFeePerGas"], 16)
    r = out.json["result"]
    assert r["eip1559"] is True and r["chain_id"] == 31337
    assert r["next_base_fee"] == next_base and r["base_fee"] == int(fh["baseFeePerGas"][-2], 16)
    assert r["suggestions"] == expected(fh, next_base)
    levels = [r["suggestions"][k] for k in ("low", "medium", "high")]
    for a, b in zip(levels, levels[1:]):
        assert a["max_fee_per_gas"] <= b["max_fee_per_gas"]
        assert a["max_priority_fee_per_gas"] <= b["max_priority_fee_per_gas"]
    assert all(lv["max_fee_per_gas"] >= next_base + lv["max_priority_fee_per_gas"] for lv in levels)
    assert all(lv["max_fee_per_gas"] >= r["base_fee"] for lv in levels)


def test_gas_human_table(anvil):
    out = run_cli("gas", "--rpc", anvil.url)
    assert out.code == 0 and "medium" in out.stdout and "gwei" in out.stdout.lower()


@pytest.fixture(scope="module")
def berlin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Node]:
    from tests.node.conftest import _require_binaries

    _require_binaries()
    node = start_anvil(tmp_path_factory.mktemp("berlin"), "--no-mining", "--hardfork", "berlin")
    yield node
    node.stop()


def test_legacy_chain_gets_gas_prices(berlin):
    acct = berlin.new_account()
    berlin.send(acct, gasPrice=3 * GWEI)
    berlin.mine()
    out = run_cli("--json", "gas", "--rpc", berlin.url)
    assert out.code == 0, out.stdout
    r = out.json["result"]
    price = int(berlin.call("eth_gasPrice"), 16)
    assert r["eip1559"] is False and r["base_fee"] is None and r["gas_price"] == price
    assert out.codes == ["gas.legacy"]
    for name, pct in (("low", 100), ("medium", 110), ("high", 125)):
        s = r["suggestions"][name]
        assert s["max_fee_per_gas"] == s["max_priority_fee_per_gas"] == -(-price * pct // 100)


def test_unreachable_node_exit_3():
    out = run_cli("--json", "gas", "--rpc", "http://127.0.0.1:9")
    assert out.code == 3


@pytest.mark.parametrize("fault, code", [("badjson", "rpc.bad_response"), ("500", "rpc.http_status")])
def test_node_faults_exit_3(anvil, fault_proxy, fault, code):
    proxy = fault_proxy(anvil.url, [fault], sticky=True)
    out = run_cli("--json", "gas", "--rpc", proxy.url, env={"WALLETDOC_RPC_TIMEOUT": "2"})
    assert out.code == 3 and out.codes == [code]
    assert len(out.json["findings"][0]["message"].splitlines()) == 1


def test_node_without_fee_history_is_reported(anvil, fault_proxy):
    proxy = fault_proxy(anvil.url, deny_methods={"eth_feeHistory"})
    out = run_cli("--json", "gas", "--rpc", proxy.url)
    assert out.code == 3 and out.codes == ["rpc.method_unsupported"]


def test_wrong_chain_and_bad_timeout(anvil):
    out = run_cli("--json", "gas", "--rpc", anvil.url, "--chain", "1")
    assert out.code == 3 and out.codes == ["rpc.wrong_chain"]
    out = run_cli("--json", "gas", "--rpc", anvil.url, "--timeout", "soon")
    assert out.code == 2 and out.codes == ["rpc.timeout_invalid"]
