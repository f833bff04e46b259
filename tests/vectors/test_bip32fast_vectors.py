"""The recovery hot path (hand-written BIP32 in walletdoc.recover.bip32fast) against the official
BIP32 vectors directly: every non-master chain's public key, decoded from the vector's xpub,
must give the same hash160 as the fast walk. Vector 3 is the leading-zeros trap."""

from __future__ import annotations

import pytest
from bip_utils import Bip32Slip10Secp256k1

from walletdoc.recover.bip32fast import HARDENED, DerivationTree, hash160
from walletdoc.vectors.suite_bip32 import load


def _cases():
    for vector in load()["vectors"]:
        for path, xpub, _xprv in vector["chains"]:
            if path != "m":
                yield pytest.param(vector["seed"], path, xpub, id=f"{vector['name']} {path}")


def _ints(path: str) -> tuple[int, ...]:
    out = []
    for level in path.split("/")[1:]:
        hardened = level.endswith("H")
        out.append(int(level.rstrip("H")) + (HARDENED if hardened else 0))
    return tuple(out)


@pytest.mark.parametrize("seed, path, xpub", list(_cases()))
def test_fast_walk_matches_official_xpub(seed: str, path: str, xpub: str) -> None:
    expected = hash160(Bip32Slip10Secp256k1.FromExtendedKey(xpub).PublicKey().RawCompressed().ToBytes())
    tree = DerivationTree([(_ints(path), "p2pkh")])
    leaves = list(tree.walk(bytes.fromhex(seed)))
    assert [payload for _, _, payload in leaves] == [expected]
