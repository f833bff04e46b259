"""Messages for `walletdoc fix tx` (speed-up / cancel) and local signing (English)."""

MESSAGES = {
    "fix.already_mined": (
        "This transaction is already confirmed in block {block}; there is nothing to speed up or cancel.",
        ["Run walletdoc diagnose tx {hash} to see its result.",
         "If it failed, send a new transaction; a confirmed one can never be replaced."],
    ),
    "fix.tx_not_found": (
        "The node does not know transaction {hash}, so there is nothing pending to replace.",
        ["Run walletdoc diagnose tx {hash} to find out whether it was dropped, replaced or sent to another chain.",
         "If it was dropped, re-broadcast the signed raw transaction if you kept it."],
    ),
    "fix.unsupported_type": (
        "walletdoc cannot rebuild a type {type} transaction for this fix.",
        ["Use --cancel (a plain self-send with the same nonce) or the wallet that created it."],
    ),
    "fix.chain_mismatch": (
        "The transaction was signed for chain {tx_chain} but the node is on chain {node_chain}.",
        ["Pass the --rpc URL of the network the transaction was sent to."],
    ),
    "fix.not_lowest_nonce": (
        "Nonce {nonce} cannot confirm before nonce {lowest}, which is still open; fix the lowest nonce first.",
        ["Speed up or cancel the transaction with nonce {lowest} first (walletdoc fix tx HASH --speed-up).",
         "Transactions after it then confirm in order; replace this one only if it is still stuck."],
    ),
    "fix.blocking_tx": (
        "The transaction holding nonce {lowest} is {hash}.",
        ["Run walletdoc fix tx {hash} --speed-up (or --cancel) with the same key options."],
    ),
    "fix.insufficient_funds": (
        "The balance ({balance} ETH) does not cover the replacement's maximum cost ({cost} ETH).",
        ["Top up the address, or use --cancel, which sends no value and uses the least gas."],
    ),
    "fix.fee_above_rpc_cap": (
        "The replacement may cost up to {fee} ETH in fees; geth and reth nodes refuse more than 1 ETH by default.",
        ["Check that this is really what you want to pay.",
         "If the node refuses it (tx fee exceeds the configured cap), use a node with a higher --rpc.txfeecap."],
    ),
    "fix.delegated_sender": (
        "This address has delegated code (EIP-7702); a self-send runs that code and may fail.",
        ["A failed cancel still uses the nonce, which is what a cancel needs; "
         "check the result with walletdoc diagnose tx."],
    ),
    "fix.plan_speed_up": (
        "Speed-up for nonce {nonce}: fee cap {cap} gwei, tip {tip} gwei, at most {cost} ETH in total.",
        [],
    ),
    "fix.plan_cancel": (
        "Cancel for nonce {nonce} (0 ETH to yourself): fee cap {cap} gwei, tip {tip} gwei, "
        "at most {cost} ETH in fees.",
        [],
    ),
    "fix.plan_speed_up_legacy": (
        "Speed-up for nonce {nonce}: gas price {price} gwei, at most {cost} ETH in total.",
        [],
    ),
    "fix.plan_cancel_legacy": (
        "Cancel for nonce {nonce} (0 ETH to yourself): gas price {price} gwei, at most {cost} ETH in fees.",
        [],
    ),
    "fix.signed": ("Signed the replacement {hash} on this machine.", []),
    "fix.not_broadcast": (
        "Not sent: the signed transaction is printed below.",
        ["Run the command again with --broadcast to send it, or send the raw transaction with another tool."],
    ),
    "fix.declined": ("Not sent: you declined.", []),
    "fix.broadcast_ok": (
        "Sent: the node accepted replacement {hash}.",
        ["Watch it with walletdoc diagnose tx {hash}; the old transaction {replaced} can no longer confirm "
         "once this one does."],
    ),
    "fix.broadcast_rejected": (
        "The node refused the replacement: {reason}",
        ["Run walletdoc diagnose tx {replaced} to see the current state, then try again."],
    ),
    "fix.broadcast_needs_yes": (
        "--broadcast needs --yes when nobody can confirm at a terminal.",
        ["Add --yes to send without asking, or run the command in a terminal."],
    ),
    "fix.mode_required": (
        "Say what to do: --speed-up or --cancel (exactly one).",
        ["Example: walletdoc fix tx HASH --rpc URL --speed-up --keystore KEYFILE"],
    ),
    "fix.key_options": (
        "Give the key either as --keystore with --password-file, or as a seed phrase (--phrase-file), not both.",
        [],
    ),
    "fix.tip_invalid": ("--tip-gwei must be a number of gwei from 0 to 100000, got {value}.", []),
    "fix.hash_invalid": ("{value} is not a transaction hash (0x followed by 64 hex digits).", []),
    "fix.key_mismatch": (
        "The key is for {key_address}, but the transaction was sent from {tx_from}; nothing was signed.",
        ["Use the keystore or phrase (and --path) of {tx_from}."],
    ),
    "fix.key_invalid": ("The key is not a valid secp256k1 private key.", []),
    "fix.keystore_invalid": ("The keystore file is not usable: {detail}.", []),
    "fix.keystore_wrong_password": (
        "The password does not open this keystore.",
        ["Check the password file (no extra spaces); walletdoc recover keystore can search for it."],
    ),
    "fix.phrase_invalid": (
        "The seed phrase is not a valid BIP39 phrase.",
        ["Run walletdoc check mnemonic to find the wrong word."],
    ),
    "fix.path_invalid": ("{path} is not a derivation path (example: m/44'/60'/0'/0/0).", []),
    "fix.sign_failed": ("Signing the replacement failed ({kind}); nothing was sent.", []),
    "fix.ui_plan": ("Replacement plan", []),
    "fix.ui_confirm": ("Send this replacement now?", []),
    "fix.ui_raw_tx": ("Signed raw transaction", []),
    "fix.ui_blocking_plan": ("Plan for nonce {nonce} (fix this one first)", []),
}

MESSAGES.update({
    "fix.ui_row_mode": ('mode', []),
    "fix.ui_row_nonce": ('nonce', []),
    "fix.ui_row_from": ('from', []),
    "fix.ui_row_to": ('to', []),
    "fix.ui_row_value": ('value (ETH)', []),
    "fix.ui_row_gas": ('gas', []),
    "fix.ui_row_max_fee_per_gas": ('max_fee_per_gas (gwei)', []),
    "fix.ui_row_max_priority_fee_per_gas": ('max_priority_fee_per_gas (gwei)', []),
    "fix.ui_row_gas_price": ('gas_price (gwei)', []),
    "fix.ui_row_max_cost": ('max cost (ETH)', []),
    "fix.ui_row_replaces": ('replaces', []),
})
