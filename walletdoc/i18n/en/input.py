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
}
