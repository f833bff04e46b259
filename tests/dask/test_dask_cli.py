"""`recover mnemonic --dask` through the real CLI: a LocalCluster finds the phrase; a remote
scheduler is refused without --trust-cluster and the warning names what is sent."""

import pytest

from tests.cli.test_recover_mnemonic import M, assert_found, recover
from tests.unit.recover._fixtures import address, damaged

pytestmark = pytest.mark.dask


def test_recover_on_local_dask_cluster(tmp_path):
    eth = address(M, "eth", "m/44'/60'/0'/0/1", "evm")
    r = recover(tmp_path, damaged(M, w5="?"), "--address", eth, "--wallet", "metamask", "--dask", "local:2")
    assert_found(r, M, "m/44'/60'/0'/0/1", eth)
    assert "sent to every Dask worker" in r.stderr


def test_remote_scheduler_needs_trust(tmp_path):
    eth = address(M, "eth", "m/44'/60'/0'/0/1", "evm")
    r = recover(tmp_path, damaged(M, w5="?"), "--address", eth, "--dask", "tcp://192.0.2.10:8786")
    assert r.code == 2 and r.codes == ["dask.untrusted_scheduler"]
    assert M.split()[4] not in r.stdout + r.stderr
