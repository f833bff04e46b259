"""Turn saved walletdoc JSON outputs into public records a support person may see.

Allowlist, not denylist: a result field reaches the report only if it is listed as
public for that command; a string value only if it has a public shape (hash, address,
path, identifier) or sits under a key known to hold public text. Messages and advice are
rebuilt from the message catalog with those public values, never copied. Everything is
then scrubbed again of secret-shaped pieces: runs of wordlist words, key and ciphertext
hex, base64 blobs, extended private keys, WIF keys, home-directory paths.
This module must never pass a field through because it "looks harmless".
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

# Per command: result fields that are public. Anything else is dropped.
PUBLIC_RESULT_FIELDS: dict[str, frozenset[str]] = {
    "check mnemonic": frozenset({"valid", "language", "words", "checksum_ok", "electrum", "languages_considered"}),
    "check keystore": frozenset({"format", "kdf", "kdf_params", "password_ok", "address", "address_matches",
                                 "accounts"}),
    "check address": frozenset({"valid", "candidates"}),
    "derive": frozenset({"addresses"}),
    "recover mnemonic": frozenset({"found", "path", "address", "space", "tried", "seconds"}),
    "recover keystore": frozenset({"found", "address", "space", "tried", "seconds"}),
    "diagnose tx": frozenset({"status", "chain_id", "chain_name", "hash", "from", "to", "nonce", "type", "value",
                              "gas", "gas_used", "max_fee_per_gas", "max_priority_fee_per_gas", "gas_price",
                              "effective_gas_price", "base_fee_next", "block_number", "confirmations",
                              "finalized", "revert_reason", "revert_data", "replaced_by"}),
    "diagnose address": frozenset({"address", "chain_id", "chain_name", "nonce_latest", "nonce_pending", "balance",
                                   "pending", "queued", "first_blocking_nonce", "txpool"}),
    "gas": frozenset({"chain_id", "base_fee", "next_base_fee", "eip1559", "gas_price", "suggestions"}),
    "fix tx": frozenset({"tx_hash", "nonce", "max_fee_per_gas", "max_priority_fee_per_gas", "gas_price",
                         "broadcast", "replaced"}),
    "scan": frozenset({"used", "checked"}),
    "selftest": frozenset({"suites", "passed", "failed"}),
}

# Finding data keys that may carry secret material, whatever the command.
SECRET_KEYS = frozenset({
    "word", "words", "suggestions", "mnemonic", "phrase", "passphrase", "password", "seed", "private_key",
    "private_keys", "xprv", "wif", "key", "ciphertext", "candidate", "candidates_tried", "token", "tokens",
})
# Keys whose values are public transaction or block hashes (64 hex allowed there).
HASH_KEYS = frozenset({"hash", "tx_hash", "replaced_by", "block_hash", "blocking_hash"})
# Keys whose pure-hex values are public chain data (revert payloads, selectors).
PUBLIC_HEX_KEYS = HASH_KEYS | frozenset({"revert_data", "selector"})
# Keys whose free text is public chain data (decoded revert reasons, chain names).
FREE_TEXT_KEYS = frozenset({"revert_reason", "chain_name", "chain", "wallet", "kind", "script", "language",
                            "status", "format", "kdf", "txpool", "electrum"})
# A string value elsewhere passes only if it has one of these public shapes.
_PUBLIC_SHAPES = (
    re.compile(r"[A-Za-z0-9_.:+-]{1,40}"),  # identifiers, enums, numbers, times
    re.compile(r"m(/[0-9]+'?)*"),  # derivation paths
    re.compile(r"0x[0-9a-fA-F]{40}"),  # EVM addresses
)

_QUOTED = re.compile(r"""(['"“‘「『])([^'"”’」』\n]{1,200})(['"”’」』])""")
_LONG_HEX = re.compile(r"(?i)\b(?:0x)?[0-9a-f]{64,}\b")
_XKEY = re.compile(r"\b[xyztuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,112}\b")
_WIF = re.compile(r"\b[5KLc9][1-9A-HJ-NP-Za-km-z]{50,51}\b")
_B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
_HOME = re.compile(r"(?:/home/[^/\s]+|/Users/[^/\s]+|/root|[A-Za-z]:\\Users\\[^\\\s]+)(?:[/\\][^\s'\"]*)?")

REDACTED = "[redacted]"
PHRASE_RUN = 3  # this many wordlist words in a row are treated as part of a phrase


@functools.cache
def _all_wordlist_words() -> frozenset[str]:
    from mnemonic import Mnemonic

    words: set[str] = set()
    for lang in Mnemonic.list_languages():
        words.update(unicodedata.normalize("NFKD", w).casefold() for w in Mnemonic(lang).wordlist)
    return frozenset(words)


_TOKEN = re.compile(r"[^\s,.;:!?()\[\]{}<>\"'`]+")


def scrub_phrase_runs(text: str) -> str:
    """Replace every run of PHRASE_RUN or more BIP39 words (any language) with [redacted]."""
    words = _all_wordlist_words()
    tokens = list(_TOKEN.finditer(text))
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for tok in [*tokens, None]:
        if tok is not None and unicodedata.normalize("NFKD", tok.group(0)).casefold() in words:
            if run and text[run[-1].end():tok.start()].strip(" ,\t\n\u3000") not in ("",):
                if len(run) >= PHRASE_RUN:
                    spans.append((run[0].start(), run[-1].end()))
                run = []
            run.append(tok)
            continue
        if len(run) >= PHRASE_RUN:
            spans.append((run[0].start(), run[-1].end()))
        run = []
    for start, end in reversed(spans):
        text = text[:start] + REDACTED + text[end:]
    return text


def scrub_text(text: str, public_hashes: Iterable[str] = ()) -> str:
    """Remove secret-shaped pieces from free text; keep public tx hashes that the report lists."""
    keep = {h.lower().removeprefix("0x") for h in public_hashes}

    def hex_sub(m: re.Match[str]) -> str:
        value = m.group(0).lower().removeprefix("0x")
        return m.group(0) if value in keep else REDACTED

    text = _QUOTED.sub(lambda m: m.group(1) + REDACTED + m.group(3), text)
    text = scrub_phrase_runs(text)
    text = _XKEY.sub(REDACTED, text)
    text = _LONG_HEX.sub(hex_sub, text)
    text = _WIF.sub(REDACTED, text)
    text = _B64.sub(_b64_sub, text)
    home = os.path.expanduser("~")
    if home and home not in ("/", "~"):
        text = text.replace(home, "~")
    return _HOME.sub("<path>", text)


def _b64_sub(m: re.Match[str]) -> str:
    blob = m.group(0)
    if _ADDRESS.fullmatch(blob) or re.fullmatch(r"(?i)0x[0-9a-f]{1,64}", blob):
        return blob
    return REDACTED


def public_value(key: str, value: Any, public_hashes: set[str]) -> Any:
    """A value kept under an allowlisted key, scrubbed recursively (numbers and flags are public)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if key.lower() in SECRET_KEYS:
        return REDACTED
    if isinstance(value, str):
        if key in HASH_KEYS and re.fullmatch(r"0x[0-9a-fA-F]{64}", value):
            return value
        if key in PUBLIC_HEX_KEYS and re.fullmatch(r"0x[0-9a-fA-F]{0,4096}", value):
            return value
        if _ADDRESS.fullmatch(value) or any(p.fullmatch(value) for p in _PUBLIC_SHAPES):
            return scrub_text(value, public_hashes)
        if key in FREE_TEXT_KEYS and len(value) <= 300:
            return scrub_text(value, public_hashes)
        return REDACTED
    if isinstance(value, Mapping):
        return {str(k): public_value(str(k), v, public_hashes) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [public_value(key, v, public_hashes) for v in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return REDACTED


def collect_hashes(value: Any, key: str = "") -> set[str]:
    """Public tx hashes named in allowlisted hash fields."""
    found: set[str] = set()
    if isinstance(value, str) and key in HASH_KEYS and re.fullmatch(r"0x[0-9a-fA-F]{64}", value):
        found.add(value)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            found |= collect_hashes(v, str(k))
    elif isinstance(value, (list, tuple)):
        for v in value:
            found |= collect_hashes(v, key)
    return found


def redact_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A walletdoc `--json` envelope -> a public record (command, ok, findings, public result)."""
    command = str(doc.get("command", "unknown"))[:60]
    allowed = PUBLIC_RESULT_FIELDS.get(command, frozenset())
    raw_result = doc.get("result") if isinstance(doc.get("result"), Mapping) else {}
    assert isinstance(raw_result, Mapping)
    result_in = {k: v for k, v in raw_result.items() if k in allowed}
    hashes = collect_hashes(result_in)
    findings = []
    for f in doc.get("findings") or []:
        if not isinstance(f, Mapping):
            continue
        data = f.get("data") if isinstance(f.get("data"), Mapping) else {}
        assert isinstance(data, Mapping)
        hashes |= collect_hashes(data)
        findings.append({
            "code": scrub_text(str(f.get("code", ""))[:80]),
            "severity": str(f.get("severity", "info")) if f.get("severity") in
            ("error", "warning", "info", "ok") else "info",
            "data": {str(k): public_value(str(k), v, hashes) for k, v in data.items()},
        })
        findings[-1].update(_public_text(findings[-1], hashes))
    return {
        "command": scrub_text(command),
        "ok": bool(doc.get("ok")),
        "walletdoc": scrub_text(str(doc.get("walletdoc", "")))[:20],
        "findings": findings,
        "result": {k: public_value(k, v, hashes) for k, v in result_in.items()},
    }


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format_map(params)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return re.sub(r"\{[^{}]*\}", "…", template)


def _public_text(public: Mapping[str, Any], hashes: set[str]) -> dict[str, Any]:
    """Message and advice for the report, rebuilt from the catalog with public parameters only:
    free text from a saved output is never copied (it may quote a word or a password)."""
    from walletdoc import i18n

    code = str(public["code"])
    try:
        message, advice = i18n.entry(code)
    except KeyError:
        message, advice = "", []
    if not message:
        return {"message": f"({code}: no description in this walletdoc version)", "advice": []}
    params = _Blank({k: v for k, v in public["data"].items() if not isinstance(v, (dict, list))})
    return {"message": scrub_text(_fill(message, params), hashes),
            "advice": [scrub_text(_fill(a, params), hashes) for a in advice]}


_ADDRESS = re.compile(
    r"\b(?:0x[0-9a-fA-F]{40}|(?:bc|ltc|tb)1[02-9ac-hj-np-z]{11,71}|bitcoincash:[02-9ac-hj-np-z]{42}"
    r"|[13LMDT9A][1-9A-HJ-NP-Za-km-z]{25,34})\b"
)


def redact_addresses(value: Any, labels: dict[str, str] | None = None) -> Any:
    """Replace every address with a stable label (address#1, #2 …) so the story still reads."""
    labels = {} if labels is None else labels

    def label(m: re.Match[str]) -> str:
        addr = m.group(0)
        key = addr.lower() if addr.startswith("0x") else addr
        if key not in labels:
            labels[key] = f"address#{len(labels) + 1}"
        return labels[key]

    if isinstance(value, str):
        return _ADDRESS.sub(label, value)
    if isinstance(value, Mapping):
        return {k: redact_addresses(v, labels) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_addresses(v, labels) for v in value]
    return value
