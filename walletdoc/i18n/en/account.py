"""Messages for `diagnose address` (English). One plain sentence each; the next step first in advice."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "account.idle": (
        "Nothing is waiting: the next nonce is {nonce} and the balance is {balance}.",
        ["Nothing to do."],
    ),
    "account.pending": (
        "{count} transaction(s) are waiting from nonce {first}; the first one's fees look fine "
        "(tip {tip} gwei, max fee {cap} gwei).",
        ["Wait a few blocks; run this check again if they do not confirm."],
    ),
    "account.stuck": (
        "Transaction #{nonce} ({hash}) is stuck and holds up {count} later one(s): {why}",
        ["Fix #{nonce} first (always the lowest nonce): walletdoc fix tx {hash} --speed-up.",
         "Or cancel it: walletdoc fix tx {hash} --cancel.",
         "Later transactions then go through on their own."],
    ),
    "account.nonce_gap": (
        "{count} transaction(s) are queued behind missing nonce(s) {missing}.",
        ["Send (or re-broadcast) transactions with the missing nonce(s); the queued ones follow on their own.",
         "Nodes forget queued transactions after a few hours; re-broadcast them if they disappear."],
    ),
    "account.insufficient_funds": (
        "The balance ({balance}) does not cover the waiting transactions ({needed}).",
        ["Top up the account, or cancel the transactions you no longer need."],
    ),
    "account.txpool_unsupported": (
        "This node does not show its transaction pool; it only reports {count} transaction(s) waiting.",
        ["For the full picture use a node that offers txpool_content (your own node usually does)."],
    ),
    "account.waiting_unknown": (
        "{count} transaction(s) are waiting from nonce {first}, but this node cannot show which.",
        ["Look in the wallet's activity for nonce {first} and diagnose it: walletdoc diagnose tx HASH."],
    ),
    "account.ui_heading": ("Address", []),
}

MESSAGES.update({
    "account.ui_pending": ('pending', []),
    "account.ui_queued": ('queued', []),
    "account.ui_nonce": ('nonce', []),
    "account.ui_hash": ('hash', []),
    "account.ui_max_fee": ('max fee', []),
    "account.ui_tip": ('tip', []),
})
