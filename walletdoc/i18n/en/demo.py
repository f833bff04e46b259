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
