"""Selftest suite: BIP32 test vectors 1, 2, 3 and the master key of 4 (extended keys per chain)
through bip-utils, the library walletdoc.chains.derive wraps. Public test data only."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from bip_utils import Bip32Slip10Secp256k1

NAME = "bip32"


FILES = ("data/bip32_vectors.json", "data/bip32_vectors_3_4.json")


def load() -> dict[str, Any]:
    vectors: list[Any] = []
    for name in FILES:
        text = resources.files("walletdoc.vectors").joinpath(name).read_text("utf-8")
        vectors.extend(json.loads(text)["vectors"])
    return {"vectors": vectors}


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
