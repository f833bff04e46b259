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
    # interface text: the report document's headings and labels, and `walletdoc explain`
    "report.ui_title": ("walletdoc support report", []),
    "report.ui_html_lang": ("en", []),
    "report.ui_generated": ("generated: {time}", []),
    "report.ui_environment": ("walletdoc {version}, {os}, Python {python}", []),
    "report.ui_counts": ("{documents} check(s): {errors} error(s), {warnings} warning(s)", []),
    "report.ui_no_secrets": ("contains no seed phrase, password, private key or file path", []),
    "report.ui_chains": ("chains: {chains}", []),
    "report.ui_html_meta": (
        "Generated {time} · walletdoc {version} · {os} · Python {python} · {documents} check(s), {errors} error(s), "
        "{warnings} warning(s). Contains no seed phrase, password, private key or file path.",
        [],
    ),
    "report.ui_status_ok": ("ok", []),
    "report.ui_status_problems": ("problems", []),
    "report.ui_severity_error": ("error", []),
    "report.ui_severity_warning": ("warning", []),
    "report.ui_severity_info": ("info", []),
    "report.ui_severity_ok": ("ok", []),
    "report.ui_saved_output": ("saved output {n}", []),
    "report.ui_live_check": ("live check", []),
    "report.ui_output_file": ("the output file", []),
    "report.ui_meaning": ("What it means:", []),
    "report.ui_tell": ("What to tell the owner:", []),
    "report.ui_ask": ("What to ask the owner:", []),
    "report.ui_never": ("Never ask for:", []),
    "report.ui_runbook_title": ("walletdoc support runbook", []),
    "report.ui_runbook_intro": (
        "Generated from walletdoc's message catalogs by `python -m walletdoc.support.runbook`; "
        "do not edit by hand. `walletdoc explain CODE` shows the same text.",
        [],
    ),
}
