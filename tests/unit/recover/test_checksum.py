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


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([12, 15, 24]), st.data())
def test_survivors_with_fixed_tail_match_brute_force(length, data):
    """The fastest-varying slot before a fixed tail (unknowns at known positions, last word given)."""
    rnd = data.draw(st.randoms(use_true_random=False))
    options = [(rnd.randrange(2048),) for _ in range(length)]
    f = data.draw(st.integers(0, length - 2))
    options[f] = tuple(rnd.sample(range(2048), data.draw(st.integers(2, 300))))
    if f > 0 and data.draw(st.booleans()):
        options[rnd.randrange(f)] = tuple(rnd.sample(range(2048), 3))
    size = 1
    for o in options:
        size *= len(o)
    start = data.draw(st.integers(0, size - 1))
    stop = min(size, start + data.draw(st.integers(1, 2000)))
    filt = ChecksumFilter(length)
    expect = []
    for n in range(start, stop):
        words, rest = [], n
        for o in reversed(options):
            rest, d = divmod(rest, len(o))
            words.append(o[d])
        cand = tuple(reversed(words))
        if checksum_valid(list(cand)):
            expect.append((n, cand))
    assert list(filt.survivors(options, start, stop)) == expect
