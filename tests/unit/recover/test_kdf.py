"""The SIMD PBKDF2 kernels against hashlib, bit for bit, and the kdf.py fallbacks."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walletdoc.recover import kdf

pytest.importorskip("numba")
from walletdoc.recover import simd_sha256, simd_sha512  # noqa: E402

ALGS = {"sha512": simd_sha512, "sha256": simd_sha256}
TREZOR = bytes.fromhex(
    "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
)
ABANDON = b" ".join([b"abandon"] * 11 + [b"about"])


def oracle(alg, pws, salts, it, dklen):
    return [hashlib.pbkdf2_hmac(alg, p, s, it, dklen) for p, s in zip(pws, salts)]


def simd(alg, pws, salts, it, dklen):
    return kdf._simd_batch(alg, ALGS[alg], pws, salts, it, dklen)


@pytest.fixture(scope="module")
def rng():
    return random.Random(1234)


@pytest.mark.parametrize("alg", ALGS)
def test_every_password_length_0_to_300(alg, rng):
    pws = [rng.randbytes(n) for n in range(301)]
    salts = [rng.randbytes(16)] * len(pws)
    for it in (1, 2, 3):
        assert simd(alg, pws, salts, it, 64) == oracle(alg, pws, salts, it, 64)


@pytest.mark.parametrize("alg", ALGS)
def test_every_salt_length_0_to_300(alg, rng):
    salts = [rng.randbytes(n) for n in range(301)]
    pws = [rng.randbytes(rng.randrange(0, 300)) for _ in salts]
    assert simd(alg, pws, salts, 2, 32) == oracle(alg, pws, salts, 2, 32)


@pytest.mark.parametrize("alg", ALGS)
def test_batch_sizes_around_the_lane_count(alg, rng):
    lanes = ALGS[alg].LANES
    for n in (1, lanes - 1, lanes, lanes + 1, 3 * lanes + 5):
        pws = [rng.randbytes(rng.randrange(0, 200)) for _ in range(n)]
        salts = [rng.randbytes(rng.randrange(0, 200)) for _ in range(n)]
        it = rng.choice((1, 2, 5, 17))
        assert simd(alg, pws, salts, it, 64) == oracle(alg, pws, salts, it, 64), (n, it)


@pytest.mark.parametrize(
    ("alg", "dklen"),
    [("sha512", 64), ("sha512", 32), ("sha512", 1), ("sha512", 65), ("sha512", 200)]
    + [("sha256", 32), ("sha256", 20), ("sha256", 33), ("sha256", 64), ("sha256", 100)],
)
def test_dklen_variants_including_multi_block(alg, dklen, rng):
    pws = [rng.randbytes(rng.randrange(0, 150)) for _ in range(11)]
    salts = [rng.randbytes(rng.randrange(0, 150)) for _ in range(11)]
    assert simd(alg, pws, salts, 4, dklen) == oracle(alg, pws, salts, 4, dklen)


def test_bip39_trezor_vector_through_the_kernel():
    assert kdf.backend() == "numba-simd"
    seeds = kdf.bip39_seeds([ABANDON] * kdf.MIN_BATCH, b"mnemonicTREZOR")
    assert seeds == [TREZOR] * kdf.MIN_BATCH
    assert kdf.bip39_seeds([ABANDON], b"mnemonicTREZOR") == [TREZOR]  # hashlib path


def test_web3_secret_storage_pbkdf2_vector_262144():
    # Web3 Secret Storage Definition, PBKDF2-SHA-256 test vector (c=262144, dklen=32)
    salt = bytes.fromhex("ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd")
    want = bytes.fromhex("f06d69cdc7da0faffb1008270bca38f5e31891a3a773950e6d0fea48a7188551")
    assert kdf.pbkdf2_sha256_batch([b"testpassword"] * kdf.MIN_BATCH, salt, 262144) == [want] * kdf.MIN_BATCH


def test_bip39_long_unicode_mnemonics_2048():
    # 24 CJK words in UTF-8 exceed the 128-byte block: the HMAC key is hashed first
    words = "的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们".encode()
    pws = [words, b"x" * 129, b"y" * 128, b"z" * 127, ABANDON * 3, b"", words * 2, b"\xff" * 300]
    salt = "mnemonic密码".encode()
    assert kdf.bip39_seeds(pws, salt) == oracle("sha512", pws, [salt] * len(pws), 2048, 64)


def test_public_api_one_salt_or_many(rng):
    pws = [rng.randbytes(rng.randrange(0, 100)) for _ in range(20)]
    salts = [rng.randbytes(rng.randrange(0, 100)) for _ in range(20)]
    assert kdf.pbkdf2_sha256_batch(pws, salts, 3) == oracle("sha256", pws, salts, 3, 32)
    assert kdf.pbkdf2_sha512_batch(pws, b"salt", 3, 32) == oracle("sha512", pws, [b"salt"] * 20, 3, 32)
    assert kdf.pbkdf2_sha256_batch([], b"salt", 3) == []
    with pytest.raises(ValueError):
        kdf.pbkdf2_sha512_batch(pws, salts[:3], 3)


def test_bad_types_and_values_are_the_callers_errors_and_keep_the_kernel(monkeypatch):
    with pytest.raises(TypeError):
        kdf.pbkdf2_sha512_batch(["text"] * 9, b"salt", 2)
    with pytest.raises(TypeError):
        kdf.pbkdf2_sha256_batch([b"a"] * 9, [5] * 9, 2)
    with pytest.raises(ValueError):
        kdf.pbkdf2_sha256_batch([b"a"] * 9, b"s", 0)
    with pytest.raises(ValueError):
        kdf.pbkdf2_sha512_batch([b"a"] * 9, b"s", 2, 0)
    assert kdf.backend() == "numba-simd"
    pws = [bytearray(b"pw%d" % i) for i in range(9)]
    assert kdf.pbkdf2_sha512_batch(pws, bytearray(b"s"), 2) == oracle("sha512", pws, [b"s"] * 9, 2, 64)


def test_big_batches_are_chunked(monkeypatch, rng):
    monkeypatch.setattr(kdf, "CHUNK", 10)
    pws = [rng.randbytes(rng.randrange(0, 80)) for _ in range(37)]
    assert kdf.pbkdf2_sha256_batch(pws, b"s", 3) == oracle("sha256", pws, [b"s"] * 37, 3, 32)


def test_kernel_failure_falls_back_to_hashlib_and_is_reported(monkeypatch):
    def boom(*args):
        raise RuntimeError("no LLVM today")

    broken = SimpleNamespace(pad_states=boom, iterate=boom, LANES=16)
    monkeypatch.setattr(kdf._Kernels, "modules", {"sha512": broken, "sha256": broken})
    monkeypatch.setattr(kdf._Kernels, "tried", True)
    monkeypatch.setattr(kdf._Kernels, "error", None)
    pws = [bytes([i]) * i for i in range(10)]
    assert kdf.pbkdf2_sha512_batch(pws, b"s", 2) == oracle("sha512", pws, [b"s"] * 10, 2, 64)
    assert kdf.backend().startswith("hashlib (kernel failed: RuntimeError")
    assert kdf.pbkdf2_sha256_batch(pws, b"s", 2) == oracle("sha256", pws, [b"s"] * 10, 2, 32)


def test_a_kernel_giving_wrong_answers_is_caught_by_the_self_check(monkeypatch):
    wrong = SimpleNamespace(pad_states=simd_sha256.pad_states, iterate=lambda *a: None, LANES=32)
    monkeypatch.setattr(kdf._Kernels, "modules", {"sha512": simd_sha512, "sha256": wrong})
    monkeypatch.setattr(kdf._Kernels, "tried", True)
    monkeypatch.setattr(kdf._Kernels, "error", None)
    monkeypatch.setattr(kdf._Kernels, "checked", set())
    pws = [bytes([i]) * i for i in range(10)]
    assert kdf.pbkdf2_sha256_batch(pws, b"s", 5) == oracle("sha256", pws, [b"s"] * 10, 5, 32)
    assert kdf.backend() == "hashlib (kernel failed: RuntimeError: self-check against hashlib failed)"


def test_numba_missing_means_hashlib(monkeypatch):
    monkeypatch.setattr(kdf._Kernels, "modules", None)
    monkeypatch.setattr(kdf._Kernels, "tried", True)
    monkeypatch.setattr(kdf._Kernels, "error", "ModuleNotFoundError: No module named 'numba'")
    assert kdf.backend().startswith("hashlib (ModuleNotFoundError")
    pws = [b"a"] * 9
    assert kdf.pbkdf2_sha256_batch(pws, b"s", 2) == oracle("sha256", pws, [b"s"] * 9, 2, 32)


def test_cache_dir_goes_to_user_cache_when_package_dir_is_read_only(monkeypatch, tmp_path):
    monkeypatch.delenv("NUMBA_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(kdf.os, "access", lambda *a: False)
    import numba

    monkeypatch.setattr(numba.config, "CACHE_DIR", numba.config.CACHE_DIR)
    kdf._ensure_cache_dir()
    assert kdf.os.environ["NUMBA_CACHE_DIR"] == str(tmp_path / "walletdoc" / "numba")
    assert (tmp_path / "walletdoc" / "numba").is_dir()


def test_cache_dir_set_by_user_is_kept(monkeypatch):
    monkeypatch.setenv("NUMBA_CACHE_DIR", "/somewhere/else")
    kdf._ensure_cache_dir()
    assert kdf.os.environ["NUMBA_CACHE_DIR"] == "/somewhere/else"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    alg=st.sampled_from(sorted(ALGS)),
    pws=st.lists(st.binary(max_size=300), min_size=1, max_size=40),
    salt=st.binary(max_size=300),
    it=st.integers(1, 6),
    dklen=st.integers(1, 150),
)
def test_property_matches_hashlib(monkeypatch, alg, pws, salt, it, dklen):
    monkeypatch.setattr(kdf, "MIN_BATCH", 1)
    fn = kdf.pbkdf2_sha512_batch if alg == "sha512" else kdf.pbkdf2_sha256_batch
    assert fn(pws, salt, it, dklen) == oracle(alg, pws, [salt] * len(pws), it, dklen)
    assert kdf.backend() == "numba-simd"


def test_importing_kdf_does_not_import_numba():
    code = "import sys, walletdoc.recover.kdf as k; k.pbkdf2_sha512_batch([b'a'] * 7, b's', 2); print('numba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_second_process_loads_the_kernels_from_the_disk_cache(tmp_path):
    code = (
        "from walletdoc.recover import kdf, simd_sha256, simd_sha512; kdf.warm_up(); "
        "fs = [m.iterate for m in (simd_sha256, simd_sha512)]; "
        "print(sum(sum(f.stats.cache_hits.values()) for f in fs), sum(sum(f.stats.cache_misses.values()) for f in fs))"
    )
    env = dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "numba"))
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout.split() == ["0", "2"]  # compiled, then written to the cache
    assert runs[1].stdout.split() == ["2", "0"]  # loaded, nothing compiled
    assert runs[1].stderr == ""
