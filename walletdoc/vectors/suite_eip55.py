"""Selftest suite: EIP-55 mixed-case checksum addresses through walletdoc.chains.encoding
and walletdoc.chains.address.parse_address. Public test data only."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from walletdoc.chains.address import parse_address
from walletdoc.chains.encoding import eip55

NAME = "eip55"


def load() -> dict[str, Any]:
    text = resources.files("walletdoc.vectors").joinpath("data/eip55_vectors.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _checks(address: str) -> list[tuple[str, bool]]:
    account = bytes.fromhex(address[2:])
    flipped = address[:2] + "".join(c.swapcase() if c.isalpha() else c for c in address[2:])
    infos = parse_address(address)
    return [
        (f"encode {address}", eip55(account) == address),
        (f"parse {address}", len(infos) == 1 and infos[0].checksum_ok and infos[0].notes == ()),
        (f"wrong case {flipped}", not parse_address(flipped)[0].checksum_ok),
    ]


def run() -> tuple[int, int, list[str]]:
    checks = [c for a in load()["checksummed"] for c in _checks(a)]
    failures = [name for name, ok in checks if not ok]
    return len(checks) - len(failures), len(failures), failures
