"""Electrum's own seed vectors (transcribed in walletdoc/vectors/suite_electrum.py)."""

from __future__ import annotations

import pytest

from walletdoc.vectors import suite_electrum as S


@pytest.mark.parametrize("case", S.SEED_CASES, ids=[c.name for c in S.SEED_CASES])
def test_seed_case(case: S.SeedCase) -> None:
    assert S.check_seed_case(case) is None


@pytest.mark.parametrize(("text", "kind"), S.SEED_TYPES)
def test_seed_type(text: str, kind: str) -> None:
    assert S.check_seed_type(text, kind) is None


def test_old_decode_and_standard_xprv() -> None:
    assert S.check_old_decode() is None
    assert S.check_standard_xprv() is None


def test_run() -> None:
    passed, failed, failures = S.run()
    assert (failed, failures) == (0, [])
    assert passed == len(S.SEED_CASES) + len(S.SEED_TYPES) + 2
