"""`scan`: which addresses of which wallets to look at, with a gap limit, and what the answers mean.

Pure: it plans branches (one derivation chain of addresses per wallet path, account and
script), walks them the way wallets do — indexes 0..gap-1 first, further while used
addresses keep appearing, change branches only once their receive branch was used — and
turns activity answers into rows, findings and the plain answer ("your funds are on the
Ledger Live path m/44'/60'/2'/0/0"). Deriving and looking up are functions the caller
passes in (cli/ derives from the seed; rpc/ asks the node), so this module never sees a
seed or a key and opens no connection. Addresses and paths are public; nothing else here is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from walletdoc import i18n
from walletdoc.chains.presets import PRESETS, WalletPreset, find_presets, presets_for, wallet_names
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, OK, WARNING, Finding

MAX_ADDRESSES = 5000  # a scan that keeps finding used addresses stops here (an exchange-like wallet)
ONLINE_CHAINS = {"eth": "evm", "btc": "esplora", "ltc": "esplora", "doge": "esplora", "bch": "esplora"}


@dataclass(frozen=True)
class Branch:
    """A run of addresses: `template` has at most `{index}` left (account already filled in)."""

    chain: str
    script: str
    template: str
    change: bool = False
    wallets: tuple[str, ...] = field(default=(), compare=False)

    @property
    def indexed(self) -> bool:
        return "{index}" in self.template

    def receive(self) -> tuple[str, str, str]:
        """The key of the receive branch a change branch belongs to."""
        return (self.chain, self.script, self.template[: -len("/1/{index}")] + "/0/{index}")

    def key(self) -> tuple[str, str, str]:
        return (self.chain, self.script, self.template)


class HasActivity(Protocol):
    tx_count: int
    balance: int

    @property
    def used(self) -> bool: ...


Derive = Callable[[Branch, Sequence[int]], list[tuple[int, str, str]]]  # -> [(index, path, address)]
Lookup = Callable[[str, Sequence[str]], Mapping[str, HasActivity]]  # (chain, addresses) -> activity


@dataclass
class ScanRow:
    wallets: list[str]
    chain: str
    path: str
    script: str
    address: str
    tx_count: int = 0
    balance: int = 0
    passphrase: int | None = None  # line number of the passphrase candidate, None without one

    def to_json(self) -> dict[str, Any]:
        return {"wallet": ", ".join(self.wallets), "chain": self.chain, "path": self.path, "script": self.script,
                "address": self.address, "tx_count": self.tx_count, "balance": self.balance,
                "passphrase": self.passphrase}


@dataclass
class ScanOutcome:
    used: list[ScanRow] = field(default_factory=list)
    checked: int = 0
    derived: list[ScanRow] = field(default_factory=list)
    truncated: bool = False


def choose_presets(chains: Sequence[str], wallets: Sequence[str]) -> list[WalletPreset]:
    """Presets by name (on the chosen chains) or every preset of the chains; BadInput for an unknown name."""
    if not wallets:
        return [p for c in chains for p in presets_for(c)]
    out: list[WalletPreset] = []
    for name in wallets:
        found = [p for c in chains for p in find_presets(name, c)]
        if not found:
            raise BadInput.of("scan.unknown_wallet", wallet=name.strip()[:40], chains=", ".join(chains),
                              known=", ".join(wallet_names()))
        out += [p for p in found if p not in out]
    return out


def plan_branches(presets: Sequence[WalletPreset], accounts: int = 3) -> list[Branch]:
    """Distinct branches of these presets, account 0 of every wallet first; wallets sharing one merge."""
    ranked: dict[tuple[str, str, str], tuple[int, int, list[str], bool]] = {}
    order = 0
    for preset in presets:
        for t in preset.templates:
            account_list = range(max(1, accounts)) if "{account}" in t.template else range(1)
            for a in account_list:
                template = t.template.replace("{account}", str(a))
                key = (preset.chain, t.script, template)
                if key not in ranked:
                    ranked[key] = (a, order, [], t.change)
                    order += 1
                if preset.id not in ranked[key][2]:
                    ranked[key][2].append(preset.id)
    keys = sorted(ranked, key=lambda k: ranked[k][:2])
    return [Branch(k[0], k[1], k[2], ranked[k][3], tuple(ranked[k][2])) for k in keys]


def _add_row(rows: dict[tuple[str, str, str], ScanRow], branch: Branch, path: str, address: str,
             passphrase: int | None) -> ScanRow:
    key = (branch.chain, path, branch.script)
    row = rows.get(key)
    if row is None:
        row = rows[key] = ScanRow(list(branch.wallets), branch.chain, path, branch.script, address,
                                  passphrase=passphrase)
    else:
        row.wallets += [w for w in branch.wallets if w not in row.wallets]
    return row


def scan(branches: Sequence[Branch], derive: Derive, lookup: Lookup, gap: int = 20,
         passphrase: int | None = None, progress: Callable[[int], None] | None = None) -> ScanOutcome:
    """Walk every branch with the gap limit, asking `lookup` about each new address once."""
    gap = max(1, gap)
    nxt = {b.key(): 0 for b in branches}
    limit = {b.key(): (gap if b.indexed else 1) for b in branches}
    used_branch: set[tuple[str, str, str]] = set()
    rows: dict[tuple[str, str, str], ScanRow] = {}
    seen: dict[str, HasActivity] = {}
    outcome = ScanOutcome()
    while True:
        todo = [b for b in branches if nxt[b.key()] < limit[b.key()]
                and (not b.change or b.receive() in used_branch)]
        if not todo:
            break
        derived: list[tuple[Branch, int, ScanRow]] = []
        for b in todo:
            indexes = list(range(nxt[b.key()], limit[b.key()]))
            nxt[b.key()] = limit[b.key()]
            for i, path, address in derive(b, indexes):
                derived.append((b, i, _add_row(rows, b, path, address, passphrase)))
        by_chain: dict[str, list[str]] = {}
        for _b, _i, row in derived:
            if row.address not in seen and row.address not in by_chain.setdefault(row.chain, []):
                by_chain[row.chain].append(row.address)
        for chain, addresses in by_chain.items():
            if len(seen) + len(addresses) > MAX_ADDRESSES:
                addresses = addresses[: max(0, MAX_ADDRESSES - len(seen))]
                outcome.truncated = True
            answers = lookup(chain, addresses) if addresses else {}
            seen.update({a: answers[a] for a in addresses})
            if progress is not None:
                progress(len(addresses))
        for b, i, row in derived:
            act = seen.get(row.address)
            if act is None or not act.used:
                continue
            row.tx_count, row.balance = act.tx_count, act.balance
            used_branch.add(b.key())
            if b.indexed:
                limit[b.key()] = max(limit[b.key()], i + 1 + gap)
        if outcome.truncated:
            break
    outcome.checked = len(seen)
    outcome.used = [r for r in rows.values() if r.address in seen and seen[r.address].used]
    return outcome


def offline_rows(branches: Sequence[Branch], derive: Derive, gap: int = 20,
                 passphrase: int | None = None) -> list[ScanRow]:
    """The first `gap` addresses of every branch (receive and change), to check elsewhere."""
    rows: dict[tuple[str, str, str], ScanRow] = {}
    for b in branches:
        for _i, path, address in derive(b, list(range(gap if b.indexed else 1))):
            _add_row(rows, b, path, address, passphrase)
    return list(rows.values())


def _ranked(wallets: Sequence[str]) -> list[str]:
    """Known presets, verified ones first, the generic "standard-*" ones left out."""
    known = [w for w in wallets if w in PRESETS and not w.startswith("standard-")]
    return sorted(known, key=lambda w: not PRESETS[w].verified)


def wallet_label(wallets: Sequence[str]) -> str:
    """"Ledger Live (Ethereum)", or "MetaMask (also Trezor Suite (Ethereum), …)" for shared paths."""
    names = [PRESETS[w].name for w in _ranked(wallets)] or ["the standard BIP44/49/84/86 wallets"]
    if len(names) == 1:
        return names[0]
    more = f", +{len(names) - 3}" if len(names) > 3 else ""
    return f"{names[0]} (also {', '.join(names[1:3])}{more})"


def _place(row: ScanRow) -> str:
    return f"{wallet_label(row.wallets)} path {row.path}"


def findings_for(outcome: ScanOutcome, chains: Sequence[str]) -> list[Finding]:
    """One finding a person reads first: where the funds are and what to do (or why nothing was found)."""
    out: list[Finding] = []
    if not outcome.used:
        out.append(Finding.of("scan.nothing_found", ERROR, {"checked": outcome.checked},
                              checked=outcome.checked, chains=", ".join(chains)))
    else:
        funded = [r for r in outcome.used if r.balance > 0] or outcome.used
        places = "; ".join(dict.fromkeys(_place(r) for r in funded[:4]))
        first = funded[0]
        answer = Finding.of(
            "scan.answer", OK, {"used": len(outcome.used), "path": first.path, "address": first.address},
            places=places, path=first.path, chain=first.chain, script=first.script)
        extra: list[str] = []
        if any(r.passphrase is not None for r in funded):
            extra.append(i18n.text("scan.needs_passphrase")[0])
        for w in dict.fromkeys(w for r in funded for w in _ranked(r.wallets)[:1]):
            if PRESETS[w].notes:
                extra.append(i18n.text("scan.wallet_note", wallet=PRESETS[w].name, note=PRESETS[w].notes)[0])
        # the notes become steps of the answer, so the plain answer stays the first thing printed
        out.append(replace(answer, advice=answer.advice[:1] + tuple(extra) + answer.advice[1:]))
    if outcome.truncated:
        out.append(Finding.of("scan.truncated", WARNING, {"limit": MAX_ADDRESSES}, limit=MAX_ADDRESSES))
    return out
