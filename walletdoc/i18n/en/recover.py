"""Messages of the recovery engine and `recover mnemonic` (English)."""

MESSAGES = {
    "recover.found": (
        "Found the seed phrase: it derives {address} at {path}.",
        ["Write the phrase down on paper now, check it word by word, and store it offline.",
         "Restore it in your wallet and confirm the address matches before moving funds."],
    ),
    "recover.found_passphrase": (
        "The phrase needs a BIP39 passphrase (shown below) to derive that address.",
        ["Enter the passphrase in your wallet's 'passphrase' / 'hidden wallet' option when restoring."],
    ),
    "recover.not_found": (
        "Searched all {space} candidates ({tried} passed the checksum); none derives the address.",
        ["Check that the address really belongs to this phrase (copy it from the wallet's history).",
         "Allow more damage: --max-wrong 1, --max-swaps 1, a --passphrase-file, or other --wallet presets.",
         "Check the word order: write the words as the wallet showed them, '?' where unsure."],
    ),
    "recover.interrupted": (
        "Search interrupted after {tried} candidates; the checkpoint was saved.",
        ["Run the same command again with --checkpoint {path} to resume."],
    ),
    "recover.interrupted_no_checkpoint": (
        "Search interrupted after {tried} candidates (no --checkpoint was given).",
        ["Next time pass --checkpoint FILE to be able to resume."],
    ),
    "recover.space": (
        "{space} candidates to enumerate, {survivors} pass the checksum; about {eta} on {workers} worker(s).",
        [],
    ),
    "recover.resumed": ("Resuming: {ranges} finished range(s), {finished} candidates skipped.", []),
    "recover.assumed_length": (
        "The phrase has {given} words; assuming {length} with {missing} missing at unknown positions.",
        ["If the wallet used another length, pass --length."],
    ),
    "recover.too_long": (
        "This search would take about {eta} on this machine ({survivors} candidates to check).",
        ["Narrow it down: mark only the words you are unsure about with '?', or give 'a|b' choices.",
         "Run it anyway with --yes (it can be interrupted and resumed with --checkpoint)."],
    ),
    "recover.declined": ("Search not started.", []),
    "recover.empty_phrase": (
        "No words were given.",
        ["Write the words you have in order, '?' for each unknown word."],
    ),
    "recover.bad_length": ("--length {length} is not a BIP39 length.", ["Use 12, 15, 18, 21 or 24."]),
    "recover.length_conflict": (
        "{given} words were given, more than the length {length}.",
        ["Check --length, or remove the extra words."],
    ),
    "recover.bad_limit": ("--max-wrong and --max-swaps must be 0 or more.", []),
    "recover.unknown_language": ("Unknown wordlist language {language}.", ["Use one of: {known}."]),
    "recover.bad_choice": (
        "Word {position}: every choice in 'a|b' must be a word of the wordlist.",
        ["Fix the choices at that position, or use '?' if the word is unknown."],
    ),
    "recover.no_known_words": (
        "No given word is in a BIP39 wordlist.",
        ["Check the phrase file: one phrase, words separated by spaces."],
    ),
    "recover.too_complex": (
        "Too many combinations of damage to search (missing words, wrong words and swaps together).",
        ["Lower --max-wrong / --max-swaps, or give the length and positions you are sure of."],
    ),
    "recover.no_target": ("No target address was given.", ["Pass --address with an address the wallet showed."]),
    "recover.bad_address": (
        "{address} is not an address walletdoc recognises (or its checksum is wrong).",
        ["Copy the address again from the wallet or an explorer; run 'walletdoc check address' on it."],
    ),
    "recover.unsupported_address": (
        "{address} is a script address that a single key does not derive.",
        ["Use a receive address of the wallet (p2pkh, p2sh-p2wpkh, p2wpkh, p2tr, EVM or TRON)."],
    ),
    "recover.bad_path": ("{path} is not a derivation path template.", ["Example: m/44'/60'/0'/0/{{index}}."]),
    "recover.unknown_wallet": ("Unknown wallet preset {wallet}.", ["Known presets: {known}."]),
    "recover.no_derivation": (
        "No derivation path fits the target addresses (wallet presets: {wallets}).",
        ["Pass --path with the wallet's path template, or a --wallet for that chain."],
    ),
    "recover.checkpoint_unreadable": (
        "The checkpoint file {path} is not a walletdoc checkpoint.",
        ["Pass another --checkpoint path, or delete that file if it is a leftover."],
    ),
    "recover.checkpoint_mismatch": (
        "The checkpoint file {path} was made for a different search (other phrase, options or addresses).",
        ["Use the exact same inputs to resume, or pass a new --checkpoint file."],
    ),
    "recover.checkpoint_unwritable": (
        "The checkpoint file {path} could not be written: {detail}.",
        ["Pass a --checkpoint path in a writable directory."],
    ),
    "recover.dask_unavailable": (
        "The Dask executor could not start: {detail}.",
        ["Run without --dask to use the local processes."],
    ),
    "recover.bad_workers": ("--workers must be 1 or more.", []),
    "recover.ui_progress": ("Searching", []),
    "recover.ui_confirm": ("This search may take about {eta}. Start it?", []),
    "recover.ui_calibrating": ("Measuring this machine's speed…", []),
}

MESSAGES.update({
    "recover.ui_row_mnemonic": ('mnemonic', []),
    "recover.ui_row_passphrase": ('passphrase', []),
    "recover.ui_row_path": ('path', []),
    "recover.ui_row_address": ('address', []),
    "recover.ui_row_space": ('space', []),
    "recover.ui_row_tried": ('tried', []),
    "recover.ui_row_seconds": ('seconds', []),
    "recover.ui_row_tx_count": ('tx_count', []),
    "recover.ui_row_balance": ('balance', []),
    "recover.ui_duration_years": ("{n} years", []),
    "recover.ui_duration_days": ("{n} days", []),
    "recover.ui_duration_hours": ("{n} h", []),
    "recover.ui_duration_minutes": ("{n} min", []),
    "recover.ui_duration_seconds": ("{n} s", []),
})
