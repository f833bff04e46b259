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
