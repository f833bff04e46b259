"""The fast path (bip32fast + hashes) against bip-utils, for every preset, on random seeds."""

import hmac

from coincurve import PublicKey
from Crypto.Hash import keccak
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.chains.address import parse_address
from walletdoc.chains.derive import derive_address
from walletdoc.chains.presets import PRESETS, expand
from walletdoc.recover.bip32fast import DerivationTree, N, compress, hmac_pads, hmac_with, keccak256, path_text, pub65
from walletdoc.recover.spec import parse_path

PAIRS = sorted({(p.chain, path, script) for p in PRESETS.values()
                for path, script in expand(p, indexes=[0, 1], accounts=[0, 2], change=True)})


@settings(max_examples=8, deadline=None)
@given(st.binary(min_size=64, max_size=64))
def test_every_preset_matches_bip_utils(seed):
    tree = DerivationTree((parse_path(path), script) for _, path, script in PAIRS)
    fast = {(path_text(st_.path), kind): payload for st_, kind, payload in tree.walk(seed)}
    for chain, path, script in PAIRS:
        ref = derive_address(seed, chain, path, script).address
        infos = [i for i in parse_address(ref) if i.kind == script]
        assert infos, (chain, path, script)
        assert fast[(path_text(parse_path(path)), script)] == infos[0].payload, (chain, path, script)


def test_match_and_shared_prefix():
    seed = bytes(range(64))
    ref = derive_address(seed, "eth", "m/44'/60'/0'/0/7", "evm").address
    target = ("evm", parse_address(ref)[0].payload)
    tree = DerivationTree((parse_path(f"m/44'/60'/0'/0/{i}"), "evm") for i in range(10))
    assert len(tree.steps) == 4 + 10  # the prefix is derived once
    step, kind, payload = tree.match(seed, {target})
    assert path_text(step.path) == "m/44'/60'/0'/0/7" and kind == "evm"
    assert tree.match(seed, {("evm", b"\x00" * 20)}) is None


@settings(max_examples=30, deadline=None)
@given(st.binary(min_size=0, max_size=128), st.binary(min_size=0, max_size=80),
       st.integers(1, N - 1).map(lambda k: k.to_bytes(32, "big")))
def test_fast_primitives_match_public_apis(key, msg, secret):
    assert hmac_with(hmac_pads(key), msg) == hmac.digest(key, msg, "sha512")
    assert keccak256(msg) == keccak.new(data=msg, digest_bits=256).digest()
    pub = PublicKey.from_secret(secret)
    assert pub65(secret) == pub.format(compressed=False)
    assert compress(pub65(secret)) == pub.format()


@settings(max_examples=4, deadline=None)
@given(st.binary(min_size=64, max_size=64))
def test_wide_tree_matches_bip_utils(seed):
    """Parents with many children (shared HMAC pads), accounts and indexes as in the default scan."""
    paths = [f"m/44'/60'/{a}'/0/{i}" for a in range(3) for i in range(10)] + [f"m/44'/60'/0'/{i}" for i in range(4)]
    tree = DerivationTree((parse_path(p), "evm") for p in paths)
    fast = {path_text(st_.path): payload for st_, _, payload in tree.walk(seed)}
    assert len(fast) == len(paths)
    for p in paths[::3]:
        ref = derive_address(seed, "eth", p, "evm").address
        assert fast[p] == parse_address(ref)[0].payload, p
