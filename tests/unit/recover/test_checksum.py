from hypothesis import given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic

from walletdoc.checks.words import checksum_valid
from walletdoc.recover.checksum import ChecksumFilter

ALL = tuple(range(2048))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([12, 15, 18, 21, 24]), st.lists(st.integers(0, 2047), min_size=24, max_size=24))
def test_valid_matches_reference(length, words):
    idx = words[:length]
    assert ChecksumFilter(length).valid(idx) == checksum_valid(idx)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([12, 24]), st.binary(min_size=32, max_size=32), st.integers(0, 2047), st.integers(0, 2047))
def test_survivors_are_exactly_the_valid_ones(length, entropy, a, b):
    m = Mnemonic("english")
    words = m.to_mnemonic(entropy[: length * 4 // 3]).split()
    wl = {w: i for i, w in enumerate(m.wordlist)}
    idx = [wl[w] for w in words]
    # unknown at position 3 and at the last position, a slice of the space
    options = [(i,) for i in idx]
    options[3] = ALL
    options[-1] = ALL
    f = ChecksumFilter(length)
    size = 2048 * 2048
    start, stop = sorted((a * 2048 + b, a * 2048 + b + 5000))
    got = list(f.survivors(options, start, min(stop, size)))
    expect = []
    for n in range(start, min(stop, size)):
        cand = list(idx)
        cand[3], cand[-1] = divmod(n, 2048)
        if checksum_valid(cand):
            expect.append((n, tuple(cand)))
    assert got == expect


def test_last_word_full_slot_gives_exactly_2_pow_11_minus_cs():
    f = ChecksumFilter(12)
    options = [(5,)] * 11 + [ALL]
    assert len(list(f.survivors(options, 0, 2048))) == 128
    assert f.count_survivors(options) == (128, True)
    f24 = ChecksumFilter(24)
    assert len(list(f24.survivors([(7,)] * 23 + [ALL], 0, 2048))) == 8


def test_small_slices_and_empty_range():
    f = ChecksumFilter(12)
    options = [(5,)] * 11 + [ALL]
    all_ = list(f.survivors(options, 0, 2048))
    pieces = [s for lo in range(0, 2048, 7) for s in f.survivors(options, lo, min(2048, lo + 7))]
    assert pieces == all_
    assert list(f.survivors(options, 10, 10)) == []
