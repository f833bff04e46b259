"""The shared word layer: BIP39 wordlists, phrase normalisation, language detection,
typo suggestions and the BIP39 checksum by bit arithmetic.

`check mnemonic` and the recovery engine both build on it, so it is fast (every list and
index is built once and cached) and pure: it never prints, logs or keeps a phrase, and it
never raises with a word of the phrase in the message.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

LANGUAGES: tuple[str, ...] = (
    "english",
    "japanese",
    "korean",
    "spanish",
    "chinese_simplified",
    "chinese_traditional",
    "french",
    "italian",
    "czech",
    "portuguese",
)

# sha256 of the official bitcoin/bips bip-0039/<lang>.txt files; the lists shipped by the
# `mnemonic` package are checked against these in the tests.
WORDLIST_SHA256 = {
    "english": "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda",
    "japanese": "2eed0aef492291e061633d7ad8117f1a2b03eb80a29d0e4e3117ac2528d05ffd",
    "korean": "9e95f86c167de88f450f0aaf89e87f6624a57f973c67b516e338e8e8b8897f60",
    "spanish": "46846a5a0139d1e3cb77293e521c2865f7bcdb82c44e8d0a06a2cd0ecba48c0b",
    "chinese_simplified": "5c5942792bd8340cb8b27cd592f1015edf56a8c5b26276ee18a482428e7c5726",
    "chinese_traditional": "417b26b3d8500a4ae3d59717d7011952db6fc2fb84b807f3f94ac734e89c1b5f",
    "french": "ebc3959ab7801a1df6bac4fa7d970652f1df76b683cd2f4003c941c63d517e59",
    "italian": "d392c49fdb700a24cd1fceb237c1f65dcc128f6b34a8aacb58b59384b5c648c2",
    "czech": "7e80e161c3e93d9554c2efb78d4e3cebf8fc727e9c52e03b83b94406bdcc95fc",
    "portuguese": "2685e9c194c82ae67e10ba59d9ea5345a23dc093e92276fc5361f6667d79cd3f",
}

VALID_WORD_COUNTS: tuple[int, ...] = (12, 15, 18, 21, 24)
CJK_SINGLE_CHAR = frozenset({"chinese_simplified", "chinese_traditional"})

# tolerated normalisations, as reported in NormalizedPhrase.changes
CHANGE_CASE = "case"
CHANGE_WHITESPACE = "whitespace"
CHANGE_IDEOGRAPHIC_SPACE = "ideographic_space"
CHANGE_NUMBERING = "numbering"
CHANGE_PUNCTUATION = "punctuation"
CHANGE_UNICODE_FORM = "unicode_form"
CHANGE_CJK_SPLIT = "cjk_unspaced"
# "?" (or "??", "*", "_") written where a word is unknown; kept in place so positions stay right
PLACEHOLDER = "?"
_PLACEHOLDER_CHARS = frozenset("?？*_")


def wordlist_bytes(lang: str) -> bytes:
    """The raw wordlist file shipped by the `mnemonic` package (for the sha256 pin)."""
    _check_language(lang)
    return (resources.files("mnemonic") / "wordlist" / f"{lang}.txt").read_bytes()


@cache
def wordlist(lang: str) -> tuple[str, ...]:
    """The 2048 words of `lang`, NFKD-normalised, in BIP39 index order."""
    text = wordlist_bytes(lang).decode("utf-8")
    words = tuple(unicodedata.normalize("NFKD", w.strip()) for w in text.splitlines() if w.strip())
    if len(words) != 2048:
        raise RuntimeError(f"the {lang} wordlist has {len(words)} words, expected 2048")
    return words


@cache
def word_index(lang: str) -> dict[str, int]:
    """word -> 11-bit index for `lang` (NFKD keys)."""
    return {w: i for i, w in enumerate(wordlist(lang))}


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown BIP39 language {lang!r}; expected one of {', '.join(LANGUAGES)}")


# ---------------------------------------------------------------- normalisation

_Note = Callable[[str], None]


@dataclass
class NormalizedPhrase:
    words: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


_NUMBER_TOKEN = re.compile(r"^[#(\[]?\d{1,3}[.):\]\-]?$")
_NUMBER_PREFIX = re.compile(r"^[#(\[]?\d{1,3}[.):\]\-](?=\D)")
_EDGE_PUNCTUATION = ",;.:!?\"'`()[]{}<>、，。；：・·-_/|*"


def normalize_phrase(text: str) -> NormalizedPhrase:
    """Split a typed or pasted phrase into NFKD, case-folded words, saying what was tolerated."""
    changes: list[str] = []

    def note(change: str) -> None:
        if change not in changes:
            changes.append(change)

    if "\u3000" in text:
        note(CHANGE_IDEOGRAPHIC_SPACE)
    nfkd = unicodedata.normalize("NFKD", text)
    if nfkd != text and nfkd.replace(" ", "\u3000") != text.replace(" ", "\u3000"):
        note(CHANGE_UNICODE_FORM)
    folded = nfkd.casefold()
    if folded != nfkd:
        note(CHANGE_CASE)
    raw_tokens = folded.split()  # any Unicode whitespace, incl. tabs, newlines, U+3000
    if raw_tokens and " ".join(raw_tokens) != folded.replace("\u3000", " ").strip(" "):
        note(CHANGE_WHITESPACE)
    words = _clean_tokens(raw_tokens, note)
    words = _split_unspaced_cjk(words, note)
    return NormalizedPhrase(words, changes)


def _clean_tokens(tokens: Iterable[str], note: _Note) -> list[str]:
    words: list[str] = []
    for token in tokens:
        if _NUMBER_TOKEN.match(token):
            note(CHANGE_NUMBERING)
            continue
        stripped = _NUMBER_PREFIX.sub("", token)
        if stripped != token:
            note(CHANGE_NUMBERING)
        if stripped and set(stripped) <= _PLACEHOLDER_CHARS:
            words.append(PLACEHOLDER)
            continue
        cleaned = stripped.strip(_EDGE_PUNCTUATION)
        if cleaned != stripped:
            note(CHANGE_PUNCTUATION)
        if cleaned:
            words.extend(_split_inner_commas(cleaned, note))
    return words


def _split_inner_commas(token: str, note: _Note) -> list[str]:
    parts = [p for p in re.split(r"[,，、;]+", token) if p]
    if len(parts) > 1:
        note(CHANGE_PUNCTUATION)
    return parts


def _split_unspaced_cjk(words: list[str], note: _Note) -> list[str]:
    """Chinese phrases are often written without spaces: one character is one word."""
    out: list[str] = []
    for word in words:
        if len(word) > 1 and all(_is_han(c) for c in word):
            note(CHANGE_CJK_SPLIT)
            out.extend(word)
        else:
            out.append(word)
    return out


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


# ---------------------------------------------------------------- language detection


def detect_languages(words: Sequence[str]) -> list[str]:
    """Languages whose wordlist holds the most of `words`, best first; ties are all returned
    (chinese_simplified and chinese_traditional share most characters)."""
    scores = [(sum(1 for w in words if w in word_index(lang)), lang) for lang in LANGUAGES]
    best = max((score for score, _ in scores), default=0)
    if best == 0:
        return []
    return [lang for score, lang in scores if score == best]


def language_scores(words: Sequence[str]) -> dict[str, int]:
    """How many of `words` each language knows (languages with none left out)."""
    scores = {lang: sum(1 for w in words if w in word_index(lang)) for lang in LANGUAGES}
    return {lang: n for lang, n in scores.items() if n}


# ---------------------------------------------------------------- checksum


def checksum_valid(indices: Sequence[int]) -> bool:
    """BIP39 checksum of 11-bit word indices: bit arithmetic and one sha256, no strings."""
    n = len(indices)
    if n not in VALID_WORD_COUNTS:
        return False
    value = _pack(indices)
    cs_bits = n // 3
    entropy = (value >> cs_bits).to_bytes(cs_bits * 4, "big")
    return hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits) == value & ((1 << cs_bits) - 1)


def entropy_from_indices(indices: Sequence[int]) -> bytes:
    """The entropy bytes a phrase encodes (its checksum bits dropped, not verified)."""
    n = len(indices)
    if n not in VALID_WORD_COUNTS:
        raise ValueError(f"a BIP39 phrase has {', '.join(map(str, VALID_WORD_COUNTS))} words, not {n}")
    cs_bits = n // 3
    return (_pack(indices) >> cs_bits).to_bytes(cs_bits * 4, "big")


def indices_from_entropy(entropy: bytes) -> list[int]:
    """Entropy (16, 20, 24, 28 or 32 bytes) -> the 11-bit indices of its phrase, checksum included."""
    if len(entropy) not in (16, 20, 24, 28, 32):
        raise ValueError("BIP39 entropy is 16, 20, 24, 28 or 32 bytes")
    cs_bits = len(entropy) // 4
    value = int.from_bytes(entropy, "big") << cs_bits | hashlib.sha256(entropy).digest()[0] >> (8 - cs_bits)
    n = (len(entropy) * 8 + cs_bits) // 11
    return [(value >> (11 * (n - 1 - i))) & 0x7FF for i in range(n)]


def phrase_from_indices(indices: Sequence[int], lang: str) -> str:
    """The NFKD phrase (single ASCII spaces, as hashed by BIP39) for `indices` in `lang`."""
    words = wordlist(lang)
    return " ".join(words[i] for i in indices)


def _pack(indices: Sequence[int]) -> int:
    value = 0
    for i in indices:
        if not 0 <= i < 2048:
            raise ValueError("a BIP39 word index is between 0 and 2047")
        value = value << 11 | i
    return value


# ---------------------------------------------------------------- suggestions

_QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOUR_COST = 0.5  # a slip to the next key is likelier than any other substitution
ACCENT_COST = 0.1  # "e" for "é": the same letter typed without its accent
PREFIX_COST = 0.3  # the typed text is the start of exactly this word
PREFIX4_COST = 0.6  # same first four letters (unique in English and most Latin lists)


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_QWERTY_ROWS) for c, ch in enumerate(row)}
    out: dict[str, frozenset[str]] = {}
    for ch, (r, c) in pos.items():
        near = [(r, c - 1), (r, c + 1), (r - 1, c), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c)]
        out[ch] = frozenset(_QWERTY_ROWS[rr][cc] for rr, cc in near if 0 <= rr < 3 and 0 <= cc < len(_QWERTY_ROWS[rr]))
    return out


def _base(ch: str) -> str:
    return unicodedata.normalize("NFKD", ch)[:1]


def substitution_cost(a: str, b: str) -> float:
    """What typing `a` instead of `b` costs: 0 same, less for a neighbouring key or a lost accent."""
    if a == b:
        return 0.0
    if _base(a) == _base(b):
        return ACCENT_COST
    if b in _neighbours().get(a, ()):
        return NEIGHBOUR_COST
    return 1.0


def _strip_marks(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def edit_cost(typed: str, word: str, limit: float = 2.0) -> float:
    """Weighted Damerau-Levenshtein (optimal string alignment) distance from `typed` to `word`.

    Insertions, deletions and transpositions cost 1; substitutions per `substitution_cost`.
    Letters are compared without accents first (the cost of a lost accent is added once).
    Returns a value > `limit` as soon as the distance is sure to exceed it.
    """
    a, b = _strip_marks(typed), _strip_marks(word)
    accent = ACCENT_COST if (a == b and typed != word) else 0.0
    if abs(len(a) - len(b)) > limit:
        return limit + 1.0
    prev2: list[float] = []
    prev = [float(j) for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        cur = [float(i)] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            cost = substitution_cost(a[i - 1], b[j - 1])
            best = min(prev[j] + 1.0, cur[j - 1] + 1.0, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and a[i - 1] != b[j - 1]:
                best = min(best, prev2[j - 2] + 1.0)
            cur[j] = best
        if min(cur) > limit:
            return limit + 1.0
        prev2, prev = prev, cur
    return prev[-1] + accent


@lru_cache(maxsize=4096)
def _typo_candidates(word: str, lang: str, max_distance: float) -> tuple[tuple[str, float], ...]:
    found: dict[str, float] = {}
    for candidate in wordlist(lang):
        cost = edit_cost(word, candidate, max_distance)
        if cost <= max_distance:
            found[candidate] = cost
    return tuple(sorted(found.items(), key=lambda item: (item[1], -_shared_prefix(word, item[0]), item[0])))


def typo_candidates(word: str, lang: str, max_distance: int = 2) -> list[tuple[str, float]]:
    """Wordlist words within `max_distance` edits of `word`, as (word, cost), cheapest first.

    For the recovery engine's likeliest-first ordering. The word itself (cost 0) is included
    when it is in the list.
    """
    _check_language(lang)
    key = unicodedata.normalize("NFKD", word).casefold()
    return list(_typo_candidates(key, lang, float(max_distance)))


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _prefix_candidates(word: str, lang: str) -> dict[str, float]:
    """Words `word` is the start of, and words sharing its first four letters."""
    out: dict[str, float] = {}
    if len(word) < 3:
        return out
    starts = [w for w in wordlist(lang) if w.startswith(word)]
    for w in starts:
        # one completion is nearly certain; several share the evidence
        out[w] = PREFIX_COST if len(starts) == 1 else PREFIX_COST + 0.4
    if len(word) >= 4:
        for w in wordlist(lang):
            if w[:4] == word[:4] and w not in out:
                out[w] = PREFIX4_COST + 0.1 * abs(len(w) - len(word))
    return out


def suggest(word: str, lang: str, limit: int = 8) -> list[str]:
    """The likeliest wordlist words for a word that is not in the list, best first.

    Ranks by the unique four-letter prefix rule, a prefix completion, and a weighted
    Damerau-Levenshtein distance where a neighbouring QWERTY key and a lost accent cost less.
    """
    _check_language(lang)
    typed = unicodedata.normalize("NFKD", word).casefold()
    if not typed:
        return []
    if lang in CJK_SINGLE_CHAR:
        return _suggest_cjk(typed, lang, limit)
    costs = dict(_typo_candidates(typed, lang, 2.0))
    for w, cost in _prefix_candidates(typed, lang).items():
        costs[w] = min(cost, costs.get(w, cost))
    if not costs:
        costs = dict(_typo_candidates(typed, lang, 3.0))
    ranked = sorted(costs.items(), key=lambda item: (item[1], -_shared_prefix(typed, item[0]), item[0]))
    return [w for w, _ in ranked[:limit]]


def _suggest_cjk(typed: str, lang: str, limit: int) -> list[str]:
    # A Chinese word is one character: there is no spelling to correct, and walletdoc has no
    # table of look-alike or sound-alike characters, so only characters of the typed text
    # that are in the list are suggested (e.g. two words typed without a space).
    index = word_index(lang)
    out: list[str] = []
    for ch in typed:
        if ch in index and ch not in out:
            out.append(ch)
    return out[:limit]
