"""Broadcast a signed raw transaction and find the pending transaction that holds a nonce.

Takes public data only: signed raw transaction bytes (hex), addresses, nonces. It never receives a
key, a phrase or a password, and never builds or signs a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from walletdoc.errors import NodeError
from walletdoc.rpc.client import RpcClient, RpcError, hex_int

ALREADY_KNOWN = ("already known", "already imported", "known transaction")


@dataclass(frozen=True)
class Broadcast:
    """The node's answer to eth_sendRawTransaction: accepted (with hash) or the rejection text."""

    accepted: bool
    tx_hash: str | None
    reason: str | None = None


def broadcast(client: RpcClient, raw_tx: str, expected_hash: str) -> Broadcast:
    """Send `raw_tx`; a node that already has it counts as accepted. Transport failures raise NodeError."""
    try:
        return Broadcast(True, client.send_raw_transaction(raw_tx))
    except RpcError as exc:
        message = exc.rpc_message
        if any(text in message.lower() for text in ALREADY_KNOWN):
            return Broadcast(True, expected_hash, message)
        return Broadcast(False, None, message[:300])


def pending_tx_at_nonce(client: RpcClient, sender: str, nonce: int) -> dict[str, Any] | None:
    """The pending tx of `sender` with `nonce`: from txpool_content, else from the pending block."""
    content = client.txpool_content()
    if content is not None:
        for section in ("pending", "queued"):
            by_sender = content.get(section) or {}
            for address, txs in by_sender.items():
                if isinstance(address, str) and address.lower() == sender.lower() and isinstance(txs, dict):
                    found = txs.get(str(nonce))
                    if isinstance(found, dict):
                        return found
    try:
        block = client.block("pending", full=True)
    except RpcError:
        return None
    for tx in (block or {}).get("transactions") or []:
        if isinstance(tx, dict) and str(tx.get("from", "")).lower() == sender.lower():
            try:
                if hex_int(tx.get("nonce")) == nonce:
                    return tx
            except NodeError:
                continue
    return None
