"""Messages of `walletdoc demo` (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "demo.done": (
        "Demo finished: the damaged phrase was recovered from one address, on this machine, "
        "with nothing sent anywhere.",
        ["Try it on your own phrase: walletdoc recover mnemonic --address YOUR_ADDRESS (the phrase is asked "
         "for hidden, never typed on the command line).",
         "Run the official test vectors on this machine: walletdoc selftest."],
    ),
}

MESSAGES.update({
    "demo.ui_step_check": ('1/3  walletdoc check mnemonic — the phrase as the owner wrote it down:', []),
    "demo.ui_damage": ('(word 4 smudged, word 9 misspelt)', []),
    "demo.ui_step_recover": ('2/3  walletdoc recover mnemonic --address {address}', []),
    "demo.ui_step_derive": (
        "3/3  walletdoc derive --wallet metamask — the wallet's first addresses from the recovered phrase:", []),
    "demo.ui_known_address": ('← the address the owner knew', []),
})
