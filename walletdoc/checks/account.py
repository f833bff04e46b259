"""`diagnose address`: what an account has waiting — nonces, pending and queued txs, funds, the blocker.

`gather()` asks the node (public data only: the address) and `classify()` is pure. The pool
comes from txpool_content, else eth_pendingTransactions; when the node hides both the check
degrades to the nonce counts. Never imports click or rich; never takes or sends a secret.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from walletdoc.checks.tx import (
    FEE_HISTORY_BLOCKS,
    PERCENTILES,
    PoolView,
    amount,
    fee_cap,
    fee_problem,
    hexint,
    recent_tip_floor,
    sender_pool,
    tip_cap,
    tx_cost,
)
from walletdoc.findings import ERROR, INFO, OK, Finding
from walletdoc.rpc.chains import Chain

if TYPE_CHECKING:
    from walletdoc.rpc.client import RpcClient


@dataclass
class AccountEvidence:
    address: str
    chain: Chain
    nonce_latest: int
    nonce_pending: int
    balance: int
    next_base: int | None
    fee_history: dict[str, Any] | None
    pool: PoolView
    txpool: str


def gather(client: RpcClient, address: str) -> AccountEvidence:
    chain = client.chain()
    r = client.batch([
        ("eth_getTransactionCount", [address, "latest"]), ("eth_getTransactionCount", [address, "pending"]),
        ("eth_getBalance", [address, "latest"]), ("eth_getBlockByNumber", ["pending", False]),
        ("eth_feeHistory", [hex(FEE_HISTORY_BLOCKS), "latest", list(PERCENTILES)])])
    for reply in r[:3]:
        if reply.error is not None:
            raise reply.error
    pending_block = r[3].result if r[3].ok and isinstance(r[3].result, dict) else None
    fh = r[4].result if r[4].ok and isinstance(r[4].result, dict) else None
    next_base = hexint(pending_block.get("baseFeePerGas")) if pending_block else None
    if next_base is None and fh and fh.get("baseFeePerGas"):
        next_base = hexint(fh["baseFeePerGas"][-1])
    pool = sender_pool(client, address)
    return AccountEvidence(address, chain, hexint(r[0].result) or 0, hexint(r[1].result) or 0,
                           hexint(r[2].result) or 0, next_base, fh, pool,
                           "available" if client.txpool == "available" else "unsupported")


def _entry(tx: dict[str, Any]) -> dict[str, Any]:
    return {"hash": tx.get("hash"), "nonce": hexint(tx.get("nonce")), "to": tx.get("to"),
            "value": hexint(tx.get("value")), "gas": hexint(tx.get("gas")),
            "max_fee_per_gas": hexint(tx.get("maxFeePerGas")),
            "max_priority_fee_per_gas": hexint(tx.get("maxPriorityFeePerGas")),
            "gas_price": hexint(tx.get("gasPrice")), "cost": tx_cost(tx)}


def classify(ev: AccountEvidence) -> tuple[dict[str, Any], list[Finding]]:
    pending, queued = ev.pool.split(ev.nonce_latest)
    waiting = bool(pending or queued or ev.nonce_pending > ev.nonce_latest)
    result: dict[str, Any] = {
        "address": ev.address, "chain_id": ev.chain.id, "chain_name": ev.chain.name,
        "nonce_latest": ev.nonce_latest, "nonce_pending": ev.nonce_pending, "balance": ev.balance,
        "base_fee_next": ev.next_base,
        "pending": [_entry(t) for t in pending], "queued": [_entry(t) for t in queued],
        "first_blocking_nonce": ev.nonce_latest if waiting else None,
        "txpool": ev.txpool, "pool_source": ev.pool.source,
    }
    findings: list[Finding] = []
    if ev.pool.source is None:
        findings.append(Finding.of("account.txpool_unsupported", INFO,
                                   count=max(ev.nonce_pending - ev.nonce_latest, 0)))
    if pending:
        first = pending[0]
        problem = fee_problem(first, ev.next_base, recent_tip_floor(ev.fee_history))
        if problem is not None:
            findings.append(Finding.of("account.stuck", ERROR,
                                       data={"nonce": ev.nonce_latest, "hash": first.get("hash"),
                                             "problem": problem.code},
                                       nonce=ev.nonce_latest, hash=first.get("hash"), why=problem.message,
                                       count=len(pending) + len(queued) - 1))
    if queued:
        top = max(hexint(t.get("nonce")) or 0 for t in queued)
        missing = ev.pool.missing(ev.nonce_latest, top)
        findings.append(Finding.of("account.nonce_gap", ERROR, data={"missing_nonces": missing},
                                   count=len(queued), missing=", ".join(str(m) for m in missing[:10])
                                   + (" …" if len(missing) > 10 else "")))
    cost = sum(tx_cost(t) for t in pending)
    if pending and ev.balance < cost:
        findings.append(Finding.of("account.insufficient_funds", ERROR, data={"needed": cost},
                                   balance=amount(ev.balance, ev.chain), needed=amount(cost, ev.chain)))
    if pending and not any(f.severity is ERROR for f in findings):
        findings.append(Finding.of("account.pending", INFO, count=len(pending), first=ev.nonce_latest,
                                   tip=_gwei(tip_cap(pending[0])), cap=_gwei(fee_cap(pending[0]))))
    if not waiting:
        findings.append(Finding.of("account.idle", OK, nonce=ev.nonce_latest,
                                   balance=amount(ev.balance, ev.chain)))
    elif not pending and not queued and ev.pool.source is None:
        findings.append(Finding.of("account.waiting_unknown", INFO, first=ev.nonce_latest,
                                   count=ev.nonce_pending - ev.nonce_latest))
    return result, findings


def _gwei(wei: int | None) -> str:
    from walletdoc.checks.tx import gwei

    return gwei(wei)
