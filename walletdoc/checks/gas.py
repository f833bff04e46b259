"""Fee suggestions (low / medium / high) from one `eth_feeHistory` answer: pure integer arithmetic.

This module is a pure function of public chain data (a fee history, the pending block's base fee,
`eth_gasPrice`); it never opens a socket, never imports click or rich, and never sees a secret.

The algorithm (all values in wei, integer arithmetic, results reproducible from the raw history):

1. Input: `eth_feeHistory(5, "latest", [10, 20, 30])` and `next_base` = the pending block's
   `baseFeePerGas` (falls back to the history's last `baseFeePerGas` entry, which is the next block's).
   `latest_base` = the base fee of the newest mined block (`baseFeePerGas[-2]`).
2. Tip, per level — MetaMask's published fee-history method (core, removed in PR #4210; see
   reference/diagnoses.md §4.1): `tip = max(lower_median(reward[b][p] over the blocks) * pmul // 100, floor)`
   with (percentile p, pmul, floor) = low (10th, 94 %, 1 gwei), medium (20th, 97 %, 1.5 gwei),
   high (30th, 98 %, 2 gwei); lower median = `sorted(xs)[(n - 1) // 2]`. A level's tip is never below
   the previous level's (`max`), so low <= medium <= high holds by construction.
3. Fee cap, per level — MetaMask's cap plus a base-fee projection: `max_fee = max(latest_base * bmul // 100
   + tip, project(next_base, h) + tip)` with bmul = 110 / 120 / 125 % (MetaMask) and h = 1 / 2 / 3 blocks
   of headroom, where `project(b, h)` applies the largest EIP-1559 rise (+12.5 % per full block,
   `b = ceil(b * 9 / 8)`) h times. So the low cap is still valid if the next block and one more are full,
   high survives three full blocks; MetaMask's caps alone (110 % of the *latest* base fee) can fall below
   the next block's base fee after one full block.
4. Expected wait: a block would have taken the transaction if the tip is at least that block's 10th
   percentile reward (empty blocks report 0 and take anything). With `k` of the `n` blocks taking it,
   `expected_wait_blocks = ceil(n / k)` (the mean of a geometric wait); `None` when no recent block would
   have taken it.
5. Chains without EIP-1559 (no `baseFeePerGas` in the latest block): a legacy `gasPrice` per level from
   `eth_gasPrice` x 100 / 110 / 125 % (ceil), reported as both `max_fee_per_gas` and
   `max_priority_fee_per_gas`; the wait uses step 4 with the price as the tip when the node reports rewards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

GWEI = 10**9
FEE_HISTORY_BLOCKS = 5
REWARD_PERCENTILES = (10, 20, 30)


@dataclass(frozen=True)
class Level:
    name: str
    reward_index: int  # index into REWARD_PERCENTILES
    base_multiplier: int  # percent of the latest base fee (MetaMask)
    priority_multiplier: int  # percent of the median reward (MetaMask)
    min_priority: int  # wei (MetaMask)
    headroom_blocks: int  # full blocks of base-fee rise the cap survives after the next one
    legacy_multiplier: int  # percent of eth_gasPrice on chains without EIP-1559


LEVELS = (
    Level("low", 0, 110, 94, 1 * GWEI, 1, 100),
    Level("medium", 1, 120, 97, 1_500_000_000, 2, 110),
    Level("high", 2, 125, 98, 2 * GWEI, 3, 125),
)


@dataclass(frozen=True)
class FeeHistory:
    """An `eth_feeHistory` answer as integers. `base_fees` has one more entry than blocks (the next)."""

    oldest_block: int
    base_fees: tuple[int, ...]
    gas_used_ratio: tuple[float, ...]
    rewards: tuple[tuple[int, ...], ...]

    @property
    def blocks(self) -> int:
        return len(self.gas_used_ratio)


@dataclass(frozen=True)
class Suggestion:
    max_fee_per_gas: int
    max_priority_fee_per_gas: int
    expected_wait_blocks: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "max_fee_per_gas": self.max_fee_per_gas,
            "max_priority_fee_per_gas": self.max_priority_fee_per_gas,
            "expected_wait_blocks": self.expected_wait_blocks,
        }


def to_int(value: Any) -> int:
    """A JSON-RPC quantity ("0x1a", or an int already) as an int; ValueError if it is neither."""
    if isinstance(value, bool):
        raise ValueError("a boolean is not a quantity")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value[:2].lower() == "0x" and len(value) <= 66:
        return int(value, 16)
    raise ValueError(f"not a JSON-RPC quantity: {type(value).__name__}")


def parse_fee_history(raw: Mapping[str, Any]) -> FeeHistory:
    """Parse an `eth_feeHistory` result (hex strings or ints). ValueError when it is malformed."""
    if not isinstance(raw, Mapping):
        raise ValueError("fee history is not an object")
    base_raw = raw.get("baseFeePerGas") or []
    ratio_raw = raw.get("gasUsedRatio") or []
    reward_raw = raw.get("reward") or []
    if not isinstance(base_raw, list) or not isinstance(ratio_raw, list) or not isinstance(reward_raw, list):
        raise ValueError("fee history fields have the wrong types")
    base = tuple(to_int(x) for x in base_raw)
    ratio = tuple(float(x) for x in ratio_raw if isinstance(x, (int, float)) and not isinstance(x, bool))
    if len(ratio) != len(ratio_raw):
        raise ValueError("gasUsedRatio holds a non-number")
    rewards = []
    for row in reward_raw:
        if not isinstance(row, list):
            raise ValueError("a reward row is not a list")
        rewards.append(tuple(to_int(x) for x in row))
    if rewards and len(rewards) != len(ratio):
        raise ValueError("reward rows do not match the block count")
    oldest = to_int(raw.get("oldestBlock", 0))
    return FeeHistory(oldest, base, ratio, tuple(rewards))


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def lower_median(values: Sequence[int]) -> int:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def project_base_fee(next_base: int, full_blocks: int) -> int:
    """The highest base fee `full_blocks` full blocks after the next one (EIP-1559: +12.5 % per block)."""
    base = next_base
    for _ in range(full_blocks):
        base = ceil_div(base * 9, 8)
    return base


def expected_wait_blocks(tip: int, history: FeeHistory) -> int | None:
    """Mean blocks to wait: n / (blocks whose 10th-percentile reward <= tip), rounded up."""
    if not history.rewards:
        return None
    rows = [row for row in history.rewards if row]
    if not rows:
        return None
    taking = sum(1 for row in rows if row[0] <= tip)
    return ceil_div(len(rows), taking) if taking else None


def level_tip(level: Level, history: FeeHistory) -> int:
    column = [row[level.reward_index] for row in history.rewards if len(row) > level.reward_index]
    median = lower_median(column) if column else 0
    return max(median * level.priority_multiplier // 100, level.min_priority)


def suggest_eip1559(history: FeeHistory, next_base: int | None = None) -> dict[str, Suggestion]:
    """low / medium / high for an EIP-1559 chain (module docstring, steps 1-4)."""
    if len(history.base_fees) < 2:
        raise ValueError("fee history has no base fees")
    latest_base = history.base_fees[-2]
    next_base = history.base_fees[-1] if next_base is None else next_base
    out: dict[str, Suggestion] = {}
    previous_tip = 0
    for level in LEVELS:
        tip = max(level_tip(level, history), previous_tip)
        previous_tip = tip
        cap = max(latest_base * level.base_multiplier // 100, project_base_fee(next_base, level.headroom_blocks))
        out[level.name] = Suggestion(cap + tip, tip, expected_wait_blocks(tip, history))
    return out


def suggest_legacy(gas_price: int, history: FeeHistory | None = None) -> dict[str, Suggestion]:
    """low / medium / high `gasPrice` for a chain without EIP-1559 (module docstring, step 5)."""
    out: dict[str, Suggestion] = {}
    for level in LEVELS:
        price = ceil_div(gas_price * level.legacy_multiplier, 100)
        wait = expected_wait_blocks(price, history) if history is not None else None
        out[level.name] = Suggestion(price, price, wait)
    return out


def gas_result(
    chain_id: int,
    history: FeeHistory | None,
    next_base: int | None,
    gas_price: int,
    eip1559: bool,
) -> dict[str, Any]:
    """The `gas` command's result: fees in wei, suggestions per level."""
    base_fee: int | None = None
    next_fee: int | None = None
    if eip1559:
        if history is None:
            raise ValueError("an EIP-1559 chain needs a fee history")
        suggestions = suggest_eip1559(history, next_base)
        base_fee = history.base_fees[-2]
        next_fee = history.base_fees[-1] if next_base is None else next_base
    else:
        suggestions = suggest_legacy(gas_price, history)
    return {
        "chain_id": chain_id,
        "base_fee": base_fee,
        "next_base_fee": next_fee,
        "eip1559": eip1559,
        "gas_price": gas_price,
        "suggestions": {name: s.to_json() for name, s in suggestions.items()},
    }


def metamask_fee_history_method(history: FeeHistory) -> dict[str, Suggestion]:
    """MetaMask's removed fee-history estimate exactly (no projection, no wait); used by bench/ and tests."""
    latest_base = history.base_fees[-2]
    out: dict[str, Suggestion] = {}
    for level in LEVELS:
        tip = level_tip(level, history)
        out[level.name] = Suggestion(latest_base * level.base_multiplier // 100 + tip, tip, None)
    return out
