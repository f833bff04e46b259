"""Messages for `check mnemonic` and the seed-phrase word layer (English)."""

MESSAGES = {
    "mnemonic.ok": (
        "This is a valid {words}-word BIP39 seed phrase ({language}).",
        [
            "Restore it in a BIP39 wallet; if the balance shows zero, run `walletdoc derive` or "
            "`walletdoc scan` to find the account path and passphrase."
        ],
    ),
    "mnemonic.empty": (
        "No words were found in the seed phrase.",
        ["Put the words in a file, one line, separated by spaces, and pass it with --phrase-file."],
    ),
    "mnemonic.too_many_words": (
        "The input has {words} words; a seed phrase has 12, 15, 18, 21 or 24.",
        ["Check that the file holds only the seed phrase, nothing else."],
    ),
    "mnemonic.word_count": (
        "The phrase has {words} words; a BIP39 phrase has 12, 15, 18, 21 or 24.",
        [
            "Compare the phrase with your backup: a word may be missing or written twice.",
            "If words are missing, `walletdoc recover mnemonic --length {expected}` can search for them.",
        ],
    ),
    "mnemonic.unknown_word": (
        "Word {position} is not in the {language} BIP39 wordlist.",
        [
            "Check word {position} against your backup. Likeliest: {suggestions}.",
            "`walletdoc recover mnemonic` can try the likeliest corrections for you.",
        ],
    ),
    "mnemonic.marked_unknown": (
        "{count} word(s) marked unknown with '?' (position {positions}): the phrase cannot be checked until "
        "they are found.",
        [
            "`walletdoc recover mnemonic --address ADDR` searches every word for each '?' "
            "(give an address the wallet showed).",
        ],
    ),
    "mnemonic.unknown_language": (
        "The phrase's words are in none of the BIP39 wordlists.",
        [
            "Check that this is a seed phrase: BIP39 phrases use one of the 2048-word lists "
            "(english, japanese, korean, spanish, chinese, french, italian, czech, portuguese)."
        ],
    ),
    "mnemonic.checksum_invalid": (
        "All words are valid, but the checksum does not match: one or more words are wrong or in the wrong order.",
        [
            "Compare every word and its position with your backup (similar words: e.g. 'wing' / 'wine').",
            "`walletdoc recover mnemonic --address ADDR` can search for the wrong or swapped words.",
        ],
    ),
    "mnemonic.language_ambiguous": (
        "The words are in both {languages} wordlists; walletdoc checked each.",
        ["Restore with the language your wallet showed when it created the phrase: the seeds differ."],
    ),
    "mnemonic.tolerated": (
        "The input was normalised before checking: {changes}.",
        ["Wallets expect the words alone, lower case, separated by single spaces."],
    ),
    "mnemonic.electrum_seed": (
        "This is an Electrum seed ({kind}), not BIP39: restore it in Electrum, other wallets will show "
        "different addresses.",
        [
            "In Electrum: File > New/Restore > Standard wallet > I already have a seed.",
            "Do not restore it in a BIP39 wallet: the addresses and balance would differ.",
        ],
    ),
    "mnemonic.electrum_2fa": (
        "This is an Electrum two-factor seed ({kind}), not BIP39: restore it in Electrum as a 2FA wallet.",
        ["In Electrum: File > New/Restore > Wallet with two-factor authentication > I already have a seed."],
    ),
    "mnemonic.electrum_also": (
        "These words also happen to form a valid Electrum {kind} seed (about 1 in 256 phrases do).",
        ["Nothing to do if your wallet is a BIP39 wallet; if it was Electrum, restore it in Electrum."],
    ),
    "mnemonic.electrum_old_seed": (
        "This is an old Electrum seed (before version 2.0), not BIP39: restore it in Electrum.",
        ["In Electrum: File > New/Restore > Standard wallet > I already have a seed."],
    ),
    "mnemonic.electrum_old_also": (
        "These words also form a valid old (pre-2.0) Electrum seed.",
        ["Nothing to do if your wallet is a BIP39 wallet; if it was an old Electrum wallet, restore it in Electrum."],
    ),
    "mnemonic.slip39_share": (
        "This is a Shamir (SLIP-39) share of {words} words, not a BIP39 phrase: combine shares in a "
        "Trezor/compatible wallet.",
        [
            "Gather enough shares to reach the threshold and recover them on a Trezor (or compatible "
            "wallet) with 'Recover wallet'."
        ],
    ),
    "mnemonic.slip39_checksum_invalid": (
        "This looks like a Shamir (SLIP-39) share, but its checksum does not match: a word is wrong.",
        ["Compare every word and its position with the share card."],
    ),
    "mnemonic.known_phrase": (
        "This is a public phrase ({source}): anything sent to its addresses is swept by bots.",
        [
            "Never send funds to a wallet made from this phrase.",
            "If you used it for a real wallet, create a new phrase on a trusted device and move funds now.",
        ],
    ),
    "mnemonic.bad_language": (
        "Unknown language '{language}'.",
        ["Use one of: {choices}."],
    ),
    "mnemonic.binary_input": (
        "The seed phrase input contains binary data, not text.",
        ["Put the words in a plain UTF-8 text file and pass it with --phrase-file."],
    ),
    "mnemonic.ui_verdict_valid": ("Valid BIP39 phrase", []),
    "mnemonic.ui_language": ("Language", []),
    "mnemonic.ui_words": ("Words", []),
    "mnemonic.ui_checksum": ("Checksum", []),
    "mnemonic.ui_electrum": ("Electrum seed", []),
    "mnemonic.ui_yes": ("yes", []),
    "mnemonic.ui_no": ("no", []),
    "mnemonic.ui_none": ("—", []),
}
