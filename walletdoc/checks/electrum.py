"""Electrum seeds: recognise a v2 seed ("standard", "segwit", "2fa", "2fa_segwit") by its
version prefix, and an old pre-2.0 seed by Electrum's 1626-word list.

Follows spesmilo/electrum electrum/mnemonic.py (normalize_text, is_new_seed, is_old_seed,
calc_seed_type) and electrum/old_mnemonic.py (mn_decode). Pure functions on text; this
module never prints, logs or keeps a seed.
"""

from __future__ import annotations

import hashlib
import hmac
import string
import unicodedata
from functools import lru_cache
from importlib import resources

SEED_PREFIX = "01"  # standard wallet
SEED_PREFIX_SW = "100"  # segwit wallet
SEED_PREFIX_2FA = "101"  # TrustedCoin two-factor wallet
SEED_PREFIX_2FA_SW = "102"  # two-factor segwit wallet

V2_TYPES = ("standard", "segwit", "2fa", "2fa_segwit")

# Electrum's CJK_INTERVALS: between two such characters whitespace is dropped before hashing
_CJK_INTERVALS = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1D),
    (0x3190, 0x319F),
    (0x2E80, 0x2EFF),
    (0x2F00, 0x2FDF),
    (0x31C0, 0x31EF),
    (0x2FF0, 0x2FFF),
    (0xE0100, 0xE01EF),
    (0x3100, 0x312F),
    (0x31A0, 0x31BF),
    (0xFF00, 0xFFEF),
    (0x3040, 0x309F),
    (0x30A0, 0x30FF),
    (0x31F0, 0x31FF),
    (0x1B000, 0x1B0FF),
    (0xAC00, 0xD7AF),
    (0x1100, 0x11FF),
    (0xA960, 0xA97F),
    (0xD7B0, 0xD7FF),
    (0x3130, 0x318F),
    (0xA4D0, 0xA4FF),
    (0x16F00, 0x16F9F),
    (0xA000, 0xA48F),
    (0xA490, 0xA4CF),
)


def is_cjk(char: str) -> bool:
    n = ord(char)
    return any(lo <= n <= hi for lo, hi in _CJK_INTERVALS)


def normalize_text(seed: str) -> str:
    """Electrum's normalisation: NFKD, lower case, accents removed, single spaces, and no
    space between two CJK characters."""
    seed = unicodedata.normalize("NFKD", seed).lower()
    seed = "".join(c for c in seed if not unicodedata.combining(c))
    seed = " ".join(seed.split())
    return "".join(
        c for i, c in enumerate(seed) if not (c in string.whitespace and is_cjk(seed[i - 1]) and is_cjk(seed[i + 1]))
    )


def version_hex(text: str) -> str:
    """HMAC-SHA512 with key "Seed version" over the normalised seed, as hex."""
    return hmac.new(b"Seed version", normalize_text(text).encode("utf-8"), hashlib.sha512).hexdigest()


def is_new_seed(text: str, prefix: str = SEED_PREFIX) -> bool:
    return version_hex(text).startswith(prefix)


@lru_cache(maxsize=1)
def old_wordlist() -> tuple[str, ...]:
    """Electrum's pre-2.0 list of 1626 words (vectors/data/electrum_old_wordlist.txt)."""
    data = resources.files("walletdoc.vectors").joinpath("data/electrum_old_wordlist.txt").read_text("utf-8")
    words = tuple(w for w in data.split() if w)
    if len(words) != 1626:
        raise RuntimeError(f"the Electrum old wordlist has {len(words)} words, expected 1626")
    return words


@lru_cache(maxsize=1)
def _old_index() -> dict[str, int]:
    return {w: i for i, w in enumerate(old_wordlist())}


def old_mn_decode(words: list[str]) -> str:
    """Electrum's old_mnemonic.mn_decode: three words -> 8 hex digits. KeyError on a foreign word."""
    n = len(old_wordlist())
    index = _old_index()
    out = ""
    for i in range(len(words) // 3):
        w1, w2, w3 = (index[w] for w in words[3 * i : 3 * i + 3])
        x = w1 + n * ((w2 - w1) % n) + n * n * ((w3 - w2) % n)
        out += f"{x:08x}"
    return out


def is_old_seed(text: str) -> bool:
    """Electrum's is_old_seed: 12 or 24 words of the old list, or 16/32 bytes of hex."""
    seed = normalize_text(text)
    words = seed.split()
    try:
        old_mn_decode(words)
        uses_old_words = True
    except KeyError:
        uses_old_words = False
    try:
        is_hex = len(bytes.fromhex(seed)) in (16, 32)
    except ValueError:
        is_hex = False
    return is_hex or (uses_old_words and len(words) in (12, 24))


def seed_type(text: str) -> str:
    """Electrum's calc_seed_type: "old", "standard", "segwit", "2fa", "2fa_segwit" or ""."""
    return "old" if is_old_seed(text) else v2_seed_type(text)


def v2_seed_type(text: str) -> str:
    """The v2 type of `text` (ignoring the old-seed check), or ""."""
    num_words = len(text.split())
    prefix = version_hex(text)
    if prefix.startswith(SEED_PREFIX):
        return "standard"
    if prefix.startswith(SEED_PREFIX_SW):
        return "segwit"
    # Electrum 2.7 changed 2fa key derivation but kept the prefix; only the length tells
    if prefix.startswith(SEED_PREFIX_2FA) and (num_words == 12 or num_words >= 20):
        return "2fa"
    if prefix.startswith(SEED_PREFIX_2FA_SW):
        return "2fa_segwit"
    return ""


def mnemonic_to_seed(mnemonic: str, passphrase: str = "") -> bytes:
    """Electrum v2 seed -> 64-byte BIP32 seed: PBKDF2-HMAC-SHA512, salt "electrum" + passphrase."""
    return hashlib.pbkdf2_hmac(
        "sha512",
        normalize_text(mnemonic).encode("utf-8"),
        b"electrum" + normalize_text(passphrase or "").encode("utf-8"),
        2048,
    )
