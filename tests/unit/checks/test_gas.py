"""The fee algorithm of walletdoc.checks.gas on fee-history dicts (no node)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walletdoc.checks import gas
from walletdoc.checks.gas import GWEI

# reference/diagnoses.md §4.1, anvil scenario h: p10/p20/p30 reward rows (gwei), latest base ~0.5145 gwei
H_REWARDS = [[1, 1, 1], [1, 1, 1], [2, 2, 2], [1, 1, 1], [4, 4, 6]]


def history(rewards_gwei, base=514_500_000, next_base=None, ratio=0.5):
    n = len(rewards_gwei)
    bases = [base] * n + [next_base if next_base is not None else base]
    return {
        "oldestBlock": "0x10",
        "baseFeePerGas": [hex(b) for b in bases],
        "gasUsedRatio": [ratio] * n,
        "reward": [[hex(int(x * GWEI)) for x in row] for row in rewards_gwei],
    }


def test_metamask_method_matches_the_published_numbers():
    mm = gas.metamask_fee_history_method(gas.parse_fee_history(history(H_REWARDS)))
    got = {k: (v.max_priority_fee_per_gas / GWEI, round(v.max_fee_per_gas / GWEI, 3)) for k, v in mm.items()}
    assert got == {"low": (1.0, 1.566), "medium": (1.5, 2.117), "high": (2.0, 2.643)}


def test_walletdoc_levels_on_scenario_h_exactly():
    fh = gas.parse_fee_history(history(H_REWARDS, next_base=600_000_000))
    s = gas.suggest_eip1559(fh, 600_000_000)
    # tips: MetaMask floors win (medians 1/1/1 gwei * 94..98 %)
    assert [s[k].max_priority_fee_per_gas for k in ("low", "medium", "high")] == [GWEI, 1_500_000_000, 2 * GWEI]
    # caps: projection of the next base fee (675 000 000, 759 375 000, 854 296 875) beats MetaMask's 110..125 %
    assert s["low"].max_fee_per_gas == 675_000_000 + GWEI
    assert s["medium"].max_fee_per_gas == 759_375_000 + 1_500_000_000
    assert s["high"].max_fee_per_gas == 854_296_875 + 2 * GWEI
    # p10 rewards 1,1,2,1,4 gwei: 1 gwei clears 3 of 5 blocks -> 2; 1.5 -> 2; 2 gwei clears 4 of 5 -> 2
    assert [s[k].expected_wait_blocks for k in ("low", "medium", "high")] == [2, 2, 2]


def test_high_tips_follow_the_rewards():
    fh = gas.parse_fee_history(history([[10, 20, 30]] * 5, base=30 * GWEI))
    s = gas.suggest_eip1559(fh)
    assert s["low"].max_priority_fee_per_gas == 10 * GWEI * 94 // 100
    assert s["medium"].max_priority_fee_per_gas == 20 * GWEI * 97 // 100
    assert s["high"].max_priority_fee_per_gas == 30 * GWEI * 98 // 100
    assert s["low"].expected_wait_blocks is None  # 9.4 gwei is below every block's p10 (10 gwei)
    assert s["medium"].expected_wait_blocks == 1
    assert s["low"].max_fee_per_gas == max(30 * GWEI * 110 // 100, 30 * GWEI * 9 // 8) + 9_400_000_000


def test_project_base_fee_and_helpers():
    assert gas.project_base_fee(8, 1) == 9
    assert gas.project_base_fee(1, 1) == 2  # rounds up
    assert gas.project_base_fee(100, 0) == 100
    assert gas.lower_median([3, 1, 2, 4]) == 2
    assert gas.ceil_div(7, 2) == 4


def test_empty_blocks_take_anything():
    fh = gas.parse_fee_history(history([[0, 0, 0]] * 5, ratio=0.0))
    s = gas.suggest_eip1559(fh)
    assert all(v.expected_wait_blocks == 1 for v in s.values())


def test_no_reward_rows_gives_floors_and_unknown_wait():
    raw = history(H_REWARDS)
    raw["reward"] = []
    s = gas.suggest_eip1559(gas.parse_fee_history(raw))
    assert s["low"].max_priority_fee_per_gas == GWEI and s["low"].expected_wait_blocks is None


def test_legacy_levels():
    s = gas.suggest_legacy(3 * GWEI + 1)
    assert s["low"].max_fee_per_gas == 3 * GWEI + 1
    assert s["medium"].max_fee_per_gas == -(-(3 * GWEI + 1) * 110 // 100)
    assert s["high"].max_fee_per_gas == s["high"].max_priority_fee_per_gas
    result = gas.gas_result(31337, None, None, 3 * GWEI, False)
    assert result["eip1559"] is False and result["base_fee"] is None
    assert set(result["suggestions"]) == {"low", "medium", "high"}


def test_gas_result_shape():
    fh = gas.parse_fee_history(history(H_REWARDS, next_base=700_000_000))
    result = gas.gas_result(1, fh, None, 2 * GWEI, True)
    assert result["base_fee"] == 514_500_000 and result["next_base_fee"] == 700_000_000
    assert set(result["suggestions"]["low"]) == {"max_fee_per_gas", "max_priority_fee_per_gas", "expected_wait_blocks"}


@pytest.mark.parametrize("raw", [
    None, [], "x", {"baseFeePerGas": "0x1"}, {"baseFeePerGas": ["zz"]}, {"baseFeePerGas": [True]},
    {"baseFeePerGas": ["0x1", "0x1"], "gasUsedRatio": ["a"]},
    {"baseFeePerGas": ["0x1", "0x1"], "gasUsedRatio": [0.5], "reward": [["0x1"], ["0x1"]]},
    {"baseFeePerGas": ["0x1", "0x1"], "gasUsedRatio": [0.5], "reward": ["0x1"]},
    {"baseFeePerGas": ["0x" + "f" * 100]},
])
def test_malformed_fee_history_is_a_value_error(raw):
    with pytest.raises(ValueError):
        gas.parse_fee_history(raw)


def test_suggest_needs_base_fees():
    with pytest.raises(ValueError):
        gas.suggest_eip1559(gas.parse_fee_history({"baseFeePerGas": [], "gasUsedRatio": []}))


rewards_strategy = st.lists(
    st.lists(st.integers(0, 500 * GWEI), min_size=3, max_size=3).map(sorted), min_size=1, max_size=20
)


@given(rewards_strategy, st.integers(0, 1000 * GWEI), st.integers(0, 1000 * GWEI))
def test_levels_are_ordered_and_cover_the_next_base_fee(rows, base, next_base):
    n = len(rows)
    fh = gas.FeeHistory(0, tuple([base] * n + [next_base]), tuple([0.5] * n), tuple(tuple(r) for r in rows))
    s = gas.suggest_eip1559(fh, next_base)
    mm = gas.metamask_fee_history_method(fh)
    order = [s["low"], s["medium"], s["high"]]
    for a, b in zip(order, order[1:]):
        assert a.max_priority_fee_per_gas <= b.max_priority_fee_per_gas
        assert a.max_fee_per_gas <= b.max_fee_per_gas
        if a.expected_wait_blocks is not None:
            assert b.expected_wait_blocks is not None and b.expected_wait_blocks <= a.expected_wait_blocks
    for name, level in s.items():
        assert level.max_fee_per_gas >= next_base + level.max_priority_fee_per_gas
        assert level.max_fee_per_gas >= mm[name].max_fee_per_gas
        assert level.max_priority_fee_per_gas >= mm[name].max_priority_fee_per_gas
