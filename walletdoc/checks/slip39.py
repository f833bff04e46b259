"""Recognise SLIP-0039 (Shamir) shares so `check mnemonic` can say what they are.

Only recognition: the wordlist (1024 words) and the RS1024 checksum of one share, as
specified in SLIP-0039. Combining shares is left to Trezor or a compatible wallet; this
module never prints, logs or keeps a share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MIN_WORDS = 20  # 128-bit secret
MAX_WORDS = 33  # 256-bit secret
_CUSTOMIZATION = b"shamir"
_CUSTOMIZATION_EXTENDABLE = b"shamir_extendable"
_GEN = (0xE0E040, 0x1C1C080, 0x3838100, 0x7070200, 0xE0E0009, 0x1C0C2412, 0x38086C24, 0x3090FC48, 0x21B1F890, 0x3F3F120)


@lru_cache(maxsize=1)
def slip39_wordlist() -> tuple[str, ...]:
    data = resources.files("walletdoc.vectors").joinpath("data/slip39_wordlist.txt").read_text("utf-8")
    words = tuple(w for w in data.split() if w)
    if len(words) != 1024:
        raise RuntimeError(f"the SLIP39 wordlist has {len(words)} words, expected 1024")
    return words


@lru_cache(maxsize=1)
def slip39_index() -> dict[str, int]:
    return {w: i for i, w in enumerate(slip39_wordlist())}


def _polymod(values: Sequence[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 20
        chk = (chk & 0xFFFFF) << 10 ^ v
        for i in range(10):
            if (top >> i) & 1:
                chk ^= _GEN[i]
    return chk


def rs1024_valid(indices: Sequence[int], extendable: bool) -> bool:
    custom = _CUSTOMIZATION_EXTENDABLE if extendable else _CUSTOMIZATION
    return _polymod(list(custom) + list(indices)) == 1


@dataclass(frozen=True)
class Slip39Share:
    words: int
    checksum_ok: bool
    extendable: bool


def recognise_share(words: Sequence[str]) -> Slip39Share | None:
    """A Slip39Share when every word is a SLIP39 word and the length fits, else None."""
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return None
    index = slip39_index()
    if not all(w in index for w in words):
        return None
    indices = [index[w] for w in words]
    extendable = bool((indices[1] >> 4) & 1)  # id (15 bits) | extendable flag | iteration exponent (4)
    return Slip39Share(len(words), rs1024_valid(indices, extendable), extendable)
