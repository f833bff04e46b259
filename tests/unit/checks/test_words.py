"""walletdoc.checks.words: wordlists, normalisation, detection, suggestions, checksum."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from walletdoc.checks import words as W


@pytest.mark.parametrize("lang", W.LANGUAGES)
def test_wordlists_are_the_official_files(lang: str) -> None:
    assert hashlib.sha256(W.wordlist_bytes(lang)).hexdigest() == W.WORDLIST_SHA256[lang]
    words = W.wordlist(lang)
    assert len(words) == 2048 and len(set(words)) == 2048
    assert all(unicodedata.is_normalized("NFKD", w) for w in words)
    assert W.word_index(lang)[words[1234]] == 1234


def test_lists_are_cached() -> None:
    assert W.wordlist("english") is W.wordlist("english")
    assert W.word_index("french") is W.word_index("french")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        W.wordlist("klingon")


def test_english_words_are_unique_in_their_first_four_letters() -> None:
    assert len({w[:4] for w in W.wordlist("english")}) == 2048


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("ABANDON Abandon about", "case"),
        ("abandon\tabandon\n\nabout  ", "whitespace"),
        ("abandon\u3000abandon\u3000about", "ideographic_space"),
        ("1. abandon 2. abandon 3. about", "numbering"),
        ("1) abandon 2) abandon 3) about", "numbering"),
        ("1.abandon 2.abandon 3.about", "numbering"),
        ("abandon, abandon, about.", "punctuation"),
        ("abandon,abandon,about", "punctuation"),
    ],
)
def test_normalisation_is_tolerated_and_reported(text: str, change: str) -> None:
    phrase = W.normalize_phrase(text)
    assert phrase.words == ["abandon", "abandon", "about"]
    assert change in phrase.changes


def test_clean_phrase_reports_nothing() -> None:
    phrase = W.normalize_phrase("abandon abandon about")
    assert phrase.changes == []


def test_nfc_input_is_normalised_to_nfkd() -> None:
    nfc = unicodedata.normalize("NFC", "almíbar tibio")
    phrase = W.normalize_phrase(nfc)
    assert phrase.words[0] in W.word_index("spanish")
    assert "unicode_form" in phrase.changes


def test_unspaced_chinese_is_split_into_characters() -> None:
    phrase = W.normalize_phrase("的的的的的的的的的的的在")
    assert phrase.words == ["的"] * 11 + ["在"]
    assert "cjk_unspaced" in phrase.changes


# ---------------------------------------------------------------- detection


def test_detect_english() -> None:
    assert W.detect_languages(["abandon", "about", "zoo"]) == ["english"]


def test_detect_returns_both_chinese_lists_when_ambiguous() -> None:
    assert W.detect_languages(["的", "在"]) == ["chinese_simplified", "chinese_traditional"]


def test_detect_nothing() -> None:
    assert W.detect_languages(["qqqq", "zzzz"]) == []


# ---------------------------------------------------------------- suggestions


def test_missing_letter_suggests_the_word_first() -> None:
    assert W.suggest("abandn", "english")[0] == "abandon"


def test_prefix_suggests_the_completion_first() -> None:
    assert W.suggest("aband", "english")[0] == "abandon"


def test_four_letter_prefix_rule() -> None:
    assert W.suggest("abanxxxx", "english")[0] == "abandon"


def test_transposition_counts_one() -> None:
    assert W.edit_cost("abnadon", "abandon") == 1.0
    assert W.suggest("abnadon", "english")[0] == "abandon"


def test_qwerty_neighbour_ranks_above_a_far_key() -> None:
    # "r" is next to "t" on a QWERTY keyboard, "l" is far from it
    assert W.edit_cost("tesr", "test") == W.NEIGHBOUR_COST
    assert W.edit_cost("tesl", "test") == 1.0
    assert W.suggest("tesr", "english")[0] == "test"
    # "sanf": "sand" (d next to f) ranks above "sane"/"sang"/"salt" (far keys)
    ranked = W.suggest("sanf", "english")
    assert ranked[0] == "sand"


def test_lost_accent_is_nearly_free() -> None:
    assert W.suggest("almibar", "spanish")[0] == unicodedata.normalize("NFKD", "almíbar")


def test_suggest_limit_and_empty() -> None:
    assert len(W.suggest("a", "english", limit=3)) <= 3
    assert W.suggest("", "english") == []


def test_cjk_suggestions_are_sub_matches_only() -> None:
    assert W.suggest("的在", "chinese_simplified") == ["的", "在"]
    assert W.suggest("x", "chinese_simplified") == []


def test_typo_candidates_sorted_by_cost() -> None:
    found = W.typo_candidates("abandn", "english")
    assert found[0] == ("abandon", 1.0)
    costs = [c for _, c in W.typo_candidates("cat", "english")]
    assert costs == sorted(costs)
    assert ("cat", 0.0) in W.typo_candidates("cat", "english")


# ---------------------------------------------------------------- checksum


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([16, 20, 24, 28, 32]).flatmap(lambda n: st.binary(min_size=n, max_size=n)))
def test_indices_match_python_mnemonic(entropy: bytes) -> None:
    indices = W.indices_from_entropy(entropy)
    assert W.phrase_from_indices(indices, "english") == Mnemonic("english").to_mnemonic(entropy)
    assert W.checksum_valid(indices)
    assert W.entropy_from_indices(indices) == entropy


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2047), min_size=12, max_size=12))
def test_checksum_agrees_with_python_mnemonic(indices: list[int]) -> None:
    phrase = W.phrase_from_indices(indices, "english")
    assert W.checksum_valid(indices) == Mnemonic("english").check(phrase)


def test_checksum_rejects_bad_lengths_and_indices() -> None:
    assert not W.checksum_valid([0] * 11)
    with pytest.raises(ValueError):
        W.checksum_valid([2048] * 12)
    with pytest.raises(ValueError):
        W.entropy_from_indices([0] * 13)
    with pytest.raises(ValueError):
        W.indices_from_entropy(b"\x00" * 15)
