"""The real MnemonicJob for bench_dask.py --job mnemonic: 12 words, 2 unknown (positions 3 and 8), ETH target.

The target is the address of another phrase, so the search never hits and every
checksum survivor pays the full verification (BIP39 seed, BIP32 path, keccak address).
"""

from __future__ import annotations

PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow"
OTHER = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
OTHER_ETH = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"  # OTHER at m/44'/60'/0'/0/0
PATH = "m/44'/60'/0'/0/0"


def mnemonic_job():
    from walletdoc.recover.spec import build_spec
    from walletdoc.recover.verify_mnemonic import MnemonicJob

    words = PHRASE.split()
    words[2] = words[7] = "?"
    return MnemonicJob(build_spec(" ".join(words), [OTHER_ETH], paths=[PATH]))
