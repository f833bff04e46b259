"""Messages of `walletdoc report` (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "report.ready": (
        "Report ready: {documents} check(s), {errors} error(s), {warnings} warning(s). It holds no secret.",
        ["Send it to support: it contains findings, public addresses and transaction hashes only."],
    ),
    "report.empty": (
        "Nothing to report: give saved outputs with --from FILE.json or a live check with --tx HASH --rpc URL.",
        ["Save a check's output with --json, e.g. walletdoc --json check mnemonic > check.json, then "
         "walletdoc report --from check.json."],
    ),
    "report.input_too_large": ("{source} is too large to be a walletdoc output.", []),
    "report.input_not_utf8": ("{source} is not UTF-8 text.", ["Give the file written by walletdoc --json."]),
    "report.input_not_json": ("{source} is not JSON.", ["Give the file written by walletdoc --json."]),
    "report.input_not_walletdoc": (
        "{source} is JSON but not a walletdoc output (no command and findings).",
        ["Give the file written by walletdoc --json."],
    ),
    "report.output_exists": (
        "The output file already exists; walletdoc will not overwrite it.",
        ["Choose another name with --output, or remove the old file first."],
    ),
}
