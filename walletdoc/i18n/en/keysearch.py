"""Messages of the keystore / vault password search, `recover keystore` (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "keysearch.found": (
        "Found the password: it opens this keystore (account {address}).",
        ["Write the password down now and keep it offline.",
         "Open the wallet with it and move the funds to a wallet you fully control if you had to guess it."],
    ),
    "keysearch.found_no_address": (
        "Found the password: it opens this keystore.",
        ["Write the password down now and keep it offline."],
    ),
    "keysearch.found_damaged": (
        "The password matches the file's checksum, but the decrypted content is not a usable key or vault.",
        ["Run 'walletdoc check keystore FILE --password-file F' to see what is wrong with the file.",
         "Look for another copy (backup) of the keystore file."],
    ),
    "keysearch.not_found": (
        "Tried all {space} candidates ({tried} distinct passwords); none opens the keystore.",
        ["Add more candidates: another --wordlist, more token groups in --tokens, or --typos 1 / 2.",
         "Check that this is the right file (the wallet may have used another keystore)."],
    ),
    "keysearch.interrupted": (
        "Search interrupted after {tried} passwords; the checkpoint was saved.",
        ["Run the same command again with --checkpoint {path} to resume."],
    ),
    "keysearch.interrupted_no_checkpoint": (
        "Search interrupted after {tried} passwords (no --checkpoint was given).",
        ["Next time pass --checkpoint FILE to be able to resume."],
    ),
    "keysearch.space": (
        "{space} candidates (about {distinct} distinct); {kdf}: {per_try} s per try on one worker; "
        "about {eta} on {workers} worker(s).",
        [],
    ),
    "keysearch.workers": (
        "Using {workers} worker(s) on {cores} core(s); limited by {limited_by}: each worker needs {need_mib} MiB "
        "for the KDF and {available_mib} MiB of memory are free.",
        [],
    ),
    "keysearch.workers_cores": ("Using {workers} worker(s) on {cores} core(s).", []),
    "keysearch.workers_dask": ("Using {workers} Dask worker slot(s) (each needs {need_mib} MiB for the KDF).", []),
    "keysearch.resumed": ("Resuming: {ranges} finished range(s), {finished} candidates skipped.", []),
    "keysearch.too_long": (
        "This search would take about {eta} on this machine ({candidates} candidates).",
        ["Narrow it down: fewer token groups or alternatives, a shorter wordlist, fewer --typos.",
         "Run it anyway with --yes (it can be interrupted and resumed with --checkpoint)."],
    ),
    "keysearch.declined": ("Search not started.", []),
    "keysearch.no_source": (
        "No password candidates were given.",
        ["Pass --wordlist FILE (one password per line) and/or --tokens FILE (pieces you remember)."],
    ),
    "keysearch.empty_space": (
        "The candidate sources produce no password.",
        ["Check the --tokens file: a group marked both ^ and $ cannot share a password with others."],
    ),
    "keysearch.wordlist_empty": (
        "The wordlist {path} has no password in it (empty or blank lines only).",
        ["Put one candidate password per line."],
    ),
    "keysearch.wordlist_not_utf8": (
        "The wordlist is not UTF-8 text (line {line}).",
        ["Save the file as UTF-8 and try again."],
    ),
    "keysearch.tokens_empty_line": (
        "Line {line} of the tokens file has no token.",
        ["Write one group per line: 'a|b' alternatives, flags '?' (optional) '^' (first) '$' (last) before a space."],
    ),
    "keysearch.tokens_none": (
        "The tokens file has no token.",
        ["Write one group per line, e.g. 'Summer|summer', '? 2019|2020', '$ !'."],
    ),
    "keysearch.tokens_too_many": (
        "The tokens file has too many groups (at most {groups}, {optional} of them optional).",
        ["Merge pieces you are sure of into one token, or split the search into several runs."],
    ),
    "keysearch.tokens_anchors": (
        "At most one token group can be marked ^ (first) and one $ (last).",
        ["Put the alternatives for the first (or last) piece on one line: '^ Mr|Ms'."],
    ),
    "keysearch.bad_typos": ("--typos must be between 0 and {maximum}.", []),
    "keysearch.typos_too_many_bases": (
        "--typos {typos} on {bases} base candidates is too big a search (at most {limit} bases).",
        ["Use fewer base candidates with typos, or --typos 1."],
    ),
    "keysearch.bad_workers": ("--workers must be 1 or more.", []),
    "keysearch.no_memory": (
        "One worker needs {need_mib} MiB for this keystore's KDF but only {available_mib} MiB are free.",
        ["Close other programs and try again, or run the search on a machine with more memory (--dask)."],
    ),
    "keysearch.dask_unavailable": (
        "The Dask executor could not start: {detail}.",
        ["Run without --dask to use the local processes."],
    ),
    "keysearch.ui_progress": ("Trying passwords", []),
    "keysearch.ui_confirm": ("This search may take about {eta}. Start it?", []),
    "keysearch.ui_calibrating": ("Timing this keystore's KDF on this machine…", []),
}
