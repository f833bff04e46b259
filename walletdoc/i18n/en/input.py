"""Messages for bad input and usage errors (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "input.invalid": ("The input is not valid: {detail}", []),
    "input.usage": ("{detail}", ["Run the command with --help to see its options."]),
    "input.secret_on_command_line": (
        "A secret was typed on the command line; walletdoc refused it.",
        [
            "Clear it from your shell history now (bash: history -c; zsh: fc -p; or edit ~/.bash_history).",
            "Put the secret in a file and pass it with {option}, pipe it on standard input, "
            "or run the command without it and type it at the hidden prompt.",
        ],
    ),
    "input.secret_empty": ("No {what} was given (the input was empty).", []),
    "input.secret_unreadable": ("The {what} could not be read: {detail}", []),
    "input.file_unreadable": ("The file {path} could not be read: {detail}", []),
    "input.not_utf8": ("The {what} is not UTF-8 text.", ["Save the file as UTF-8 and try again."]),
    "input.internal_error": (
        "walletdoc hit an internal error ({kind}). Nothing was changed.",
        ["Please report this with the command you ran (never include a secret)."],
    ),
    "input.interrupted": ("Interrupted.", []),
    "input.secret_missing": (
        "No {what} was given.",
        ["Pass it with {option} FILE, pipe it on standard input, or run in a terminal to be asked."],
    ),
    "input.stdin_too_large": ("The {what} on standard input is too large.", []),
    "input.secret_file_too_large": (
        "The {what} file is too large ({size} bytes).",
        ["Check that you gave the right file: it should hold the {what} only."],
    ),
    "input.unknown_code": ("Unknown finding code: {name}.", ["See `walletdoc explain --list`."]),
    "input.unknown_code_close": ("Unknown finding code: {name}.", ["Did you mean: {close}?"]),
    # interface text: names of secrets (filled into the messages above), prompts, status lines
    "input.ui_what_seed_phrase": ("seed phrase", []),
    "input.ui_what_bip39_passphrase": ("BIP39 passphrase", []),
    "input.ui_what_keystore_password": ("keystore password", []),
    "input.ui_what_password": ("password", []),
    "input.ui_what_passphrase_list": ("passphrase list", []),
    "input.ui_what_tokens": ("tokens", []),
    "input.ui_secret_prompt": ("{what} (input hidden)", []),
    "input.ui_next_step": ("Next step: ", []),
    "input.ui_usage_error": ("Error: {detail}", []),
    "input.ui_aborted": ("Aborted.", []),
}
