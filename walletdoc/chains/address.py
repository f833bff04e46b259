"""Addresses per chain: what a string can be (`parse_address`) and the address of a public
key (`encode_address`).

Chains: btc, ltc, doge, bch, eth (any EVM chain), trx. Kinds: p2pkh, p2sh-p2wpkh (a P2SH
address, which is what BIP49 wallets derive), p2wpkh, p2tr, evm, trx; a P2SH address on a
chain without segwit (doge, bch) is reported as kind "p2sh", a 32-byte witness v0 program as
"p2wsh" (multisig and other scripts); no wallet preset derives those two.
Public data only: this module never sees a private key.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import coincurve
from bip_utils import Hash160

from walletdoc.chains import encoding as enc

CHAINS = ("btc", "ltc", "doge", "bch", "eth", "trx")
KINDS = ("p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr", "evm", "trx")

# chain -> kinds encode_address can build (and wallet presets can derive)
SCRIPTS: dict[str, tuple[str, ...]] = {
    "btc": ("p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr"),
    "ltc": ("p2pkh", "p2sh-p2wpkh", "p2wpkh"),
    "doge": ("p2pkh",),
    "bch": ("p2pkh",),
    "eth": ("evm",),
    "trx": ("trx",),
}

# base58check version byte -> [(chain, kind)]
_B58_VERSIONS: dict[int, list[tuple[str, str]]] = {
    0x00: [("btc", "p2pkh"), ("bch", "p2pkh")],
    0x05: [("btc", "p2sh-p2wpkh"), ("ltc", "p2sh-p2wpkh"), ("bch", "p2sh")],
    0x30: [("ltc", "p2pkh")],
    0x32: [("ltc", "p2sh-p2wpkh")],
    0x1E: [("doge", "p2pkh")],
    0x16: [("doge", "p2sh")],
    0x41: [("trx", "trx")],
}
_B58_OUT = {
    ("btc", "p2pkh"): 0x00,
    ("btc", "p2sh-p2wpkh"): 0x05,
    ("ltc", "p2pkh"): 0x30,
    ("ltc", "p2sh-p2wpkh"): 0x32,
    ("doge", "p2pkh"): 0x1E,
    ("trx", "trx"): 0x41,
}
_SEGWIT_HRP = {"btc": "bc", "ltc": "ltc"}
BCH_PREFIX = "bitcoincash"
_HEX40 = re.compile(r"^0[xX]([0-9a-fA-F]{40})$")
_TRON_HEX = re.compile(r"^(?:0[xX])?41([0-9a-fA-F]{40})$")


@dataclass(frozen=True)
class AddressInfo:
    chain: str  # "btc","ltc","doge","bch","eth","trx"
    kind: str  # "p2pkh","p2sh-p2wpkh","p2wpkh","p2tr","evm","trx" ("p2sh" on doge/bch)
    payload: bytes  # hash160 for p2pkh/p2sh/p2wpkh, x-only output key for p2tr, account for evm/trx
    checksum_ok: bool
    normalized: str
    notes: tuple[str, ...] = ()


def parse_address(text: str) -> list[AddressInfo]:
    """Every (chain, kind) the string can be; [] when nothing fits.

    Surrounding whitespace is ignored; anything else out of place (inner spaces, invisible
    characters, mixed-case bech32) makes the string fit nothing — checks/address explains why.
    """
    s = text.strip()
    if not s or len(s) > 120:
        return []
    found = _parse_evm(s) + _parse_tron_hex(s) + _parse_base58(s) + _parse_segwit(s) + _parse_cashaddr(s)
    return found


def _parse_evm(s: str) -> list[AddressInfo]:
    m = _HEX40.match(s)
    if m is None:
        return []
    digits = m.group(1)
    account = bytes.fromhex(digits)
    checked = enc.eip55(account)
    if digits.islower() or digits.isupper() or digits.isdigit():
        notes: tuple[str, ...] = () if digits.isdigit() else ("unchecked",)
        return [AddressInfo("eth", "evm", account, True, checked, notes)]
    ok = digits == checked[2:]
    return [AddressInfo("eth", "evm", account, ok, checked, () if ok else ("eip55_mismatch",))]


def _parse_tron_hex(s: str) -> list[AddressInfo]:
    m = _TRON_HEX.match(s)
    if m is None:
        return []
    account = bytes.fromhex(m.group(1))
    return [AddressInfo("trx", "trx", account, True, enc.b58check_encode(b"\x41" + account), ("tron_hex_form",))]


def _parse_base58(s: str) -> list[AddressInfo]:
    if len(s) < 25 or len(s) > 36:
        return []
    decoded = enc.b58check_decode(s)
    if decoded is None:
        return []
    payload, ok = decoded
    if len(payload) != 21 or payload[0] not in _B58_VERSIONS:
        return []
    version, body = payload[0], payload[1:]
    out = []
    for chain, kind in _B58_VERSIONS[version]:
        notes: tuple[str, ...] = () if ok else ("checksum_mismatch",)
        normalized = s
        if chain == "bch":
            normalized = enc.cashaddr_encode(BCH_PREFIX, 0 if kind == "p2pkh" else 1, body)
            notes += ("bch_legacy_format",)
        if chain == "ltc" and version == 0x05:
            notes += ("ltc_legacy_p2sh",)
        out.append(AddressInfo(chain, kind, body, ok, normalized, notes))
    return out


def _parse_segwit(s: str) -> list[AddressInfo]:
    lowered = s.lower() if s.isupper() else s
    out = []
    for chain, hrp in _SEGWIT_HRP.items():
        decoded = enc.segwit_decode(hrp, lowered)
        if decoded is None:
            continue
        version, program, ok = decoded
        notes: tuple[str, ...] = () if ok else ("checksum_mismatch",)
        if version == 0 and len(program) == 20:
            out.append(AddressInfo(chain, "p2wpkh", program, ok, lowered, notes))
        elif version == 0:
            out.append(AddressInfo(chain, "p2wsh", program, ok, lowered, notes + ("script_hash",)))
        elif version == 1 and len(program) == 32:
            out.append(AddressInfo(chain, "p2tr", program, ok, lowered, notes))
    return out


def _parse_cashaddr(s: str) -> list[AddressInfo]:
    lowered = s.lower() if s.isupper() else s
    decoded = enc.cashaddr_decode(lowered, BCH_PREFIX)
    if decoded is None:
        return []
    type_bit, body, ok = decoded
    kind = "p2pkh" if type_bit == 0 else "p2sh"
    normalized = enc.cashaddr_encode(BCH_PREFIX, type_bit, body)
    return [AddressInfo("bch", kind, body, ok, normalized, () if ok else ("checksum_mismatch",))]


# --- encoding from a public key --------------------------------------------------------------


def hash160(data: bytes) -> bytes:
    return bytes(Hash160.QuickDigest(data))


def taproot_output_key(pubkey: bytes) -> bytes:
    """BIP86: the x-only output key Q = P + H_TapTweak(P)·G, with no script path."""
    xonly = coincurve.PublicKey(pubkey).format(compressed=True)[1:]
    tag = hashlib.sha256(b"TapTweak").digest()
    tweak = hashlib.sha256(tag + tag + xonly).digest()
    even = coincurve.PublicKey(b"\x02" + xonly)
    return bytes(even.add(tweak).format(compressed=True)[1:])


def evm_account(pubkey: bytes) -> bytes:
    """The 20-byte account of a secp256k1 key: last 20 bytes of keccak(uncompressed x||y)."""
    uncompressed = coincurve.PublicKey(pubkey).format(compressed=False)
    return enc.keccak256(uncompressed[1:])[-20:]


def script_payload(kind: str, pubkey: bytes) -> bytes:
    """The payload parse_address reports for this kind (what a target set compares)."""
    if kind in ("p2pkh", "p2wpkh"):
        return hash160(pubkey)
    if kind == "p2sh-p2wpkh":
        return hash160(b"\x00\x14" + hash160(pubkey))
    if kind == "p2tr":
        return taproot_output_key(pubkey)
    if kind in ("evm", "trx"):
        return evm_account(pubkey)
    raise ValueError(f"unknown script kind {kind!r}")


def encode_address(chain: str, kind: str, pubkey: bytes) -> str:
    """The address of a 33-byte compressed public key for (chain, kind)."""
    if kind not in SCRIPTS.get(chain, ()):
        raise ValueError(f"{chain} has no {kind} addresses")
    if len(pubkey) != 33 or pubkey[0] not in (2, 3):
        raise ValueError("expected a 33-byte compressed public key")
    payload = script_payload(kind, pubkey)
    return encode_payload(chain, kind, payload)


def encode_payload(chain: str, kind: str, payload: bytes) -> str:
    """The address text for a payload (as parse_address reports it)."""
    if kind == "evm":
        return enc.eip55(payload)
    if chain == "bch":
        return enc.cashaddr_encode(BCH_PREFIX, 0 if kind == "p2pkh" else 1, payload)
    if kind == "p2wpkh":
        return enc.segwit_encode(_SEGWIT_HRP[chain], 0, payload)
    if kind == "p2tr":
        return enc.segwit_encode(_SEGWIT_HRP[chain], 1, payload)
    version = _B58_OUT.get((chain, kind))
    if version is None:
        raise ValueError(f"{chain} has no {kind} addresses")
    return enc.b58check_encode(bytes([version]) + payload)
