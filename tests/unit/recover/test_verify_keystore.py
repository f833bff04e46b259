"""KeystoreJob / VaultJob: the cheap checks agree with the reference verifiers; ranges, stops, hits."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import pickle
from pathlib import Path

import pytest
from eth_account import Account
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.checks.keystore import parse_keystore
from walletdoc.errors import BadInput
from walletdoc.recover import password_space as ps
from walletdoc.recover import passwords as pw
from walletdoc.recover import verify_keystore as vk

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "keystores"
PASSWORD = "walletdoc-test"
ADDRESS = "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"
KEY = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"


def wordlist(tmp_path, words) -> ps.TypoSpace:
    path = tmp_path / f"w{len(words)}.txt"
    path.write_text("\n".join(words) + "\n", encoding="utf-8")
    return ps.build_space(str(path), None, 0)


def job_for(raw: bytes, space: ps.TypoSpace) -> vk.PasswordJob:
    return vk.make_job(parse_keystore(raw), hashlib.sha256(raw).hexdigest(), space)


def vault(password: str, iterations: int | None = None) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, iv = os.urandom(32), os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations or 10_000, 32)
    rings = [{"type": "Simple Key Pair", "data": [KEY]}]
    data = AESGCM(key).encrypt(iv, json.dumps(rings).encode(), None)
    obj = {"data": base64.b64encode(data).decode(), "iv": base64.b64encode(iv).decode(),
           "salt": base64.b64encode(salt).decode()}
    if iterations:
        obj["keyMetadata"] = {"algorithm": "PBKDF2", "params": {"iterations": iterations}}
    return json.dumps(obj).encode()


def decoys(n: int) -> list[str]:
    return [f"decoy{i}" for i in range(n)]


def test_scrypt_fast_check_agrees_with_reference(tmp_path) -> None:
    raw = (FIXTURES / "v3_scrypt.json").read_bytes()
    job = job_for(raw, wordlist(tmp_path, ["x"]))
    tries = [os.urandom(5).hex().encode() for _ in range(5)] + [PASSWORD.encode()]
    assert job.matches(tries) == [k for k, t in enumerate(tries) if job.keystore.password_matches(t)] == [5]
    assert job.memory_per_task >= 128 * 8 * 1024 and job.batch == 1


@pytest.mark.parametrize("name", ["v3_scrypt.json", "v3_pbkdf2.json"])
def test_v3_found_in_range(tmp_path, name) -> None:
    raw = (FIXTURES / name).read_bytes()
    words = decoys(70) + [PASSWORD] + decoys(5)
    job = job_for(raw, wordlist(tmp_path, words))
    assert job.run_range(0, 70).hit is None
    result = job.run_range(60, job.size)
    assert result.hit is not None and result.hit.index == 70
    assert result.hit.found == {"password": PASSWORD, "address": ADDRESS, "damaged": False}
    assert PASSWORD not in repr(result.hit) and PASSWORD not in repr(job)


def test_pbkdf2_kernel_batch_matches_reference(tmp_path) -> None:
    raw = json.dumps(Account.encrypt(KEY, "Pässwörd ✓", kdf="pbkdf2", iterations=300)).encode()
    words = decoys(130) + ["Pässwörd ✓"]
    job = job_for(raw, wordlist(tmp_path, words))
    passwords = [w.encode() for w in words]
    assert job.matches(passwords) == [130]  # 131 candidates: two full kernel batches and a tail
    assert job.run_range(0, job.size).hit.found["password"] == "Pässwörd ✓"


def test_vault_found_with_typo(tmp_path) -> None:
    raw = vault("correct horse1", iterations=1000)
    words = tmp_path / "w.txt"
    words.write_text("hello\ncorrect horse\n", encoding="utf-8")
    job = job_for(raw, ps.build_space(str(words), None, 1))
    assert isinstance(job, vk.VaultJob) and job.memory_per_task == 0
    result = job.run_range(0, job.size)
    assert result.hit is not None and result.hit.found["password"] == "correct horse1"
    assert result.hit.found["address"] == ADDRESS and not result.hit.found["damaged"]


def test_should_stop_returns_partial_range(tmp_path) -> None:
    raw = (FIXTURES / "v3_pbkdf2.json").read_bytes()
    job = job_for(raw, wordlist(tmp_path, decoys(300)))
    result = job.run_range(0, 300, lambda: True)
    assert result.hit is None and result.stop == vk.PBKDF2_BATCH and result.tried == vk.PBKDF2_BATCH


def test_pickle_and_spec_hash(tmp_path) -> None:
    raw = (FIXTURES / "v3_scrypt.json").read_bytes()
    a = job_for(raw, wordlist(tmp_path, decoys(3) + [PASSWORD]))
    clone = pickle.loads(pickle.dumps(a))
    assert clone.spec_hash == a.spec_hash and clone.run_range(0, clone.size).hit.index == 3
    other_file = job_for((FIXTURES / "v3_pbkdf2.json").read_bytes(), wordlist(tmp_path, decoys(3) + [PASSWORD]))
    other_words = job_for(raw, wordlist(tmp_path, decoys(4)))
    assert len({a.spec_hash, other_file.spec_hash, other_words.spec_hash}) == 3
    assert PASSWORD not in a.spec_hash and PASSWORD.encode() not in pickle.dumps(a.spec_hash)


def test_scrypt_maxmem_is_enough_for_hashlib() -> None:
    for n, r, p in ((1 << 14, 8, 1), (1 << 10, 4, 3)):
        hashlib.scrypt(b"x", salt=b"s", n=n, r=r, p=p, maxmem=vk.scrypt_maxmem(n, r, p), dklen=32)


def test_plan_workers_by_memory() -> None:
    mib = 1 << 20
    scrypt = vk.scrypt_maxmem(262144, 8, 1)
    plan = vk.plan_workers(None, scrypt, cores=16, available=1200 * mib)
    assert plan.limited_by == "memory" and plan.workers == int(1200 * mib * vk.MEMORY_SHARE // plan.memory_per_worker)
    assert vk.plan_workers(None, scrypt, cores=2, available=64000 * mib).workers == 2
    assert vk.plan_workers(1, 0, cores=8, available=None) == vk.WorkerPlan(1, 8, 1, 0, None, "request")
    assert vk.plan_workers(99, 0, cores=8, available=None).workers == 8
    with pytest.raises(BadInput) as exc:
        vk.plan_workers(None, scrypt, cores=2, available=100 * mib)
    assert exc.value.code == "keysearch.no_memory"


def test_calibration_times_the_files_kdf(tmp_path) -> None:
    job = job_for((FIXTURES / "v3_scrypt.json").read_bytes(), wordlist(tmp_path, ["a"]))
    single = vk.seconds_per_try(job, budget=0.05)
    assert single > 0  # a measurement, never bounded by time (the machine may be loaded)
    assert vk.parallel_seconds_per_try(job, 2, single, budget=0.05) > 0
    assert "n=1024" in vk.describe_kdf(job)


def test_false_positive_is_not_a_hit(tmp_path, monkeypatch) -> None:
    job = job_for((FIXTURES / "v3_pbkdf2.json").read_bytes(), wordlist(tmp_path, decoys(3)))
    monkeypatch.setattr(vk.KeystoreJob, "matches", lambda self, pws: list(range(len(pws))))
    result = job.run_range(0, 3)
    assert result.hit is None and result.tried == 3


def test_tokens_space_with_unicode(tmp_path) -> None:
    raw = json.dumps(Account.encrypt(KEY, "Grüße2024!", kdf="pbkdf2", iterations=100)).encode()
    space = ps.TypoSpace(pw.TokenSpace(pw.parse_tokens("grüße|Grüße\n? 2023|2024\n$ !|?\n")), 0)
    assert job_for(raw, space).run_range(0, space.size).hit.found["password"] == "Grüße2024!"


PBKDF2_RAW = (FIXTURES / "v3_pbkdf2.json").read_bytes()
VAULT_RAW = (FIXTURES / "metamask_vault.json").read_bytes()


@settings(max_examples=15, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), min_size=1, max_size=20), st.integers(0, 20), st.booleans())
def test_fast_check_equals_reference_on_random_batches(words, at, use_vault) -> None:
    """The kernel batch + cheap MAC / GCM check agree with the reference verifiers of walletdoc.checks."""
    raw = VAULT_RAW if use_vault else PBKDF2_RAW
    keystore = parse_keystore(raw)
    job = vk.make_job(keystore, "x", ps.TypoSpace(pw.TokenSpace(pw.parse_tokens("a\n")), 0))
    passwords = [w.encode() for w in words]
    passwords.insert(min(at, len(passwords)), PASSWORD.encode())
    passwords += [b"pad%d" % i for i in range(max(0, 9 - len(passwords)))]  # >= MIN_BATCH: the SIMD kernel
    reference = keystore.decrypt if use_vault else keystore.password_matches
    assert job.matches(passwords) == [k for k, p in enumerate(passwords) if reference(p)]
