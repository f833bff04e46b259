"""The fast path (bip32fast + hashes) against bip-utils, for every preset, on random seeds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.chains.address import parse_address
from walletdoc.chains.derive import derive_address
from walletdoc.chains.presets import PRESETS, expand
from walletdoc.recover.bip32fast import DerivationTree, path_text
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
