"""Selftest suite: BIP32 test vectors 1 and 2 (extended keys per chain) through bip-utils,
the library walletdoc.chains.derive wraps. Public test data only."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from bip_utils import Bip32Slip10Secp256k1

NAME = "bip32"


def load() -> dict[str, Any]:
    text = resources.files("walletdoc.vectors").joinpath("data/bip32_vectors.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def run() -> tuple[int, int, list[str]]:
    passed, failed, failures = 0, 0, []
    for vector in load()["vectors"]:
        root = Bip32Slip10Secp256k1.FromSeed(bytes.fromhex(vector["seed"]))
        for path, xpub, xprv in vector["chains"]:
            node = root if path == "m" else root.DerivePath(path.replace("H", "'"))
            got_pub, got_prv = node.PublicKey().ToExtended(), node.PrivateKey().ToExtended()
            if got_pub == xpub and got_prv == xprv:
                passed += 1
            else:
                failed += 1
                failures.append(f"{vector['name']} {path}: extended keys differ")
    return passed, failed, failures
