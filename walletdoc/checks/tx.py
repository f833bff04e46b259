"""Classify one transaction: pending, queued, mined (success / failed), replaced, dropped, not found.

`gather()` asks the node (through walletdoc.rpc, public data only: the hash, the sender's
address and nonce) and returns a `TxEvidence` of plain JSON-RPC dicts; `classify()` is a
pure function from that evidence to the result dict and the Findings (reference:
diagnoses.md §1). Also shared with checks/account.py: the sender's pool view, fee
judgement against the next base fee and recent tips, and revert decoding.
It never imports click or rich, and never takes or sends a secret.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from walletdoc.errors import NodeError
from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding
from walletdoc.rpc.chains import Chain, all_chains

if TYPE_CHECKING:
    from walletdoc.rpc.client import RpcClient

GWEI = 10**9
FEE_HISTORY_BLOCKS = 20
PERCENTILES = (10.0, 30.0, 50.0)
ERROR_SELECTOR = "08c379a0"
PANIC_SELECTOR = "4e487b71"
PANIC_CODES = {
    0x00: "generic compiler panic", 0x01: "assert(false) failed", 0x11: "arithmetic overflow or underflow",
    0x12: "division or modulo by zero", 0x21: "invalid enum value", 0x22: "corrupt storage byte array",
    0x31: "pop() on an empty array", 0x32: "array index out of bounds",
    0x41: "too much memory allocated or array too large", 0x51: "call to a zero-initialised function",
}


def hexint(value: Any) -> int | None:
    from walletdoc.rpc.client import hex_int

    return hex_int(value)


def gwei(wei: int | None) -> str:
    """Wei as a short gwei figure for messages: 1.5, 0.000000001, 50."""
    if wei is None:
        return "?"
    text = f"{wei / GWEI:.9f}".rstrip("0").rstrip(".")
    return text or "0"


# ---------------------------------------------------------------------- the sender's pool
@dataclass
class PoolView:
    """The sender's transactions waiting in this node's pool, by nonce. `source` None: unknown."""

    source: str | None
    txs: dict[int, dict[str, Any]] = field(default_factory=dict)

    def split(self, nonce_latest: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(pending, queued): the unbroken run of nonces from nonce_latest, and the rest above it."""
        pending, n = [], nonce_latest
        while n in self.txs:
            pending.append(self.txs[n])
            n += 1
        queued = [self.txs[k] for k in sorted(self.txs) if k > n]
        return pending, queued

    def missing(self, nonce_latest: int, below: int) -> list[int]:
        return [k for k in range(nonce_latest, below) if k not in self.txs]


def sender_pool(client: RpcClient, address: str) -> PoolView:
    """txpool_content filtered by sender; else eth_pendingTransactions; else an unknown view."""
    from walletdoc.rpc.client import RpcError

    content = client.txpool_content()
    want = address.lower()
    txs: dict[int, dict[str, Any]] = {}
    if content is not None:
        for section in ("pending", "queued"):
            by_sender = content.get(section) or {}
            for sender, by_nonce in by_sender.items() if isinstance(by_sender, dict) else ():
                if str(sender).lower() == want and isinstance(by_nonce, dict):
                    for tx in by_nonce.values():
                        _put(txs, tx)
        return PoolView("txpool_content", txs)
    try:
        listed = client.call("eth_pendingTransactions", [])
    except RpcError:
        return PoolView(None)
    for tx in listed if isinstance(listed, list) else []:
        if isinstance(tx, dict) and str(tx.get("from", "")).lower() == want:
            _put(txs, tx)
    return PoolView("eth_pendingTransactions", txs)


def _put(txs: dict[int, dict[str, Any]], tx: Any) -> None:
    if isinstance(tx, dict) and tx.get("nonce") is not None:
        txs[hexint(tx["nonce"]) or 0] = tx


# ---------------------------------------------------------------------- fees
def fee_cap(tx: dict[str, Any]) -> int | None:
    return hexint(tx.get("maxFeePerGas")) if tx.get("maxFeePerGas") is not None else hexint(tx.get("gasPrice"))


def tip_cap(tx: dict[str, Any]) -> int | None:
    if tx.get("maxPriorityFeePerGas") is not None:
        return hexint(tx["maxPriorityFeePerGas"])
    return hexint(tx.get("gasPrice"))


def tx_cost(tx: dict[str, Any]) -> int:
    return (hexint(tx.get("value")) or 0) + (hexint(tx.get("gas")) or 0) * (fee_cap(tx) or 0)


def recent_tip_floor(fee_history: dict[str, Any] | None) -> int | None:
    """Median over recent non-empty blocks of the 10th-percentile tip; None when nothing to compare."""
    if not fee_history:
        return None
    rewards = fee_history.get("reward") or []
    ratios = fee_history.get("gasUsedRatio") or []
    p10 = [hexint(row[0]) or 0 for i, row in enumerate(rewards)
           if row and (i >= len(ratios) or (ratios[i] or 0) > 0)]
    p10 = [v for v in p10 if v > 0]
    return int(statistics.median(p10)) if p10 else None


def fee_problem(tx: dict[str, Any], next_base: int | None, tip_floor: int | None) -> Finding | None:
    """tx.fee_cap_below_base_fee / tx.tip_too_low for a waiting tx, or None if its fees look fine."""
    cap, tip = fee_cap(tx), tip_cap(tx)
    if cap is None:
        return None
    if next_base is not None and cap < next_base:
        need = 2 * next_base + (tip or 0)
        return Finding.of("tx.fee_cap_below_base_fee", ERROR,
                          data={"max_fee_per_gas": cap, "base_fee_next": next_base, "suggested_max_fee": need},
                          cap=gwei(cap), base=gwei(next_base), need=gwei(need), tx=tx.get("hash"))
    effective = min(tip or 0, cap - (next_base or 0))
    if tip_floor is not None and effective < tip_floor:
        return Finding.of("tx.tip_too_low", ERROR,
                          data={"effective_tip": effective, "recent_tip_p10": tip_floor},
                          tip=gwei(effective), recent=gwei(tip_floor), tx=tx.get("hash"))
    return None


# ---------------------------------------------------------------------- revert data
def decode_revert(data_hex: str | None) -> tuple[str, str | None]:
    """(kind, text): kind is error_string / panic / custom / empty / unknown; text is what to show."""
    if data_hex is None:
        return "unknown", None
    body = data_hex[2:] if data_hex.startswith("0x") else data_hex
    try:
        data = bytes.fromhex(body)
    except ValueError:
        return "unknown", None
    if not data:
        return "empty", None
    selector, args = data[:4].hex(), data[4:]
    if selector == ERROR_SELECTOR:
        text = _abi_string(args)
        if text is not None:
            return "error_string", text
    if selector == PANIC_SELECTOR and len(args) >= 32:
        code = int.from_bytes(args[:32], "big")
        return "panic", f"Panic(0x{code:02x}): {PANIC_CODES.get(code, 'unknown panic code')}"
    return "custom", f"custom error 0x{selector} ({len(args)} bytes of arguments)"


def _abi_string(args: bytes) -> str | None:
    if len(args) < 64:
        return None
    offset = int.from_bytes(args[:32], "big")
    if offset + 32 > len(args):
        return None
    length = int.from_bytes(args[offset:offset + 32], "big")
    raw = args[offset + 32:offset + 32 + length]
    if len(raw) != length:
        return None
    text = raw.decode("utf-8", "replace")
    return "".join(c if c.isprintable() else "?" for c in text)[:500]


# ---------------------------------------------------------------------- evidence
@dataclass
class TxEvidence:
    hash: str
    chain: Chain
    tx: dict[str, Any] | None
    receipt: dict[str, Any] | None
    head: int
    next_base: int | None
    fee_history: dict[str, Any] | None
    finalized: int | None = None
    sender: str | None = None
    nonce: int | None = None
    nonce_latest: int | None = None
    nonce_pending: int | None = None
    balance: int | None = None
    pool: PoolView | None = None
    replay_error: dict[str, Any] | None = None  # {"message", "data"} of the failed eth_call replay
    replay_ok: bool = False
    replaced_by: str | None = None


def gather(client: RpcClient, tx_hash: str, *, sender: str | None = None, nonce: int | None = None) -> TxEvidence:
    """Everything classify() needs, in few round trips."""
    chain = client.chain()
    h = tx_hash.lower()
    r = client.batch([
        ("eth_getTransactionByHash", [h]), ("eth_getTransactionReceipt", [h]), ("eth_blockNumber", []),
        ("eth_getBlockByNumber", ["pending", False]),
        ("eth_feeHistory", [hex(FEE_HISTORY_BLOCKS), "latest", list(PERCENTILES)]),
        ("eth_getBlockByNumber", ["finalized", False]),
    ])
    for reply in r[:3]:
        if reply.error is not None:
            if "indexing" in reply.error.rpc_message.lower():  # geth: "transaction indexing is in progress"
                raise NodeError.of("rpc.tx_indexing", url=client.display_url)
            raise reply.error
    tx, rc = _dict(r[0].result), _dict(r[1].result)
    fh = _dict(r[4].result) if r[4].ok else None
    pending_block = _dict(r[3].result) if r[3].ok else None
    next_base = hexint(pending_block.get("baseFeePerGas")) if pending_block else None
    if next_base is None and fh and fh.get("baseFeePerGas"):
        next_base = hexint(fh["baseFeePerGas"][-1])
    fin = _dict(r[5].result) if r[5].ok else None
    ev = TxEvidence(h, chain, tx, rc, hexint(r[2].result) or 0, next_base, fh,
                    finalized=hexint(fin.get("number")) if fin else None)
    if tx is not None:
        sender, nonce = str(tx.get("from")), hexint(tx.get("nonce"))
    ev.sender, ev.nonce = sender, nonce
    if rc is not None:
        _gather_replay(client, ev)
    elif sender is not None and nonce is not None:
        _gather_sender(client, ev, sender, nonce)
    return ev


def _gather_sender(client: RpcClient, ev: TxEvidence, sender: str, nonce: int) -> None:
    latest, pending, bal = client.batch([
        ("eth_getTransactionCount", [sender, "latest"]), ("eth_getTransactionCount", [sender, "pending"]),
        ("eth_getBalance", [sender, "latest"])])
    for reply in (latest, pending, bal):
        if reply.error is not None:
            raise reply.error
    ev.nonce_latest, ev.nonce_pending, ev.balance = hexint(latest.result), hexint(pending.result), hexint(bal.result)
    ev.pool = sender_pool(client, sender)
    if ev.tx is None or (ev.nonce_latest or 0) > nonce:
        in_pool = ev.pool.txs.get(nonce)
        if in_pool is not None and str(in_pool.get("hash", "")).lower() != ev.hash:
            ev.replaced_by = str(in_pool.get("hash"))
        elif (ev.nonce_latest or 0) > nonce:
            ev.replaced_by = find_nonce_user(client, sender, nonce, ev.head)


def _gather_replay(client: RpcClient, ev: TxEvidence) -> None:
    assert ev.tx is not None and ev.receipt is not None
    if ev.receipt.get("status") != "0x0":
        return
    tx = ev.tx
    call = {"from": tx.get("from"), "data": tx.get("input") or tx.get("data") or "0x",
            "value": tx.get("value") or "0x0", "gas": tx.get("gas")}
    if tx.get("to"):
        call["to"] = tx["to"]
    block = max((hexint(ev.receipt.get("blockNumber")) or 0) - 1, 0)
    reply = client.eth_call(call, block)
    if reply.error is None:
        ev.replay_ok = True
    else:
        ev.replay_error = {"message": reply.error.rpc_message, "data": reply.error.revert_data()}


def find_nonce_user(client: RpcClient, sender: str, nonce: int, head: int) -> str | None:
    """Hash of the mined tx that used `sender`'s `nonce` (binary search on historical nonces)."""
    from walletdoc.rpc.client import RpcError

    lo, hi = 0, head
    try:
        while lo < hi:
            mid = (lo + hi) // 2
            if client.nonce(sender, mid) > nonce:
                hi = mid
            else:
                lo = mid + 1
        block = client.block(lo, full=True)
    except RpcError:  # pruned node: no historical state
        return None
    for tx in (block or {}).get("transactions") or []:
        if isinstance(tx, dict) and str(tx.get("from", "")).lower() == sender.lower() \
                and hexint(tx.get("nonce")) == nonce:
            return str(tx.get("hash"))
    return None


def _dict(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) else None


# ---------------------------------------------------------------------- classification
def classify(ev: TxEvidence) -> tuple[dict[str, Any], list[Finding]]:
    """The result dict (README contract) and the findings for the evidence; no network."""
    result = _base_result(ev)
    if ev.receipt is not None:
        findings = _mined(ev, result)
    elif ev.tx is not None and ev.tx.get("blockNumber") is None:
        findings = _waiting(ev, result)
    elif ev.tx is not None:
        result["status"] = "pending"
        findings = [Finding.of("tx.receipt_unavailable", WARNING, block=hexint(ev.tx.get("blockNumber")))]
    else:
        findings = _unknown(ev, result)
    return result, findings


def _base_result(ev: TxEvidence) -> dict[str, Any]:
    tx, rc = ev.tx or {}, ev.receipt or {}
    block = hexint(rc.get("blockNumber")) if rc else None
    return {
        "status": None, "chain_id": ev.chain.id, "chain_name": ev.chain.name, "hash": ev.hash,
        "from": tx.get("from", ev.sender), "to": tx.get("to"), "nonce": ev.nonce,
        "type": hexint(tx.get("type")) if tx else None, "value": hexint(tx.get("value")),
        "gas": hexint(tx.get("gas")), "gas_used": hexint(rc.get("gasUsed")),
        "max_fee_per_gas": hexint(tx.get("maxFeePerGas")),
        "max_priority_fee_per_gas": hexint(tx.get("maxPriorityFeePerGas")),
        "gas_price": hexint(tx.get("gasPrice")), "effective_gas_price": hexint(rc.get("effectiveGasPrice")),
        "base_fee_next": ev.next_base, "block_number": block,
        "confirmations": ev.head - block + 1 if block is not None else None,
        "finalized": (ev.finalized >= block) if block is not None and ev.finalized is not None else None,
        "revert_reason": None, "revert_data": None, "replaced_by": ev.replaced_by,
    }


def _mined(ev: TxEvidence, result: dict[str, Any]) -> list[Finding]:
    block, conf = result["block_number"], result["confirmations"]
    fin = {True: "yes", False: "not yet", None: "unknown"}[result["finalized"]]
    if ev.receipt and ev.receipt.get("status") != "0x0":
        result["status"] = "mined_success"
        return [Finding.of("tx.mined_success", OK, data={"block": block, "confirmations": conf},
                           block=block, confirmations=conf, finalized=fin)]
    result["status"] = "mined_failed"
    gas, used = result["gas"], result["gas_used"]
    if gas is not None and used is not None and used >= gas:
        return [Finding.of("tx.out_of_gas", ERROR, data={"gas": gas, "gas_used": used}, gas=gas, block=block)]
    data = (ev.replay_error or {}).get("data")
    kind, text = decode_revert(data)
    if kind == "unknown" and ev.replay_error and "out of gas" in str(ev.replay_error.get("message")).lower():
        return [Finding.of("tx.out_of_gas", ERROR, data={"gas": gas, "gas_used": used}, gas=gas, block=block)]
    result["revert_data"] = data
    result["revert_reason"] = text
    detail = {"error_string": f'"{text}"', "panic": text, "custom": text,
              "empty": "no reason given (a bare revert)", "unknown": "the reason could not be recovered"}[kind]
    return [Finding.of("tx.reverted", ERROR, data={"kind": kind, "gas_used": used, "gas": gas},
                       block=block, reason=detail)]


def _waiting(ev: TxEvidence, result: dict[str, Any]) -> list[Finding]:
    tx, nonce = ev.tx or {}, ev.nonce or 0
    latest = ev.nonce_latest or 0
    pool = ev.pool or PoolView(None)
    floor = recent_tip_floor(ev.fee_history)
    findings: list[Finding] = []
    if nonce < latest:
        result["status"] = "replaced"
        return [Finding.of("tx.replaced", WARNING, data={"nonce": nonce}, nonce=nonce,
                           by=ev.replaced_by or "another transaction")]
    result["status"] = "pending"
    if nonce > latest:
        missing = pool.missing(latest, nonce) if pool.source else None
        if missing:
            result["status"] = "queued"
            findings.append(Finding.of("tx.nonce_gap", ERROR, data={"missing_nonces": missing},
                                       nonce=nonce, missing=_nonce_list(missing), tx=ev.hash))
        elif pool.source:
            blocker = pool.txs[latest]
            problem = fee_problem(blocker, ev.next_base, floor)
            findings.append(Finding.of("tx.blocked_by_earlier_nonce", ERROR if problem else WARNING,
                                       data={"blocking_nonce": latest, "blocking_hash": blocker.get("hash"),
                                             "blocking_problem": problem.code if problem else None},
                                       nonce=nonce, first=latest, hash=blocker.get("hash")))
        else:
            if nonce >= (ev.nonce_pending or 0):
                result["status"] = "queued"
            findings.append(Finding.of("tx.waiting_for_earlier_nonce", ERROR, data={"first_open_nonce": latest},
                                       nonce=nonce, first=latest))
    problem = fee_problem(tx, ev.next_base, floor)
    if problem is not None:
        findings.append(problem)
    cost = tx_cost(tx) + sum(tx_cost(t) for k, t in pool.txs.items() if latest <= k < nonce)
    if ev.balance is not None and ev.balance < cost:
        findings.append(Finding.of("tx.insufficient_funds", ERROR, data={"balance": ev.balance, "needed": cost},
                                   balance=amount(ev.balance, ev.chain), needed=amount(cost, ev.chain),
                                   tx=ev.hash))
    if not findings:
        findings.append(Finding.of("tx.pending", INFO, nonce=nonce, tip=gwei(tip_cap(tx)), cap=gwei(fee_cap(tx))))
    return findings


def _unknown(ev: TxEvidence, result: dict[str, Any]) -> list[Finding]:
    if ev.sender is None or ev.nonce is None or ev.nonce_latest is None:
        result["status"] = "not_found"
        return [Finding.of("tx.not_found", ERROR, chain=ev.chain.name, chain_id=ev.chain.id,
                           explorers=_explorers(ev.chain))]
    if ev.replaced_by is not None or ev.nonce_latest > ev.nonce:
        result["status"] = "replaced"
        return [Finding.of("tx.replaced", WARNING, data={"nonce": ev.nonce}, nonce=ev.nonce,
                           by=ev.replaced_by or "another transaction")]
    result["status"] = "dropped"
    return [Finding.of("tx.dropped", ERROR, data={"nonce": ev.nonce, "nonce_latest": ev.nonce_latest},
                       nonce=ev.nonce, chain=ev.chain.name)]


def _explorers(chain: Chain) -> str:
    names = [c.explorer for c in all_chains() if c.explorer and not c.testnet and c.id != chain.id]
    return ", ".join(str(n).removeprefix("https://") for n in names)


def _nonce_list(nonces: list[int]) -> str:
    if len(nonces) <= 4:
        return ", ".join(str(n) for n in nonces)
    return f"{nonces[0]}–{nonces[-1]}"


def amount(wei: int, chain: Chain) -> str:
    return (f"{wei / 10**18:.6f}".rstrip("0").rstrip(".") or "0") + " " + chain.symbol
