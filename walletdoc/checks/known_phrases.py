"""Seed phrases that are public: test vectors and development-tool defaults.

Anything sent to an address of these phrases is swept by bots within seconds, so
`check mnemonic` warns when it sees one. The list holds only phrases that are published
(in specifications, test suites and tool documentation); it never grows from user input.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

# (phrase, where it is published)
_DEFAULTS: tuple[tuple[str, str], ...] = (
    ("test test test test test test test test test test test junk", "the Hardhat / Anvil (Foundry) default"),
    (
        "myth like bonus scare over problem client lizard pioneer submit female collect",
        "the Ganache deterministic default",
    ),
    ("candy maple cake sugar pudding cream honey rich smooth crumble sweet treat", "the Truffle develop default"),
    ("all all all all all all all all all all all all", "the Trezor firmware test phrase"),
    (
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        "the first BIP39 test vector",
    ),
)


def _key(words: Sequence[str]) -> str:
    return unicodedata.normalize("NFKD", " ".join(words)).casefold()


def _vector_phrases() -> list[str]:
    data = resources.files("walletdoc.vectors").joinpath("data")
    phrases: list[str] = []
    try:
        bip39 = json.loads(data.joinpath("bip39_vectors.json").read_text("utf-8"))
        phrases += [v[1] for vectors in bip39.values() for v in vectors]
        japanese = json.loads(data.joinpath("test_JP_BIP39.json").read_text("utf-8"))
        phrases += [v["phrase"] for v in japanese]
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        pass  # a damaged bundle only weakens this warning; selftest reports the damage
    return phrases


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    known = {_key(p.split()): "a BIP39 test vector" for p in _vector_phrases()}
    known.update({_key(p.split()): source for p, source in _DEFAULTS})
    return known


def known_phrase_source(words: Sequence[str]) -> str | None:
    """Where a public phrase is published, or None if `words` is not a known public phrase."""
    return _known().get(_key(words))
