"""A real keystore password search on the shared LocalCluster: scrypt v3, memory resources, first hit."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from walletdoc.checks.keystore import parse_keystore
from walletdoc.recover import password_space as ps
from walletdoc.recover import passwords as pw
from walletdoc.recover.verify_keystore import KeystoreJob, make_job

pytestmark = pytest.mark.dask

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "keystores" / "v3_scrypt.json"


def test_scrypt_keystore_password_found(executor):
    raw = FIXTURE.read_bytes()
    space = ps.TypoSpace(pw.TokenSpace(pw.parse_tokens("walletdoc|wallet|doc\n? -|_|.\ntest|tset\n")), 0)
    job = make_job(parse_keystore(raw), hashlib.sha256(raw).hexdigest(), space)
    assert isinstance(job, KeystoreJob) and job.memory_per_task > 0
    assert executor.slots(job.memory_per_task) >= 1
    executor.chunk = 4
    try:
        results = []
        hit = executor.run(job, on_result=results.append)
    finally:
        executor.chunk = None
    assert hit is not None and hit.found["password"] == "walletdoc-test"
    assert hit.found["address"] == "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"
    assert "walletdoc-test" not in repr(hit) and "walletdoc-test" not in repr(job)
    assert sum(r.enumerated for r in results) <= job.size
