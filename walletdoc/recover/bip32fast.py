"""BIP32 derivation for the recovery hot path: coincurve, a shared path tree, set lookup.

All paths to check are compiled once into a flat list of child-derivation steps (a tree:
shared prefixes such as m/44'/60'/0' are derived once per seed), so each seed costs one
HMAC per tree edge and one point multiplication per leaf or non-hardened parent. Leaves
are hashed to the payloads `chains.address.parse_address` reports (hash160, script hash,
taproot output key, keccak account) and looked up in a set. Cross-checked against
bip-utils in the tests. Works on seeds and keys (secret): never logs or keeps them.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from coincurve import PublicKey

N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
HARDENED = 0x80000000
_TAPTWEAK = hashlib.sha256(b"TapTweak").digest()


def _ripemd160_hashlib(data: bytes) -> bytes:
    return hashlib.new("ripemd160", data).digest()


def _ripemd160_pycryptodome(data: bytes) -> bytes:
    from Crypto.Hash import RIPEMD160

    return bytes(RIPEMD160.new(data).digest())


try:  # OpenSSL 3 may lack ripemd160 (legacy provider)
    hashlib.new("ripemd160", b"")
    ripemd160 = _ripemd160_hashlib
except ValueError:
    ripemd160 = _ripemd160_pycryptodome


def _keccak_pycryptodome(data: bytes) -> bytes:
    from Crypto.Hash import keccak

    return bytes(keccak.new(data=data, digest_bits=256).digest())


keccak256 = _keccak_pycryptodome


def hash160(data: bytes) -> bytes:
    return ripemd160(hashlib.sha256(data).digest())


def payload_of(kind: str, pub: PublicKey) -> bytes | None:
    """What parse_address reports as the payload of this key's address of `kind`."""
    if kind in ("p2pkh", "p2wpkh"):
        return hash160(pub.format())
    if kind == "p2sh-p2wpkh":
        return hash160(b"\x00\x14" + hash160(pub.format()))
    if kind == "p2tr":
        xonly = pub.format()[1:]
        tweak = hashlib.sha256(_TAPTWEAK + _TAPTWEAK + xonly).digest()
        if int.from_bytes(tweak, "big") >= N:
            return None
        return bytes(PublicKey(b"\x02" + xonly).add(tweak).format()[1:])
    if kind in ("evm", "trx"):
        return keccak256(pub.format(compressed=False)[1:])[-20:]
    raise ValueError(f"unknown script kind {kind!r}")


@dataclass(frozen=True)
class Step:
    parent: int  # slot of the parent node (0 = master)
    index: int  # child number (>= HARDENED for hardened)
    slot: int  # slot of this node
    kinds: tuple[str, ...]  # script kinds to check here (empty: an inner node only)
    path: tuple[int, ...]


class DerivationTree:
    """Every path to check, compiled into steps derived parent-first."""

    def __init__(self, leaves: Iterable[tuple[Sequence[int], str]]) -> None:
        kinds: dict[tuple[int, ...], list[str]] = {}
        for path, kind in leaves:
            p = tuple(path)
            for depth in range(1, len(p)):
                kinds.setdefault(p[:depth], [])
            lst = kinds.setdefault(p, [])
            if kind not in lst:
                lst.append(kind)
        if () in kinds:
            raise ValueError("the master key itself is not a supported path")
        slots: dict[tuple[int, ...], int] = {(): 0}
        steps: list[Step] = []
        for p in sorted(kinds, key=lambda t: (len(t), t)):
            slots[p] = len(slots)
            steps.append(Step(slots[p[:-1]], p[-1], slots[p], tuple(kinds[p]), p))
        self.steps = steps
        self.n_slots = len(slots)
        self.needs_pub = {s.parent for s in steps if s.index < HARDENED} | {s.slot for s in steps if s.kinds}
        self.n_leaves = sum(1 for s in steps if s.kinds)

    def __repr__(self) -> str:
        return f"DerivationTree(steps={len(self.steps)}, leaves={self.n_leaves})"

    def walk(self, seed: bytes) -> Iterator[tuple[Step, str, bytes]]:
        """(step, kind, payload) for every leaf of this seed, in step order."""
        digest = hmac.digest(b"Bitcoin seed", seed, "sha512")
        k0 = int.from_bytes(digest[:32], "big")
        if not 0 < k0 < N:
            return
        keys: list[int | None] = [None] * self.n_slots
        codes: list[bytes] = [b""] * self.n_slots
        pubs: list[PublicKey | None] = [None] * self.n_slots
        keys[0], codes[0] = k0, digest[32:]
        needs_pub = self.needs_pub
        for st in self.steps:
            k = keys[st.parent]
            if k is None:
                continue
            if st.index >= HARDENED:
                data = b"\x00" + k.to_bytes(32, "big") + st.index.to_bytes(4, "big")
            else:
                pp = pubs[st.parent]
                if pp is None:
                    pp = pubs[st.parent] = PublicKey.from_secret(k.to_bytes(32, "big"))
                data = pp.format() + st.index.to_bytes(4, "big")
            i = hmac.digest(codes[st.parent], data, "sha512")
            il = int.from_bytes(i[:32], "big")
            child = (il + k) % N
            if il >= N or child == 0:
                continue  # invalid child (probability ~2^-127): BIP32 says skip it
            keys[st.slot], codes[st.slot] = child, i[32:]
            if st.kinds:
                pub = PublicKey.from_secret(child.to_bytes(32, "big"))
                if st.slot in needs_pub:
                    pubs[st.slot] = pub
                for kind in st.kinds:
                    payload = payload_of(kind, pub)
                    if payload is not None:
                        yield st, kind, payload

    def match(self, seed: bytes, targets: set[tuple[str, bytes]]) -> tuple[Step, str, bytes] | None:
        """The first leaf whose (kind, payload) is a target, or None."""
        for st, kind, payload in self.walk(seed):
            if (kind, payload) in targets:
                return st, kind, payload
        return None


def path_text(path: Sequence[int]) -> str:
    return "m" + "".join(f"/{i - HARDENED}'" if i >= HARDENED else f"/{i}" for i in path)
