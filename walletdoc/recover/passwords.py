"""Password candidate spaces for `recover keystore`: wordlist, remembered tokens, typos.

Every space is indexable: `size`, `candidate(i)` and `iter_range(start, stop)`, so an
executor can split [0, size) into ranges for processes or Dask workers; a space is
picklable (open files are not part of its state). Order is deterministic, likeliest first.

Wordlist (--wordlist F): one candidate per line, UTF-8, streamed. One pass builds a sparse
index of line offsets (every 64th line, in an array('Q')), so a 100-million-line list costs
~12 MB. A list up to INLINE_BYTES is kept in the space (it then reaches Dask workers on other
machines); a larger one is read from the same path by every worker. Blank lines are skipped.
Wordlists are not deduplicated (that would need the list in memory); the other spaces are.

Tokens (--tokens F), one token group per line, used at most once per candidate, combined in
every order; the candidate is the concatenation of one alternative from each chosen group:
  - `a|b|c`       the group's alternatives (a piece you remember in several spellings)
  - `? a|b`       flags before a space: `?` the group is optional, `^` it must come first,
  - `^ Mr|Ms`     `$` it must come last; flags combine (`?$ 1|12|123`)
  - `\\` escapes the next character (`\\|`, `\\?` at the start, a literal `\\\\`)
  - blank lines and lines starting with `#` are ignored
Order: all optional groups present first, then fewer; file order of groups first; first
alternatives first. A string that several combinations produce is yielded once (at its
first index); `iter_range` skips the later indexes, `candidate(i)` returns None there.

Typos (--typos N, at most 2): `password_space.TypoSpace` wraps a base space (wordlist, tokens, or
both via `ChainSpace`) into one flat indexable space, likeliest first across all bases: every
base candidate unchanged; then one edit, kind by kind (case changes of every base, then common
suffixes of every base, then swapped / dropped / doubled / neighbouring-key / inner-case
characters); then two edits, base by base. Slot counts are exact (computed in one pass over the
bases, kept as sparse prefix sums); a slot whose string an earlier slot of the same base made,
or that is itself a base candidate (when the bases fit in EXCLUDE_LIMIT), yields nothing.
Variants of two different bases that coincide (and wordlist repeats) are removed by
`dedupe_globally` when the space has at most GLOBAL_DEDUP_SLOTS slots; above that, tried twice.
Every space offers `iter_indexed(start, stop)` -> (index, candidate) for the candidates it yields.
This module never logs, prints or stores a candidate; candidates are secrets.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import itertools
import math
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from walletdoc.errors import BadInput

SPARSE = 64
INLINE_BYTES = 8 << 20  # a wordlist up to this size travels inside the job (Dask workers on other machines)
MAX_GROUPS = 12
MAX_OPTIONAL = 12


# -- wordlist -----------------------------------------------------------------------------


class WordlistSpace:
    """The non-blank lines of a UTF-8 file, indexed without loading the file.

    `digest` is the SHA-256 of the file's bytes (for checkpoints; never shown)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._offsets = array("Q")  # byte offset of every SPARSE-th candidate line
        self.size = 0
        self.digest = ""
        self._fh: IO[bytes] | None = None
        self._inline: bytes | None = None
        self._index()
        if self.size == 0:
            raise BadInput.of("keysearch.wordlist_empty", path=path)

    def _index(self) -> None:
        digest = hashlib.sha256()
        try:
            with open(self.path, "rb") as fh:
                offset = 0
                parts: list[bytes] | None = []
                for number, line in enumerate(fh, 1):
                    digest.update(line)
                    if parts is not None:
                        parts = parts if offset + len(line) <= INLINE_BYTES else None
                        if parts is not None:
                            parts.append(line)
                    if line.strip(b"\r\n"):
                        try:
                            line.decode("utf-8")
                        except UnicodeDecodeError:
                            raise BadInput.of("keysearch.wordlist_not_utf8", data={"line": number},
                                              line=number) from None
                        if self.size % SPARSE == 0:
                            self._offsets.append(offset)
                        self.size += 1
                    offset += len(line)
                self._inline = b"".join(parts) if parts is not None else None
        except OSError as exc:
            raise BadInput.of("input.file_unreadable", path=self.path,
                              detail=exc.strerror or type(exc).__name__) from None
        self.digest = digest.hexdigest()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_fh"] = None
        return state

    def __repr__(self) -> str:
        return f"WordlistSpace(size={self.size})"

    def iter_range(self, start: int, stop: int) -> Iterator[str]:
        for _, text in self.iter_indexed(start, stop):
            yield text

    def iter_indexed(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        start, stop = max(0, start), min(self.size, stop)
        if start >= stop:
            return
        if self._fh is None:
            self._fh = io.BytesIO(self._inline) if self._inline is not None else open(self.path, "rb")  # noqa: SIM115
        fh = self._fh
        fh.seek(self._offsets[start // SPARSE])
        index = (start // SPARSE) * SPARSE
        for line in fh:
            text = line.rstrip(b"\r\n")
            if not text:
                continue
            if index >= start:
                yield index, text.decode("utf-8")
            index += 1
            if index >= stop:
                return

    def candidate(self, i: int) -> str:
        if not 0 <= i < self.size:
            raise IndexError(i)
        return next(self.iter_range(i, i + 1))


# -- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenGroup:
    alternatives: tuple[str, ...]
    optional: bool = False
    first: bool = False
    last: bool = False


def parse_tokens(text: str) -> list[TokenGroup]:
    """The token groups of a --tokens file (syntax in the module docstring)."""
    groups = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        flags, _, rest = line.partition(" ")
        if rest and flags and set(flags) <= {"?", "^", "$"}:
            line = rest.strip()
        else:
            flags = ""
        alternatives = tuple(dict.fromkeys(a for a in _split_alternatives(line) if a))
        if not alternatives:
            raise BadInput.of("keysearch.tokens_empty_line", data={"line": number}, line=number)
        groups.append(TokenGroup(alternatives, "?" in flags, "^" in flags, "$" in flags))
    if not groups:
        raise BadInput.of("keysearch.tokens_none")
    if len(groups) > MAX_GROUPS or sum(g.optional for g in groups) > MAX_OPTIONAL:
        raise BadInput.of("keysearch.tokens_too_many", groups=MAX_GROUPS, optional=MAX_OPTIONAL)
    if sum(g.first for g in groups) > 1 or sum(g.last for g in groups) > 1:
        raise BadInput.of("keysearch.tokens_anchors")
    return groups


def _split_alternatives(line: str) -> list[str]:
    parts, current, escaped = [], [], False
    for ch in line:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return parts


@dataclass
class TokenSpace:
    """Every ordered combination of the token groups (each used at most once)."""

    groups: list[TokenGroup] = field(repr=False)
    _blocks: list[tuple[tuple[int, ...], int]] = field(default_factory=list, init=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)
    size: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        optional = [i for i, g in enumerate(self.groups) if g.optional]
        required = [i for i, g in enumerate(self.groups) if not g.optional]
        for dropped in range(len(optional) + 1):
            for gone in itertools.combinations(optional, dropped):
                chosen = tuple(sorted(set(required) | (set(optional) - set(gone))))
                if not chosen:
                    continue
                count = self._perm_count(chosen) * math.prod(len(self.groups[g].alternatives) for g in chosen)
                if count:
                    self._starts.append(self.size)
                    self._blocks.append((chosen, count))
                    self.size += count

    def _perm_count(self, chosen: tuple[int, ...]) -> int:
        firsts = [g for g in chosen if self.groups[g].first]
        lasts = [g for g in chosen if self.groups[g].last]
        if firsts and firsts == lasts and len(chosen) > 1:
            return 0  # one group cannot be both first and last among several
        return math.factorial(len(chosen) - len(set(firsts) | set(lasts)))

    def _structure(self, i: int) -> tuple[list[int], list[int]]:
        """Group order and alternative choice of index i."""
        b = bisect.bisect_right(self._starts, i) - 1
        chosen, _ = self._blocks[b]
        offset = i - self._starts[b]
        alt_total = math.prod(len(self.groups[g].alternatives) for g in chosen)
        perm_rank, alt_rank = divmod(offset, alt_total)
        firsts = [g for g in chosen if self.groups[g].first]
        lasts = [g for g in chosen if self.groups[g].last and g not in firsts]
        free = [g for g in chosen if g not in firsts and g not in lasts]
        order = firsts + _unrank_permutation(free, perm_rank) + lasts
        choice = []
        for g in reversed(chosen):  # mixed radix, the first group varies slowest
            alt_rank, r = divmod(alt_rank, len(self.groups[g].alternatives))
            choice.append(r)
        choice.reverse()
        picks = dict(zip(chosen, choice, strict=True))
        return order, [picks[g] for g in order]

    def raw_candidate(self, i: int) -> str:
        if not 0 <= i < self.size:
            raise IndexError(i)
        order, picks = self._structure(i)
        return "".join(self.groups[g].alternatives[a] for g, a in zip(order, picks, strict=True))

    def candidate(self, i: int) -> str | None:
        """The candidate at i, or None when an earlier index already produced the same string."""
        text = self.raw_candidate(i)
        return text if self.first_index(text) == i else None

    def iter_range(self, start: int, stop: int) -> Iterator[str]:
        for _, text in self.iter_indexed(start, stop):
            yield text

    def iter_indexed(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        for i in range(max(0, start), min(self.size, stop)):
            text = self.candidate(i)
            if text is not None:
                yield i, text

    @property
    def digest(self) -> str:
        """SHA-256 of the parsed groups (for checkpoints; never shown)."""
        h = hashlib.sha256(b"walletdoc-tokens-v1\x00")
        for g in self.groups:
            h.update(f"{int(g.optional)}{int(g.first)}{int(g.last)}:".encode())
            for alt in g.alternatives:
                h.update(hashlib.sha256(alt.encode()).digest())
            h.update(b";")
        return h.hexdigest()

    def first_index(self, text: str) -> int | None:
        """The smallest index whose candidate is `text` (None if no combination makes it)."""
        best: int | None = None
        for order, picks in self._decompositions(text, [], [], set()):
            index = self._index_of(order, picks)
            if index is not None and (best is None or index < best):
                best = index
        return best

    def _decompositions(self, rest: str, order: list[int], picks: list[int],
                        used: set[int]) -> Iterator[tuple[list[int], list[int]]]:
        if not rest:
            if order:
                yield list(order), list(picks)
            return
        for g, group in enumerate(self.groups):
            if g in used:
                continue
            for a, alt in enumerate(group.alternatives):
                if rest.startswith(alt):
                    used.add(g)
                    order.append(g)
                    picks.append(a)
                    yield from self._decompositions(rest[len(alt):], order, picks, used)
                    order.pop()
                    picks.pop()
                    used.discard(g)

    def _index_of(self, order: list[int], picks: list[int]) -> int | None:
        chosen = tuple(sorted(order))
        if any(not self.groups[g].optional and g not in chosen for g in range(len(self.groups))):
            return None
        firsts = [g for g in chosen if self.groups[g].first]
        lasts = [g for g in chosen if self.groups[g].last and g not in firsts]
        free = [g for g in chosen if g not in firsts and g not in lasts]
        if order[: len(firsts)] != firsts or (lasts and order[-len(lasts):] != lasts):
            return None
        middle = order[len(firsts): len(order) - len(lasts)]
        for b, (block_groups, _) in enumerate(self._blocks):
            if block_groups == chosen:
                alt_rank = 0
                pick_of = dict(zip(order, picks, strict=True))
                for g in chosen:
                    alt_rank = alt_rank * len(self.groups[g].alternatives) + pick_of[g]
                alt_total = math.prod(len(self.groups[g].alternatives) for g in chosen)
                return self._starts[b] + _rank_permutation(free, middle) * alt_total + alt_rank
        return None


def _unrank_permutation(items: list[int], rank: int) -> list[int]:
    pool, out = list(items), []
    for k in range(len(pool), 0, -1):
        q, rank = divmod(rank, math.factorial(k - 1))
        out.append(pool.pop(q))
    return out


def _rank_permutation(items: list[int], perm: list[int]) -> int:
    pool, rank = list(items), 0
    for k, item in enumerate(perm):
        q = pool.index(item)
        rank += q * math.factorial(len(pool) - 1)
        pool.pop(q)
        del k
    return rank


# -- typos --------------------------------------------------------------------------------

_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"]
_NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = [_row[j] for j in (_c - 1, _c + 1) if 0 <= j < len(_row)]
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(_ROWS):
                near += [_ROWS[_rr][j] for j in (_c - 1, _c, _c + 1) if 0 <= j < len(_ROWS[_rr])]
        _NEIGHBOURS[_ch] = "".join(dict.fromkeys(near))
SUFFIXES = ("1", "!", "12", "123", "1234", "0", "2", "7", "01", "69", "99", "!!", "1!", "?", ".", "#", "@", "$")


def single_edits(word: str) -> Iterator[str]:
    """Every one-edit variant of `word`, likeliest kinds first (may repeat; callers dedupe)."""
    if word:
        yield word.swapcase() if word[0].isalpha() and word[1:] == word[1:].lower() else word.capitalize()
        yield word.lower()
        yield word.upper()
        yield word[0].swapcase() + word[1:]
    for suffix in SUFFIXES:
        yield word + suffix
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
    for i in range(len(word)):
        yield word[:i] + word[i + 1:]
    for i in range(len(word)):
        yield word[:i] + word[i] + word[i:]
    for i, ch in enumerate(word):
        for near in _NEIGHBOURS.get(ch.lower(), ""):
            yield word[:i] + (near.upper() if ch.isupper() else near) + word[i + 1:]
    for i in range(1, len(word)):
        yield word[:i] + word[i].swapcase() + word[i + 1:]


@dataclass(frozen=True)
class TypoVariants:
    """Up to `max_edits` edits of each base candidate; the base itself first."""

    max_edits: int

    def variants(self, base: str) -> list[str]:
        seen = {base}
        out, layer = [base], [base]
        for _ in range(max(0, self.max_edits)):
            nxt = []
            for word in layer:
                for variant in single_edits(word):
                    if variant not in seen:
                        seen.add(variant)
                        nxt.append(variant)
            out += nxt
            layer = nxt
        return out
