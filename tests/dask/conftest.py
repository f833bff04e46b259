"""One real LocalCluster (2 worker processes, 127.0.0.1 only) shared by the Dask tests."""

from __future__ import annotations

import pytest

from walletdoc.recover.executor_dask import DaskExecutor


@pytest.fixture(scope="module")
def executor():
    with DaskExecutor("local:2") as ex:
        yield ex
    assert ex.client is None and ex.cluster is None
