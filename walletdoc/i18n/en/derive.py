"""Messages of `walletdoc derive` and the derivation library (English)."""

MESSAGES = {
    "derive.bad_path": (
        "The derivation path {path} is not valid.",
        ["Write it like m/44'/60'/0'/0/0: 'm', then numbers separated by '/', with ' (or h) for hardened levels."],
    ),
    "derive.bad_seed": ("The seed must be 16 to 64 bytes long.", []),
    "derive.bad_script": (
        "{chain} has no {script} addresses.",
        ["Use one of: {allowed}."],
    ),
    "derive.unknown_chain": (
        "The path {path} does not name a chain walletdoc knows (its coin type).",
        ["Give the chain with --chain (btc, ltc, doge, bch, eth, trx)."],
    ),
}

MESSAGES.update({
    "derive.private_keys_need_terminal": (
        "Private keys are shown only on a terminal, never into a pipe, a file or JSON.",
        ["Run the command in a terminal without --json and without redirecting its output or input.",
         "Remove --show-private-keys to see the addresses only."],
    ),
    "derive.unknown_wallet": (
        "walletdoc has no wallet preset named {wallet} for the chosen chain.",
        ["Use one of: {known}.", "Or give the derivation path with --path."],
    ),
    "derive.need_script": (
        "walletdoc cannot tell the address type from the path {path}.",
        ["Add --script with one of: {allowed}."],
    ),
    "derive.preset_unverified": (
        "The derivation paths of {wallet} are not confirmed by a public source; walletdoc derives the standard paths.",
        ["If none of these addresses is the one you expect, try other wallets' presets or give the path with --path."],
    ),
    "derive.phrase_invalid": (
        "The seed phrase is not a valid BIP39 phrase (unknown word, wrong word count or checksum).",
        ["Run walletdoc check mnemonic to see which word is wrong.",
         "If words are missing or misspelt, walletdoc recover mnemonic can search for the right phrase."],
    ),
    "derive.done": ("Derived {count} addresses.", []),
    "derive.no_passphrase": (
        "No BIP39 passphrase was used; with a passphrase the same phrase gives entirely different addresses.",
        ["If the wallet had a passphrase ('25th word', Trezor hidden wallet), run again with --ask-passphrase."],
    ),
    "derive.ui_private_key_warning": (
        "WARNING: private keys follow. Anyone who sees them can take the funds. "
        "Make sure no one is watching your screen and nothing is recording it.",
        [],
    ),
    "derive.ui_title": ("Derived addresses", []),
    "derive.ui_chain": ("chain", []),
    "derive.ui_wallet": ("wallet", []),
    "derive.ui_path": ("path", []),
    "derive.ui_script": ("type", []),
    "derive.ui_address": ("address", []),
    "derive.ui_private_key": ("private key", []),
})
