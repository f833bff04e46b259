"""MetaMask extension vaults (@metamask/browser-passworder): find, parse, decrypt, list accounts.

Format (browser-passworder): {"data": b64(AES-256-GCM ciphertext ++ 16-byte tag),
"iv": b64(16 bytes), "salt": b64(32 bytes), optional "keyMetadata": {"algorithm": "PBKDF2",
"params": {"iterations": N}}}; the key is PBKDF2-HMAC-SHA256(utf-8 password, salt, N or
10000, 32 bytes). The vault is also found as a JSON string under "vault" (state dumps,
Chrome LevelDB log lines). The decrypted keyrings hold seed phrases and private keys:
this module returns them wrapped in Secret and must never put them in a finding, in
`data`, in an error message or in a log. It never writes to the file it reads.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from walletdoc.checks.keystore_v3 import MAX_PBKDF2_ITERATIONS, SECP256K1_N, address_of_key, truncate
from walletdoc.errors import BadInput
from walletdoc.secrets import Secret

DEFAULT_ITERATIONS = 10_000
DEFAULT_HD_PATH = "m/44'/60'/0'/0"
MAX_DERIVED_ACCOUNTS = 100
GCM_TAG_BYTES = 16
_EMBEDDED = re.compile(r'\{(?:\\*")data(?:\\*")\s*:')


@dataclass(frozen=True)
class MetaMaskVault:
    data: bytes = field(repr=False)
    iv: bytes = field(repr=False)
    salt: bytes = field(repr=False)
    iterations: int
    iterations_from_file: bool
    found_in: str  # "vault" | "wrapper" | "embedded"

    @property
    def kdf_params(self) -> dict[str, Any]:
        return {"iterations": self.iterations, "prf": "hmac-sha256", "dklen": 32,
                "iterations_source": "keyMetadata" if self.iterations_from_file else "default"}

    def derive_key(self, password: bytes) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", password, self.salt, self.iterations, 32)

    def decrypt_with_key(self, key: bytes) -> bytes | None:
        """The plaintext, or None when the GCM tag does not verify (wrong password or damage)."""
        from Crypto.Cipher import AES

        cipher = AES.new(key, AES.MODE_GCM, nonce=self.iv)
        try:
            return bytes(cipher.decrypt_and_verify(self.data[:-GCM_TAG_BYTES], self.data[-GCM_TAG_BYTES:]))
        except ValueError:
            return None

    def decrypt(self, password: bytes) -> bytes | None:
        return self.decrypt_with_key(self.derive_key(password))


@dataclass
class Keyrings:
    """What a decrypted vault holds. `phrases` are secrets, for --reveal only."""

    keyrings: list[dict[str, Any]] = field(default_factory=list)
    accounts: list[dict[str, Any]] = field(default_factory=list)
    phrases: list[Secret] = field(default_factory=list, repr=False)
    problems: list[str] = field(default_factory=list)  # finding codes (warnings), public


def is_vault_object(obj: Any) -> bool:
    return isinstance(obj, dict) and all(isinstance(obj.get(k), str) for k in ("data", "iv", "salt"))


def find_vault(obj: Any) -> tuple[dict[str, Any], str] | None:
    """The vault object inside parsed JSON: itself, or under a "vault" key (string or object)."""
    for candidate, depth in _walk(obj):
        if is_vault_object(candidate):
            return candidate, "vault" if depth == 0 else "wrapper"
        if isinstance(candidate, dict) and isinstance(candidate.get("vault"), str):
            try:
                inner = json.loads(candidate["vault"])
            except ValueError:
                continue
            if is_vault_object(inner):
                return inner, "wrapper"
    return None


def _walk(obj: Any, limit: int = 10_000) -> Iterator[tuple[Any, int]]:
    """Breadth-first over dicts and lists, bounded in depth and count."""
    queue: list[tuple[Any, int]] = [(obj, 0)]
    seen = 0
    while queue and seen < limit:
        node, depth = queue.pop(0)
        seen += 1
        yield node, depth
        if depth >= 12:
            continue
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        queue.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def find_embedded_vault(text: str) -> dict[str, Any] | None:
    """The first {"data":…,"iv":…,"salt":…} object in arbitrary text (LevelDB log, escaped JSON)."""
    for match in _EMBEDDED.finditer(text):
        chunk = _balanced(text, match.start())
        if chunk is None:
            continue
        for _ in range(4):  # undo up to four levels of JSON string escaping
            try:
                obj = json.loads(chunk)
            except ValueError:
                chunk = chunk.replace('\\"', '"').replace("\\\\", "\\")
                continue
            if is_vault_object(obj):
                return obj  # type: ignore[no-any-return]
            break
    return None


def _balanced(text: str, start: int, limit: int = 1 << 20) -> str | None:
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    return None


def _b64(value: str, name: str) -> bytes:
    text = "".join(value.split())
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise BadInput.of("keystore.vault_bad_base64", data={"field": name}, field=name) from None


def parse_vault(obj: Mapping[str, Any], found_in: str) -> MetaMaskVault:
    data = _b64(obj["data"], "data")
    iv = _b64(obj["iv"], "iv")
    salt = _b64(obj["salt"], "salt")
    if len(data) <= GCM_TAG_BYTES:
        raise BadInput.of("keystore.vault_bad_length", data={"field": "data", "length": len(data)},
                          field="data", length=len(data))
    if not 1 <= len(iv) <= 64:
        raise BadInput.of("keystore.vault_bad_length", data={"field": "iv", "length": len(iv)},
                          field="iv", length=len(iv))
    if not 1 <= len(salt) <= 1024:
        raise BadInput.of("keystore.vault_bad_length", data={"field": "salt", "length": len(salt)},
                          field="salt", length=len(salt))
    iterations, from_file = _iterations(obj.get("keyMetadata"))
    return MetaMaskVault(data, iv, salt, iterations, from_file, found_in)


def _iterations(meta: Any) -> tuple[int, bool]:
    if meta is None:
        return DEFAULT_ITERATIONS, False
    if not isinstance(meta, dict):
        raise BadInput.of("keystore.wrong_type", data={"field": "keyMetadata"}, field="keyMetadata",
                          expected="an object")
    algorithm = meta.get("algorithm")
    if not isinstance(algorithm, str) or algorithm.upper() != "PBKDF2":
        shown = truncate(str(algorithm))
        raise BadInput.of("keystore.unsupported_kdf", data={"kdf": shown}, kdf=shown)
    params = meta.get("params")
    iterations = params.get("iterations") if isinstance(params, dict) else None
    if isinstance(iterations, bool) or not isinstance(iterations, int):
        raise BadInput.of("keystore.wrong_type", data={"field": "keyMetadata.params.iterations"},
                          field="keyMetadata.params.iterations", expected="a whole number")
    if not 0 < iterations <= MAX_PBKDF2_ITERATIONS:
        raise BadInput.of("keystore.kdf_params_absurd", data={"field": "iterations", "value": iterations},
                          detail=f"PBKDF2 iterations is {iterations}; it must be between 1 and "
                                 f"{MAX_PBKDF2_ITERATIONS}")
    return iterations, True


def read_keyrings(plaintext: bytes) -> Keyrings | None:
    """The keyrings of a decrypted vault, or None when the content is not a keyring list."""
    try:
        items = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(items, list):
        return None
    out = Keyrings()
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            out.problems.append("keystore.vault_keyring_unreadable")
            continue
        kind = truncate(item["type"], 64)
        before = len(out.accounts)
        if kind == "HD Key Tree":
            _hd_keyring(item.get("data"), out)
        elif kind == "Simple Key Pair":
            _simple_keyring(item.get("data"), out)
        else:
            _other_keyring(kind, item.get("data"), out)
        out.keyrings.append({"type": kind, "accounts": len(out.accounts) - before})
    return out


def _phrase_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(b, int) and 0 <= b < 256 for b in value):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None
    if isinstance(value, dict) and all(isinstance(b, int) and 0 <= b < 256 for b in value.values()):
        try:  # a Uint8Array serialised as {"0": b, "1": b, …}
            return bytes(value[k] for k in sorted(value, key=lambda k: int(k))).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return None
    return None


def _hd_keyring(data: Any, out: Keyrings) -> None:
    if not isinstance(data, dict):
        out.problems.append("keystore.vault_keyring_unreadable")
        return
    phrase = _phrase_of(data.get("mnemonic"))
    count = data.get("numberOfAccounts", 1)
    path = data.get("hdPath", DEFAULT_HD_PATH)
    if phrase is None or isinstance(count, bool) or not isinstance(count, int) or not isinstance(path, str):
        out.problems.append("keystore.vault_keyring_unreadable")
        return
    phrase = " ".join(phrase.split())
    out.phrases.append(Secret(phrase, "vault"))
    if count > MAX_DERIVED_ACCOUNTS:
        out.problems.append("keystore.vault_many_accounts")
    try:
        from bip_utils import Bip32Slip10Secp256k1, Bip39SeedGenerator, EthAddrEncoder

        root = Bip32Slip10Secp256k1.FromSeed(Bip39SeedGenerator(phrase).Generate())
        base = root.DerivePath(path)
        for i in range(max(0, min(count, MAX_DERIVED_ACCOUNTS))):
            child = base.ChildKey(i)
            address = EthAddrEncoder.EncodeKey(child.PublicKey().KeyObject())
            out.accounts.append({"keyring": "HD Key Tree", "path": f"{path}/{i}", "address": address})
    except Exception:  # noqa: BLE001 - bip_utils errors may quote the phrase; report a code only
        out.problems.append("keystore.vault_phrase_invalid")


def _simple_keyring(data: Any, out: Keyrings) -> None:
    if not isinstance(data, list):
        out.problems.append("keystore.vault_keyring_unreadable")
        return
    for value in data:
        key = _private_key(value)
        if key is None:
            out.problems.append("keystore.vault_keyring_unreadable")
            continue
        out.accounts.append({"keyring": "Simple Key Pair", "path": None, "address": address_of_key(key)})


def _private_key(value: Any) -> bytes | None:
    if not isinstance(value, str):
        return None
    text = value[2:] if value[:2].lower() == "0x" else value
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    if len(key) != 32 or not 0 < int.from_bytes(key, "big") < SECP256K1_N:
        return None
    return key


def _other_keyring(kind: str, data: Any, out: Keyrings) -> None:
    """Hardware and snap keyrings keep public account addresses only; list those we can read."""
    accounts = data.get("accounts") if isinstance(data, dict) else None
    if not isinstance(accounts, list):
        return
    for value in accounts:
        if isinstance(value, str):
            text = value[2:] if value[:2].lower() == "0x" else value
            if len(text) == 40 and all(ch in "0123456789abcdefABCDEF" for ch in text):
                from eth_utils import to_checksum_address

                out.accounts.append({"keyring": kind, "path": None, "address": to_checksum_address("0x" + text)})
