"""Pure parts of checks/tx.py and checks/account.py on recorded node answers (behaviour is proven in tests/node)."""

from __future__ import annotations

from eth_abi import encode as abi_encode
from hypothesis import given
from hypothesis import strategies as st

from walletdoc.checks import account
from walletdoc.checks.tx import (
    PANIC_CODES,
    PoolView,
    TxEvidence,
    classify,
    decode_revert,
    fee_problem,
    gwei,
    recent_tip_floor,
)
from walletdoc.rpc.chains import chain_by_id

G = 10**9
SENDER = "0x" + "aa" * 20
H = "0x" + "11" * 32


def _tx(nonce: int = 0, cap: int = 3 * G, tip: int = G, **kw: object) -> dict:
    tx = {"hash": kw.pop("hash", H), "from": SENDER, "to": "0x" + "bb" * 20, "nonce": hex(nonce), "type": "0x2",
          "value": hex(kw.pop("value", 1)), "gas": hex(21000), "maxFeePerGas": hex(cap),
          "maxPriorityFeePerGas": hex(tip), "gasPrice": hex(2 * G), "blockNumber": None, "input": "0x"}
    tx.update(kw)
    return tx


def _ev(tx: dict | None, **kw: object) -> TxEvidence:
    base = dict(hash=H, chain=chain_by_id(31337), tx=tx, receipt=None, head=10, next_base=G, fee_history=None,
                sender=SENDER, nonce=0, nonce_latest=0, nonce_pending=1, balance=10**18, pool=PoolView("txpool_content"))
    base.update(kw)
    return TxEvidence(**base)  # type: ignore[arg-type]


def test_decode_revert_kinds() -> None:
    err = "0x08c379a0" + abi_encode(["string"], ["nope: insufficient allowance"]).hex()
    assert decode_revert(err) == ("error_string", "nope: insufficient allowance")
    for code, text in PANIC_CODES.items():
        assert decode_revert("0x4e487b71" + abi_encode(["uint256"], [code]).hex()) == \
            ("panic", f"Panic(0x{code:02x}): {text}")
    assert decode_revert("0x4e487b71" + abi_encode(["uint256"], [0x99]).hex())[1].endswith("unknown panic code")
    assert decode_revert("0xcf479181" + "00" * 64) == ("custom", "custom error 0xcf479181 (64 bytes of arguments)")
    assert decode_revert("0x") == ("empty", None)
    assert decode_revert(None) == ("unknown", None)
    assert decode_revert("0xzz") == ("unknown", None)
    assert decode_revert("0x08c379a0" + "00" * 10)[0] == "custom"  # truncated Error(string): shown as selector


@given(st.binary(max_size=300))
def test_decode_revert_never_raises(data: bytes) -> None:
    kind, text = decode_revert("0x" + data.hex())
    assert kind in ("error_string", "panic", "custom", "empty")


@given(st.text(max_size=200))
def test_error_string_round_trip(text: str) -> None:
    kind, got = decode_revert("0x08c379a0" + abi_encode(["string"], [text]).hex())
    assert kind == "error_string" and got is not None
    assert got == "".join(c if c.isprintable() else "?" for c in text.encode("utf-8", "replace").decode())[:500]


def test_fee_judgement() -> None:
    assert fee_problem(_tx(cap=3 * G), 50 * G, None).code == "tx.fee_cap_below_base_fee"  # type: ignore[union-attr]
    assert fee_problem(_tx(cap=100 * G, tip=1), G, 20 * G).code == "tx.tip_too_low"  # type: ignore[union-attr]
    # effective tip is capped by maxFee - base: a big tip under a tight cap is still low
    assert fee_problem(_tx(cap=G + 1, tip=50 * G), G, 20 * G).code == "tx.tip_too_low"  # type: ignore[union-attr]
    assert fee_problem(_tx(cap=100 * G, tip=30 * G), G, 20 * G) is None
    assert fee_problem(_tx(cap=100 * G, tip=1), G, None) is None  # nothing to compare with
    legacy = _tx(gasPrice=hex(5 * G))
    del legacy["maxFeePerGas"], legacy["maxPriorityFeePerGas"]
    assert fee_problem(legacy, 6 * G, None).code == "tx.fee_cap_below_base_fee"  # type: ignore[union-attr]


def test_recent_tip_floor_ignores_empty_blocks() -> None:
    fh = {"reward": [["0x0", "0x0"], [hex(2 * G), hex(3 * G)], [hex(4 * G), hex(5 * G)], [hex(6 * G), "0x0"]],
          "gasUsedRatio": [0.0, 0.5, 0.1, 0.2]}
    assert recent_tip_floor(fh) == 4 * G
    assert recent_tip_floor({"reward": [["0x0"]], "gasUsedRatio": [0.0]}) is None
    assert recent_tip_floor(None) is None


def test_pool_split_and_missing() -> None:
    pool = PoolView("x", {n: _tx(n) for n in (3, 4, 6, 9)})
    pending, queued = pool.split(3)
    assert [int(t["nonce"], 16) for t in pending] == [3, 4]
    assert [int(t["nonce"], 16) for t in queued] == [6, 9]
    assert pool.missing(3, 9) == [5, 7, 8]


def test_classify_statuses() -> None:
    assert classify(_ev(_tx()))[0]["status"] == "pending"
    gap = classify(_ev(_tx(2), nonce=2))
    assert gap[0]["status"] == "queued" and gap[1][0].data["missing_nonces"] == [0, 1]
    degraded = classify(_ev(_tx(2), nonce=2, pool=PoolView(None), nonce_pending=0))
    assert degraded[0]["status"] == "queued" and degraded[1][0].code == "tx.waiting_for_earlier_nonce"
    assert classify(_ev(None, sender=None, nonce=None, nonce_latest=None))[0]["status"] == "not_found"
    assert classify(_ev(None, nonce_latest=0))[0]["status"] == "dropped"
    assert classify(_ev(None, nonce_latest=1, replaced_by="0x" + "22" * 32))[0]["replaced_by"] == "0x" + "22" * 32
    mined = _tx(blockNumber="0x5")
    rc = {"status": "0x1", "blockNumber": "0x5", "gasUsed": hex(21000), "effectiveGasPrice": hex(2 * G)}
    result, findings = classify(_ev(mined, receipt=rc, finalized=3))
    assert (result["status"], result["confirmations"], result["finalized"]) == ("mined_success", 6, False)
    oog = classify(_ev(mined, receipt={**rc, "status": "0x0"}))
    assert oog[0]["status"] == "mined_failed" and oog[1][0].code == "tx.out_of_gas"
    reverted = classify(_ev(_tx(blockNumber="0x5", gas=hex(60000)), receipt={**rc, "status": "0x0"},
                            replay_error={"message": "execution reverted", "data": "0x"}))
    assert reverted[1][0].code == "tx.reverted" and reverted[0]["revert_data"] == "0x"


def test_account_classify_idle_and_degraded() -> None:
    ev = account.AccountEvidence(SENDER, chain_by_id(1), 7, 7, 10**18, G, None, PoolView("txpool_content"),
                                 "available")
    result, findings = account.classify(ev)
    assert [f.code for f in findings] == ["account.idle"] and result["first_blocking_nonce"] is None
    assert "1 ETH" in findings[0].message
    ev = account.AccountEvidence(SENDER, chain_by_id(56), 7, 9, 10**18, G, None, PoolView(None), "unsupported")
    result, findings = account.classify(ev)
    assert result["first_blocking_nonce"] == 7
    assert {f.code for f in findings} == {"account.txpool_unsupported", "account.waiting_unknown"}


def test_gwei_format() -> None:
    assert (gwei(G), gwei(1), gwei(1_500_000_000), gwei(0), gwei(None)) == ("1", "0.000000001", "1.5", "0", "?")
