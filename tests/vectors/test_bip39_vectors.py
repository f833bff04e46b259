"""Every official BIP39 vector (10 languages, "TREZOR") and Japanese NFKD vector."""

from __future__ import annotations

import pytest

from walletdoc.vectors import suite_bip39

VECTORS = suite_bip39.all_vectors()


def test_vector_counts() -> None:
    assert len(suite_bip39.bip39_vectors()) == 240
    assert len(suite_bip39.japanese_vectors()) == 24


@pytest.mark.parametrize("vector", VECTORS, ids=[v.name for v in VECTORS])
def test_vector(vector: suite_bip39.Bip39Vector) -> None:
    assert suite_bip39.check_vector(vector) is None


def test_wordlists_match_bitcoin_bips() -> None:
    assert suite_bip39.check_wordlists() == []


def test_suite_runs_clean() -> None:
    assert suite_bip39.NAME == "bip39"
