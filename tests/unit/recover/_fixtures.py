"""Known phrases and the addresses they derive (via the slow reference path, bip-utils)."""

from __future__ import annotations

from functools import cache

from bip_utils import Bip39SeedGenerator
from mnemonic import Mnemonic

from walletdoc.chains.derive import derive_address


@cache
def phrase(n: int = 12, lang: str = "english", seed: int = 1) -> str:
    entropy = bytes((seed * 37 + i * 11) % 256 for i in range(n * 4 // 3))
    return Mnemonic(lang).to_mnemonic(entropy)


@cache
def address(mnemonic: str, chain: str, path: str, script: str, passphrase: str = "") -> str:
    seed = bytes(Bip39SeedGenerator(mnemonic).Generate(passphrase))
    return derive_address(seed, chain, path, script).address


def damaged(mnemonic: str, **edits: str) -> str:
    """Replace words by position: damaged(m, w3="?") sets the 4th word to '?'."""
    words = mnemonic.split()
    for key, value in edits.items():
        words[int(key[1:])] = value
    return " ".join(words)
