"""Selftest suite: the official BIP39 vectors (all 10 languages, passphrase "TREZOR") and the
Japanese NFKD vectors, run through walletdoc's word layer and `check mnemonic`.

Each vector: entropy -> indices -> phrase (walletdoc.checks.words), the phrase is a valid
phrase for check_mnemonic, seed = PBKDF2-HMAC-SHA512(NFKD phrase, "mnemonic" + NFKD
passphrase, 2048), and the BIP32 master key (bip-utils) is the vector's xprv.
Data: vectors/data/bip39_vectors.json and test_JP_BIP39.json (sources beside them).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from walletdoc.checks import words as W
from walletdoc.checks.mnemonic import check_mnemonic

NAME = "bip39"


class Bip39Vector(NamedTuple):
    name: str
    language: str
    entropy: str
    mnemonic: str
    passphrase: str
    seed: str
    xprv: str


def _data(name: str) -> str:
    return resources.files("walletdoc.vectors").joinpath(f"data/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def bip39_vectors() -> tuple[Bip39Vector, ...]:
    data = json.loads(_data("bip39_vectors.json"))
    return tuple(
        Bip39Vector(f"{lang}-{i}", lang, v[0], v[1], "TREZOR", v[2], v[3])
        for lang, vectors in data.items()
        for i, v in enumerate(vectors)
    )


@lru_cache(maxsize=1)
def japanese_vectors() -> tuple[Bip39Vector, ...]:
    data = json.loads(_data("test_JP_BIP39.json"))
    return tuple(
        Bip39Vector(f"jp-{i}", "japanese", v["entropy"], v["phrase"], v["salt"], v["seed"], v["bip32_xprv"])
        for i, v in enumerate(data)
    )


def all_vectors() -> tuple[Bip39Vector, ...]:
    return bip39_vectors() + japanese_vectors()


def _nfkd(text: str) -> str:
    return unicodedata.normalize("NFKD", text)


def bip39_seed(mnemonic: str, passphrase: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", _nfkd(mnemonic).encode(), ("mnemonic" + _nfkd(passphrase)).encode(), 2048)


def check_vector(v: Bip39Vector) -> str | None:
    """None if the vector passes, else what failed (public test data, safe to print)."""
    indices = W.indices_from_entropy(bytes.fromhex(v.entropy))
    phrase = W.phrase_from_indices(indices, v.language)
    if phrase != " ".join(_nfkd(v.mnemonic).split()):
        return f"{v.name}: entropy -> mnemonic differs"
    if not W.checksum_valid(indices) or W.entropy_from_indices(indices).hex() != v.entropy:
        return f"{v.name}: checksum / entropy round trip failed"
    check = check_mnemonic(v.mnemonic)
    if not check.valid or v.language not in (check.result["languages_considered"] or []):
        return f"{v.name}: check_mnemonic did not accept the phrase as {v.language}"
    seed = bip39_seed(v.mnemonic, v.passphrase)
    if seed.hex() != v.seed:
        return f"{v.name}: seed differs"
    if _xprv(seed) != v.xprv:
        return f"{v.name}: xprv differs"
    return None


def _xprv(seed: bytes) -> str:
    from bip_utils import Bip32Slip10Secp256k1

    return str(Bip32Slip10Secp256k1.FromSeed(seed).PrivateKey().ToExtended())


def check_wordlists() -> list[str]:
    """The wordlists in use are the official bitcoin/bips files (sha256 pins)."""
    return [
        f"wordlist {lang}: sha256 differs from bitcoin/bips"
        for lang in W.LANGUAGES
        if hashlib.sha256(W.wordlist_bytes(lang)).hexdigest() != W.WORDLIST_SHA256[lang]
    ]


def run() -> tuple[int, int, list[str]]:
    failures = check_wordlists()
    passed = len(W.LANGUAGES) - len(failures)
    for vector in all_vectors():
        problem = check_vector(vector)
        if problem is None:
            passed += 1
        else:
            failures.append(problem)
    return passed, len(failures), failures
