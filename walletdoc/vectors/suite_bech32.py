"""Selftest suite: BIP173 (bech32) and BIP350 (bech32m) valid and invalid strings and
segwit addresses, through walletdoc.chains.encoding. Public test data only."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from walletdoc.chains import encoding as enc

NAME = "bech32"


def load() -> dict[str, Any]:
    text = resources.files("walletdoc.vectors").joinpath("data/bech32_vectors.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def string_const(text: str) -> int | None:
    """The checksum constant of a valid bech32/bech32m string, else None."""
    candidate = text.lower() if text.upper() == text else text
    split = enc.bech32_split(candidate)
    return None if split is None else split[2]


def script_pubkey(address: str) -> str | None:
    """The scriptPubKey (hex) of a valid bc/tb segwit address, else None."""
    candidate = address.lower() if address.upper() == address else address
    for hrp in ("bc", "tb"):
        decoded = enc.segwit_decode(hrp, candidate)
        if decoded is not None and decoded[2]:
            version, program, _ = decoded
            return bytes([version + 0x50 if version else 0, len(program)]).hex() + program.hex()
    return None


def _checks(data: dict[str, Any]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for s in data["bech32_valid"]:
        out.append((f"bech32 valid {s!r}", string_const(s) == enc.BECH32_CONST))
    for s in data["bech32_invalid"]:
        out.append((f"bech32 invalid {s!r}", string_const(s) != enc.BECH32_CONST))
    for s in data["bech32m_valid"]:
        out.append((f"bech32m valid {s!r}", string_const(s) == enc.BECH32M_CONST))
        out.append((f"bech32 rejects bech32m {s!r}", string_const(s) != enc.BECH32_CONST))
    for s in data["bech32m_invalid"]:
        out.append((f"bech32m invalid {s!r}", string_const(s) != enc.BECH32M_CONST))
    for address, spk in data["segwit_valid"]:
        out.append((f"segwit valid {address}", script_pubkey(address) == spk))
    for address in data["segwit_invalid"]:
        out.append((f"segwit invalid {address}", script_pubkey(address) is None))
    return out


def run() -> tuple[int, int, list[str]]:
    checks = _checks(load())
    failures = [name for name, ok in checks if not ok]
    return len(checks) - len(failures), len(failures), failures
