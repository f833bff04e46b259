"""Fetch the public chain data the fee suggestions and replacement plans need, in few round trips.

Takes public data only (addresses, transaction hashes) and returns raw JSON-RPC values; the
arithmetic lives in walletdoc.checks.gas / walletdoc.checks.replacement. Never receives a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from walletdoc.errors import NodeError
from walletdoc.rpc.client import RpcClient, hex_int

FEE_HISTORY_BLOCKS = 5
REWARD_PERCENTILES = (10.0, 20.0, 30.0)


@dataclass(frozen=True)
class FeeInputs:
    """What `walletdoc gas` needs: `fee_history` None when the node refused eth_feeHistory."""

    chain_id: int
    eip1559: bool
    fee_history: dict[str, Any] | None
    next_base_fee: int | None
    gas_price: int


@dataclass(frozen=True)
class SenderState:
    """The sender's public state a replacement needs."""

    balance: int
    latest_nonce: int
    code: str


def _fee_calls() -> list[tuple[str, list[Any]]]:
    return [
        ("eth_getBlockByNumber", ["latest", False]),
        ("eth_getBlockByNumber", ["pending", False]),
        ("eth_feeHistory", [hex(FEE_HISTORY_BLOCKS), "latest", list(REWARD_PERCENTILES)]),
        ("eth_gasPrice", []),
    ]


def _fee_inputs(chain_id: int, replies: list[Any]) -> FeeInputs:
    latest, pending, history, gas_price = replies
    if latest.error is not None:
        raise latest.error
    if gas_price.error is not None:
        raise gas_price.error
    if not isinstance(latest.result, dict):
        raise NodeError.of("rpc.bad_response", detail="no latest block")
    eip1559 = latest.result.get("baseFeePerGas") is not None
    fh = history.result if history.ok and isinstance(history.result, dict) else None
    next_base = None
    if eip1559:
        if pending.ok and isinstance(pending.result, dict) and pending.result.get("baseFeePerGas") is not None:
            next_base = hex_int(pending.result["baseFeePerGas"])
        elif fh and fh.get("baseFeePerGas"):
            next_base = hex_int(fh["baseFeePerGas"][-1])
        else:
            next_base = hex_int(latest.result["baseFeePerGas"])
    return FeeInputs(chain_id, eip1559, fh, next_base, hex_int(gas_price.result) or 0)


def fee_inputs(client: RpcClient) -> FeeInputs:
    """Chain id, latest/pending base fee, `eth_feeHistory(5, latest, [10, 20, 30])`, `eth_gasPrice`."""
    chain = client.chain()
    return _fee_inputs(chain.id, client.batch(_fee_calls()))


def replacement_inputs(client: RpcClient, sender: str) -> tuple[FeeInputs, SenderState]:
    """Fee inputs plus the sender's balance, latest nonce and code, in one batch."""
    chain = client.chain()
    calls = _fee_calls() + [
        ("eth_getBalance", [sender, "latest"]),
        ("eth_getTransactionCount", [sender, "latest"]),
        ("eth_getCode", [sender, "latest"]),
    ]
    replies = client.batch(calls)
    fees = _fee_inputs(chain.id, replies[:4])
    balance, nonce, code = replies[4:]
    for reply in (balance, nonce):
        if reply.error is not None:
            raise reply.error
    code_text = code.result if code.ok and isinstance(code.result, str) else "0x"
    return fees, SenderState(hex_int(balance.result) or 0, hex_int(nonce.result) or 0, code_text)
