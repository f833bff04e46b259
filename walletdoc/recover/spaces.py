"""Indexable candidate spaces for a damaged phrase, likeliest first.

`MnemonicSpace` composes the damage kinds — unknown words, choices, typos, missing words
at unknown positions, wrong words, swapped neighbours, passphrase candidates — into an
ordered list of sub-spaces, each a mixed-radix product of per-position word options.
Sub-spaces are ordered by (changes assumed, typo cost level, passphrase); a global index
maps to one candidate. A new damage kind is a new way to make sub-spaces, nothing else.
Holds word indices (secret): nothing here prints, logs or reprs them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, product

from walletdoc.checks import words as _words
from walletdoc.errors import BadInput
from walletdoc.recover.spec import DamagedPhrase, Slot

ALL_WORDS: tuple[int, ...] = tuple(range(2048))
MAX_SUBSPACES = 200_000
TYPO_LEVEL_CUTS = (1.0, 2.0)  # typo options with cost <= 1 first, then <= 2, then the rest


@dataclass(frozen=True)
class SubSpace:
    options: tuple[tuple[int, ...], ...]  # per final position, likeliest first
    passphrase: int  # index into the spec's passphrases
    changes: int  # wrong words + swaps assumed
    level: int  # sum of typo cost levels
    size: int

    def __repr__(self) -> str:
        return f"SubSpace(size={self.size}, changes={self.changes}, level={self.level})"


def _typo_levels(slot: Slot) -> list[tuple[int, tuple[int, ...]]]:
    """A typo slot split into (level, options) groups by cost."""
    if slot.kind != "typo" or not slot.costs:
        return [(0, slot.options)]
    groups: dict[int, list[int]] = {}
    for w, c in zip(slot.options, slot.costs, strict=True):
        level = next((i for i, cut in enumerate(TYPO_LEVEL_CUTS) if c <= cut), len(TYPO_LEVEL_CUTS))
        groups.setdefault(level, []).append(w)
    return [(lv, tuple(ws)) for lv, ws in sorted(groups.items())]


def _wrong_options(word: int, lang: str) -> tuple[int, ...]:
    """Every other word, similar-looking words first."""
    wl = _words.wordlist(lang)
    near: list[int] = []
    index = _words.word_index(lang)
    for cand, _cost in _words.typo_candidates(wl[word], lang, max_distance=2):
        j = index.get(cand)
        if j is not None and j != word and j not in near:
            near.append(j)
    seen = set(near) | {word}
    return tuple(near) + tuple(w for w in ALL_WORDS if w not in seen)


def _swap_sets(n: int, max_swaps: int) -> list[tuple[int, ...]]:
    """Sets of non-overlapping adjacent pairs (by left position), fewest first."""
    out: list[tuple[int, ...]] = [()]
    for k in range(1, max_swaps + 1):
        for combo in combinations(range(n - 1), k):
            if all(b - a >= 2 for a, b in zip(combo, combo[1:], strict=False)):
                out.append(combo)
    return out


def _layouts(phrase: DamagedPhrase) -> Iterator[tuple[list[Slot | None], int]]:
    """Given slots placed among missing ones (None), then swaps applied: (slots, swaps)."""
    n = phrase.length
    for missing_at in combinations(range(n), phrase.missing):
        given = iter(phrase.slots)
        base: list[Slot | None] = [None if p in missing_at else next(given) for p in range(n)]
        for swaps in _swap_sets(n, phrase.max_swaps):
            layout = list(base)
            useful = True
            for a in swaps:
                if layout[a] is None or layout[a + 1] is None or layout[a] == layout[a + 1]:
                    useful = False
                    break
                layout[a], layout[a + 1] = layout[a + 1], layout[a]
            if useful:
                yield layout, len(swaps)


class MnemonicSpace:
    """Every candidate (word indices, passphrase index), likeliest first, by global index."""

    def __init__(self, phrase: DamagedPhrase, n_passphrases: int = 1) -> None:
        self.phrase = phrase
        self.n_passphrases = n_passphrases
        wrong_cache: dict[int, tuple[int, ...]] = {}
        order = 0
        keyed: list[tuple[tuple[int, int, int, int], SubSpace]] = []
        for layout, n_swaps in _layouts(phrase):
            known_at = [p for p, s in enumerate(layout) if s is not None and s.kind == "known"]
            for k in range(phrase.max_wrong + 1):
                for wrong in combinations(known_at, k):
                    per_pos: list[list[tuple[int, tuple[int, ...]]]] = []
                    for p, s in enumerate(layout):
                        if s is None:
                            per_pos.append([(0, ALL_WORDS)])
                        elif p in wrong:
                            w = s.options[0]
                            if w not in wrong_cache:
                                wrong_cache[w] = _wrong_options(w, phrase.language)
                            per_pos.append([(0, wrong_cache[w])])
                        else:
                            per_pos.append(_typo_levels(s))
                    for choice in product(*per_pos):
                        level = sum(lv for lv, _ in choice)
                        options = tuple(opts for _, opts in choice)
                        size = 1
                        for o in options:
                            size *= len(o)
                        for pp in range(n_passphrases):
                            sub = SubSpace(options, pp, n_swaps + k, level, size)
                            keyed.append(((sub.changes, level, pp, order), sub))
                            order += 1
                            if order > MAX_SUBSPACES:
                                raise BadInput.of("recover.too_complex")
        keyed.sort(key=lambda t: t[0])
        self.subspaces = [sub for _, sub in keyed]
        self.offsets: list[int] = []
        total = 0
        for sub in self.subspaces:
            self.offsets.append(total)
            total += sub.size
        self.size = total

    def __repr__(self) -> str:
        return f"MnemonicSpace(size={self.size}, subspaces={len(self.subspaces)})"

    def locate(self, index: int) -> tuple[int, int]:
        """(sub-space number, index inside it) of a global index."""
        if not 0 <= index < self.size:
            raise IndexError(index)
        k = bisect.bisect_right(self.offsets, index) - 1
        return k, index - self.offsets[k]

    def candidate(self, index: int) -> tuple[tuple[int, ...], int]:
        """(word indices, passphrase index) of a global index."""
        k, local = self.locate(index)
        sub = self.subspaces[k]
        words: list[int] = []
        for opts in reversed(sub.options):
            local, d = divmod(local, len(opts))
            words.append(opts[d])
        return tuple(reversed(words)), sub.passphrase

    def segments(self, start: int, stop: int) -> Iterator[tuple[int, int, int]]:
        """(sub-space number, local start, local stop) pieces covering [start, stop)."""
        stop = min(stop, self.size)
        while start < stop:
            k, local = self.locate(start)
            take = min(stop - start, self.subspaces[k].size - local)
            yield k, local, local + take
            start += take


def word_bytes(lang: str) -> list[bytes]:
    """NFKD UTF-8 bytes of each word (what the BIP39 seed hashes)."""
    import unicodedata

    return [unicodedata.normalize("NFKD", w).encode() for w in _words.wordlist(lang)]


def phrase_text(indices: Sequence[int], lang: str) -> str:
    wl = _words.wordlist(lang)
    sep = "\u3000" if lang == "japanese" else " "
    return sep.join(wl[i] for i in indices)
