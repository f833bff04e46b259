"""Messages for `walletdoc gas` (English)."""

MESSAGES = {
    "gas.eip1559": (
        "Next block base fee {next_base} gwei; suggested tips {low} / {medium} / {high} gwei (low / medium / high).",
        [],
    ),
    "gas.legacy": (
        "This chain has no EIP-1559 base fee; suggested gas prices {low} / {medium} / {high} gwei.",
        [],
    ),
    "gas.no_rewards": (
        "The node reported no tips for recent blocks; the tips are the minimum suggestions.",
        ["Compare with a block explorer's gas tracker before sending anything urgent."],
    ),
    "gas.ui_title": ("Fee suggestions", []),
    "gas.ui_level": ("Level", []),
    "gas.ui_max_fee": ("Max fee (gwei)", []),
    "gas.ui_tip": ("Tip (gwei)", []),
    "gas.ui_gas_price": ("Gas price (gwei)", []),
    "gas.ui_wait": ("Expected wait (blocks)", []),
    "gas.ui_unknown": ("unknown", []),
}
