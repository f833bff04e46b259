import pickle

from walletdoc.recover.spec import build_spec
from walletdoc.recover.verify_mnemonic import MnemonicJob, confirm

from ._fixtures import address, damaged, phrase

M = phrase()


def test_finds_unknown_last_word_and_reports_index():
    eth = address(M, "eth", "m/44'/60'/0'/0/1", "evm")
    job = MnemonicJob(build_spec(damaged(M, w11="?"), [eth], wallets=["metamask"]))
    assert job.size == 2048 and job.survivors(0, 2048) == 128
    r = job.run_range(0, job.size)
    assert r.hit is not None and r.hit.found["mnemonic"] == M
    assert r.hit.found["path"] == "m/44'/60'/0'/0/1" and r.hit.found["address"] == eth
    assert job.space.candidate(r.hit.index)[0] == tuple(job.space.candidate(r.hit.index)[0])
    assert M.split()[0] not in repr(r.hit) + repr(job)


def test_no_false_positive_and_pickle():
    other = address(phrase(seed=2), "eth", "m/44'/60'/0'/0/0", "evm")
    job = MnemonicJob(build_spec(damaged(M, w11="?"), [other], wallets=["metamask"]))
    clone = pickle.loads(pickle.dumps(job))
    r = clone.run_range(0, 1024)
    assert r.hit is None and r.tried == clone.survivors(0, 1024)


def test_confirm_rejects_wrong_path():
    eth = address(M, "eth", "m/44'/60'/0'/0/1", "evm")
    job = MnemonicJob(build_spec(M, [eth], wallets=["metamask"]))
    target = job.spec.targets[0]
    found = {"mnemonic": M, "passphrase": "", "path": "m/44'/60'/0'/0/1", "kind": "evm"}
    assert confirm(found, target)
    assert not confirm(dict(found, path="m/44'/60'/0'/0/2"), target)
    assert not confirm(dict(found, passphrase="x"), target)


def test_should_stop_returns_partial_range():
    other = address(phrase(seed=2), "eth", "m/44'/60'/0'/0/0", "evm")
    job = MnemonicJob(build_spec(damaged(M, w3="?", w11="?"), [other], wallets=["metamask"]))
    r = job.run_range(0, 8 * 2048, should_stop=lambda: True)
    assert r.hit is None and 0 < r.stop < 8 * 2048 and r.tried == job.survivors(0, r.stop)
