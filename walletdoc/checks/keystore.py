"""`check keystore`: read a keystore file, recognise its format, and check a password against it.

Supported: Web3 Secret Storage v3 (keystore_v3.py) and MetaMask extension vaults
(metamask_vault.py). Anything else (Bitcoin Core wallet.dat, Electrum files, raw keys,
BIP38 strings, other JSON) is named as what it looks like and refused with exit 2. The
file is read once, at most 1 MiB, and never modified. Findings and the result carry
public values only (format, KDF parameters, addresses); a password, phrase or key never
appears in them, and library exception messages are never passed on.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from walletdoc.checks import keystore_v3 as v3
from walletdoc.checks import metamask_vault as mm
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding
from walletdoc.secrets import Secret

MAX_KEYSTORE_BYTES = 1 << 20

Keystore = v3.V3Keystore | mm.MetaMaskVault


@dataclass
class KeystoreCheck:
    """The outcome: findings and result are public; `phrases` are secrets for --reveal only."""

    findings: list[Finding]
    result: dict[str, Any]
    exit_code: int | None = None
    phrases: list[Secret] = field(default_factory=list, repr=False)


def read_keystore_file(path: str) -> bytes:
    """The file's bytes (read-only, size checked before reading)."""
    try:
        size = os.path.getsize(path)
        if size > MAX_KEYSTORE_BYTES:
            raise BadInput.of("keystore.file_too_large", data={"bytes": size}, size=size)
        with open(path, "rb") as fh:
            raw = fh.read(MAX_KEYSTORE_BYTES + 1)
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise BadInput.of("input.file_unreadable", data={"path": path}, path=path, detail=detail) from None
    if len(raw) > MAX_KEYSTORE_BYTES:
        raise BadInput.of("keystore.file_too_large", data={"bytes": len(raw)}, size=len(raw))
    return raw


def parse_keystore(raw: bytes, available_memory: int | None = None) -> Keystore:
    """Recognise and parse a keystore; BadInput (exit 2) for anything unusable."""
    if not raw.strip():
        raise BadInput.of("keystore.file_empty")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text: str | None = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    obj: Any = None
    if text is not None and "\x00" not in text:
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError):
            obj = None
    if isinstance(obj, dict):
        return _parse_object(obj, text or "", available_memory)
    vault = mm.find_embedded_vault(text if text is not None else raw.decode("latin-1"))
    if vault is not None:
        return mm.parse_vault(vault, "embedded")
    raise _not_a_keystore(raw, text, obj)


def _parse_object(obj: dict[str, Any], text: str, available_memory: int | None) -> Keystore:
    if v3.looks_like_v3(obj):
        lowered = {k.lower(): v for k, v in obj.items() if isinstance(k, str)}
        if lowered.get("version") == 4:
            raise _looks_like("eip2335")
        return v3.parse_v3(obj, available_memory)
    found = mm.find_vault(obj)
    if found is not None:
        return mm.parse_vault(*found)
    embedded = mm.find_embedded_vault(text)
    if embedded is not None:
        return mm.parse_vault(embedded, "embedded")
    raise _not_a_keystore(b"", text, obj)


_WIF = re.compile(r"^[5KL9c][1-9A-HJ-NP-Za-km-z]{50,51}$")
_BIP38 = re.compile(r"^6P[1-9A-HJ-NP-Za-km-z]{56}$")
_HEXKEY = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")
_WORDS = re.compile(r"^[a-z]+( [a-z]+){11,23}$")
_XPRV = re.compile(r"^[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,112}$")


def _not_a_keystore(raw: bytes, text: str | None, obj: Any) -> BadInput:
    """Name what the file looks like (never quoting it) and refuse it."""
    if isinstance(obj, dict):
        keys = {k.lower() for k in obj if isinstance(k, str)}
        if "seed_version" in keys or "keystore" in keys and "wallet_type" in keys:
            return _looks_like("electrum")
        if "encseed" in keys or "ethaddr" in keys:
            return _looks_like("presale")
        if "cipher" in keys and "iv" in keys and ("lib" in keys or "salt" in keys):
            return _looks_like("metamask_mobile")
        return _looks_like("unknown_json")
    if obj is not None:
        return _looks_like("json_not_object")
    head = raw[:64]
    if head.startswith(b"SQLite format 3\x00"):
        return _looks_like("sqlite")
    if raw[12:16] in (b"\x62\x31\x05\x00", b"\x00\x05\x31\x62") or b"\x00\x05\x31\x62" in raw[:4096]:
        return _looks_like("bitcoin_core")
    if text is None or "\x00" in text:
        return _looks_like("binary")
    stripped = " ".join(text.split())
    if stripped.startswith("QklFMQ"):
        return _looks_like("electrum_encrypted")
    if _BIP38.match(stripped):
        return _looks_like("bip38")
    if _HEXKEY.match(stripped) or _WIF.match(stripped):
        return _looks_like("private_key")
    if _XPRV.match(stripped):
        return _looks_like("xprv")
    if _WORDS.match(stripped.lower()):
        return _looks_like("mnemonic")
    return _looks_like("text")


def _looks_like(kind: str) -> BadInput:
    error = BadInput.of(f"keystore.looks_like_{kind}", data={"looks_like": kind})
    assert isinstance(error, BadInput)
    return error


# -- cost ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _calibration() -> tuple[float, float]:
    """Seconds per scrypt unit (n*r*p) and per PBKDF2-SHA256 iteration, from two tiny runs."""
    from Crypto.Protocol.KDF import scrypt

    start = time.perf_counter()
    scrypt(b"walletdoc", b"calibration", 32, 1 << 11, 8, 1)  # type: ignore[arg-type]
    per_unit = (time.perf_counter() - start) / ((1 << 11) * 8)
    start = time.perf_counter()
    hashlib.pbkdf2_hmac("sha256", b"walletdoc", b"calibration", 20_000, 32)
    per_iteration = (time.perf_counter() - start) / 20_000
    return per_unit, per_iteration


def kdf_cost(keystore: Keystore) -> dict[str, Any]:
    """Memory and an estimate of seconds per password try, from the parameters (not a full run)."""
    per_unit, per_iteration = _calibration()
    if isinstance(keystore, v3.V3Keystore) and keystore.kdf == "scrypt":
        p = keystore.kdf_params
        seconds = p["n"] * p["r"] * p["p"] * per_unit
        memory = keystore.memory_bytes
    elif isinstance(keystore, v3.V3Keystore):
        seconds, memory = keystore.kdf_params["c"] * per_iteration, 0
    else:
        seconds, memory = keystore.iterations * per_iteration, 0
    return {"memory_bytes": memory, "seconds_per_try": round(seconds, 4), "estimated": True}


def _cost_text(keystore: Keystore, cost: dict[str, Any]) -> dict[str, Any]:
    if isinstance(keystore, v3.V3Keystore) and keystore.kdf == "scrypt":
        p = keystore.kdf_params
        params = f"n={p['n']}, r={p['r']}, p={p['p']}"
    elif isinstance(keystore, v3.V3Keystore):
        params = f"c={keystore.kdf_params['c']}"
    else:
        params = f"{keystore.iterations} iterations"
    from walletdoc import i18n

    mib = cost["memory_bytes"] / (1 << 20)
    memory = i18n.text("keystore.ui_memory_mib", mib=f"{mib:.0f}")[0] if mib >= 1 else \
        i18n.text("keystore.ui_memory_small")[0]
    return {"params": params, "memory": memory, "seconds": f"{cost['seconds_per_try']:.3g}"}


# -- checks -------------------------------------------------------------------------------


def check_keystore(keystore: Keystore, password: Secret | None) -> KeystoreCheck:
    """Check `password` (or only the structure when None) against a parsed keystore."""
    if isinstance(keystore, v3.V3Keystore):
        return _check_v3(keystore, password)
    return _check_vault(keystore, password)


def _base(keystore: Keystore) -> tuple[list[Finding], dict[str, Any]]:
    cost = kdf_cost(keystore)
    words = _cost_text(keystore, cost)
    if isinstance(keystore, v3.V3Keystore):
        fmt, kdf, params = "v3", keystore.kdf, dict(keystore.kdf_params)
        finding = Finding.of("keystore.format_v3", INFO, data={"kdf": kdf, **params}, kdf=kdf, **words)
    else:
        fmt, kdf, params = "metamask-vault", "pbkdf2", keystore.kdf_params
        finding = Finding.of("keystore.format_metamask_vault", INFO, data=params, **words)
    result = {"format": fmt, "kdf": kdf, "kdf_params": params, "cost": cost,
              "password_ok": None, "address": None, "address_matches": None}
    return [finding], result


def _check_v3(keystore: v3.V3Keystore, password: Secret | None) -> KeystoreCheck:
    findings, result = _base(keystore)
    result["address_in_file"] = _checksum(keystore.address_in_file)
    if keystore.address_field_malformed:
        findings.append(Finding.of("keystore.address_field_malformed", WARNING))
    if password is None:
        findings.append(Finding.of("keystore.no_password", INFO))
        return KeystoreCheck(findings, result)
    secret = password.reveal().encode("utf-8")
    if not keystore.mac_matches_key(keystore.derive_key(secret)):
        result["password_ok"] = False
        findings.append(Finding.of("keystore.wrong_password", ERROR))
        return KeystoreCheck(findings, result, exit_code=1)
    key = v3.decrypt_private_key(keystore, secret)
    if key is None:
        result["password_ok"] = True
        findings.append(Finding.of("keystore.damaged_after_mac", ERROR))
        return KeystoreCheck(findings, result, exit_code=2)
    address = v3.address_of_key(key)
    del key
    result.update(password_ok=True, address=address)
    findings.append(Finding.of("keystore.password_ok", OK))
    findings.extend(_address_findings(keystore.address_in_file, address, result))
    return KeystoreCheck(findings, result)


def _checksum(hex40: str | None) -> str | None:
    if hex40 is None:
        return None
    from eth_utils import to_checksum_address

    return str(to_checksum_address("0x" + hex40))


def _address_findings(in_file: str | None, derived: str, result: dict[str, Any]) -> list[Finding]:
    if in_file is None:
        return [Finding.of("keystore.address_missing", INFO, data={"address": derived}, address=derived)]
    shown = _checksum(in_file)
    if in_file == derived[2:].lower():
        result["address_matches"] = True
        return [Finding.of("keystore.address_matches", OK, data={"address": derived}, address=derived)]
    result["address_matches"] = False
    return [Finding.of("keystore.address_mismatch", ERROR, data={"address": derived, "address_in_file": shown},
                       address=derived, address_in_file=shown)]


def _check_vault(vault: mm.MetaMaskVault, password: Secret | None) -> KeystoreCheck:
    findings, result = _base(vault)
    result.update(keyrings=[], accounts=[])
    if vault.found_in != "vault":
        findings.append(Finding.of("keystore.vault_extracted", INFO, data={"found_in": vault.found_in}))
    if len(vault.iv) != 16:
        findings.append(Finding.of("keystore.vault_unusual_iv", WARNING, data={"iv_bytes": len(vault.iv)},
                                   length=len(vault.iv)))
    if password is None:
        findings.append(Finding.of("keystore.no_password", INFO))
        return KeystoreCheck(findings, result)
    plaintext = vault.decrypt(password.reveal().encode("utf-8"))
    if plaintext is None:
        result["password_ok"] = False
        findings.append(Finding.of("keystore.vault_wrong_password", ERROR))
        return KeystoreCheck(findings, result, exit_code=1)
    result["password_ok"] = True
    rings = mm.read_keyrings(plaintext)
    del plaintext
    if rings is None:
        findings.append(Finding.of("keystore.vault_content_unexpected", ERROR))
        return KeystoreCheck(findings, result, exit_code=2)
    findings.append(Finding.of("keystore.password_ok", OK))
    result.update(keyrings=rings.keyrings, accounts=rings.accounts)
    result["address"] = rings.accounts[0]["address"] if rings.accounts else None
    findings.append(Finding.of("keystore.vault_summary", INFO,
                               data={"keyrings": len(rings.keyrings), "accounts": len(rings.accounts)},
                               keyrings=len(rings.keyrings), accounts=len(rings.accounts)))
    for code in dict.fromkeys(rings.problems):
        findings.append(Finding.of(code, WARNING, limit=mm.MAX_DERIVED_ACCOUNTS))
    return KeystoreCheck(findings, result, phrases=rings.phrases)


def check_keystore_file(path: str, password: Secret | None) -> KeystoreCheck:
    """Read, parse and check in one call (the library entry point for other commands)."""
    keystore = parse_keystore(read_keystore_file(path), v3.available_memory())
    return check_keystore(keystore, password)
