"""walletdoc.checks.electrum and slip39 recognisers (the full vector list is in tests/vectors)."""

from __future__ import annotations

from walletdoc.checks import electrum, slip39


def test_normalize_text_like_electrum() -> None:
    assert electrum.normalize_text("  Almíbar   TIBIO ") == "almibar tibio"
    assert electrum.normalize_text("眼 悲 叛") == "眼悲叛"  # spaces between CJK dropped
    assert electrum.normalize_text("あい\u3000うえ") == "あいうえ"


def test_old_wordlist() -> None:
    words = electrum.old_wordlist()
    assert len(words) == 1626 == len(set(words))
    assert words[0] == "like" and words[-1] == "weary"


def test_seed_types() -> None:
    assert (
        electrum.seed_type("cram swing cover prefer miss modify ritual silly deliver chunk behind inform able")
        == "standard"
    )
    assert electrum.seed_type("abandon bike") == "segwit"
    assert electrum.seed_type("0123456789ABCDEF" * 2) == "old"  # hex old seed
    assert electrum.seed_type("like " * 18) == ""


def test_rs1024_detects_a_changed_word() -> None:
    share = (
        "duckling enlarge academic academic agency result length solution fridge kidney coal piece deal "
        "husband erode duke ajar critical decision keyboard"
    ).split()
    found = slip39.recognise_share(share)
    assert found is not None and found.checksum_ok and not found.extendable
    share[5] = "academic"
    found = slip39.recognise_share(share)
    assert found is not None and not found.checksum_ok
    assert slip39.recognise_share(["academic"] * 12) is None
