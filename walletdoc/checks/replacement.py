"""Speed-up and cancel plans for a pending transaction: pure integer arithmetic and checks.

Given the pending transaction as the node reports it and a little public chain state (next base fee,
market tip, balance, latest nonce, the sender's code), build the unsigned replacement with the same nonce
whose fees every common node accepts, and the findings that say whether it is safe to send. This module
never signs, never opens a socket, never imports click or rich, and never sees a secret.

Fee rule (reference/diagnoses.md §2.1, §3): `bump(x) = max(ceil(x * 110 / 100), x + 1)` — clears geth's
floor and reth's ceil 10 % rule, and anvil's "any higher cap". EIP-1559: `tip' = max(bump(tip), market_tip)`
(or the user's tip, still at least `bump(tip)`), `cap' = max(bump(cap), 2 * next_base + tip')`.
Legacy (type 0/1): `gasPrice' = max(bump(gasPrice), 2 * next_base + market_tip)` on an EIP-1559 chain,
`max(bump(gasPrice), market gas price)` otherwise. Cancel = same nonce, `to = from`, value 0, data 0x,
gas 21000 (MetaMask's stopTransaction).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from walletdoc.checks.gas import ceil_div, to_int
from walletdoc.findings import ERROR, INFO, WARNING, Finding

Mode = Literal["speed-up", "cancel"]
CANCEL_GAS = 21_000
ETHER = 10**18
GETH_RPC_TX_FEE_CAP = ETHER  # geth/reth default --rpc.txfeecap: 1 ether of maxFee x gas
DELEGATION_PREFIX = "0xef0100"  # EIP-7702 delegation designator in an EOA's code


@dataclass(frozen=True)
class PendingTx:
    """The fields of a transaction (from eth_getTransactionByHash) that a replacement needs."""

    hash: str
    sender: str
    to: str | None
    value: int
    data: str
    gas: int
    nonce: int
    type: int
    chain_id: int | None
    max_fee_per_gas: int | None
    max_priority_fee_per_gas: int | None
    gas_price: int | None
    block_number: int | None
    access_list: tuple[Any, ...] = ()

    @property
    def is_1559(self) -> bool:
        return self.type >= 2 and self.max_fee_per_gas is not None

    @classmethod
    def from_rpc(cls, raw: Mapping[str, Any]) -> PendingTx:
        """From a JSON-RPC transaction object (hex quantities or ints). ValueError when malformed."""
        if not isinstance(raw, Mapping):
            raise ValueError("transaction is not an object")

        def opt(key: str) -> int | None:
            value = raw.get(key)
            return None if value is None else to_int(value)

        sender, to, data = raw.get("from"), raw.get("to"), raw.get("input", raw.get("data", "0x"))
        if not isinstance(sender, str) or (to is not None and not isinstance(to, str)):
            raise ValueError("transaction addresses are malformed")
        if isinstance(data, bytes):
            data = "0x" + data.hex()
        if not isinstance(data, str):
            raise ValueError("transaction input is malformed")
        tx_hash = raw.get("hash")
        if isinstance(tx_hash, bytes):
            tx_hash = "0x" + tx_hash.hex()
        return cls(
            hash=str(tx_hash or ""),
            sender=sender,
            to=to,
            value=to_int(raw.get("value", 0)),
            data=data,
            gas=to_int(raw["gas"]),
            nonce=to_int(raw["nonce"]),
            type=to_int(raw.get("type", 0)),
            chain_id=opt("chainId"),
            max_fee_per_gas=opt("maxFeePerGas"),
            max_priority_fee_per_gas=opt("maxPriorityFeePerGas"),
            gas_price=opt("gasPrice"),
            block_number=opt("blockNumber"),
            access_list=tuple(raw.get("accessList") or ()),
        )


@dataclass(frozen=True)
class ChainState:
    """Public chain facts the plan needs. `next_base_fee` None means a chain without EIP-1559."""

    chain_id: int
    next_base_fee: int | None
    market_tip: int
    market_gas_price: int
    balance: int
    latest_nonce: int
    sender_code: str = "0x"


@dataclass
class Plan:
    """The replacement to sign (`tx`, eth-account fields) or why not (`blocked`), and the findings."""

    mode: Mode
    original: PendingTx
    tx: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    blocked: bool = False

    @property
    def fee_cap(self) -> int:
        return int(self.tx.get("maxFeePerGas", self.tx.get("gasPrice", 0)))

    @property
    def max_cost(self) -> int:
        return int(self.tx.get("value", 0)) + int(self.tx.get("gas", 0)) * self.fee_cap

    def summary(self) -> dict[str, Any]:
        """Public fields of the plan for a report's result (wei)."""
        return {
            "mode": self.mode,
            "nonce": self.original.nonce,
            "from": self.original.sender,
            "to": self.tx.get("to"),
            "value": self.tx.get("value"),
            "gas": self.tx.get("gas"),
            "max_fee_per_gas": self.tx.get("maxFeePerGas"),
            "max_priority_fee_per_gas": self.tx.get("maxPriorityFeePerGas"),
            "gas_price": self.tx.get("gasPrice"),
            "max_cost": self.max_cost if self.tx else None,
            "replaced": self.original.hash,
        }


def bump(value: int, percent: int = 10) -> int:
    """The smallest safe replacement value: at least +percent % (rounded up) and at least +1 wei."""
    return max(ceil_div(value * (100 + percent), 100), value + 1)


def geth_accepts_replacement(old_cap: int, old_tip: int, new_cap: int, new_tip: int, price_bump: int = 10) -> bool:
    """geth legacypool list.Add: both caps strictly higher and >= old*(100+bump)/100 (floor)."""
    if old_cap >= new_cap or old_tip >= new_tip:
        return False
    return new_cap >= old_cap * (100 + price_bump) // 100 and new_tip >= old_tip * (100 + price_bump) // 100


def reth_accepts_replacement(old_cap: int, old_tip: int, new_cap: int, new_tip: int, price_bump: int = 10) -> bool:
    """reth is_underpriced, negated: each cap >= ceil(old*(100+bump)/100) (tip only when both non-zero)."""
    if new_cap < ceil_div(old_cap * (100 + price_bump), 100):
        return False
    if old_tip and new_tip and new_tip < ceil_div(old_tip * (100 + price_bump), 100):
        return False
    return True


def replacement_fees(
    old: PendingTx, state: ChainState, tip_override: int | None = None
) -> dict[str, int]:
    """The fee fields of the replacement: {maxFeePerGas, maxPriorityFeePerGas} or {gasPrice}."""
    if old.is_1559:
        assert old.max_fee_per_gas is not None
        old_tip = old.max_priority_fee_per_gas or 0
        wanted = state.market_tip if tip_override is None else tip_override
        tip = max(bump(old_tip), wanted)
        base = state.next_base_fee or 0
        cap = max(bump(old.max_fee_per_gas), 2 * base + tip)
        return {"maxFeePerGas": cap, "maxPriorityFeePerGas": tip}
    old_price = old.gas_price or 0
    if state.next_base_fee is not None:
        wanted = state.market_tip if tip_override is None else tip_override
        floor = 2 * state.next_base_fee + wanted
    else:
        floor = state.market_gas_price if tip_override is None else tip_override
    return {"gasPrice": max(bump(old_price), floor)}


def plan_replacement(
    old: PendingTx, state: ChainState, mode: Mode, tip_override: int | None = None
) -> Plan:
    """Check that a replacement makes sense and build it; `plan.blocked` says not to sign it."""
    plan = Plan(mode, old)
    if old.block_number is not None:
        plan.findings.append(Finding.of("fix.already_mined", ERROR, {"hash": old.hash, "block": old.block_number},
                                        hash=old.hash, block=old.block_number))
        plan.blocked = True
        return plan
    if old.type == 3 or (old.type == 4 and mode == "speed-up"):
        plan.findings.append(Finding.of("fix.unsupported_type", ERROR, {"type": old.type}, type=old.type))
        plan.blocked = True
        return plan
    if old.chain_id is not None and old.chain_id != state.chain_id:
        plan.findings.append(Finding.of("fix.chain_mismatch", ERROR, {"tx_chain_id": old.chain_id,
                                        "node_chain_id": state.chain_id}, tx_chain=old.chain_id,
                                        node_chain=state.chain_id))
        plan.blocked = True
        return plan
    plan.tx = build_replacement(old, state, mode, tip_override)
    if old.nonce > state.latest_nonce:
        plan.findings.append(Finding.of("fix.not_lowest_nonce", ERROR,
                                        {"nonce": old.nonce, "lowest_nonce": state.latest_nonce},
                                        nonce=old.nonce, lowest=state.latest_nonce))
        plan.blocked = True
    if state.balance < plan.max_cost:
        plan.findings.append(Finding.of("fix.insufficient_funds", ERROR,
                                        {"balance": state.balance, "max_cost": plan.max_cost},
                                        balance=eth(state.balance), cost=eth(plan.max_cost)))
        plan.blocked = True
    if plan.fee_cap * int(plan.tx["gas"]) > GETH_RPC_TX_FEE_CAP:
        plan.findings.append(Finding.of("fix.fee_above_rpc_cap", WARNING,
                                        {"max_fee": plan.fee_cap * int(plan.tx["gas"])},
                                        fee=eth(plan.fee_cap * int(plan.tx["gas"]))))
    if state.sender_code.lower().startswith(DELEGATION_PREFIX):
        plan.findings.append(Finding.of("fix.delegated_sender", WARNING, {"code": state.sender_code[:48]}))
    cost = eth(plan.max_cost)
    if "gasPrice" in plan.tx:
        code = "fix.plan_cancel_legacy" if mode == "cancel" else "fix.plan_speed_up_legacy"
        plan.findings.append(Finding.of(code, INFO, plan.summary(), nonce=old.nonce, price=gwei(plan.fee_cap),
                                        cost=cost))
    else:
        code = "fix.plan_cancel" if mode == "cancel" else "fix.plan_speed_up"
        plan.findings.append(Finding.of(code, INFO, plan.summary(), nonce=old.nonce, cap=gwei(plan.fee_cap),
                                        tip=gwei(int(plan.tx["maxPriorityFeePerGas"])), cost=cost))
    return plan


def build_replacement(old: PendingTx, state: ChainState, mode: Mode, tip_override: int | None) -> dict[str, Any]:
    """The unsigned replacement in eth-account's field names."""
    tx: dict[str, Any] = {"nonce": old.nonce, "chainId": state.chain_id}
    if mode == "cancel":
        tx.update(to=old.sender, value=0, data="0x", gas=CANCEL_GAS)
    else:
        tx.update(value=old.value, data=old.data, gas=old.gas)
        if old.to is not None:
            tx["to"] = old.to
    fees = replacement_fees(old, state, tip_override)
    tx.update(fees)
    if "maxFeePerGas" in fees:
        tx["type"] = 2
    elif old.type == 1 and mode == "speed-up":
        tx["type"] = 1
    if old.access_list and mode == "speed-up" and old.type in (1, 2):
        tx["accessList"] = list(old.access_list)
    return tx


def gwei(wei: int) -> str:
    """Wei as gwei text, up to 9 decimals, no float rounding."""
    whole, frac = divmod(wei, 10**9)
    return f"{whole}.{frac:09d}".rstrip("0").rstrip(".") if frac else str(whole)


def eth(wei: int) -> str:
    """Wei as ether text, up to 18 decimals, no float rounding."""
    whole, frac = divmod(wei, ETHER)
    return f"{whole}.{frac:018d}".rstrip("0").rstrip(".") if frac else str(whole)
