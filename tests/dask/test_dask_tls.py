"""A search over TLS: certificates from Dask's own config, as docs/dask.md tells the owner to set them."""

from __future__ import annotations

import shutil
import subprocess

import dask
import pytest
from distributed import LocalCluster
from distributed.security import Security

from tests.dask.toyjob import ToyJob, digest, first_index_with_prefix
from walletdoc.recover.executor_dask import DaskExecutor

pytestmark = [pytest.mark.dask, pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")]


def make_certs(d):
    def run(*args):
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "1",
        "-subj",
        "/CN=walletdoc-test-ca",
    )
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=127.0.0.1")
    run(
        "x509",
        "-req",
        "-in",
        "node.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "node.pem",
        "-days",
        "1",
    )
    return str(d / "ca.pem"), str(d / "node.pem"), str(d / "node.key")


def test_search_over_tls_with_dask_config(tmp_path):
    ca, cert, key = make_certs(tmp_path)
    security = Security(
        tls_ca_file=ca,
        tls_scheduler_cert=cert,
        tls_scheduler_key=key,
        tls_worker_cert=cert,
        tls_worker_key=key,
        tls_client_cert=cert,
        tls_client_key=key,
        require_encryption=True,
    )
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tls",
        security=security,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tls://127.0.0.1:")
        prefix = digest(1234)[:6]
        config = {
            "distributed.comm.tls.ca-file": ca,
            "distributed.comm.tls.client.cert": cert,
            "distributed.comm.tls.client.key": key,
        }
        with dask.config.set(config), DaskExecutor(address) as executor:
            hit = executor.run(ToyJob(3000, prefix))
        assert hit is not None and hit.index == first_index_with_prefix(prefix, 3000)
