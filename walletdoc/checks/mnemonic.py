"""`check mnemonic`: what a seed phrase is and what is wrong with it, as Findings.

Pure functions from the phrase text to findings and a result dict: BIP39 validity
(wordlist, word count, checksum, language), Electrum v2 and old seeds, SLIP-39 shares and
well-known public phrases. Only the unknown-word finding carries a word of the phrase (its
`data.word`, as DESIGN.md requires); no message, advice or exception ever contains one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from walletdoc.checks import electrum, slip39
from walletdoc.checks.known_phrases import known_phrase_source
from walletdoc.checks.words import (
    LANGUAGES,
    PLACEHOLDER,
    VALID_WORD_COUNTS,
    checksum_valid,
    detect_languages,
    normalize_phrase,
    suggest,
    word_index,
)
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding

MAX_WORDS = 48  # past this the input is not a phrase; do not list hundreds of findings
ELECTRUM_LANGUAGES = ("english", "spanish", "japanese", "portuguese", "chinese_simplified")
LANGUAGE_ALIASES = {
    "en": "english",
    "ja": "japanese",
    "jp": "japanese",
    "ko": "korean",
    "es": "spanish",
    "zh": "chinese_simplified",
    "zh_cn": "chinese_simplified",
    "zh_hans": "chinese_simplified",
    "zh_tw": "chinese_traditional",
    "zh_hant": "chinese_traditional",
    "fr": "french",
    "it": "italian",
    "cs": "czech",
    "pt": "portuguese",
    "chinese": "chinese_simplified",
    "simplified_chinese": "chinese_simplified",
    "traditional_chinese": "chinese_traditional",
}


@dataclass
class MnemonicCheck:
    findings: list[Finding] = field(default_factory=list)
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return bool(self.result.get("valid"))


def resolve_language(language: str | None) -> str | None:
    """A --language value -> a BIP39 language name; BadInput (exit 2) when unknown."""
    if language is None:
        return None
    key = language.strip().lower().replace("-", "_")
    key = LANGUAGE_ALIASES.get(key, key)
    if key not in LANGUAGES:
        raise BadInput.of("mnemonic.bad_language", language=language[:40], choices=", ".join(LANGUAGES))
    return key


def check_mnemonic(text: str, language: str | None = None) -> MnemonicCheck:
    """Check a seed phrase. `language` (a BIP39 language or alias) skips detection."""
    lang = resolve_language(language)
    _refuse_binary(text)
    phrase = normalize_phrase(text)
    words = phrase.words
    check = MnemonicCheck(result=_empty_result(len(words), phrase.changes))
    if not words:
        check.findings.append(Finding.of("mnemonic.empty", ERROR))
        return check
    if len(words) > MAX_WORDS:
        check.findings.append(Finding.of("mnemonic.too_many_words", ERROR, {"words": len(words)}, words=len(words)))
        return check
    candidates = [lang] if lang else detect_languages(words)
    check.result["languages_considered"] = candidates
    bip39 = _check_bip39(words, candidates)
    other = _other_kinds(words, bip39.valid, check.result)
    check.findings.extend(_verdict(bip39, other, words))
    check.findings.extend(other)
    check.result.update(valid=bip39.valid, language=bip39.language, checksum_ok=bip39.checksum_ok)
    changes = [c for c in phrase.changes if not (c == "ideographic_space" and bip39.language == "japanese")]
    check.result["tolerated"] = changes  # U+3000 is the Japanese separator: nothing was tolerated
    if changes:
        check.findings.append(
            Finding.of(
                "mnemonic.tolerated",
                INFO,
                {"changes": changes},
                changes=", ".join(_CHANGE_WORDS.get(c, c) for c in changes),
            )
        )
    return check


_CHANGE_WORDS = {
    "case": "upper case letters lowered",
    "whitespace": "extra spaces, tabs or line breaks",
    "ideographic_space": "ideographic (full-width) spaces",
    "numbering": "word numbers removed",
    "punctuation": "punctuation removed",
    "unicode_form": "Unicode normalised (NFKD)",
    "cjk_unspaced": "Chinese characters without spaces split into words",
}


def _empty_result(count: int, changes: Sequence[str]) -> dict[str, Any]:
    return {
        "valid": False,
        "language": None,
        "words": count,
        "checksum_ok": None,
        "electrum": None,
        "slip39_share": False,
        "known_public_phrase": False,
        "languages_considered": [],
        "tolerated": list(changes),
    }


def _refuse_binary(text: str) -> None:
    bad = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cs", "Co") and not c.isspace())
    if bad:
        raise BadInput.of("mnemonic.binary_input")


# ---------------------------------------------------------------- BIP39


@dataclass
class Bip39Outcome:
    language: str | None = None
    unknown: list[int] = field(default_factory=list)  # 0-based positions
    marked: list[int] = field(default_factory=list)  # 0-based positions written as "?"
    checksum_ok: bool | None = None
    ambiguous: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return bool(self.checksum_ok)


def _check_bip39(words: Sequence[str], candidates: Sequence[str]) -> Bip39Outcome:
    outcomes = [_check_in(words, lang) for lang in candidates]
    if not outcomes:
        return Bip39Outcome(unknown=list(range(len(words))))
    valid = [o for o in outcomes if o.valid]
    if len(valid) > 1:
        valid[0].ambiguous = [o.language for o in valid if o.language]
    if valid:
        return valid[0]
    if len(outcomes) > 1 and all(not o.unknown for o in outcomes):
        outcomes[0].ambiguous = [o.language for o in outcomes if o.language]
    return outcomes[0]


def _check_in(words: Sequence[str], lang: str) -> Bip39Outcome:
    index = word_index(lang)
    unknown = [i for i, w in enumerate(words) if w != PLACEHOLDER and w not in index]
    marked = [i for i, w in enumerate(words) if w == PLACEHOLDER]
    outcome = Bip39Outcome(language=lang, unknown=unknown, marked=marked)
    if not unknown and not marked and len(words) in VALID_WORD_COUNTS:
        outcome.checksum_ok = checksum_valid([index[w] for w in words])
    return outcome


def _verdict(bip39: Bip39Outcome, other: Sequence[Finding], words: Sequence[str]) -> list[Finding]:
    """The BIP39 findings; softened when the words are recognised as another kind of seed."""
    count = len(words)
    if bip39.valid:
        ok = Finding.of(
            "mnemonic.ok", OK, {"words": count, "language": bip39.language}, words=count, language=bip39.language
        )
        return [ok, *_ambiguity(bip39)]
    if any(f.severity is WARNING and f.code != "mnemonic.known_phrase" for f in other):
        return []  # an Electrum seed or a Shamir share: not BIP39, and that is fine
    found: list[Finding] = []
    if bip39.language is None:
        found.append(Finding.of("mnemonic.unknown_language", ERROR, {"words": count}))
    if count not in VALID_WORD_COUNTS:
        expected = _nearest_valid_count(count)
        found.append(
            Finding.of(
                "mnemonic.word_count",
                ERROR,
                {"words": count, "valid_counts": list(VALID_WORD_COUNTS), "expected": expected},
                words=count,
                expected=expected,
            )
        )
    if bip39.language is not None:
        found.extend(_unknown_word_findings(bip39, words))
    if bip39.marked:
        positions = [p + 1 for p in bip39.marked]
        found.append(Finding.of("mnemonic.marked_unknown", ERROR, {"positions": positions},
                                positions=", ".join(map(str, positions)), count=len(positions)))
    if bip39.checksum_ok is False:
        found.append(Finding.of("mnemonic.checksum_invalid", ERROR, {"language": bip39.language}))
    return found + _ambiguity(bip39)


def _nearest_valid_count(count: int) -> int:
    return next((n for n in VALID_WORD_COUNTS if n >= count), VALID_WORD_COUNTS[-1])


def _ambiguity(bip39: Bip39Outcome) -> list[Finding]:
    if len(bip39.ambiguous) < 2:
        return []
    return [
        Finding.of(
            "mnemonic.language_ambiguous", INFO, {"languages": bip39.ambiguous}, languages=" and ".join(bip39.ambiguous)
        )
    ]


def _unknown_word_findings(bip39: Bip39Outcome, words: Sequence[str]) -> list[Finding]:
    lang = bip39.language or "english"
    found = []
    for pos in bip39.unknown:
        word = words[pos]
        options = suggest(word, lang)
        found.append(
            Finding.of(
                "mnemonic.unknown_word",
                ERROR,
                {"position": pos + 1, "word": word, "suggestions": options},
                position=pos + 1,
                language=lang,
                suggestions=", ".join(options) if options else "none found",
            )
        )
    return found


# ---------------------------------------------------------------- other kinds of seed


def _other_kinds(words: Sequence[str], bip39_valid: bool, result: dict[str, Any]) -> list[Finding]:
    found: list[Finding] = []
    source = known_phrase_source(words)
    if source:
        result["known_public_phrase"] = True
        found.append(Finding.of("mnemonic.known_phrase", WARNING, {"source": source}, source=source))
    share = slip39.recognise_share(words)
    if share is not None and not bip39_valid:
        result["slip39_share"] = share.checksum_ok
        if share.checksum_ok:
            found.append(Finding.of("mnemonic.slip39_share", WARNING, {"words": share.words}, words=share.words))
        else:
            found.append(Finding.of("mnemonic.slip39_checksum_invalid", ERROR, {"words": share.words}))
    found.extend(_electrum_findings(words, bip39_valid, result))
    return found


def _electrum_findings(words: Sequence[str], bip39_valid: bool, result: dict[str, Any]) -> list[Finding]:
    text = " ".join(words)
    old_words = set(electrum.old_wordlist())
    if len(words) in (12, 24) and all(w in old_words for w in words) and electrum.is_old_seed(text):
        result["electrum"] = "old"
        code = "mnemonic.electrum_old_also" if bip39_valid else "mnemonic.electrum_old_seed"
        return [Finding.of(code, INFO if bip39_valid else WARNING, {"kind": "old"})]
    if not _in_one_electrum_list(words):
        return []
    kind = electrum.v2_seed_type(text)
    if not kind:
        return []
    result["electrum"] = kind
    if bip39_valid:
        return [Finding.of("mnemonic.electrum_also", INFO, {"kind": kind}, kind=kind)]
    code = "mnemonic.electrum_2fa" if kind.startswith("2fa") else "mnemonic.electrum_seed"
    return [Finding.of(code, WARNING, {"kind": kind}, kind=kind)]


def _in_one_electrum_list(words: Sequence[str]) -> bool:
    """Electrum v2 seeds are made from one of its wordlists (compared without accents)."""
    plain = [electrum.normalize_text(w) for w in words]
    return any(all(p in _electrum_plain_words(lang) for p in plain) for lang in ELECTRUM_LANGUAGES)


@cache
def _electrum_plain_words(lang: str) -> frozenset[str]:
    return frozenset(electrum.normalize_text(w) for w in word_index(lang))


# ---------------------------------------------------------------- seed for derivation

PHRASE_WORD_KEYS = ("word", "suggestions")  # secret fragments only `check mnemonic` may report


def bip39_seed(text: str, passphrase: str, language: str | None = None) -> tuple[bytes | None, list[Finding]]:
    """The BIP39 seed of a valid phrase (with a warning when it is a well-known public phrase),
    or None with findings saying why it is not valid.

    For commands other than `check mnemonic`: the findings carry positions only, never a word
    of the phrase or a suggestion for it.
    """
    from mnemonic import Mnemonic

    checked = check_mnemonic(text, language)
    if not checked.result.get("valid"):
        problems = [_without_words(f) for f in checked.findings if f.severity in (ERROR, WARNING)]
        return None, [Finding.of("derive.phrase_invalid", ERROR), *problems]
    normalized = " ".join(normalize_phrase(text).words)
    public = [f for f in checked.findings if f.code == "mnemonic.known_phrase"]  # funds there are swept
    return Mnemonic.to_seed(normalized, passphrase), public


def _without_words(f: Finding) -> Finding:
    if not any(k in f.data for k in PHRASE_WORD_KEYS):
        return f
    data = {k: v for k, v in f.data.items() if k not in PHRASE_WORD_KEYS}
    advice = tuple(a for a in f.advice if not any(str(w) in a for w in f.data.get("suggestions") or []))
    return Finding(f.code, f.severity, f.message, advice, data)
