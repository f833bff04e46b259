"""Messages for `diagnose tx` (English). One plain sentence each; the next step first in advice."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "tx.pending": (
        "The transaction (nonce {nonce}) is waiting in the node's pool and its fees look fine "
        "(tip {tip} gwei, max fee {cap} gwei).",
        ["Wait a few blocks; it should be included soon.",
         "Run this check again in a few minutes if it is still pending."],
    ),
    "tx.tip_too_low": (
        "The tip ({tip} gwei) is below what recent blocks paid (about {recent} gwei), so it may wait for a "
        "long time.",
        ["Speed it up: walletdoc fix tx {tx} --speed-up (same nonce, higher fees).",
         "Or cancel it: walletdoc fix tx {tx} --cancel.",
         "Or wait: it will go through when the network is quieter."],
    ),
    "tx.fee_cap_below_base_fee": (
        "The max fee ({cap} gwei) is below the current base fee ({base} gwei), so it cannot be included "
        "until the base fee falls.",
        ["Speed it up with a max fee of at least {need} gwei: walletdoc fix tx {tx} --speed-up.",
         "Or wait until the base fee drops below {cap} gwei.",
         "Or cancel it: walletdoc fix tx {tx} --cancel."],
    ),
    "tx.nonce_gap": (
        "Transaction #{nonce} is waiting for missing earlier nonce(s) {missing}.",
        ["Send (or re-broadcast) a transaction with nonce {missing} first; this one follows on its own.",
         "If you no longer want it, replace it once the gap is filled: walletdoc fix tx {tx} --cancel."],
    ),
    "tx.blocked_by_earlier_nonce": (
        "This transaction (nonce {nonce}) cannot confirm before your earlier transaction #{first} ({hash}).",
        ["Diagnose the earlier one: walletdoc diagnose tx {hash}.",
         "If it is stuck, speed up or cancel #{first} first (always the lowest nonce first).",
         "Do not speed up this one: it would still wait behind #{first}."],
    ),
    "tx.waiting_for_earlier_nonce": (
        "This transaction (nonce {nonce}) cannot confirm before nonce {first} of the same account, and this "
        "node does not show its pool, so the earlier one is either missing or stuck.",
        ["Look in the wallet's activity for the transaction with nonce {first}.",
         "If it exists and is stuck, speed it up or cancel it: walletdoc fix tx <its hash>.",
         "If it does not exist, send any transaction with nonce {first} to fill the gap."],
    ),
    "tx.insufficient_funds": (
        "The balance ({balance}) does not cover this transaction and the ones before it ({needed}).",
        ["Top up the account, then wait.",
         "Or cancel the transaction: walletdoc fix tx {tx} --cancel."],
    ),
    "tx.mined_success": (
        "Confirmed in block {block} ({confirmations} confirmations; finalized: {finalized}).",
        ["Nothing to do. If the recipient does not see it, check they look at the same chain and address."],
    ),
    "tx.reverted": (
        "The transaction was mined in block {block} but failed: {reason}.",
        ["The fee is spent and the nonce is used; nothing was transferred.",
         "Fix the cause (for example the allowance, balance or input the contract complained about) "
         "before trying again.",
         "Test it first: the wallet's estimate should succeed before you send."],
    ),
    "tx.out_of_gas": (
        "The transaction ran out of gas in block {block}: it used all of its {gas} gas limit.",
        ["Send it again with a higher gas limit (let the wallet estimate it, then add a margin).",
         "If even a large limit fails, the call itself cannot succeed; check the contract and the input."],
    ),
    "tx.replaced": (
        "Nonce {nonce} was used by {by}, so this transaction can never confirm.",
        ["Check the replacing transaction: walletdoc diagnose tx {by}.",
         "If it was your speed-up or cancel, nothing else is needed."],
    ),
    "tx.dropped": (
        "No node we asked knows this transaction and its nonce {nonce} is still free on {chain}.",
        ["Re-broadcast the same signed raw transaction if you still have it.",
         "Or sign a new transaction with the same nonce at current fees.",
         "Make sure the account can pay value plus gas before you send."],
    ),
    "tx.not_found": (
        "This node ({chain}, chain id {chain_id}) does not know this transaction.",
        ["Check it is the chain you sent on; try the hash on the explorer of that chain ({explorers}).",
         "If you know the sender and nonce, run again with --from ADDRESS --nonce N to tell dropped "
         "from replaced.",
         "A transaction just sent may take a few seconds to reach this node; try again shortly."],
    ),
    "tx.hash_looks_non_evm": (
        "The hash was given without 0x, the way Bitcoin and TRON explorers show transaction ids.",
        ["If you sent on Bitcoin or TRON, look the id up on that chain's explorer: this command checks "
         "Ethereum-style (EVM) chains.",
         "If you sent on an EVM chain, check that the node is for the network you used."],
    ),
    "tx.receipt_unavailable": (
        "The node says the transaction is in block {block} but has no receipt for it yet.",
        ["Try again in a minute; the node may still be indexing."],
    ),
    "tx.from_nonce_together": (
        "--from and --nonce go together.",
        ["Give both the sender address and the nonce of the transaction, or neither."],
    ),
    "tx.nonce_invalid": ("The nonce must be a whole number from 0 upwards.", []),
    "tx.ui_heading": ("Transaction", []),
    "tx.ui_status": ("Status", []),
}

MESSAGES.update({
    "tx.ui_row_status": ('status', []),
    "tx.ui_row_chain": ('chain', []),
    "tx.ui_row_hash": ('hash', []),
    "tx.ui_row_from": ('from', []),
    "tx.ui_row_to": ('to', []),
    "tx.ui_row_nonce": ('nonce', []),
    "tx.ui_row_block": ('block', []),
    "tx.ui_row_confirmations": ('confirmations', []),
    "tx.ui_row_gas": ('gas used / limit', []),
    "tx.ui_row_max_fee": ('max fee', []),
    "tx.ui_row_priority_fee": ('priority fee', []),
    "tx.ui_row_next_base_fee": ('next base fee', []),
    "tx.ui_row_revert_reason": ('revert reason', []),
    "tx.ui_row_replaced_by": ('replaced by', []),
})
