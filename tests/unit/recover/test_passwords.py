"""Password candidate spaces: indexable, deterministic, deduplicated, ranges partition the space."""

from __future__ import annotations

import itertools
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.errors import BadInput
from walletdoc.recover import passwords as pw


def test_wordlist_streams_and_indexes(tmp_path) -> None:
    lines = [f"pass{i}" for i in range(300)]
    path = tmp_path / "words.txt"
    path.write_text("\n".join(lines[:150]) + "\n\n\r\n" + "\r\n".join(lines[150:]) + "\n", encoding="utf-8")
    space = pw.WordlistSpace(str(path))
    assert space.size == 300
    assert list(space.iter_range(0, space.size)) == lines
    assert [space.candidate(i) for i in (0, 63, 64, 65, 149, 150, 299)] == [lines[i] for i in (0, 63, 64, 65, 149, 150, 299)]
    assert list(space.iter_range(70, 200)) == lines[70:200]
    clone = pickle.loads(pickle.dumps(space))
    assert list(clone.iter_range(290, 400)) == lines[290:]
    with pytest.raises(IndexError):
        space.candidate(300)


def test_wordlist_non_utf8_and_missing(tmp_path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\n\xff\xfe\n")
    with pytest.raises(BadInput):
        pw.WordlistSpace(str(path))
    with pytest.raises(BadInput):
        pw.WordlistSpace(str(tmp_path / "missing.txt"))


def test_token_syntax() -> None:
    groups = pw.parse_tokens("# comment\n^ Mr|Ms\ncat|dog\n? 1|12\n$ !\n\\?x|a\\|b\n")
    assert groups[0] == pw.TokenGroup(("Mr", "Ms"), first=True)
    assert groups[2] == pw.TokenGroup(("1", "12"), optional=True)
    assert groups[3] == pw.TokenGroup(("!",), last=True)
    assert groups[4].alternatives == ("?x", "a|b")
    for bad in ("", "# only\n", "^ a\n^ b\n", "\n".join(str(i) for i in range(20))):
        with pytest.raises(BadInput):
            pw.parse_tokens(bad)


def test_token_space_orders_and_anchors() -> None:
    space = pw.TokenSpace(pw.parse_tokens("^ Mr\ncat|dog\nfish\n? 1|12\n$ !\n"))
    got = list(space.iter_range(0, space.size))
    assert got[0] == "Mrcatfish1!"  # all present, file order, first alternatives first
    assert all(c.startswith("Mr") and c.endswith("!") for c in got)
    assert set(got) == {"Mr" + "".join(p) + "!" for a in ("cat", "dog") for n in ("1", "12", None)
                        for p in itertools.permutations([a, "fish"] + ([n] if n else []))}
    assert len(got) == len(set(got))


def test_token_space_deduplicates_ambiguous_splits() -> None:
    space = pw.TokenSpace(pw.parse_tokens("a\nab|b\n? b\n"))
    got = list(space.iter_range(0, space.size))
    assert len(got) == len(set(got))
    assert set(got) == {space.raw_candidate(i) for i in range(space.size)}


token = st.text(alphabet="abAB1!", min_size=1, max_size=3)
group_lines = st.lists(
    st.tuples(st.sampled_from(["", "? "]), st.lists(token, min_size=1, max_size=3)),
    min_size=1, max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(group_lines, st.data())
def test_token_space_properties(lines, data) -> None:
    text = "\n".join(flag + "|".join(alts) for flag, alts in lines)
    space = pw.TokenSpace(pw.parse_tokens(text))
    full = list(space.iter_range(0, space.size))
    assert len(full) == len(set(full))  # no duplicates
    assert full == list(pw.TokenSpace(pw.parse_tokens(text)).iter_range(0, space.size))  # deterministic
    assert set(full) == {space.raw_candidate(i) for i in range(space.size)}
    cuts = sorted(data.draw(st.lists(st.integers(0, space.size), max_size=4)))
    bounds = [0, *cuts, space.size]
    parts = [c for a, b in itertools.pairwise(bounds) for c in space.iter_range(a, b)]
    assert parts == full  # ranges partition the space
    assert pickle.loads(pickle.dumps(space)).size == space.size


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcXY12!", max_size=8), st.integers(0, 2))
def test_typo_variants(word, edits) -> None:
    variants = pw.TypoVariants(edits).variants(word)
    assert variants[0] == word
    assert len(variants) == len(set(variants))
    assert variants == pw.TypoVariants(edits).variants(word)
    if edits >= 1 and word:
        assert word.upper() in variants and word + "1" in variants and word[1:] in variants
    if edits == 0:
        assert variants == [word]


def test_typos_likeliest_first() -> None:
    variants = pw.TypoVariants(2).variants("secret")
    one = set(pw.TypoVariants(1).variants("secret"))
    assert set(variants[: len(one)]) == one  # every one-edit variant before any two-edit one
    assert variants.index("Secret") < variants.index("sexret") and "secrwt" in one and "secert" in one


def test_wordlist_digest_and_indexed(tmp_path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(b"alpha\n\nbeta\r\ngamma")
    space = pw.WordlistSpace(str(path))
    assert list(space.iter_indexed(1, 3)) == [(1, "beta"), (2, "gamma")]
    import hashlib

    assert space.digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "alpha" not in repr(space)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n\r\n")
    with pytest.raises(BadInput) as exc:
        pw.WordlistSpace(str(empty))
    assert exc.value.code == "keysearch.wordlist_empty"


def test_token_space_repr_and_digest_hide_tokens() -> None:
    space = pw.TokenSpace(pw.parse_tokens("hunter|Hunter\n? 2\n"))
    assert "hunter" not in repr(space).lower() and "hunter" not in space.digest
    assert [i for i, _ in space.iter_indexed(0, space.size)] == list(range(space.size))


def test_small_wordlist_travels_inline_large_one_by_path(tmp_path, monkeypatch) -> None:
    path = tmp_path / "w.txt"
    path.write_text("\n".join(f"w{i}" for i in range(200)) + "\n", encoding="utf-8")
    small = pickle.loads(pickle.dumps(pw.WordlistSpace(str(path))))
    monkeypatch.setattr(pw, "INLINE_BYTES", 100)
    large = pickle.loads(pickle.dumps(pw.WordlistSpace(str(path))))
    expected = [f"w{i}" for i in range(130, 200)]
    assert list(large.iter_range(130, 200)) == expected
    path.unlink()
    assert list(small.iter_range(130, 200)) == expected  # another machine: no file needed
