"""walletdoc.checks.mnemonic.check_mnemonic: findings and result for every kind of input."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.checks import words as W
from walletdoc.checks.mnemonic import check_mnemonic, resolve_language
from walletdoc.errors import BadInput

ABOUT = "abandon " * 11 + "about"
LEGAL = "legal winner thank year wave sausage worth useful legal winner thank yellow"
RESULT_KEYS = {
    "valid",
    "language",
    "words",
    "checksum_ok",
    "electrum",
    "slip39_share",
    "known_public_phrase",
    "languages_considered",
    "tolerated",
}


def codes(text: str, language: str | None = None) -> list[str]:
    return [f.code for f in check_mnemonic(text, language).findings]


def test_valid_phrase() -> None:
    check = check_mnemonic(LEGAL)
    assert check.valid
    assert check.result["language"] == "english" and check.result["words"] == 12
    assert check.result["checksum_ok"] is True
    assert set(check.result) == RESULT_KEYS
    json.dumps(check.result)  # JSON-serialisable


def test_public_phrases_warn() -> None:
    for phrase in (ABOUT, "test " * 11 + "junk", LEGAL):
        assert "mnemonic.known_phrase" in codes(phrase)
        assert check_mnemonic(phrase).result["known_public_phrase"] is True


def test_empty() -> None:
    assert codes("  \n\t ") == ["mnemonic.empty"]


@pytest.mark.parametrize("count", [1, 11, 13, 23, 25])
def test_word_count(count: int) -> None:
    check = check_mnemonic(" ".join(["abandon"] * count))  # ("zoo" x 13 is an Electrum seed!)
    found = [f for f in check.findings if f.code == "mnemonic.word_count"]
    assert found and found[0].data["valid_counts"] == [12, 15, 18, 21, 24]
    assert "--length" in " ".join(found[0].advice)


def test_too_many_words_is_one_finding() -> None:
    assert codes("zoo " * 500) == ["mnemonic.too_many_words"]


def test_unknown_words_each_get_a_finding() -> None:
    check = check_mnemonic("abandon abandn abandon abandon abandon abandon abandon abandon abandon abandon xyzzq about")
    unknown = [f for f in check.findings if f.code == "mnemonic.unknown_word"]
    assert [f.data["position"] for f in unknown] == [2, 11]
    assert unknown[0].data["word"] == "abandn"
    assert unknown[0].data["suggestions"][0] == "abandon"
    assert set(unknown[0].data) == {"position", "word", "suggestions"}
    for f in unknown:  # the typed word is only in data, never in the text
        assert f.data["word"] not in f.message + " ".join(f.advice)


def test_checksum_invalid() -> None:
    check = check_mnemonic("legal winner thank year wave sausage worth useful legal winner thank thank")
    assert "mnemonic.checksum_invalid" in [f.code for f in check.findings]
    assert check.result["checksum_ok"] is False and not check.valid


def test_tolerated_normalisations_are_reported() -> None:
    check = check_mnemonic("1. LEGAL 2. winner\u30003. thank year wave sausage worth useful legal winner thank yellow")
    assert check.valid
    assert {"case", "numbering", "ideographic_space"} <= set(check.result["tolerated"])
    assert "mnemonic.tolerated" in [f.code for f in check.findings]


def test_chinese_is_ambiguous_and_checked_in_both() -> None:
    check = check_mnemonic("的 的 的 的 的 的 的 的 的 的 的 在")
    assert check.valid
    assert check.result["languages_considered"] == ["chinese_simplified", "chinese_traditional"]
    assert "mnemonic.language_ambiguous" in [f.code for f in check.findings]


def test_language_option_and_aliases() -> None:
    assert resolve_language("EN") == "english"
    assert resolve_language("zh-TW") == "chinese_traditional"
    assert check_mnemonic(LEGAL, "english").valid
    assert not check_mnemonic(LEGAL, "french").valid
    with pytest.raises(BadInput):
        resolve_language("klingon")


def test_binary_input_is_bad_input() -> None:
    with pytest.raises(BadInput):
        check_mnemonic("abandon\x00about")


def test_unknown_language() -> None:
    assert "mnemonic.unknown_language" in codes("qqqq " * 12)


def test_electrum_seed_is_not_reported_as_broken_bip39() -> None:
    check = check_mnemonic("cram swing cover prefer miss modify ritual silly deliver chunk behind inform able")
    assert check.result["electrum"] == "standard"
    assert [f.code for f in check.findings] == ["mnemonic.electrum_seed"]
    assert check.findings[0].severity.value == "warning"


def test_electrum_segwit_and_2fa() -> None:
    assert (
        check_mnemonic("frost pig brisk excite novel report camera enlist axis nation novel desert").result["electrum"]
        == "segwit"
    )
    assert codes("science dawn member doll dutch real can brick knife deny drive list") == ["mnemonic.electrum_2fa"]


def test_old_electrum_seed() -> None:
    check = check_mnemonic("powerful random nobody notice nothing important anyway look away hidden message over")
    assert check.result["electrum"] == "old"
    assert "mnemonic.electrum_old_seed" in [f.code for f in check.findings]


def test_bip39_phrase_that_is_also_an_electrum_seed() -> None:
    # find a valid BIP39 phrase that is coincidentally a standard Electrum seed (~1 in 256)
    from walletdoc.checks import electrum

    for n in range(4096):
        indices = W.indices_from_entropy(n.to_bytes(16, "big"))
        phrase = W.phrase_from_indices(indices, "english")
        if electrum.v2_seed_type(phrase) == "standard":
            break
    check = check_mnemonic(phrase)
    assert check.valid and check.result["electrum"] == "standard"
    assert "mnemonic.electrum_also" in [f.code for f in check.findings]


# SLIP-39 shares from trezor/python-shamir-mnemonic vectors.json (commit 0f504b0f), vectors 1, 2, 4
SHARE = (
    "duckling enlarge academic academic agency result length solution fridge kidney coal piece deal "
    "husband erode duke ajar critical decision keyboard"
)
SHARE_BAD = SHARE.rsplit(" ", 1)[0] + " kidney"
SHARE_2 = (
    "shadow pistol academic always adequate wildlife fancy gross oasis cylinder mustang wrist rescue "
    "view short owner flip making coding armed"
)


def test_slip39_shares() -> None:
    for share in (SHARE, SHARE_2):
        check = check_mnemonic(share)
        assert check.result["slip39_share"] is True
        assert [f.code for f in check.findings] == ["mnemonic.slip39_share"]
    assert "mnemonic.slip39_checksum_invalid" in codes(SHARE_BAD)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([16, 20, 24, 28, 32]).flatmap(lambda n: st.binary(min_size=n, max_size=n)),
    st.sampled_from(W.LANGUAGES),
)
def test_random_phrases_are_valid_in_every_language(entropy: bytes, lang: str) -> None:
    phrase = W.phrase_from_indices(W.indices_from_entropy(entropy), lang)
    check = check_mnemonic(phrase)
    assert check.valid
    assert lang in check.result["languages_considered"]
    assert check_mnemonic(phrase, lang).result["language"] == lang


@settings(max_examples=80, deadline=None)
@given(
    st.binary(min_size=16, max_size=16),
    st.integers(0, 11),
    st.integers(0, 2047),
)
def test_one_changed_word_is_caught_unless_the_checksum_holds(entropy: bytes, pos: int, new: int) -> None:
    indices = W.indices_from_entropy(entropy)
    changed = list(indices)
    changed[pos] = new
    check = check_mnemonic(W.phrase_from_indices(changed, "english"), "english")
    # the checksum is 4 bits: about 1 change in 16 still passes; that case is computed, not skipped
    assert check.valid == W.checksum_valid(changed)
    if changed == indices:
        assert check.valid


def test_question_marks_keep_positions_and_point_to_recover():
    words = "phrase audit burst ? virus violin aisle like dervie weird kidney end"
    check = check_mnemonic(words)
    assert check.result["words"] == 12 and check.result["checksum_ok"] is None
    codes = {f.code: f for f in check.findings}
    assert codes["mnemonic.unknown_word"].data["position"] == 9
    assert codes["mnemonic.marked_unknown"].data["positions"] == [4]
    assert "recover mnemonic" in " ".join(codes["mnemonic.marked_unknown"].advice)
    numbered = check_mnemonic("1. phrase 2. audit 3. ?? 4. ripple")
    assert numbered.result["words"] == 4
    assert {f.code: f for f in numbered.findings}["mnemonic.marked_unknown"].data["positions"] == [3]
