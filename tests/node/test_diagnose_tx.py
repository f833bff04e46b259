"""`walletdoc diagnose tx` end to end against real anvil and Hardhat nodes (diagnoses.md §1 rows 1-11)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.helpers import CliResult, run_cli
from tests.node.faultproxy import FaultProxy
from tests.node.nodes import (
    ETHER,
    GWEI,
    LOOP_RUNTIME,
    Node,
    custom_error_payload,
    error_string_payload,
    panic_payload,
    reverter_runtime,
)

RESULT_KEYS = {"status", "chain_id", "chain_name", "hash", "from", "to", "nonce", "type", "value", "gas",
               "gas_used", "max_fee_per_gas", "max_priority_fee_per_gas", "gas_price", "effective_gas_price",
               "base_fee_next", "block_number", "confirmations", "finalized", "revert_reason", "revert_data",
               "replaced_by"}


def diagnose(url: str, tx_hash: str, *extra: str) -> CliResult:
    out = run_cli("--json", "diagnose", "tx", tx_hash, "--rpc", url, *extra)
    assert set(out.json["result"]) >= RESULT_KEYS or out.code in (2, 3), out.stdout
    return out


def finding(out: CliResult, code: str) -> dict:
    found = [f for f in out.json["findings"] if f["code"] == code]
    assert found, out.json["findings"]
    return found[0]


# ----------------------------------------------------------------------------- 1 pending, fine
def test_pending_and_fine(node: Node) -> None:
    node.recent_tips(tip_gwei=2)
    acct = node.new_account()  # tip above anything other tests on this node paid (20 gwei at most)
    h = node.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=25 * GWEI)
    out = diagnose(node.url, h)
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert (r["status"], r["nonce"], r["block_number"], r["chain_id"]) == ("pending", 0, None, 31337)
    assert r["max_fee_per_gas"] == 100 * GWEI and r["max_priority_fee_per_gas"] == 25 * GWEI
    assert r["from"].lower() == acct.address.lower() and r["type"] == 2 and r["base_fee_next"] > 0
    assert out.codes == ["tx.pending"]


# ----------------------------------------------------------------------------- 2 tip too low
def test_tip_far_below_recent_blocks(node: Node) -> None:
    node.recent_tips(tip_gwei=20)
    acct = node.new_account()
    h = node.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=1)
    out = diagnose(node.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "pending"
    f = finding(out, "tx.tip_too_low")
    assert f["severity"] == "error" and f["data"]["recent_tip_p10"] >= 2 * GWEI
    assert any("fix tx" in step and h in step for step in f["advice"])


# ----------------------------------------------------------------------------- 3 max fee below base fee
def test_fee_cap_below_base_fee_anvil_then_evicted(anvil: Node) -> None:
    acct = anvil.new_account()
    raw = anvil.sign(acct, maxFeePerGas=3 * GWEI, maxPriorityFeePerGas=GWEI)
    h = anvil.send_raw(raw)
    anvil.set_next_base_fee(50 * GWEI)  # pending block now needs 50 gwei
    out = diagnose(anvil.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "pending"
    f = finding(out, "tx.fee_cap_below_base_fee")
    assert f["data"]["base_fee_next"] == 50 * GWEI and f["data"]["suggested_max_fee"] >= 100 * GWEI
    anvil.mine()  # anvil evicts it when it builds the block (diagnoses.md §8.2)
    out = diagnose(anvil.url, h, "--from", acct.address, "--nonce", "0")
    assert out.json["result"]["status"] == "dropped" and out.code == 1


def test_fee_cap_below_base_fee_hardhat_kept_pending(hardhat: Node) -> None:
    acct = hardhat.new_account()
    h = hardhat.send(acct, maxFeePerGas=3 * GWEI, maxPriorityFeePerGas=GWEI)
    hardhat.set_next_base_fee(50 * GWEI)
    hardhat.mine()  # hardhat keeps it (geth-like); the next base fee stays far above 3 gwei
    assert hardhat.tx(h) is not None
    out = diagnose(hardhat.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "pending"
    assert "tx.fee_cap_below_base_fee" in out.codes


# ----------------------------------------------------------------------------- 4 nonce gap
def test_nonce_gap_is_queued(node: Node) -> None:
    acct = node.new_account()
    h = node.send(acct, nonce=2, maxFeePerGas=100 * GWEI)
    node.mine(2)
    out = diagnose(node.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "queued"
    assert finding(out, "tx.nonce_gap")["data"]["missing_nonces"] == [0, 1]


def test_nonce_gap_degraded_when_node_hides_its_pool(anvil: Node, fault_proxy: Callable[..., FaultProxy]) -> None:
    proxy = fault_proxy(anvil.url, deny_methods={"txpool_content", "eth_pendingTransactions"})
    acct = anvil.new_account()
    h = anvil.send(acct, nonce=1, maxFeePerGas=100 * GWEI)
    out = diagnose(proxy.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "queued"
    assert finding(out, "tx.waiting_for_earlier_nonce")["data"]["first_open_nonce"] == 0


# ----------------------------------------------------------------------------- 5 blocked by earlier stuck nonce
def test_blocked_behind_stuck_low_tip_anvil(anvil: Node) -> None:
    anvil.recent_tips(tip_gwei=20)
    acct = anvil.new_account()
    stuck = anvil.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=1)
    h = anvil.send(acct, maxFeePerGas=100 * GWEI, maxPriorityFeePerGas=30 * GWEI)
    out = diagnose(anvil.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "pending"
    f = finding(out, "tx.blocked_by_earlier_nonce")
    assert f["severity"] == "error"
    assert f["data"] == {"blocking_nonce": 0, "blocking_hash": stuck, "blocking_problem": "tx.tip_too_low"}


def test_blocked_behind_below_base_fee_hardhat(hardhat: Node) -> None:
    acct = hardhat.new_account()
    stuck = hardhat.send(acct, maxFeePerGas=3 * GWEI)
    h = hardhat.send(acct, maxFeePerGas=200 * GWEI, maxPriorityFeePerGas=2 * GWEI)
    hardhat.set_next_base_fee(50 * GWEI)
    hardhat.mine()
    out = diagnose(hardhat.url, h)
    assert out.code == 1
    f = finding(out, "tx.blocked_by_earlier_nonce")
    assert f["data"]["blocking_hash"] == stuck
    assert f["data"]["blocking_problem"] == "tx.fee_cap_below_base_fee"


# ----------------------------------------------------------------------------- 6 unknown hash
def test_unknown_hash_suggests_checking_the_chain(node: Node) -> None:
    out = diagnose(node.url, "0x" + "ab" * 32)
    assert out.code == 1 and out.json["result"]["status"] == "not_found"
    f = finding(out, "tx.not_found")
    assert "31337" in f["message"] and "etherscan.io" in " ".join(f["advice"])


def test_bare_hash_is_accepted_and_points_to_bitcoin_or_tron(anvil: Node) -> None:
    out = diagnose(anvil.url, "cd" * 32)  # how Bitcoin and TRON explorers show transaction ids
    assert out.code == 1 and out.json["result"]["hash"] == "0x" + "cd" * 32
    assert out.codes == ["tx.not_found", "tx.hash_looks_non_evm"]


# ----------------------------------------------------------------------------- 7 dropped
def test_dropped_then_rebroadcast(node: Node) -> None:
    acct = node.new_account()
    raw = node.sign(acct, maxFeePerGas=100 * GWEI)
    h = node.send_raw(raw)
    node.drop(h)
    out = diagnose(node.url, h, "--from", acct.address, "--nonce", "0")
    assert out.code == 1 and out.json["result"]["status"] == "dropped"
    assert "re-broadcast" in " ".join(finding(out, "tx.dropped")["advice"]).lower()
    node.send_raw(raw)  # the advice works: same raw tx, same hash
    node.mine()
    assert diagnose(node.url, h).json["result"]["status"] == "mined_success"


# ----------------------------------------------------------------------------- 8 replaced
def test_replaced_pending_then_mined(node: Node) -> None:
    acct = node.new_account()
    original = node.send(acct, maxFeePerGas=10 * GWEI, maxPriorityFeePerGas=GWEI)
    bumped = node.send(acct, nonce=0, to=acct.address, value=0, maxFeePerGas=20 * GWEI,
                       maxPriorityFeePerGas=2 * GWEI)
    out = diagnose(node.url, original, "--from", acct.address, "--nonce", "0")
    assert out.json["result"]["status"] == "replaced" and out.json["result"]["replaced_by"] == bumped
    node.mine(3)
    out = diagnose(node.url, original, "--from", acct.address, "--nonce", "0")
    assert out.code == 0 and out.json["result"]["status"] == "replaced"
    assert out.json["result"]["replaced_by"] == bumped
    assert finding(out, "tx.replaced")["severity"] == "warning"


def test_unknown_hash_with_used_nonce_is_replaced(anvil: Node) -> None:
    acct = anvil.new_account()
    for _ in range(3):
        anvil.send(acct, maxFeePerGas=10 * GWEI)
        anvil.mine()
    used = anvil.call("eth_getBlockByNumber", hex(anvil.head() - 1), True)["transactions"][0]["hash"]
    out = diagnose(anvil.url, "0x" + "cd" * 32, "--from", acct.address, "--nonce", "1")
    assert out.json["result"]["replaced_by"] == used


# ----------------------------------------------------------------------------- 9 mined success
def test_mined_success_confirmations(node: Node) -> None:
    acct = node.new_account()
    h = node.send(acct, maxFeePerGas=10 * GWEI)
    node.mine()
    node.mine(2)
    out = diagnose(node.url, h)
    r = out.json["result"]
    assert out.code == 0 and r["status"] == "mined_success" and r["confirmations"] == 3
    assert r["gas_used"] == 21000 and r["effective_gas_price"] > 0 and isinstance(r["finalized"], bool)
    assert finding(out, "tx.mined_success")["severity"] == "ok"


# ----------------------------------------------------------------------------- 10 reverted, 11 out of gas
REVERTS = {
    "error_string": (error_string_payload("nope: insufficient allowance"), "nope: insufficient allowance"),
    "panic": (panic_payload(0x11), "Panic(0x11): arithmetic overflow or underflow"),
    "custom": (custom_error_payload(5, 10), "custom error 0xcf479181 (64 bytes of arguments)"),
    "empty": (b"", None),
}


def _mined_failure(node: Node, runtime: bytes) -> str:
    acct = node.new_account()
    target = node.deploy(acct, runtime)
    h = node.send(acct, to=target, value=0, gas=60_000, maxFeePerGas=10 * GWEI)
    node.mine()
    return h


@pytest.mark.parametrize("kind", sorted(REVERTS))
def test_reverted_reason_decoded_anvil(anvil: Node, kind: str) -> None:
    payload, text = REVERTS[kind]
    out = diagnose(anvil.url, _mined_failure(anvil, reverter_runtime(payload)))
    r = out.json["result"]
    assert out.code == 1 and r["status"] == "mined_failed" and r["gas_used"] < r["gas"]
    assert r["revert_reason"] == text and r["revert_data"] == "0x" + payload.hex()
    assert finding(out, "tx.reverted")["data"]["kind"] == kind


@pytest.mark.parametrize("kind", ["error_string", "empty"])
def test_reverted_reason_decoded_hardhat(hardhat: Node, kind: str) -> None:
    payload, text = REVERTS[kind]
    out = diagnose(hardhat.url, _mined_failure(hardhat, reverter_runtime(payload)))
    assert out.json["result"]["revert_reason"] == text
    assert finding(out, "tx.reverted")["data"]["kind"] == kind


def test_out_of_gas(node: Node) -> None:
    out = diagnose(node.url, _mined_failure(node, LOOP_RUNTIME))
    r = out.json["result"]
    assert out.code == 1 and r["status"] == "mined_failed" and r["gas_used"] == r["gas"] == 60_000
    assert out.codes == ["tx.out_of_gas"]


# ----------------------------------------------------------------------------- sender cannot pay
def test_pending_tx_now_unaffordable_anvil(anvil: Node) -> None:
    acct = anvil.new_account(2 * ETHER)
    h = anvil.send(acct, value=ETHER, maxFeePerGas=10 * GWEI)
    anvil.set_balance(acct.address, ETHER // 2)  # anvil keeps it until it tries to mine it
    out = diagnose(anvil.url, h)
    assert out.code == 1 and out.json["result"]["status"] == "pending"
    f = finding(out, "tx.insufficient_funds")
    assert f["data"]["balance"] == ETHER // 2 and f["data"]["needed"] == ETHER + 21000 * 10 * GWEI


def test_unaffordable_tx_is_dropped_by_hardhat(hardhat: Node) -> None:
    acct = hardhat.new_account(2 * ETHER)
    h = hardhat.send(acct, value=ETHER, maxFeePerGas=10 * GWEI)
    hardhat.set_balance(acct.address, ETHER // 2)  # hardhat (like geth) drops it from the pool at once
    out = diagnose(hardhat.url, h, "--from", acct.address, "--nonce", "0")
    assert out.code == 1 and out.json["result"]["status"] == "dropped"


# ----------------------------------------------------------------------------- chain checks, human output
def test_wrong_chain_is_exit_3(anvil: Node) -> None:
    out = diagnose(anvil.url, "0x" + "ab" * 32, "--chain", "ethereum")
    assert out.code == 3 and out.codes == ["rpc.wrong_chain"]


def test_human_output_reads_out(anvil: Node) -> None:
    acct = anvil.new_account()
    h = anvil.send(acct, maxFeePerGas=10 * GWEI)
    anvil.mine()
    out = run_cli("diagnose", "tx", h, "--rpc", anvil.url)
    assert out.code == 0 and "Confirmed in block" in out.stdout and "mined_success" in out.stdout


def test_env_rpc_url(anvil: Node) -> None:
    out = run_cli("--json", "diagnose", "tx", "0x" + "ab" * 32, env={"WALLETDOC_RPC": anvil.url})
    assert out.code == 1 and out.codes == ["tx.not_found"]


# ----------------------------------------------------------------------------- interval mining (--block-time 1)
def test_interval_mining_confirms_and_evicts_below_base_fee(anvil_interval: Node) -> None:
    import time

    node = anvil_interval
    for _attempt in range(3):  # a block may land between the sends and the fee change: start again
        node.set_next_base_fee(GWEI)
        acct = node.new_account()
        ok = node.send(acct, maxFeePerGas=100 * GWEI)
        low = node.send(acct, maxFeePerGas=2 * GWEI)  # next nonce, tight cap
        node.set_next_base_fee(40 * GWEI)
        if node.receipt(low) is None:
            break
    deadline = time.monotonic() + 10
    while node.receipt(ok) is None and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.2)  # at least one more block at 40 gwei: anvil evicts the 2 gwei tx
    assert diagnose(node.url, ok).json["result"]["status"] == "mined_success"
    out = diagnose(node.url, low, "--from", acct.address, "--nonce", "1")
    assert out.json["result"]["status"] == "dropped" and out.code == 1
