"""BIP32 derivation of addresses from a BIP39 seed, per path and script type (bip-utils).

Takes a seed (bytes) and returns DerivedAddress records whose private key stays wrapped
in `Secret`. This module must never log, print or put a seed or key in an exception; a
bad path is reported by its text only (paths are public).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bip_utils import Bip32Slip10Secp256k1
from bip_utils.bip.bip32.base import Bip32Base

from walletdoc.chains import encoding as enc
from walletdoc.chains.address import SCRIPTS, encode_address
from walletdoc.chains.presets import PathTemplate, WalletPreset, expand_templates
from walletdoc.errors import BadInput
from walletdoc.secrets import Secret

HARDENED = 0x80000000
COIN_TYPES = {0: "btc", 2: "ltc", 3: "doge", 60: "eth", 145: "bch", 195: "trx"}
PURPOSE_SCRIPTS = {44: "p2pkh", 49: "p2sh-p2wpkh", 84: "p2wpkh", 86: "p2tr"}
_WIF_VERSIONS = {"btc": 0x80, "bch": 0x80, "ltc": 0xB0, "doge": 0x9E}
_LEVEL = re.compile(r"^(\d{1,10})(['hH]?)$")
MAX_DEPTH = 10


@dataclass(frozen=True)
class DerivedAddress:
    chain: str
    path: str
    script: str
    address: str
    public_key: bytes  # 33-byte compressed
    private_key: Secret | None = None  # WIF for BTC-like chains, 0x-hex for eth, hex for trx


def parse_path(path: str) -> tuple[int, ...]:
    """"m/44'/60'/0'/0/0" -> child indexes (hardened ones with the 2^31 bit). BadInput if malformed."""
    text = path.strip()
    parts = text.split("/")
    if not parts or parts[0] not in ("m", "M") or len(parts) - 1 > MAX_DEPTH:
        raise BadInput.of("derive.bad_path", path=text[:80])
    levels = []
    for part in parts[1:]:
        m = _LEVEL.match(part)
        if m is None or int(m.group(1)) >= HARDENED:
            raise BadInput.of("derive.bad_path", path=text[:80])
        levels.append(int(m.group(1)) | (HARDENED if m.group(2) else 0))
    return tuple(levels)


def format_path(levels: Sequence[int]) -> str:
    return "/".join(["m"] + [f"{i & ~HARDENED}'" if i & HARDENED else str(i) for i in levels])


def chain_of_path(levels: Sequence[int]) -> str | None:
    """The chain a BIP44-style path names by its coin type (level 2), if known."""
    if len(levels) >= 2 and levels[1] & HARDENED:
        return COIN_TYPES.get(levels[1] & ~HARDENED)
    return None


def script_of_path(levels: Sequence[int], chain: str) -> str | None:
    """The script type a path's purpose implies on `chain` (44 p2pkh, 49 …, 86 p2tr)."""
    if chain in ("eth", "trx"):
        return SCRIPTS[chain][0]
    if levels and levels[0] & HARDENED:
        return PURPOSE_SCRIPTS.get(levels[0] & ~HARDENED)
    return None


def private_key_text(chain: str, key: bytes) -> Secret:
    if chain == "eth":
        return Secret("0x" + key.hex(), "derived")
    if chain == "trx":
        return Secret(key.hex(), "derived")
    return Secret(enc.b58check_encode(bytes([_WIF_VERSIONS[chain]]) + key + b"\x01"), "derived")


class _Tree:
    """A BIP32 tree from one seed that remembers every node it derived (shared prefixes once)."""

    def __init__(self, seed: bytes) -> None:
        if not 16 <= len(seed) <= 64:
            raise BadInput.of("derive.bad_seed")
        self._nodes: dict[tuple[int, ...], Bip32Base] = {(): Bip32Slip10Secp256k1.FromSeed(seed)}

    def node(self, levels: tuple[int, ...]) -> Bip32Base:
        found = self._nodes.get(levels)
        if found is None:
            found = self.node(levels[:-1]).ChildKey(levels[-1])
            self._nodes[levels] = found
        return found


def _derive(tree: _Tree, chain: str, path: str, script: str) -> DerivedAddress:
    levels = parse_path(path)
    node = tree.node(levels)
    pub = bytes(node.PublicKey().RawCompressed().ToBytes())
    priv = private_key_text(chain, bytes(node.PrivateKey().Raw().ToBytes()))
    return DerivedAddress(chain, format_path(levels), script, encode_address(chain, script, pub), pub, priv)


def derive_address(seed: bytes, chain: str, path: str, script: str) -> DerivedAddress:
    """The address at `path` for (chain, script); BadInput for a malformed path or script."""
    if script not in SCRIPTS.get(chain, ()):
        raise BadInput.of("derive.bad_script", chain=chain, script=script,
                          allowed=", ".join(SCRIPTS.get(chain, ())))
    return _derive(_Tree(seed), chain, path, script)


def derive_many(
    seed: bytes,
    preset_or_templates: WalletPreset | Sequence[PathTemplate],
    indexes: range | Sequence[int] = range(10),
    accounts: range | Sequence[int] = range(3),
    *,
    chain: str | None = None,
    change: bool = False,
) -> list[DerivedAddress]:
    """Every address of a preset (or of templates on `chain`), most likely first.

    Nodes are cached, so a hardened prefix shared by many paths is derived once. Without a
    preset, `chain` defaults to the one named by each template's coin type.
    """
    if isinstance(preset_or_templates, WalletPreset):
        chain = preset_or_templates.chain
        templates = list(preset_or_templates.templates)
    else:
        templates = list(preset_or_templates)
    tree = _Tree(seed)
    out = []
    for path, script in expand_templates(templates, list(indexes), list(accounts), change):
        this_chain = chain or chain_of_path(parse_path(path))
        if this_chain is None:
            raise BadInput.of("derive.unknown_chain", path=path)
        if script not in SCRIPTS[this_chain]:
            raise BadInput.of("derive.bad_script", chain=this_chain, script=script,
                              allowed=", ".join(SCRIPTS[this_chain]))
        out.append(_derive(tree, this_chain, path, script))
    return out
