from walletdoc.checks.words import word_index
from walletdoc.recover.spaces import MnemonicSpace
from walletdoc.recover.spec import parse_phrase

from ._fixtures import damaged, phrase

M = phrase()
IDX = word_index("english")
TRUE = tuple(IDX[w] for w in M.split())


def find(space, words):
    # the candidate's index, scanning sub-spaces (small spaces only)
    for n in range(space.size):
        if space.candidate(n)[0] == words:
            return n
    return None


def test_unknown_choice_and_indexing():
    p, _ = parse_phrase(damaged(M, w2="?", w5=M.split()[5] + "|abandon"))
    s = MnemonicSpace(p)
    assert s.size == 2048 * 2
    assert find(s, TRUE) is not None
    assert list(s.segments(0, s.size)) == [(0, 0, s.size)]


def test_missing_word_unknown_position_every_position_tried():
    words = M.split()
    p, _ = parse_phrase(" ".join(words[:4] + words[5:]))
    s = MnemonicSpace(p)
    assert s.size == 12 * 2048 and len(s.subspaces) == 12
    assert find(s, TRUE) is not None


def test_wrong_and_swaps_ordered_fewest_changes_first():
    words = M.split()
    words[3], words[4] = words[4], words[3]
    p, _ = parse_phrase(" ".join(words), max_swaps=1)
    s = MnemonicSpace(p)
    assert s.candidate(0)[0] != TRUE  # the phrase as given comes first
    assert s.subspaces[0].changes == 0 and s.subspaces[-1].changes == 1
    assert find(s, TRUE) is not None
    wrong = M.split()
    wrong[6] = "zoo"
    p, _ = parse_phrase(" ".join(wrong), max_wrong=1)
    s = MnemonicSpace(p)
    assert s.size == 1 + 12 * 2047
    n = find(s, TRUE)
    assert n is not None and s.subspaces[s.locate(n)[0]].changes == 1


def test_typo_levels_likeliest_first_and_passphrases():
    p, _ = parse_phrase(damaged(M, w0=M.split()[0][:-1] + "x"))
    s = MnemonicSpace(p, n_passphrases=2)
    levels = [sub.level for sub in s.subspaces]
    assert levels == sorted(levels)
    assert [sub.passphrase for sub in s.subspaces[:2]] == [0, 1]
    assert find(s, TRUE) is not None


def test_segments_cover_ranges_exactly():
    words = M.split()
    p, _ = parse_phrase(" ".join(words[:11]))
    s = MnemonicSpace(p)
    segs = list(s.segments(1000, 9000))
    assert sum(b - a for _, a, b in segs) == 8000
    assert segs[0] == (0, 1000, 2048) and segs[-1][0] == 4
