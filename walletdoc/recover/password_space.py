"""One flat, indexable password space for `recover keystore`: sources chained, typos as sections.

`build_space` chains the sources of walletdoc.recover.passwords (wordlist first, then tokens)
and wraps them in a `TypoSpace` (see the passwords module docstring for the order); a space of
at most GLOBAL_DEDUP_SLOTS slots is then deduplicated over everything (wordlist repeats, two
bases' coinciding variants) with one pass and a bitmap of first slots that travels with it. Exact slot
counts come from one pass over the bases, kept as sparse prefix sums, so any index range can be
enumerated by any worker without the others. Candidates are secrets: this module never logs,
prints or stores one, and its reprs show sizes only.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from array import array
from collections.abc import Iterator
from typing import Any

from walletdoc.errors import BadInput
from walletdoc.recover.passwords import (
    _NEIGHBOURS,
    SPARSE,
    SUFFIXES,
    TokenSpace,
    WordlistSpace,
    parse_tokens,
    single_edits,
)

# -- one flat space: sources chained, typos as sections ---------------------------------------

MAX_TYPOS = 2
EXCLUDE_LIMIT = 200_000  # bases kept in a set so variants equal to a base are skipped
MAX_TYPO_BASES = {1: 5_000_000, 2: 200_000}  # one pass computes exact slot counts: keep it short
GLOBAL_DEDUP_SLOTS = 1_000_000  # spaces up to this size are deduplicated over all bases
KINDS = ("case", "suffix", "swap", "drop", "double", "neighbour", "inner_case")  # single_edits order


class ChainSpace:
    """Several sources one after the other (wordlist first, then tokens)."""

    def __init__(self, parts: list[Any]) -> None:
        self.parts = parts
        self.starts = list(itertools.accumulate((p.size for p in parts), initial=0))
        self.size = self.starts[-1]
        self.digest = hashlib.sha256("|".join(p.digest for p in parts).encode()).hexdigest()

    def __repr__(self) -> str:
        return f"ChainSpace(size={self.size})"

    def iter_indexed(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        for part, offset in zip(self.parts, self.starts, strict=False):
            if start < offset + part.size and stop > offset:
                for i, text in part.iter_indexed(start - offset, stop - offset):
                    yield offset + i, text


def _neighbour_count(word: str) -> int:
    return sum(len(_NEIGHBOURS.get(ch.lower(), "")) for ch in word)


def kind_counts(word: str) -> tuple[int, ...]:
    """How many strings each edit kind of `single_edits(word)` yields (exact, KINDS order)."""
    n = len(word)
    return (4 if word else 0, len(SUFFIXES), max(0, n - 1), n, n, _neighbour_count(word), max(0, n - 1))


class _Variants:
    """The one- and two-edit raw sequences of one base, with first-occurrence maps (built lazily)."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.raw1 = list(single_edits(word))
        self.first1: dict[str, int] = {}
        for q, v in enumerate(self.raw1):
            self.first1.setdefault(v, q)
        self.unique1 = [v for v in self.first1 if v != word]
        self._raw2: list[str] | None = None
        self._first2: dict[str, int] = {}

    def count2(self) -> int:
        return sum(sum(kind_counts(v)) for v in self.unique1)

    @property
    def raw2(self) -> list[str]:
        if self._raw2 is None:
            self._raw2 = [e for v in self.unique1 for e in single_edits(v)]
            for q, v in enumerate(self._raw2):
                self._first2.setdefault(v, q)
        return self._raw2

    def valid(self, layer: int, q: int) -> str | None:
        if layer == 1:
            s = self.raw1[q]
            return s if s != self.word and self.first1[s] == q else None
        s = self.raw2[q]
        return s if s != self.word and s not in self.first1 and self._first2[s] == q else None


class TypoSpace:
    """A base space plus up to `max_edits` typos of each base, one flat index, likeliest first."""

    def __init__(self, base: Any, max_edits: int) -> None:
        if not 0 <= max_edits <= MAX_TYPOS:
            raise BadInput.of("keysearch.bad_typos", maximum=MAX_TYPOS)
        if max_edits and base.size > MAX_TYPO_BASES[max_edits]:
            raise BadInput.of("keysearch.typos_too_many_bases", bases=f"{base.size:,}",
                              limit=f"{MAX_TYPO_BASES[max_edits]:,}", typos=max_edits)
        self.base = base
        self.max_edits = max_edits
        self.digest = hashlib.sha256(f"{base.digest}|typos={max_edits}".encode()).hexdigest()
        # sections: (layer, kind) ; layer 0 is the base itself
        self.sections: list[tuple[int, int]] = [(0, 0)]
        if max_edits >= 1:
            self.sections += [(1, k) for k in range(len(KINDS))]
        if max_edits >= 2:
            self.sections.append((2, 0))
        self.exclude: frozenset[str] = frozenset()
        self._cache: tuple[str, _Variants] | None = None
        self._valid: bytes | None = None  # bitmap of first slots, after dedupe_globally
        self._distinct: int | None = None
        self._prefix: list[array[int]] = []
        self._sizes: list[int] = [base.size]
        if max_edits:
            self._count_pass()
        self.starts = list(itertools.accumulate(self._sizes, initial=0))
        self.size = self.starts[-1]

    def __repr__(self) -> str:
        return f"TypoSpace(size={self.size}, max_edits={self.max_edits})"

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_cache"] = None
        return state

    def _counts(self, word: str) -> list[int]:
        kinds = list(kind_counts(word))
        if self.max_edits >= 2:
            kinds.append(self._variants(word).count2())
        return kinds

    def _count_pass(self) -> None:
        n = len(self.sections) - 1
        totals = [0] * n
        self._prefix = [array("Q") for _ in range(n)]
        keep = self.base.size <= EXCLUDE_LIMIT
        bases: set[str] = set()
        marked = 0
        for i, word in self.base.iter_indexed(0, self.base.size):
            while marked <= i // SPARSE:
                for s in range(n):
                    self._prefix[s].append(totals[s])
                marked += 1
            for s, c in enumerate(self._counts(word)):
                totals[s] += c
            if keep:
                bases.add(word)
        self._sizes += totals
        self.exclude = frozenset(bases)

    def _variants(self, word: str) -> _Variants:
        if self._cache is None or self._cache[0] != word:
            self._cache = (word, _Variants(word))
        return self._cache[1]

    def iter_indexed(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        valid = self._valid
        if valid is None:
            yield from self._iter_slots(start, stop)
            return
        for i, text in self._iter_slots(start, stop):
            if valid[i >> 3] & (1 << (i & 7)):
                yield i, text

    def dedupe_globally(self, limit: int = GLOBAL_DEDUP_SLOTS) -> bool:
        """For a space of at most `limit` slots: one pass marks the first slot of every distinct
        string (a bitmap travels with the space), so a string is tried once over all bases."""
        if self.size > limit or self._valid is not None:
            return self._valid is not None
        seen: set[str] = set()
        valid = bytearray((self.size + 7) // 8)
        for i, text in self._iter_slots(0, self.size):
            if text not in seen:
                seen.add(text)
                valid[i >> 3] |= 1 << (i & 7)
        self._valid = bytes(valid)
        self._distinct = len(seen)
        return True

    def _iter_slots(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        start, stop = max(0, start), min(self.size, stop)
        for s, (layer, kind) in enumerate(self.sections):
            lo, hi = max(start, self.starts[s]), min(stop, self.starts[s + 1])
            if lo >= hi:
                continue
            if layer == 0:
                yield from self.base.iter_indexed(lo, hi)
                continue
            offset = self.starts[s]
            for local, text in self._section(s - 1, layer, kind, lo - offset, hi - offset):
                yield offset + local, text

    def _section(self, s: int, layer: int, kind: int, lo: int, hi: int) -> Iterator[tuple[int, str]]:
        prefix = self._prefix[s]
        block = bisect.bisect_right(prefix, lo) - 1
        acc = prefix[block]
        for _, word in self.base.iter_indexed(block * SPARSE, self.base.size):
            count = self._counts(word)[s] if layer == 2 else kind_counts(word)[kind]
            if acc + count > lo:
                first = sum(kind_counts(word)[:kind]) if layer == 1 else 0
                variants = self._variants(word)
                for p in range(max(lo, acc), min(hi, acc + count)):
                    text = variants.valid(layer, first + p - acc)
                    if text is not None and text not in self.exclude:
                        yield p, text
            acc += count
            if acc >= hi:
                return

    def candidate(self, i: int) -> str | None:
        if not 0 <= i < self.size:
            raise IndexError(i)
        return next((t for _, t in self.iter_indexed(i, i + 1)), None)

    def distinct_fraction(self, samples: int = 64) -> float:
        """Share of the slots that yield a candidate: exact after dedupe_globally, else measured
        on slots spread over the space."""
        if self.size == 0:
            return 1.0
        if self._distinct is not None:
            return self._distinct / self.size
        total = yielded = 0
        step = max(1, self.size // samples)
        for start in range(0, self.size, step):
            stop = min(self.size, start + 64)
            yielded += sum(1 for _ in self.iter_indexed(start, stop))
            total += stop - start
        return yielded / max(1, total)


def build_space(wordlist: str | None, tokens_text: str | None, typos: int) -> TypoSpace:
    """The search space of `recover keystore`: wordlist then tokens, then their typos."""
    parts: list[Any] = []
    if wordlist is not None:
        parts.append(WordlistSpace(wordlist))
    if tokens_text is not None:
        parts.append(TokenSpace(parse_tokens(tokens_text)))
    if not parts:
        raise BadInput.of("keysearch.no_source")
    base = parts[0] if len(parts) == 1 else ChainSpace(parts)
    space = TypoSpace(base, typos)
    space.dedupe_globally()
    return space
