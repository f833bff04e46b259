"""The BIP39 checksum filter by bit arithmetic: at most one sha256 per candidate, often far fewer.

A phrase of L words is L*11 bits: the entropy, then cs = L/3 checksum bits. Word w at
position p contributes `w << 11*(L-1-p)`. For the last position only the top 11-cs bits
are entropy, so for a fixed prefix exactly one word in each group of 2^cs passes: the
filter hashes once per group present in the slot, not once per word. Pure functions on
word indices; never turns them into text and never logs them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence


class ChecksumFilter:
    """Survivors of the checksum within a mixed-radix product of per-position options."""

    def __init__(self, length: int) -> None:
        if length % 3 or not 12 <= length <= 24:
            raise ValueError("length must be 12, 15, 18, 21 or 24")
        self.length = length
        self.cs = length // 3
        self.ent_bytes = (length * 11 - self.cs) // 8
        self.shifts = tuple(11 * (length - 1 - p) for p in range(length))

    def valid(self, indices: Sequence[int]) -> bool:
        """Whether a full phrase (word indices) has a valid checksum."""
        total = 0
        for w, s in zip(indices, self.shifts, strict=True):
            total |= w << s
        entropy = total >> self.cs
        digest = hashlib.sha256(entropy.to_bytes(self.ent_bytes, "big")).digest()
        return (total & ((1 << self.cs) - 1)) == digest[0] >> (8 - self.cs)

    def survivors(
        self, options: Sequence[Sequence[int]], start: int, stop: int
    ) -> Iterator[tuple[int, tuple[int, ...]]]:
        """(local index, word indices) of candidates in [start, stop) whose checksum is valid.

        Candidates are numbered in mixed radix over `options`, the last position fastest.
        """
        if start >= stop:
            return
        f = max((p for p, o in enumerate(options) if len(o) > 1), default=len(options) - 1)
        if f == len(options) - 1:
            yield from self._survivors_last(options, start, stop)
        else:
            yield from self._survivors_inner(options, f, start, stop)

    def _survivors_inner(
        self, options: Sequence[Sequence[int]], f: int, start: int, stop: int
    ) -> Iterator[tuple[int, tuple[int, ...]]]:
        """The fastest-varying position f is not the last: the checksum bits (in the last word)
        are fixed, so one sha256 per candidate over a precomputed table of f's contributions."""
        cs, nb, sha256, drop = self.cs, self.ent_bytes, hashlib.sha256, 8 - self.cs
        inner = options[f]
        radix = len(inner)
        table = [(w << self.shifts[f]) >> cs for w in inner]  # exact: shifts[f] >= 11 > cs
        suffix = tuple(o[0] for o in options[f + 1 :])
        fixed = 0
        for p in range(f + 1, len(options)):
            fixed |= options[p][0] << self.shifts[p]
        check = fixed & ((1 << cs) - 1)
        prefix_opts = options[:f]
        radices = [len(o) for o in prefix_opts]
        q, q_last = start // radix, (stop - 1) // radix
        digits = _digits(q, radices)
        while q <= q_last:
            lo = start - q * radix if q * radix < start else 0
            hi = stop - q * radix if q == q_last else radix
            total = fixed
            for p, d in enumerate(digits):
                total |= prefix_opts[p][d] << self.shifts[p]
            head = total >> cs
            found = [i for i in range(lo, hi)
                     if sha256((head | table[i]).to_bytes(nb, "big")).digest()[0] >> drop == check]
            if found:
                prefix = tuple(o[d] for o, d in zip(prefix_opts, digits, strict=True))
                base = q * radix
                for i in found:
                    yield base + i, prefix + (inner[i],) + suffix
            q += 1
            _increment(digits, radices)

    def _survivors_last(
        self, options: Sequence[Sequence[int]], start: int, stop: int
    ) -> Iterator[tuple[int, tuple[int, ...]]]:
        cs, ent_bytes, sha256 = self.cs, self.ent_bytes, hashlib.sha256
        last = options[-1]
        radix = len(last)
        lowmask = (1 << cs) - 1
        pos_of = {w: i for i, w in enumerate(last)}
        groups = sorted({w >> cs for w in last})
        prefix_opts = options[:-1]
        radices = [len(o) for o in prefix_opts]
        digits = _digits(start // radix, radices)
        q_last = (stop - 1) // radix
        q = start // radix
        while q <= q_last:
            lo = start - q * radix if q == start // radix else 0
            hi = stop - q * radix if q == q_last else radix
            prefix_total = 0
            for p, d in enumerate(digits):
                prefix_total |= prefix_opts[p][d] << self.shifts[p]
            head = prefix_total >> cs
            base = q * radix
            if hi - lo > len(groups):
                found = []
                for g in groups:
                    c = sha256((head | g).to_bytes(ent_bytes, "big")).digest()[0] >> (8 - cs)
                    i = pos_of.get((g << cs) | c)
                    if i is not None and lo <= i < hi:
                        found.append(i)
                if found:
                    prefix = tuple(o[d] for o, d in zip(prefix_opts, digits, strict=True))
                    for i in sorted(found):
                        yield base + i, prefix + (last[i],)
            else:
                for i in range(lo, hi):
                    w = last[i]
                    c = sha256((head | (w >> cs)).to_bytes(ent_bytes, "big")).digest()[0] >> (8 - cs)
                    if (w & lowmask) == c:
                        yield base + i, tuple(o[d] for o, d in zip(prefix_opts, digits, strict=True)) + (w,)
            q += 1
            _increment(digits, radices)

    def count_survivors(self, options: Sequence[Sequence[int]], limit: int = 1 << 16) -> tuple[int, bool]:
        """(survivors, exact): exact when the last slot is complete or the space is small."""
        size = 1
        for o in options:
            size *= len(o)
        prefixes = size // max(1, len(options[-1]))
        if len(options[-1]) == 2048:
            return prefixes << (11 - self.cs), True
        if size <= limit:
            return sum(1 for _ in self.survivors(options, 0, size)), True
        return size >> self.cs, False


def _digits(n: int, radices: Sequence[int]) -> list[int]:
    out = [0] * len(radices)
    for p in range(len(radices) - 1, -1, -1):
        n, out[p] = divmod(n, radices[p])
    return out


def _increment(digits: list[int], radices: Sequence[int]) -> None:
    for p in range(len(digits) - 1, -1, -1):
        digits[p] += 1
        if digits[p] < radices[p]:
            return
        digits[p] = 0
