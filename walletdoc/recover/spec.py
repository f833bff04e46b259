"""What the owner knows about a damaged seed phrase, parsed into a search spec.

Turns the phrase text (`?` unknown, `a|b` one of these, invalid words as typos, fewer words
than --length as missing words), the damage limits, the passphrase candidates, the target
addresses and the derivation presets/paths into a `RecoverySpec`. The spec holds secrets
(word indices, passphrases): its repr is redacted and no error raised here ever quotes a
word of the phrase or a passphrase.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from walletdoc.chains import presets as _presets
from walletdoc.chains.address import AddressInfo, parse_address
from walletdoc.checks import words as _words
from walletdoc.errors import BadInput

VALID_LENGTHS = (12, 15, 18, 21, 24)
HARDENED = 0x80000000
SUPPORTED_KINDS = ("p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr", "evm", "trx")
_CJK = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$")


@dataclass(frozen=True)
class Slot:
    """One given token: kind is known | unknown | choice | typo; options likeliest first."""

    kind: str
    options: tuple[int, ...]
    costs: tuple[float, ...] = ()

    def __repr__(self) -> str:
        return f"Slot({self.kind}, {len(self.options)} options)"


@dataclass(frozen=True)
class Target:
    chain: str
    kind: str
    payload: bytes
    address: str


@dataclass(frozen=True)
class Derivation:
    """One derivation path (as ints) and the script kinds to compute at it."""

    path: tuple[int, ...]
    text: str
    kind: str


@dataclass(frozen=True)
class DamagedPhrase:
    language: str
    length: int
    slots: tuple[Slot, ...]
    missing: int
    max_wrong: int = 0
    max_swaps: int = 0

    def __repr__(self) -> str:
        return f"DamagedPhrase({self.language}, length={self.length}, <redacted>)"


@dataclass(frozen=True)
class RecoverySpec:
    phrase: DamagedPhrase
    passphrases: tuple[str, ...] = field(repr=False)
    targets: tuple[Target, ...]
    derivations: tuple[Derivation, ...]
    notes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"RecoverySpec({self.phrase!r}, {len(self.passphrases)} passphrases, {len(self.targets)} targets)"

    def digest(self) -> str:
        """A hash of everything that defines the search (the words only inside the hash)."""
        h = hashlib.sha256(b"walletdoc-recover-mnemonic-v1\x00")
        p = self.phrase
        h.update(f"{p.language}|{p.length}|{p.missing}|{p.max_wrong}|{p.max_swaps}".encode())
        for s in p.slots:
            h.update(s.kind.encode() + b":" + ",".join(map(str, s.options)).encode() + b";")
        for pp in self.passphrases:
            h.update(b"pp:" + hashlib.sha256(pp.encode()).digest())
        for t in self.targets:
            h.update(f"t:{t.chain}:{t.kind}:".encode() + t.payload)
        for d in self.derivations:
            h.update(f"d:{d.text}:{d.kind}".encode())
        return h.hexdigest()


def tokenize(text: str) -> list[str]:
    """Split the phrase on any whitespace; a run of CJK characters without spaces is split per char."""
    text = unicodedata.normalize("NFKC", text).replace("\u3000", " ")
    out: list[str] = []
    for tok in text.split():
        if _CJK.match(tok) and len(tok) > 1 and re.match(r"^[\u3400-\u9fff]+$", tok):
            out.extend(tok)
        else:
            out.append(tok.lower())
    return out


def _lookup(token: str, index: dict[str, int]) -> int | None:
    for form in (token, unicodedata.normalize("NFKD", token), unicodedata.normalize("NFC", token)):
        if form in index:
            return index[form]
    return None


def detect_language(tokens: Sequence[str], language: str | None = None) -> str:
    if language is not None:
        if language not in _words.LANGUAGES:
            raise BadInput.of("recover.unknown_language", language=language,
                              known=", ".join(_words.LANGUAGES))
        return language
    words = [w for t in tokens if t != "?" for w in t.split("|") if w]
    best, best_count = "english", -1
    for lang in sorted(_words.LANGUAGES, key=lambda lg: (lg != "english", lg != "chinese_simplified", lg)):
        index = _words.word_index(lang)
        count = sum(1 for w in words if _lookup(w, index) is not None)
        if count > best_count:
            best, best_count = lang, count
    return best


def _slot(token: str, lang: str, position: int) -> Slot:
    index = _words.word_index(lang)
    if token in ("?", "*", "_"):
        return Slot("unknown", tuple(range(2048)))
    if "|" in token:
        opts: list[int] = []
        for alt in token.split("|"):
            i = _lookup(alt, index) if alt else None
            if i is None:
                raise BadInput.of("recover.bad_choice", position=position + 1)
            if i not in opts:
                opts.append(i)
        return Slot("choice", tuple(opts))
    i = _lookup(token, index)
    if i is not None:
        return Slot("known", (i,))
    ranked = _words.typo_candidates(token, lang, max_distance=2)
    opts, costs = [], []
    for word, cost in ranked:
        j = _lookup(word, index)
        if j is not None and j not in opts:
            opts.append(j)
            costs.append(float(cost))
    if not opts:
        return Slot("unknown", tuple(range(2048)))
    return Slot("typo", tuple(opts), tuple(costs))


def parse_phrase(
    text: str, length: int | None = None, max_wrong: int = 0, max_swaps: int = 0, language: str | None = None
) -> tuple[DamagedPhrase, list[str]]:
    """The damaged phrase and notes (codes) about assumptions made; raises BadInput."""
    tokens = tokenize(text)
    notes: list[str] = []
    if not tokens:
        raise BadInput.of("recover.empty_phrase")
    if length is not None and length not in VALID_LENGTHS:
        raise BadInput.of("recover.bad_length", length=length)
    if len(tokens) > 24 or (length is not None and len(tokens) > length):
        raise BadInput.of("recover.length_conflict", given=len(tokens), length=length or 24)
    if length is None:
        length = next(n for n in VALID_LENGTHS if n >= len(tokens))
        if length != len(tokens):
            notes.append("recover.assumed_length")
    if max_wrong < 0 or max_swaps < 0:
        raise BadInput.of("recover.bad_limit")
    lang = detect_language(tokens, language)
    slots = tuple(_slot(t, lang, i) for i, t in enumerate(tokens))
    if sum(1 for s in slots if s.kind == "known") == 0 and len(slots) > 2:
        raise BadInput.of("recover.no_known_words")
    phrase = DamagedPhrase(lang, length, slots, length - len(tokens), max_wrong, max_swaps)
    return phrase, notes


def parse_targets(addresses: Sequence[str]) -> tuple[Target, ...]:
    if not addresses:
        raise BadInput.of("recover.no_target")
    out: list[Target] = []
    for text in addresses:
        infos: list[AddressInfo] = [i for i in parse_address(text) if i.checksum_ok]
        usable = [i for i in infos if i.kind in SUPPORTED_KINDS]
        if not infos:
            raise BadInput.of("recover.bad_address", address=text.strip()[:120])
        if not usable:
            raise BadInput.of("recover.unsupported_address", address=infos[0].normalized)
        for info in usable:
            t = Target(info.chain, info.kind, bytes(info.payload), info.normalized)
            if t not in out:
                out.append(t)
    return tuple(out)


def parse_path(text: str) -> tuple[int, ...]:
    parts = text.strip().split("/")
    if not parts or parts[0] not in ("m", "M"):
        raise BadInput.of("recover.bad_path", path=text)
    out = []
    for part in parts[1:]:
        hard = part.endswith(("'", "h", "H"))
        digits = part[:-1] if hard else part
        if not digits.isdigit() or int(digits) >= HARDENED:
            raise BadInput.of("recover.bad_path", path=text)
        out.append(int(digits) + (HARDENED if hard else 0))
    return tuple(out)


def _expand_template(template: str, indexes: range, accounts: range) -> list[str]:
    if not template.strip().startswith(("m/", "M/")) and template.strip() not in ("m", "M"):
        raise BadInput.of("recover.bad_path", path=template)
    out = []
    for a in accounts if "{account}" in template else [0]:
        for i in indexes if "{index}" in template else [0]:
            try:
                out.append(template.format(index=i, account=a))
            except (KeyError, IndexError, ValueError):
                raise BadInput.of("recover.bad_path", path=template) from None
    return out


def plan_derivations(
    targets: Sequence[Target], wallets: Sequence[str] = (), paths: Sequence[str] = (),
    indexes: range = range(10), accounts: range = range(3),
) -> tuple[Derivation, ...]:
    """Every (path, script kind) to check for these targets, likeliest first, without repeats."""
    wanted = [w.strip().lower() for w in wallets]
    known = _presets.wallet_names()
    for w in wanted:
        if w not in known:
            raise BadInput.of("recover.unknown_wallet", wallet=w[:40], known=", ".join(known))
    ranked: list[tuple[int, int, Derivation]] = []
    for t in targets:
        pairs: list[tuple[str, str]] = []
        for template in paths:
            pairs += [(p, t.kind) for p in _expand_template(template, indexes, accounts)]
        if wanted:
            presets = [p for w in wanted for p in _presets.find_presets(w, t.chain)]
        elif not paths:
            presets = _presets.presets_for(t.chain, t.kind)
        else:
            presets = []
        for preset in presets:
            pairs += _presets.expand(preset, indexes=indexes, accounts=accounts)
        for rank, (p, kind) in enumerate(pairs):
            if kind == t.kind:
                ranked.append((rank, len(ranked), Derivation(parse_path(p), p, kind)))
    out: list[Derivation] = []
    for *_, d in sorted(ranked, key=lambda r: r[:2]):
        if d not in out:
            out.append(d)
    if not out:
        raise BadInput.of("recover.no_derivation", wallets=", ".join(wanted) or "-")
    return tuple(out)


def build_spec(
    phrase_text: str, addresses: Sequence[str], *, length: int | None = None, max_wrong: int = 0,
    max_swaps: int = 0, passphrases: Sequence[str] = (), wallets: Sequence[str] = (),
    paths: Sequence[str] = (), language: str | None = None,
) -> RecoverySpec:
    """Parse everything the owner knows; raises BadInput with a clear one-line message."""
    targets = parse_targets(addresses)
    derivations = plan_derivations(targets, wallets, paths)
    phrase, notes = parse_phrase(phrase_text, length, max_wrong, max_swaps, language)
    return RecoverySpec(phrase, passphrase_candidates(passphrases), targets, derivations, tuple(notes))


def passphrase_candidates(passphrases: Sequence[str]) -> tuple[str, ...]:
    """No passphrase first, then each candidate NFKD-normalised (as BIP39 salts it), once."""
    pps: list[str] = [""]
    for pp in passphrases:
        pp = unicodedata.normalize("NFKD", pp)
        if pp not in pps:
            pps.append(pp)
    return tuple(pps)
