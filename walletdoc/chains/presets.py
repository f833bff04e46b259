"""Wallet derivation presets: which paths and script types each wallet derives, per chain.

The data lives in wallets.json (built from reference/wallet-paths.md and checked against
walletsrecovery.org); this module loads it and expands templates into concrete paths,
most likely first. Public data only: no seed or key passes through here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from walletdoc.chains.address import SCRIPTS


@dataclass(frozen=True)
class PathTemplate:
    template: str  # e.g. "m/44'/60'/0'/0/{index}" or "m/84'/0'/{account}'/0/{index}"
    script: str  # a kind from walletdoc.chains.address.KINDS
    change: bool = False


@dataclass(frozen=True)
class WalletPreset:
    id: str
    name: str
    chain: str
    templates: tuple[PathTemplate, ...]
    verified: bool
    notes: str
    wallet: str = ""  # the wallet family ("trezor" for trezor-eth and trezor-btc)


def _change_variant(t: PathTemplate, chain: str) -> PathTemplate | None:
    """BTC-like account wallets also derive a change chain (…/1/{index})."""
    if chain in ("eth", "trx") or not t.template.endswith("/0/{index}"):
        return None
    return PathTemplate(t.template[: -len("/0/{index}")] + "/1/{index}", t.script, True)


def _load() -> dict[str, WalletPreset]:
    raw = json.loads(resources.files("walletdoc.chains").joinpath("wallets.json").read_text("utf-8"))
    presets: dict[str, WalletPreset] = {}
    for row in raw["presets"]:
        chain = row["chain"]
        receive = [PathTemplate(t, s) for t, s in row["templates"]]
        for t in receive:
            if t.script not in SCRIPTS[chain]:
                raise ValueError(f"wallets.json: {row['id']}: {chain} cannot derive {t.script}")
        change = [c for c in (_change_variant(t, chain) for t in receive) if c is not None]
        presets[row["id"]] = WalletPreset(
            row["id"], row["name"], chain, tuple(receive + change), bool(row["verified"]), row["notes"],
            row["wallet"],
        )
    return presets


PRESETS: dict[str, WalletPreset] = _load()


def presets_for(chain: str, kind: str | None = None) -> list[WalletPreset]:
    """Presets deriving addresses on `chain` (and of `kind`, when given), in catalogue order."""
    out = []
    for p in PRESETS.values():
        if p.chain != chain:
            continue
        if kind is not None and not any(t.script == kind for t in p.templates):
            continue
        out.append(p)
    return out


def find_presets(name: str, chain: str | None = None) -> list[WalletPreset]:
    """Presets named `name`: an exact id ("trezor-btc") or a wallet family ("trezor")."""
    key = name.strip().lower()
    if key in PRESETS:
        found = [PRESETS[key]]
    else:
        found = [p for p in PRESETS.values() if p.wallet == key]
    if chain is not None:
        found = [p for p in found if p.chain == chain]
    return found


def wallet_names() -> list[str]:
    """Every name find_presets accepts (ids and families), sorted."""
    return sorted(set(PRESETS) | {p.wallet for p in PRESETS.values()})


def expand_templates(
    templates: tuple[PathTemplate, ...] | list[PathTemplate],
    indexes: range | list[int] = range(10),
    accounts: range | list[int] = range(3),
    change: bool = False,
) -> list[tuple[str, str]]:
    """Concrete (path, script) pairs, most likely first: index 0 / account 0 of every
    template before index 1, and so on; duplicates removed."""
    ranked: list[tuple[int, int, int, int, str, str]] = []
    for pos, t in enumerate(templates):
        if t.change and not change:
            continue
        idx_list = list(indexes) if "{index}" in t.template else [0]
        acc_list = list(accounts) if "{account}" in t.template else [0]
        for ir, i in enumerate(idx_list):
            for ar, a in enumerate(acc_list):
                path = t.template.replace("{index}", str(i)).replace("{account}", str(a))
                ranked.append((ir + ar, ar, int(t.change), pos, path, t.script))
    ranked.sort(key=lambda r: r[:4])
    seen: set[tuple[str, str]] = set()
    out = []
    for *_, path, script in ranked:
        if (path, script) not in seen:
            seen.add((path, script))
            out.append((path, script))
    return out


def expand(
    preset: WalletPreset,
    indexes: range | list[int] = range(10),
    accounts: range | list[int] = range(3),
    change: bool = False,
) -> list[tuple[str, str]]:
    """Concrete (path, script) pairs of a preset, most likely first."""
    return expand_templates(preset.templates, indexes, accounts, change)
