"""`walletdoc diagnose address` end to end against real anvil and Hardhat nodes."""

from __future__ import annotations

from collections.abc import Callable

from tests.helpers import CliResult, run_cli
from tests.node.faultproxy import FaultProxy
from tests.node.nodes import ETHER, GWEI, Node

KEYS = {"address", "chain_id", "nonce_latest", "nonce_pending", "balance", "pending", "queued",
        "first_blocking_nonce", "txpool"}


def diagnose(url: str, address: str) -> CliResult:
    out = run_cli("--json", "diagnose", "address", address, "--rpc", url)
    assert set(out.json["result"]) >= KEYS, out.stdout
    return out


def test_idle_account(node: Node) -> None:
    acct = node.new_account(3 * ETHER)
    node.send(acct, maxFeePerGas=10 * GWEI)
    node.mine()
    out = diagnose(node.url, acct.address)
    r = out.json["result"]
    assert out.code == 0 and out.codes == ["account.idle"]
    assert (r["nonce_latest"], r["nonce_pending"], r["pending"], r["queued"], r["first_blocking_nonce"]) == \
        (1, 1, [], [], None)
    assert r["balance"] < 3 * ETHER


def test_pending_fine(node: Node) -> None:
    acct = node.new_account()
    hashes = [node.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=30 * GWEI) for _ in range(2)]
    out = diagnose(node.url, acct.address)
    r = out.json["result"]
    assert out.code == 0 and out.codes == ["account.pending"]
    assert [p["hash"] for p in r["pending"]] == hashes and [p["nonce"] for p in r["pending"]] == [0, 1]
    assert r["pending"][0]["max_fee_per_gas"] == 100 * GWEI and r["first_blocking_nonce"] == 0
    assert r["txpool"] == ("available" if node.kind == "anvil" else "unsupported")


def test_stuck_first_nonce_and_gap(anvil: Node) -> None:
    anvil.recent_tips(tip_gwei=20)
    acct = anvil.new_account()
    stuck = anvil.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=1)
    anvil.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=30 * GWEI)
    anvil.send(acct, nonce=4, maxFeePerGas=100 * GWEI)
    out = diagnose(anvil.url, acct.address)
    r = out.json["result"]
    assert out.code == 1 and set(out.codes) == {"account.stuck", "account.nonce_gap"}
    f = next(f for f in out.json["findings"] if f["code"] == "account.stuck")
    assert f["data"]["hash"] == stuck and f["data"]["problem"] == "tx.tip_too_low"
    assert [q["nonce"] for q in r["queued"]] == [4] and r["first_blocking_nonce"] == 0
    gap = next(f for f in out.json["findings"] if f["code"] == "account.nonce_gap")
    assert gap["data"]["missing_nonces"] == [2, 3]


def test_below_base_fee_blocker_hardhat(hardhat: Node) -> None:
    acct = hardhat.new_account()
    stuck = hardhat.send(acct, maxFeePerGas=3 * GWEI)
    hardhat.send(acct, maxFeePerGas=200 * GWEI)
    hardhat.set_next_base_fee(50 * GWEI)
    hardhat.mine()
    out = diagnose(hardhat.url, acct.address)
    assert out.code == 1 and "account.stuck" in out.codes
    assert out.json["result"]["pool_source"] == "eth_pendingTransactions"
    assert out.json["result"]["pending"][0]["hash"] == stuck


def test_balance_below_pending_costs(anvil: Node) -> None:
    acct = anvil.new_account(2 * ETHER)
    anvil.send(acct, value=ETHER, maxFeePerGas=10 * GWEI)
    anvil.send(acct, value=ETHER // 2, maxFeePerGas=10 * GWEI)
    anvil.set_balance(acct.address, ETHER)
    out = diagnose(anvil.url, acct.address)
    assert out.code == 1 and "account.insufficient_funds" in out.codes


def test_degraded_without_pool(anvil: Node, fault_proxy: Callable[..., FaultProxy]) -> None:
    proxy = fault_proxy(anvil.url, deny_methods={"txpool_content", "eth_pendingTransactions"})
    acct = anvil.new_account()
    anvil.send(acct, maxFeePerGas=10 * GWEI)
    out = diagnose(proxy.url, acct.address)
    r = out.json["result"]
    assert out.code == 0 and r["txpool"] == "unsupported" and r["pool_source"] is None
    assert (r["nonce_latest"], r["nonce_pending"], r["first_blocking_nonce"]) == (0, 1, 0)
    assert {"account.txpool_unsupported", "account.waiting_unknown"} <= set(out.codes)
