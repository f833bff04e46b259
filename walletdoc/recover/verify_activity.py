"""Recovery without a known address: a SearchJob that keeps the candidates whose addresses were used.

`ActivityJob` walks a damaged phrase's space like `MnemonicJob` (checksum filter, batched
BIP39 KDF, the fast BIP32 tree) but has no target set: it derives each checksum-valid
candidate's addresses on the chain's common wallet paths and asks the user's node (through
walletdoc.rpc.activity, the only code that opens a socket) which were ever used, in
batches, cached and rate-limited. A hit is re-derived with the slow reference before it is
reported. Picklable: only the spec and the public `ActivitySource` travel; the lookup (and
its connection) is opened lazily where the job runs. Only addresses are ever sent; the job
holds word indices and passphrases (secret), so its repr is redacted and nothing here logs.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from walletdoc.chains import presets as _presets
from walletdoc.chains.address import encode_payload
from walletdoc.chains.derive import script_of_path
from walletdoc.errors import BadInput
from walletdoc.recover import kdf
from walletdoc.recover.bip32fast import DerivationTree, path_text
from walletdoc.recover.checksum import ChecksumFilter
from walletdoc.recover.jobs import Hit, RangeResult
from walletdoc.recover.spaces import MnemonicSpace, phrase_text, word_bytes
from walletdoc.recover.spec import (
    DamagedPhrase,
    Derivation,
    RecoverySpec,
    Target,
    parse_path,
    parse_phrase,
    passphrase_candidates,
)
from walletdoc.recover.verify_mnemonic import confirm
from walletdoc.rpc.activity import ActivityLookup, ActivitySource

BATCH = 128  # candidates per KDF call and per round of lookups
MAX_LOOKUPS = 20_000  # above this the owner must say --yes (each lookup tells the node an address)


def plan_paths(chain: str, wallets: Sequence[str] = (), paths: Sequence[str] = (),
               indexes: range = range(1)) -> tuple[Derivation, ...]:
    """The first address of the chain's common presets (or of the given wallets / path templates)."""
    pairs: list[tuple[str, str]] = []
    for template in paths:
        levels = parse_path(template.replace("{index}", "0").replace("{account}", "0"))
        kind = script_of_path(levels, chain)
        if kind is None:
            raise BadInput.of("recover.bad_path", path=template)
        pairs += [(template.replace("{account}", "0").replace("{index}", str(i)), kind) for i in indexes]
    chosen = [p for w in wallets for p in _presets.find_presets(w, chain)]
    if wallets and not chosen:
        raise BadInput.of("recover.unknown_wallet", wallet=", ".join(wallets)[:40],
                          known=", ".join(_presets.wallet_names()))
    if not wallets and not paths:
        chosen = _presets.presets_for(chain)
    for preset in chosen:
        pairs += _presets.expand(preset, indexes=indexes, accounts=range(1))
    out: list[Derivation] = []
    for p, kind in pairs:
        d = Derivation(parse_path(p), p, kind)
        if d not in out:
            out.append(d)
    if not out:
        raise BadInput.of("recover.no_derivation", wallets=", ".join(wallets) or "-")
    return tuple(out)


def build_noaddr_spec(phrase_text_: str, chain: str, *, length: int | None = None, max_wrong: int = 0,
                      max_swaps: int = 0, passphrases: Sequence[str] = (), wallets: Sequence[str] = (),
                      paths: Sequence[str] = (), language: str | None = None) -> RecoverySpec:
    """What the owner knows, without a target address; raises BadInput with a one-line message."""
    phrase, notes = parse_phrase(phrase_text_, length, max_wrong, max_swaps, language)
    return RecoverySpec(phrase, passphrase_candidates(passphrases), (), plan_paths(chain, wallets, paths),
                        tuple(notes))


class ActivityJob:
    """Search a damaged phrase's space for candidates with an on-chain history."""

    memory_per_task = 0

    def __init__(self, spec: RecoverySpec, chain: str, source: ActivitySource) -> None:
        self.spec, self.chain, self.source = spec, chain, source
        self.spec_hash = spec.digest() + f":{chain}:activity"
        self._build()

    def _build(self) -> None:
        phrase: DamagedPhrase = self.spec.phrase
        self.space = MnemonicSpace(phrase, len(self.spec.passphrases))
        self.size = self.space.size
        self.filter = ChecksumFilter(phrase.length)
        self.tree = DerivationTree((d.path, d.kind) for d in self.spec.derivations)
        self.words = word_bytes(phrase.language)
        self.salts = [b"mnemonic" + unicodedata.normalize("NFKD", p).encode() for p in self.spec.passphrases]
        self._lookup: ActivityLookup | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"spec": self.spec, "chain": self.chain, "source": self.source, "spec_hash": self.spec_hash}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.spec, self.chain, self.source = state["spec"], state["chain"], state["source"]
        self.spec_hash = state["spec_hash"]
        self._build()

    def __repr__(self) -> str:
        return f"ActivityJob(size={self.size}, chain={self.chain}, <redacted>)"

    @property
    def lookup(self) -> ActivityLookup:
        if self._lookup is None:
            self._lookup = self.source.open()
        return self._lookup

    def survivors(self) -> int:
        """Candidates that pass the checksum (exact for small spaces, else the 2^-cs estimate)."""
        return sum(self.filter.count_survivors(sub.options)[0] for sub in self.space.subspaces)

    def lookups_needed(self) -> int:
        """Addresses to look up at most: survivors x paths (repeats across passphrases are cached)."""
        return self.survivors() * len(self.spec.derivations)

    def run_range(self, start: int, stop: int, should_stop: Callable[[], bool] | None = None) -> RangeResult:
        t0 = time.perf_counter()
        tried = 0
        for k, lo, hi in self.space.segments(start, stop):
            sub = self.space.subspaces[k]
            offset = self.space.offsets[k]
            batch: list[tuple[int, tuple[int, ...]]] = []
            survivors = self.filter.survivors(sub.options, lo, hi)
            while True:
                batch = [(offset + local, words) for local, words in _take(survivors, BATCH)]
                if not batch:
                    break
                hit, checked = self._verify(batch, sub.passphrase)
                tried += checked
                if hit is not None:
                    return RangeResult(start, hit.index + 1, tried, hit, time.perf_counter() - t0)
                if should_stop is not None and should_stop():
                    return RangeResult(start, batch[-1][0] + 1, tried, None, time.perf_counter() - t0)
        return RangeResult(start, stop, tried, None, time.perf_counter() - t0)

    def _verify(self, batch: list[tuple[int, tuple[int, ...]]], passphrase: int) -> tuple[Hit | None, int]:
        """The first candidate of the batch with a used address, and how many were checked up to it."""
        mnemonics = [b" ".join([self.words[w] for w in words]) for _, words in batch]
        seeds = kdf.bip39_seeds(mnemonics, self.salts[passphrase])
        leaves: list[list[tuple[str, str, bytes, str]]] = []
        for seed in seeds:
            leaves.append([(path_text(st.path), kind, payload, encode_payload(self.chain, kind, payload))
                           for st, kind, payload in self.tree.walk(seed)])
        answers = self.lookup.lookup(a for per in leaves for *_, a in per)
        for n, ((index, words), per) in enumerate(zip(batch, leaves, strict=True), 1):
            for path, kind, payload, address in per:
                act = answers[address]
                if not act.used:
                    continue
                found = {"mnemonic": phrase_text(words, self.spec.phrase.language),
                         "passphrase": self.spec.passphrases[passphrase], "path": path, "address": address,
                         "chain": self.chain, "kind": kind, "tx_count": act.tx_count, "balance": act.balance}
                if confirm(found, Target(self.chain, kind, payload, address)):
                    return Hit(index, found), n
        return None, len(batch)


def _take(it: Any, n: int) -> list[Any]:
    out = []
    for item in it:
        out.append(item)
        if len(out) >= n:
            break
    return out
