"""The offline address check: which chains and kinds a string is, and the common ways it
goes wrong (cut off, retyped, pasted with invisible characters, meant for another chain).

Pure functions from a string to Findings and a result dict; addresses are public data.
Raises BadInput only for input that is not an attempt at an address at all (empty,
binary, huge). Never imports click or rich.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from walletdoc.chains import encoding as enc
from walletdoc.chains.address import AddressInfo, parse_address
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding

MAX_INPUT = 1000
CHAIN_NAMES = {"btc": "Bitcoin", "ltc": "Litecoin", "doge": "Dogecoin", "bch": "Bitcoin Cash",
               "eth": "Ethereum/EVM", "trx": "TRON"}
KIND_NAMES = {"p2pkh": "legacy (P2PKH)", "p2sh-p2wpkh": "P2SH (nested segwit)", "p2sh": "P2SH",
              "p2wpkh": "native segwit (P2WPKH)",
              "p2wsh": "native segwit script (P2WSH)", "p2tr": "taproot (P2TR)", "evm": "account", "trx": "account"}
EXPECT_ALIASES = {"evm": "eth", "ethereum": "eth", "tron": "trx", "bitcoin": "btc", "litecoin": "ltc",
                  "dogecoin": "doge", "bitcoincash": "bch"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}
_HEX = re.compile(r"^[0-9a-fA-F]+$")


def describe(info: AddressInfo) -> str:
    return f"{CHAIN_NAMES[info.chain]} {KIND_NAMES[info.kind]}"


def clean(text: str) -> str:
    """The text without whitespace (anywhere) and invisible format characters."""
    return "".join(c for c in text if not (c.isspace() or c in _INVISIBLE or unicodedata.category(c) == "Cf"))


def refuse_unusable(text: str) -> None:
    if len(text) > MAX_INPUT:
        raise BadInput.of("address.too_long", length=len(text))
    if any(0xD800 <= ord(c) <= 0xDFFF or (unicodedata.category(c) == "Cc" and not c.isspace()) for c in text):
        raise BadInput.of("address.binary")
    if not clean(text):
        raise BadInput.of("address.empty")


def check_address(text: str, expect: str | None = None) -> tuple[list[Finding], dict[str, Any]]:
    """Findings and result {valid, candidates: [{chain, kind, checksum_ok, normalized}]}."""
    refuse_unusable(text)
    expect = EXPECT_ALIASES.get(expect or "", expect)
    findings: list[Finding] = []
    cleaned = clean(text)
    if cleaned != text.strip():
        removed = len(text.strip()) - len(cleaned)
        findings.append(Finding.of("address.hidden_characters", ERROR, {"cleaned": cleaned, "count": removed},
                                   count=removed, cleaned=cleaned))
    infos = parse_address(cleaned)
    if not infos:
        findings.extend(_why_not(cleaned))
    else:
        findings.extend(_about(infos, expect))
    good = [i for i in infos if i.checksum_ok]
    if expect is not None:
        good = [i for i in good if i.chain == expect]
    valid = bool(good) and not any(f.severity is ERROR for f in findings)
    result = {
        "valid": valid,
        "candidates": [{"chain": i.chain, "kind": i.kind, "checksum_ok": i.checksum_ok,
                        "normalized": i.normalized} for i in infos],
    }
    return findings, result


def _about(infos: list[AddressInfo], expect: str | None) -> list[Finding]:
    out: list[Finding] = []
    bad = [i for i in infos if not i.checksum_ok]
    good = [i for i in infos if i.checksum_ok]
    if bad and not good:
        first = bad[0]
        if first.kind == "evm":
            out.append(Finding.of("address.evm_checksum_wrong", ERROR, {"normalized": first.normalized},
                                  normalized=first.normalized))
        else:
            what = " / ".join(describe(i) for i in bad)
            out.append(Finding.of("address.checksum_wrong", ERROR, {"candidates": [i.chain for i in bad]}, what=what))
        return out
    chains = {i.chain for i in good}
    if expect is not None and expect not in chains:
        out.append(_mismatch(good, expect))
    elif len(good) == 1:
        out.append(Finding.of("address.valid", OK, {"chain": good[0].chain, "kind": good[0].kind},
                              what=describe(good[0])))
    else:
        shown = [i for i in good if expect is None or i.chain == expect] or good
        out.append(Finding.of("address.valid_many" if len(shown) > 1 else "address.valid", OK,
                              {"chains": sorted({i.chain for i in shown})},
                              what=", ".join(describe(i) for i in shown)))
    out.extend(_notes(good, expect))
    return out


def _mismatch(good: list[AddressInfo], expect: str) -> Finding:
    if expect == "trx" and good[0].kind == "evm":
        tron = enc.b58check_encode(b"\x41" + good[0].payload)
        return Finding.of("address.evm_on_tron", ERROR, {"tron": tron}, tron=tron)
    if expect == "eth" and good[0].chain == "trx":
        return Finding.of("address.tron_on_evm", ERROR)
    found = " / ".join(sorted({CHAIN_NAMES[i.chain] for i in good}))
    return Finding.of("address.chain_mismatch", ERROR, {"found": sorted({i.chain for i in good}), "expected": expect},
                      found=found, expected=CHAIN_NAMES.get(expect, expect))


def _notes(good: list[AddressInfo], expect: str | None) -> list[Finding]:
    out = []
    for i in good:
        if "unchecked" in i.notes:
            out.append(Finding.of("address.evm_unchecked", WARNING, {"normalized": i.normalized},
                                  normalized=i.normalized))
        if "tron_hex_form" in i.notes:
            out.append(Finding.of("address.tron_hex_form", WARNING, {"normalized": i.normalized},
                                  normalized=i.normalized))
        if "bch_legacy_format" in i.notes and expect in (None, "btc", "bch"):
            out.append(Finding.of("address.bch_legacy_also_btc", INFO, {"cashaddr": i.normalized},
                                  cashaddr=i.normalized))
        if "ltc_legacy_p2sh" in i.notes and expect == "ltc":
            out.append(Finding.of("address.ltc_legacy_p2sh", INFO))
    return out


def _why_not(s: str) -> list[Finding]:
    """The likeliest reason a string that fits no format was meant as an address."""
    body = s[2:] if s[:2] in ("0x", "0X") else s
    if _HEX.match(body):
        if s[:2] not in ("0x", "0X") and len(body) == 40:
            normalized = parse_address("0x" + body)[0].normalized
            return [Finding.of("address.evm_missing_0x", ERROR, {"normalized": normalized}, normalized=normalized)]
        if s[:2] in ("0x", "0X") or len(body) in range(30, 50):
            if len(body) < 40:
                return [Finding.of("address.truncated", ERROR, {"length": len(s)}, what="Ethereum/EVM",
                                   length=len(s), expected=42)]
            return [Finding.of("address.wrong_length", ERROR, {"length": len(s)}, what="Ethereum/EVM",
                               length=len(s), expected=42)]
    lowered = s.lower()
    if lowered != s and s.upper() != s and parse_address(lowered):
        return [Finding.of("address.bech32_mixed_case", ERROR, {"normalized": lowered}, normalized=lowered)]
    for prefix, what, expected in (("bc1q", "Bitcoin native segwit", 42), ("bc1p", "Bitcoin taproot", 62),
                                   ("ltc1q", "Litecoin native segwit", 43), ("bitcoincash:", "Bitcoin Cash", 54)):
        if lowered.startswith(prefix) and len(s) < expected:
            return [Finding.of("address.truncated", ERROR, {"length": len(s)}, what=what,
                               length=len(s), expected=expected)]
        if lowered.startswith(prefix) and len(s) > expected:
            return [Finding.of("address.wrong_length", ERROR, {"length": len(s)}, what=what,
                               length=len(s), expected=expected)]
    if s[:1] in "13LMDT" and 10 <= len(s) < 26 and all(c in enc.B58_ALPHABET for c in s):
        return [Finding.of("address.truncated", ERROR, {"length": len(s)}, what=_base58_guess(s),
                           length=len(s), expected="26-35")]
    return [Finding.of("address.unrecognized", ERROR)]


def _base58_guess(s: str) -> str:
    return {"1": "Bitcoin", "3": "Bitcoin", "L": "Litecoin", "M": "Litecoin", "D": "Dogecoin", "T": "TRON"}[s[0]]
