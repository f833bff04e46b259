"""The flat password space: exact slot counts, likeliest first, ranges partition it, matches TypoVariants."""

from __future__ import annotations

import itertools
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.errors import BadInput
from walletdoc.recover import password_space as ps
from walletdoc.recover import passwords as pw


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=10))
def test_kind_counts_are_exact(word) -> None:
    assert sum(ps.kind_counts(word)) == len(list(pw.single_edits(word)))


def tokens(text: str, typos: int) -> ps.TypoSpace:
    return ps.TypoSpace(pw.TokenSpace(pw.parse_tokens(text)), typos)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abAB1!", min_size=1, max_size=5), st.integers(0, 2))
def test_one_base_yields_exactly_the_typo_variants(word, edits) -> None:
    space = tokens(word.replace("|", ""), edits)
    got = [t for _, t in space.iter_indexed(0, space.size)]
    assert len(got) == len(set(got))
    assert set(got) == set(pw.TypoVariants(edits).variants(word))


def test_order_base_then_one_edit_by_kind_then_two_edits() -> None:
    space = tokens("cat|dog\n? 1\n", 2)
    got = [t for _, t in space.iter_indexed(0, space.size)]
    bases = {"cat1", "dog1", "1cat", "1dog", "cat", "dog"}
    assert set(got[:6]) == bases
    one = set().union(*(pw.TypoVariants(1).variants(b) for b in bases)) - bases
    layer2 = space.starts[-2]  # the two-edit section starts here
    first = [t for i, t in space.iter_indexed(6, layer2)]
    assert set(first) == one  # every one-edit variant before any two-edit one
    assert len(first) - len(one) <= 6  # two bases' variants that coincide are tried twice (documented)
    assert not {t for _, t in space.iter_indexed(layer2, space.size)} & bases
    assert got.index("CAT1") < got.index("cat1!") < got.index("act1")  # case, then suffix, then swap (all bases)
    assert got.index("DOG1") < got.index("cat1!")


def test_ranges_partition_and_indexes_are_stable(tmp_path) -> None:
    words = tmp_path / "w.txt"
    words.write_text("\n".join(f"pw{i}" for i in range(150)) + "\n", encoding="utf-8")
    base = ps.ChainSpace([pw.WordlistSpace(str(words)), pw.TokenSpace(pw.parse_tokens("ab|c\n? 9\n"))])
    space = ps.TypoSpace(base, 1)
    full = list(space.iter_indexed(0, space.size))
    assert [i for i, _ in full] == sorted(i for i, _ in full)
    for cuts in ([1, 2, 3], [149, 150, 151, 155], list(range(0, space.size, 997)), [space.size // 2]):
        bounds = sorted({0, *cuts, space.size})
        assert [x for a, b in itertools.pairwise(bounds) for x in space.iter_indexed(a, b)] == full
    clone = pickle.loads(pickle.dumps(space))
    assert list(clone.iter_indexed(400, 900)) == [x for x in full if 400 <= x[0] < 900]
    i, text = full[len(full) // 2]
    assert space.candidate(i) == text
    assert "pw1" not in repr(space) and "pw1" not in repr(base)


def test_variant_equal_to_a_base_is_skipped(tmp_path) -> None:
    words = tmp_path / "w.txt"
    words.write_text("secret\nSecret\nsecret1\n", encoding="utf-8")
    space = ps.TypoSpace(pw.WordlistSpace(str(words)), 1)
    got = [t for _, t in space.iter_indexed(0, space.size)]
    assert got[:3] == ["secret", "Secret", "secret1"]
    assert got.count("Secret") == 1 and got.count("secret1") == 1
    assert 0 < space.distinct_fraction() < 1


def test_digest_covers_sources_and_typos(tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("one\ntwo\n")
    b.write_text("one\nTwo\n")
    digests = {ps.build_space(str(a), None, 0).digest, ps.build_space(str(b), None, 0).digest,
               ps.build_space(str(a), None, 1).digest, ps.build_space(str(a), "x\n", 0).digest}
    assert len(digests) == 4
    assert ps.build_space(str(a), None, 1).digest == ps.build_space(str(a), None, 1).digest
    assert all("one" not in d for d in digests)


def test_bad_inputs(tmp_path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_text("\n\n")
    with pytest.raises(BadInput) as exc:
        ps.build_space(str(empty), None, 0)
    assert exc.value.code == "keysearch.wordlist_empty"
    with pytest.raises(BadInput) as exc:
        ps.build_space(None, None, 0)
    assert exc.value.code == "keysearch.no_source"
    with pytest.raises(BadInput) as exc:
        ps.build_space(None, "a\n", 3)
    assert exc.value.code == "keysearch.bad_typos"
    with pytest.raises(BadInput) as exc:
        ps.build_space(None, "\n".join("a|b|c|d|e|f|g|h|i" for _ in range(7)), 2)
    assert exc.value.code == "keysearch.typos_too_many_bases"


def test_global_dedupe_tries_each_string_once(tmp_path) -> None:
    words = tmp_path / "w.txt"
    words.write_text("cat1\ndog\ncat1\nCat1\n", encoding="utf-8")
    plain = ps.TypoSpace(ps.ChainSpace([pw.WordlistSpace(str(words)), pw.TokenSpace(pw.parse_tokens("cat|dog\n? 1\n"))]), 2)
    space = ps.build_space(str(words), "cat|dog\n? 1\n", 2)
    assert space.size == plain.size and space.digest == plain.digest
    full = list(space.iter_indexed(0, space.size))
    texts = [t for _, t in full]
    assert len(texts) == len(set(texts)) == space.distinct_fraction() * space.size
    assert set(texts) == {t for _, t in plain.iter_indexed(0, plain.size)}
    assert texts[:3] == ["cat1", "dog", "Cat1"]  # the repeated line is tried once, at its first place
    clone = pickle.loads(pickle.dumps(space))
    bounds = [0, 5, 77, 1000, space.size // 2, space.size]
    assert [x for a, b in itertools.pairwise(bounds) for x in clone.iter_indexed(a, b)] == full
    big = ps.TypoSpace(pw.TokenSpace(pw.parse_tokens("cat|dog\n")), 1)
    assert big.dedupe_globally(limit=10) is False and big.distinct_fraction() <= 1
