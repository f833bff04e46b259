"""Real recovery jobs on the shared LocalCluster: a mnemonic with one unknown word (ETH address)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.dask

PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow"  # BIP39 vector
PATH = "m/44'/60'/0'/0/0"


def eth_address(phrase: str) -> str:
    from bip_utils import Bip32Slip10Secp256k1, Bip39SeedGenerator, EthAddrEncoder

    seed = Bip39SeedGenerator(phrase).Generate()
    key = Bip32Slip10Secp256k1.FromSeed(seed).DerivePath(PATH)
    return EthAddrEncoder.EncodeKey(key.PublicKey().KeyObject())


def test_mnemonic_one_unknown_word_found(executor):
    verify = pytest.importorskip("walletdoc.recover.verify_mnemonic")
    from walletdoc.recover.spec import build_spec

    words = PHRASE.split()
    words[5] = "?"
    spec = build_spec(" ".join(words), [eth_address(PHRASE)], paths=[PATH])
    job = verify.MnemonicJob(spec)
    assert job.size == 2048
    results = []
    hit = executor.run(job, on_result=results.append)
    assert hit is not None
    assert hit.found["mnemonic"] == PHRASE
    assert hit.found["address"].lower() == eth_address(PHRASE).lower()
    assert "sausage" not in repr(hit) and "sausage" not in repr(job)
    assert sum(r.enumerated for r in results) <= job.size
