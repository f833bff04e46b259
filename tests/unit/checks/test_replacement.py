"""Speed-up / cancel plans (walletdoc.checks.replacement) without a node."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walletdoc.checks import replacement as rp
from walletdoc.checks.replacement import ChainState, PendingTx

GWEI = 10**9
A = "0x" + "aa" * 20
B = "0x" + "bb" * 20


def pending(**kw):
    raw = {"hash": "0x" + "11" * 32, "from": A, "to": B, "value": hex(10**18), "input": "0xabcd", "gas": hex(50_000),
           "nonce": "0x5", "type": "0x2", "chainId": "0x7a69", "maxFeePerGas": hex(3 * GWEI),
           "maxPriorityFeePerGas": hex(GWEI), "gasPrice": hex(2 * GWEI), "blockNumber": None}
    raw.update(kw)
    return PendingTx.from_rpc(raw)


def state(**kw):
    values = {"chain_id": 31337, "next_base_fee": GWEI, "market_tip": GWEI, "market_gas_price": 2 * GWEI,
              "balance": 10 * 10**18, "latest_nonce": 5}
    values.update(kw)
    return ChainState(**values)


def test_bump_values():
    assert [rp.bump(x) for x in (0, 1, 9, 10, 11, 100, 3 * GWEI)] == [1, 2, 10, 11, 13, 110, 3_300_000_000]


def test_speed_up_keeps_the_call_and_bumps_both_caps():
    plan = rp.plan_replacement(pending(), state(), "speed-up")
    assert not plan.blocked
    tx = plan.tx
    assert (tx["to"], tx["value"], tx["data"], tx["gas"], tx["nonce"], tx["chainId"]) == (B, 10**18, "0xabcd", 50_000, 5, 31337)
    assert tx["maxPriorityFeePerGas"] == 1_100_000_000
    assert tx["maxFeePerGas"] == max(3_300_000_000, 2 * GWEI + 1_100_000_000)
    assert tx["type"] == 2
    assert plan.max_cost == 10**18 + 50_000 * tx["maxFeePerGas"]
    assert "fix.plan_speed_up" in [f.code for f in plan.findings]


def test_cancel_is_a_zero_value_self_send():
    plan = rp.plan_replacement(pending(), state(), "cancel")
    tx = plan.tx
    assert (tx["to"], tx["value"], tx["data"], tx["gas"]) == (A, 0, "0x", 21_000)
    assert rp.geth_accepts_replacement(3 * GWEI, GWEI, tx["maxFeePerGas"], tx["maxPriorityFeePerGas"])
    assert plan.summary()["replaced"] == "0x" + "11" * 32


def test_below_base_fee_cap_is_lifted_over_the_next_base_fee():
    plan = rp.plan_replacement(pending(), state(next_base_fee=50 * GWEI), "speed-up")
    assert plan.tx["maxFeePerGas"] == 100 * GWEI + plan.tx["maxPriorityFeePerGas"]


def test_market_tip_and_user_tip():
    assert rp.plan_replacement(pending(), state(market_tip=4 * GWEI), "speed-up").tx["maxPriorityFeePerGas"] == 4 * GWEI
    low_user = rp.plan_replacement(pending(), state(), "speed-up", tip_override=1).tx
    assert low_user["maxPriorityFeePerGas"] == 1_100_000_000  # never below the bump rule
    assert rp.plan_replacement(pending(), state(), "speed-up", tip_override=7 * GWEI).tx["maxPriorityFeePerGas"] == 7 * GWEI


def test_legacy_on_1559_chain_and_without_1559():
    legacy = pending(type="0x0", maxFeePerGas=None, maxPriorityFeePerGas=None, gasPrice=hex(10 * GWEI), chainId=None)
    tx = rp.plan_replacement(legacy, state(), "speed-up").tx
    assert tx == {**tx, "gasPrice": 11 * GWEI} and "maxFeePerGas" not in tx and "type" not in tx
    tx = rp.plan_replacement(legacy, state(next_base_fee=20 * GWEI), "speed-up").tx
    assert tx["gasPrice"] == 40 * GWEI + GWEI
    tx = rp.plan_replacement(legacy, state(next_base_fee=None, market_gas_price=30 * GWEI), "cancel").tx
    assert tx["gasPrice"] == 30 * GWEI


def test_mined_tx_is_not_fixed():
    plan = rp.plan_replacement(pending(blockNumber="0x9"), state(), "speed-up")
    assert plan.blocked and [f.code for f in plan.findings] == ["fix.already_mined"] and not plan.tx


def test_not_lowest_nonce_is_blocked():
    plan = rp.plan_replacement(pending(nonce="0x7"), state(latest_nonce=5), "speed-up")
    assert plan.blocked and "fix.not_lowest_nonce" in [f.code for f in plan.findings]


def test_insufficient_funds_blocked():
    plan = rp.plan_replacement(pending(), state(balance=10**18), "speed-up")
    assert plan.blocked and "fix.insufficient_funds" in [f.code for f in plan.findings]
    assert not rp.plan_replacement(pending(), state(balance=10**18), "cancel").blocked


def test_warnings_fee_cap_and_delegation():
    plan = rp.plan_replacement(pending(gas=hex(1_000_000)), state(next_base_fee=600 * GWEI, balance=10**21), "speed-up")
    assert "fix.fee_above_rpc_cap" in [f.code for f in plan.findings] and not plan.blocked
    plan = rp.plan_replacement(pending(), state(sender_code="0xef0100" + "cc" * 20), "cancel")
    assert "fix.delegated_sender" in [f.code for f in plan.findings]


def test_chain_mismatch_and_blob_tx_blocked():
    assert rp.plan_replacement(pending(chainId="0x1"), state(), "speed-up").blocked
    assert rp.plan_replacement(pending(type="0x3"), state(), "cancel").blocked
    assert rp.plan_replacement(pending(type="0x4"), state(), "speed-up").blocked
    assert not rp.plan_replacement(pending(type="0x4"), state(), "cancel").blocked


@pytest.mark.parametrize("raw", [None, [], {"from": 5, "gas": "0x1", "nonce": "0x1"}, {"from": A, "nonce": "0x1"},
                                 {"from": A, "gas": "12", "nonce": "0x1"}, {"from": A, "gas": "0x1", "nonce": "0x1", "input": 5}])
def test_malformed_transaction(raw):
    with pytest.raises((ValueError, KeyError)):
        PendingTx.from_rpc(raw)


def test_gwei_and_eth_text():
    assert rp.gwei(1_500_000_000) == "1.5" and rp.gwei(2 * GWEI) == "2" and rp.gwei(1) == "0.000000001"
    assert rp.eth(10**18 + 10**17) == "1.1"


@given(st.integers(0, 10**13), st.integers(0, 10**13), st.integers(0, 10**12), st.integers(0, 10**11))
def test_replacement_clears_geth_and_reth_rules(cap, tip, next_base, market):
    tip = min(tip, cap)
    old = pending(maxFeePerGas=hex(cap), maxPriorityFeePerGas=hex(tip))
    fees = rp.replacement_fees(old, state(next_base_fee=next_base, market_tip=market))
    new_cap, new_tip = fees["maxFeePerGas"], fees["maxPriorityFeePerGas"]
    assert rp.geth_accepts_replacement(cap, tip, new_cap, new_tip)
    assert rp.reth_accepts_replacement(cap, tip, new_cap, new_tip)
    assert new_cap >= 2 * next_base + new_tip and new_tip <= new_cap


@given(st.integers(100, 10**13))
def test_five_percent_is_not_enough_for_geth(value):
    five = value * 105 // 100
    assert not rp.geth_accepts_replacement(value, value, five, five)


def test_type1_access_list_kept_on_speed_up_only():
    access = [{"address": B, "storageKeys": ["0x" + "00" * 32]}]
    old = pending(type="0x1", maxFeePerGas=None, maxPriorityFeePerGas=None, gasPrice=hex(10 * GWEI), accessList=access)
    fast = rp.plan_replacement(old, state(), "speed-up").tx
    assert fast["type"] == 1 and fast["accessList"] == access
    stop = rp.plan_replacement(old, state(), "cancel").tx
    assert "type" not in stop and "accessList" not in stop
