"""Web3 Secret Storage v3 keystores (geth, MyEtherWallet, eth-account): parse, cost, verify.

Parsing is defensive: every field is type-, hex- and length-checked and absurd KDF
parameters are refused before any key derivation runs. The MAC is checked here, so a
wrong password (MAC mismatch) is told apart from a damaged file (bad structure, or a
matching MAC that decrypts to an impossible key). This module must never put a
password, a derived key, a private key or a library's exception text into a finding,
an error message or a log; it never writes to the file it reads.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from Crypto.Protocol.KDF import scrypt as _scrypt
from eth_utils import keccak

from walletdoc.errors import BadInput

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
MAX_SCRYPT_RP = 1 << 30  # the scrypt paper's bound on r*p
MAX_DKLEN = 1024
MAX_SALT_BYTES = 1024
MAX_PBKDF2_ITERATIONS = 10**8


def truncate(text: str, limit: int = 32) -> str:
    """A file-supplied name shown back to the user: printable, short."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in text)
    return clean if len(clean) <= limit else clean[:limit] + "…"


def require_str(container: Mapping[str, Any], key: str, name: str) -> str:
    value = container.get(key)
    if value is None:
        raise BadInput.of("keystore.missing_field", data={"field": name}, field=name)
    if not isinstance(value, str):
        raise BadInput.of("keystore.wrong_type", data={"field": name}, field=name, expected="a string")
    return value


def require_int(container: Mapping[str, Any], key: str, name: str) -> int:
    value = container.get(key)
    if value is None:
        raise BadInput.of("keystore.missing_field", data={"field": name}, field=name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput.of("keystore.wrong_type", data={"field": name}, field=name, expected="a whole number")
    return value


def available_memory() -> int | None:
    """MemAvailable from /proc/meminfo in bytes, or None where it cannot be read."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def check_memory(needed: int, available: int | None) -> None:
    """Refuse a KDF that needs more memory than this machine has free right now."""
    if available is not None and needed > available:
        mib = 1 << 20
        raise BadInput.of("keystore.kdf_memory_too_high",
                          data={"memory_bytes": needed, "available_bytes": available},
                          need_mib=-(-needed // mib), available_mib=available // mib)


@dataclass(frozen=True)
class V3Keystore:
    """A parsed v3 keystore. `kdf_params` holds public parameters only (no salt bytes)."""

    kdf: str
    kdf_params: dict[str, Any]
    salt: bytes = field(repr=False)
    iv: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)
    mac: bytes = field(repr=False)
    address_in_file: str | None
    address_field_malformed: bool
    normalized: dict[str, Any] = field(repr=False)

    @property
    def memory_bytes(self) -> int:
        if self.kdf == "scrypt":
            return scrypt_memory(self.kdf_params["n"], self.kdf_params["r"], self.kdf_params["p"])
        return 0

    def derive_key(self, password: bytes) -> bytes:
        """The KDF output (dklen bytes). Secret: use, compare, discard."""
        p = self.kdf_params
        if self.kdf == "scrypt":
            out = _scrypt(password, self.salt, p["dklen"], p["n"], p["r"], p["p"])  # type: ignore[arg-type]
            return bytes(out)  # type: ignore[arg-type]
        import hashlib

        return hashlib.pbkdf2_hmac("sha256", password, self.salt, p["c"], p["dklen"])

    def mac_matches_key(self, derived_key: bytes) -> bool:
        mac = keccak(derived_key[16:32] + self.ciphertext)
        return hmac.compare_digest(mac, self.mac)

    def password_matches(self, password: bytes) -> bool:
        """The cheap-as-possible verifier for password recovery: one KDF run and a keccak."""
        return self.mac_matches_key(self.derive_key(password))


def scrypt_memory(n: int, r: int, p: int) -> int:
    """Bytes scrypt needs: the V array (128*r*n) plus the B blocks (128*r*p)."""
    return 128 * r * n + 128 * r * p


def normalize_keys(value: Any, depth: int = 0) -> Any:
    """Lower-case dict keys recursively (old geth files use "Crypto"), like eth-keyfile does."""
    if depth > 8:
        return value
    if isinstance(value, dict):
        return {(k.lower() if isinstance(k, str) else k): normalize_keys(v, depth + 1) for k, v in value.items()}
    return value


def looks_like_v3(obj: Mapping[str, Any]) -> bool:
    keys = {k.lower() for k in obj if isinstance(k, str)}
    return "crypto" in keys or ("version" in keys and ("ciphertext" in keys or "kdf" in keys))


def parse_v3(obj: Mapping[str, Any], available_memory: int | None) -> V3Keystore:
    """Check the structure of a v3 keystore JSON object; raise BadInput on anything wrong."""
    doc = normalize_keys(dict(obj))
    version = doc.get("version")
    if version is None:
        raise BadInput.of("keystore.missing_field", data={"field": "version"}, field="version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise BadInput.of("keystore.wrong_type", data={"field": "version"}, field="version",
                          expected="a number")
    if version != 3:
        raise BadInput.of("keystore.unsupported_version", data={"version": version}, version=version)
    crypto = doc.get("crypto")
    if crypto is None:
        raise BadInput.of("keystore.missing_field", data={"field": "crypto"}, field="crypto")
    if not isinstance(crypto, dict):
        raise BadInput.of("keystore.wrong_type", data={"field": "crypto"}, field="crypto",
                          expected="an object")
    cipher = require_str(crypto, "cipher", "crypto.cipher")
    if cipher.lower() != "aes-128-ctr":
        shown = truncate(cipher)
        raise BadInput.of("keystore.unsupported_cipher", data={"cipher": shown}, cipher=shown)
    cipherparams = crypto.get("cipherparams")
    if not isinstance(cipherparams, dict):
        _missing_or_type(cipherparams, "crypto.cipherparams", "an object")
    iv = hex_field(cipherparams, "iv", "crypto.cipherparams.iv", exact=16)
    ciphertext = hex_field(crypto, "ciphertext", "crypto.ciphertext", exact=32)
    mac = hex_field(crypto, "mac", "crypto.mac", exact=32)
    kdf = require_str(crypto, "kdf", "crypto.kdf").lower()
    kdfparams = crypto.get("kdfparams")
    if not isinstance(kdfparams, dict):
        _missing_or_type(kdfparams, "crypto.kdfparams", "an object")
    if kdf == "scrypt":
        params, salt = _scrypt_params(kdfparams, available_memory)
    elif kdf == "pbkdf2":
        params, salt = _pbkdf2_params(kdfparams)
    else:
        shown = truncate(kdf)
        raise BadInput.of("keystore.unsupported_kdf", data={"kdf": shown}, kdf=shown)
    address, malformed = _address_field(doc.get("address"))
    return V3Keystore(kdf, params, salt, iv, ciphertext, mac, address, malformed, doc)


def _missing_or_type(value: Any, name: str, expected: str) -> NoReturn:
    if value is None:
        raise BadInput.of("keystore.missing_field", data={"field": name}, field=name)
    raise BadInput.of("keystore.wrong_type", data={"field": name}, field=name, expected=expected)


def hex_field(container: Mapping[str, Any], key: str, name: str, *, exact: int | None = None,
              maximum: int = MAX_SALT_BYTES) -> bytes:
    value = require_str(container, key, name)
    text = value[2:] if value[:2].lower() == "0x" else value
    try:
        if len(text) % 2:
            raise ValueError
        raw = bytes.fromhex(text)
    except ValueError:
        raise BadInput.of("keystore.bad_hex", data={"field": name}, field=name) from None
    if (exact is not None and len(raw) != exact) or len(raw) > maximum:
        expected = exact if exact is not None else maximum
        raise BadInput.of("keystore.bad_length", data={"field": name, "length": len(raw), "expected": expected},
                          field=name, length=len(raw), expected=expected)
    return raw


def _dklen(kdfparams: Mapping[str, Any]) -> int:
    dklen = require_int(kdfparams, "dklen", "crypto.kdfparams.dklen")
    if dklen < 32 or dklen > MAX_DKLEN:
        raise BadInput.of("keystore.kdf_params_absurd", data={"field": "dklen", "value": dklen},
                          detail=f"dklen is {dklen}; it must be between 32 and {MAX_DKLEN}")
    return dklen


def _scrypt_params(kdfparams: Mapping[str, Any], available_memory: int | None) -> tuple[dict[str, Any], bytes]:
    n = require_int(kdfparams, "n", "crypto.kdfparams.n")
    r = require_int(kdfparams, "r", "crypto.kdfparams.r")
    p = require_int(kdfparams, "p", "crypto.kdfparams.p")
    dklen = _dklen(kdfparams)
    salt = hex_field(kdfparams, "salt", "crypto.kdfparams.salt")
    if n < 2 or n & (n - 1):
        raise BadInput.of("keystore.kdf_params_absurd", data={"field": "n", "value": n},
                          detail=f"scrypt n is {n}; it must be a power of two, at least 2")
    if r < 1 or p < 1:
        raise BadInput.of("keystore.kdf_params_absurd", data={"field": "r" if r < 1 else "p"},
                          detail="scrypt r and p must be at least 1")
    if r * p >= MAX_SCRYPT_RP:
        raise BadInput.of("keystore.kdf_params_absurd", data={"field": "r*p", "value": r * p},
                          detail=f"scrypt r*p is {r * p}; it must be below 2^30")
    check_memory(scrypt_memory(n, r, p), available_memory)
    return {"n": n, "r": r, "p": p, "dklen": dklen}, salt


def _pbkdf2_params(kdfparams: Mapping[str, Any]) -> tuple[dict[str, Any], bytes]:
    prf = require_str(kdfparams, "prf", "crypto.kdfparams.prf")
    if prf.lower() != "hmac-sha256":
        shown = truncate(prf)
        raise BadInput.of("keystore.unsupported_prf", data={"prf": shown}, prf=shown)
    c = require_int(kdfparams, "c", "crypto.kdfparams.c")
    if c <= 0 or c > MAX_PBKDF2_ITERATIONS:
        raise BadInput.of("keystore.kdf_params_absurd", data={"field": "c", "value": c},
                          detail=f"pbkdf2 c is {c}; it must be between 1 and {MAX_PBKDF2_ITERATIONS}")
    dklen = _dklen(kdfparams)
    salt = hex_field(kdfparams, "salt", "crypto.kdfparams.salt")
    return {"c": c, "prf": "hmac-sha256", "dklen": dklen}, salt


def _address_field(value: Any) -> tuple[str | None, bool]:
    """The file's `address` as 40 lower-case hex digits, or None; flag it when malformed."""
    if value is None:
        return None, False
    if not isinstance(value, str):
        return None, True
    text = value[2:] if value[:2].lower() == "0x" else value
    if len(text) != 40 or any(ch not in "0123456789abcdefABCDEF" for ch in text):
        return None, True
    return text.lower(), False


def decrypt_private_key(keystore: V3Keystore, password: bytes) -> bytes | None:
    """The private key via eth-keyfile, or None when the library refuses (damaged file).

    Call only after the MAC matched. The library's exception text is dropped on purpose.
    """
    from eth_keyfile import decode_keyfile_json

    try:
        key = bytes(decode_keyfile_json(keystore.normalized, password))
    except Exception:  # noqa: BLE001 - library errors may carry data; we report "damaged" instead
        return None
    if len(key) != 32 or not 0 < int.from_bytes(key, "big") < SECP256K1_N:
        return None
    return key


def address_of_key(private_key: bytes) -> str:
    """EIP-55 address of a secp256k1 private key."""
    from eth_keys import keys

    return str(keys.PrivateKey(private_key).public_key.to_checksum_address())
