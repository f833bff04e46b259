"""Text encodings of addresses: base58check, bech32/bech32m (BIP173/BIP350), BCH cashaddr,
EIP-55 mixed-case checksums.

These are format codecs only (public data); they never see a key. The bech32 and cashaddr
checksums are small enough to write from the BIPs' reference code, so a caller can tell a
string with a bad checksum from one that is not in the format at all; both are run
against the BIP173/BIP350 vectors in the test suite.
"""

from __future__ import annotations

import hashlib

from bip_utils import Base58Decoder, Base58Encoder, Kekkak256

BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST = 1
BECH32M_CONST = 0x2BC830A3
B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def sha256d(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def keccak256(data: bytes) -> bytes:
    return bytes(Kekkak256.QuickDigest(data))


# --- base58check -------------------------------------------------------------------------


def b58check_encode(payload: bytes) -> str:
    return str(Base58Encoder.Encode(payload + sha256d(payload)[:4]))


def b58check_decode(text: str) -> tuple[bytes, bool] | None:
    """(payload without checksum, checksum_ok), or None when `text` is not base58 at all."""
    if not text or any(c not in B58_ALPHABET for c in text):
        return None
    raw = bytes(Base58Decoder.Decode(text))
    if len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    return payload, sha256d(payload)[:4] == check


# --- bech32 / bech32m (BIP173, BIP350) -----------------------------------------------------


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def convertbits(data: bytes | list[int], frombits: int, tobits: int, pad: bool = True) -> list[int] | None:
    acc, bits, ret = 0, 0, []
    maxv = (1 << tobits) - 1
    for value in data:
        if value < 0 or (value >> frombits):
            return None
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad:
        if bits:
            ret.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return ret


def bech32_encode(hrp: str, data: list[int], const: int) -> str:
    values = _hrp_expand(hrp) + data
    mod = _polymod(values + [0] * 6) ^ const
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def bech32_split(text: str) -> tuple[str, list[int], int | None] | None:
    """(hrp, data without checksum, constant or None if the checksum is wrong); None: not bech32.

    Mixed case is refused (BIP173); the caller lowercases an all-uppercase string first.
    """
    if any(ord(c) < 33 or ord(c) > 126 for c in text) or text.lower() != text:
        return None
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text) or len(text) > 90:
        return None
    hrp, rest = text[:pos], text[pos + 1 :]
    if any(c not in BECH32_CHARSET for c in rest):
        return None
    data = [BECH32_CHARSET.find(c) for c in rest]
    polymod = _polymod(_hrp_expand(hrp) + data)
    const = polymod if polymod in (BECH32_CONST, BECH32M_CONST) else None
    return hrp, data[:-6], const


def segwit_encode(hrp: str, version: int, program: bytes) -> str:
    const = BECH32_CONST if version == 0 else BECH32M_CONST
    bits = convertbits(program, 8, 5)
    assert bits is not None
    return bech32_encode(hrp, [version] + bits, const)


def segwit_decode(hrp: str, text: str) -> tuple[int, bytes, bool] | None:
    """(witness version, program, checksum_ok) for a segwit address of `hrp`; None otherwise.

    checksum_ok is False when the checksum fails or the wrong constant is used for the
    version (bech32 for v1+, bech32m for v0: BIP350).
    """
    split = bech32_split(text)
    if split is None or split[0] != hrp or not split[1]:
        return None
    _, data, const = split
    version = data[0]
    program = convertbits(data[1:], 5, 8, pad=False)
    if version > 16 or program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    expected = BECH32_CONST if version == 0 else BECH32M_CONST
    return version, bytes(program), const == expected


# --- cashaddr (Bitcoin Cash) ---------------------------------------------------------------


def _cash_polymod(values: list[int]) -> int:
    gens = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
    c = 1
    for d in values:
        c0 = c >> 35
        c = ((c & 0x07FFFFFFFF) << 5) ^ d
        for i in range(5):
            if (c0 >> i) & 1:
                c ^= gens[i]
    return c ^ 1


def _cash_prefix(prefix: str) -> list[int]:
    return [ord(c) & 31 for c in prefix] + [0]


def cashaddr_encode(prefix: str, type_bit: int, hash160: bytes) -> str:
    version = (type_bit << 3) | 0  # size bits 0 = 160-bit hash
    data = convertbits(bytes([version]) + hash160, 8, 5)
    assert data is not None
    mod = _cash_polymod(_cash_prefix(prefix) + data + [0] * 8)
    checksum = [(mod >> 5 * (7 - i)) & 31 for i in range(8)]
    return prefix + ":" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def cashaddr_decode(text: str, prefix: str = "bitcoincash") -> tuple[int, bytes, bool] | None:
    """(type bit 0=p2pkh 1=p2sh, 20-byte hash, checksum_ok); None when not a 160-bit cashaddr."""
    body = text
    if ":" in text:
        given, body = text.split(":", 1)
        if given != prefix:
            return None
    if len(body) != 42 or any(c not in BECH32_CHARSET for c in body):
        return None
    data = [BECH32_CHARSET.find(c) for c in body]
    ok = _cash_polymod(_cash_prefix(prefix) + data) == 0
    raw = convertbits(data[:-8], 5, 8, pad=False)
    if raw is None or len(raw) != 21 or raw[0] & 0x87 != 0 or (raw[0] >> 3) > 1:
        return None
    return raw[0] >> 3, bytes(raw[1:]), ok


# --- EIP-55 --------------------------------------------------------------------------------


def eip55(account: bytes) -> str:
    hex_addr = account.hex()
    digest = keccak256(hex_addr.encode()).hex()
    return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(hex_addr))
