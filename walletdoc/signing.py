"""Local signing: load a private key from a keystore file or a seed phrase, sign one transaction.

The key exists only inside a `SigningKey` (a `Secret`) and in local variables of `sign`; it is never
returned, printed, logged, put in an exception (library errors are replaced by catalog messages raised
`from None`) or handed to walletdoc.rpc. Only the signed raw transaction (public) leaves this module.
This module never opens a socket and never imports click or rich.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any

from walletdoc.errors import BadInput
from walletdoc.secrets import Secret

DEFAULT_PATH = "m/44'/60'/0'/0/0"
MAX_KEYSTORE_BYTES = 1 << 20
MAX_SCRYPT_N = 1 << 22  # geth "standard" is 2**18; larger only costs time and memory
MAX_PBKDF2_ROUNDS = 50_000_000
_PATH = re.compile(r"m(/[0-9]{1,10}['hH]?)*")


@dataclass(frozen=True)
class SigningKey:
    """A private key (hex, inside a Secret) and its public address."""

    secret: Secret
    address: str
    source: str  # "keystore" or "phrase" (public)

    def __repr__(self) -> str:
        return f"SigningKey(<redacted>, address={self.address}, from {self.source})"

    __str__ = __repr__


@dataclass(frozen=True)
class SignedTx:
    raw: str  # 0x-prefixed signed transaction bytes (public)
    hash: str


def _address_of(key_hex: str) -> str:
    from eth_account import Account

    try:
        return str(Account.from_key(key_hex).address)
    except Exception:  # noqa: BLE001 - never echo the library's message: it may quote the key
        raise BadInput.of("fix.key_invalid") from None


def load_keystore(path: str, password: Secret) -> SigningKey:
    """Decrypt a Web3 Secret Storage (v3) keystore. BadInput: unreadable, malformed, wrong password."""
    try:
        if os.path.getsize(path) > MAX_KEYSTORE_BYTES:
            raise BadInput.of("fix.keystore_invalid", detail="the file is too large to be a keystore")
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise BadInput.of("input.file_unreadable", path=path, detail=exc.strerror or type(exc).__name__) from None
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise BadInput.of("fix.keystore_invalid", detail="it is not JSON text") from None
    _check_keystore_shape(doc)
    from eth_keyfile import decode_keyfile_json

    try:
        key = decode_keyfile_json(doc, password.reveal().encode("utf-8"))
    except ValueError as exc:
        if "MAC" in str(exc):
            raise BadInput.of("fix.keystore_wrong_password") from None
        raise BadInput.of("fix.keystore_invalid", detail="its parameters are not supported") from None
    except Exception:  # noqa: BLE001 - malformed crypto parameters of many kinds
        raise BadInput.of("fix.keystore_invalid", detail="its parameters are not supported") from None
    key_hex = "0x" + bytes(key).hex()
    return SigningKey(Secret(key_hex, "keystore"), _address_of(key_hex), "keystore")


def _check_keystore_shape(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise BadInput.of("fix.keystore_invalid", detail="it is not a JSON object")
    crypto = doc.get("crypto", doc.get("Crypto"))
    if doc.get("version") != 3 or not isinstance(crypto, dict):
        raise BadInput.of("fix.keystore_invalid", detail="it is not a version 3 keystore")
    params = crypto.get("kdfparams")
    if not isinstance(params, dict) or crypto.get("kdf") not in ("scrypt", "pbkdf2"):
        raise BadInput.of("fix.keystore_invalid", detail="its key derivation is not scrypt or pbkdf2")
    n, c = params.get("n", 0), params.get("c", 0)
    if not isinstance(n, int) or not isinstance(c, int) or n > MAX_SCRYPT_N or c > MAX_PBKDF2_ROUNDS:
        raise BadInput.of("fix.keystore_invalid", detail="its key derivation parameters are out of range")


def load_phrase(phrase: Secret, passphrase: Secret | None = None, path: str = DEFAULT_PATH) -> SigningKey:
    """BIP39 phrase (+ optional passphrase) -> BIP32 secp256k1 key at `path`. BadInput when invalid."""
    from bip_utils import Bip32PathParser, Bip32Slip10Secp256k1, Bip39MnemonicValidator, Bip39SeedGenerator

    parsed = None
    if _PATH.fullmatch(path) and path.count("/") <= 255:
        try:
            parsed = Bip32PathParser.Parse(path)
        except Exception:  # noqa: BLE001
            parsed = None
    if parsed is None or any(int(part.rstrip("'hH")) >= 2**31 for part in path.split("/")[1:]):
        raise BadInput.of("fix.path_invalid", path=path[:120])
    words = " ".join(phrase.reveal().split())
    try:
        valid = Bip39MnemonicValidator().IsValid(words)
    except Exception:  # noqa: BLE001
        valid = False
    if not valid:
        raise BadInput.of("fix.phrase_invalid")
    try:
        seed = Bip39SeedGenerator(words).Generate(passphrase.reveal() if passphrase is not None else "")
        node = Bip32Slip10Secp256k1.FromSeedAndPath(seed, parsed)
        key_hex = "0x" + node.PrivateKey().Raw().ToBytes().hex()
    except Exception:  # noqa: BLE001 - never let the library's message (or locals) out
        raise BadInput.of("fix.phrase_invalid") from None
    return SigningKey(Secret(key_hex, "phrase"), _address_of(key_hex), "phrase")


def sign(key: SigningKey, tx: dict[str, Any], expected_from: str) -> SignedTx:
    """Sign `tx` locally; refuse (BadInput, exit 2) unless the key's address is `expected_from`."""
    if key.address.lower() != expected_from.lower():
        raise BadInput.of("fix.key_mismatch", {"key_address": key.address, "tx_from": expected_from},
                          key_address=key.address, tx_from=expected_from)
    from eth_account import Account

    fields = dict(tx)
    if isinstance(fields.get("to"), str):
        from eth_utils import to_checksum_address

        fields["to"] = to_checksum_address(fields["to"])
    try:
        signed = Account.sign_transaction(fields, key.secret.reveal())
    except Exception as exc:  # noqa: BLE001 - the message may not include the key, but say only the kind
        raise BadInput.of("fix.sign_failed", kind=type(exc).__name__) from None
    return SignedTx("0x" + bytes(signed.raw_transaction).hex(), "0x" + bytes(signed.hash).hex())
