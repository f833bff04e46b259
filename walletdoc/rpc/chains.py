"""The small bundled list of EVM chains walletdoc can name (chains.json beside this file).

Pure data lookup: no network, no click. Unknown ids are fine: they get a generic name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Chain:
    id: int
    name: str
    testnet: bool
    explorer: str | None
    known: bool = True
    symbol: str = "ETH"


@lru_cache(maxsize=1)
def _table() -> dict[int, Chain]:
    raw = json.loads(resources.files("walletdoc.rpc").joinpath("chains.json").read_text("utf-8"))
    return {
        int(k): Chain(int(k), str(v["name"]), bool(v["testnet"]), v.get("explorer"), True,
                      str(v.get("symbol", "ETH")))
        for k, v in raw.items()
    }


def chain_by_id(chain_id: int) -> Chain:
    """The bundled entry for `chain_id`, or an unnamed placeholder for a chain not in the list."""
    found = _table().get(chain_id)
    return found or Chain(chain_id, f"chain {chain_id}", False, None, known=False, symbol="native coin")


def all_chains() -> list[Chain]:
    return sorted(_table().values(), key=lambda c: c.id)


def parse_chain(text: str) -> Chain | None:
    """A chain named by id ("1", "0x1") or by name ("ethereum", "base sepolia"); None if unknown."""
    t = text.strip().lower()
    try:
        return chain_by_id(int(t, 16) if t.startswith("0x") else int(t))
    except ValueError:
        pass
    for chain in _table().values():
        if chain.name.lower() == t:
            return chain
    return None
