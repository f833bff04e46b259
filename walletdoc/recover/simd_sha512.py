"""Multi-lane PBKDF2-HMAC-SHA-512 kernel (numba), the BIP39 seed hot path.

Candidates are processed LANES at a time in a small work buffer laid out words x lanes
(lanes innermost, contiguous, sized to stay in L1): every schedule step and every round is
one short loop over the lanes, which LLVM vectorises — 16 lanes of uint64 (four 256-bit
registers per word).
HMAC pad states are compressed once per candidate, then each iteration is two compressions.
Single-threaded on purpose (parallelism comes from processes). Importing this module imports
numba: only walletdoc.recover.kdf imports it, lazily. It never keeps what it is given.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_U = np.uint64

K512 = np.array(
    [
        0x428A2F98D728AE22, 0x7137449123EF65CD, 0xB5C0FBCFEC4D3B2F, 0xE9B5DBA58189DBBC,
        0x3956C25BF348B538, 0x59F111F1B605D019, 0x923F82A4AF194F9B, 0xAB1C5ED5DA6D8118,
        0xD807AA98A3030242, 0x12835B0145706FBE, 0x243185BE4EE4B28C, 0x550C7DC3D5FFB4E2,
        0x72BE5D74F27B896F, 0x80DEB1FE3B1696B1, 0x9BDC06A725C71235, 0xC19BF174CF692694,
        0xE49B69C19EF14AD2, 0xEFBE4786384F25E3, 0x0FC19DC68B8CD5B5, 0x240CA1CC77AC9C65,
        0x2DE92C6F592B0275, 0x4A7484AA6EA6E483, 0x5CB0A9DCBD41FBD4, 0x76F988DA831153B5,
        0x983E5152EE66DFAB, 0xA831C66D2DB43210, 0xB00327C898FB213F, 0xBF597FC7BEEF0EE4,
        0xC6E00BF33DA88FC2, 0xD5A79147930AA725, 0x06CA6351E003826F, 0x142929670A0E6E70,
        0x27B70A8546D22FFC, 0x2E1B21385C26C926, 0x4D2C6DFC5AC42AED, 0x53380D139D95B3DF,
        0x650A73548BAF63DE, 0x766A0ABB3C77B2A8, 0x81C2C92E47EDAEE6, 0x92722C851482353B,
        0xA2BFE8A14CF10364, 0xA81A664BBC423001, 0xC24B8B70D0F89791, 0xC76C51A30654BE30,
        0xD192E819D6EF5218, 0xD69906245565A910, 0xF40E35855771202A, 0x106AA07032BBD1B8,
        0x19A4C116B8D2D0C8, 0x1E376C085141AB53, 0x2748774CDF8EEB99, 0x34B0BCB5E19B48A8,
        0x391C0CB3C5C95A63, 0x4ED8AA4AE3418ACB, 0x5B9CCA4F7763E373, 0x682E6FF3D6B2B8A3,
        0x748F82EE5DEFB2FC, 0x78A5636F43172F60, 0x84C87814A1F0AB72, 0x8CC702081A6439EC,
        0x90BEFFFA23631E28, 0xA4506CEBDE82BDE9, 0xBEF9A3F7B2C67915, 0xC67178F2E372532B,
        0xCA273ECEEA26619C, 0xD186B8C721C0C207, 0xEADA7DD6CDE0EB1E, 0xF57D4F7FEE6ED178,
        0x06F067AA72176FBA, 0x0A637DC5A2C898A6, 0x113F9804BEF90DAE, 0x1B710B35131C471B,
        0x28DB77F523047D84, 0x32CAAB7B40C72493, 0x3C9EBE0A15C9BEBC, 0x431D67C49C100D4C,
        0x4CC5D4BECB3E42B6, 0x597F299CFC657E2A, 0x5FCB6FAB3AD6FAEC, 0x6C44198C4A475817,
    ],
    dtype=np.uint64,
)  # fmt: skip
IV512 = np.array(
    [
        0x6A09E667F3BCC908, 0xBB67AE8584CAA73B, 0x3C6EF372FE94F82B, 0xA54FF53A5F1D36F1,
        0x510E527FADE682D1, 0x9B05688C2B3E6C1F, 0x1F83D9ABFB41BD6B, 0x5BE0CD19137E2179,
    ],
    dtype=np.uint64,
)  # fmt: skip
_PAD = _U(0x8000000000000000)
_LEN = _U((128 + 64) * 8)  # bits hashed by each inner/outer compression after the pad block
_Z = _U(0)


# Lanes per group: a compile-time constant so LLVM proves rows never overlap. Measured (AVX-512
# host, 256-bit vectors): 8 lanes 1.6x hashlib, 16 and 32 lanes 4.6x, 64 lanes 4.4x (L1 spill).
LANES = 16
# Rows (each LANES words) of the per-group work buffer.
_IST, _OST, _U1, _T, _ST, _W, _A, _E = 0, 8, 16, 24, 32, 40, 120, 204
_ROWS = 288


@njit(cache=True, inline="always")
def _rotr(x, n):  # type: ignore[no-untyped-def]
    return (x >> _U(n)) | (x << _U(64 - n))


@njit(cache=True, boundscheck=False)
def _compress(b):  # type: ignore[no-untyped-def]
    """Compress the block in rows _W[0:16] into the state in rows _ST[0:8], in place.
    No row arguments: one compiled variant serves every caller (compile time)."""
    st = out = _ST
    L = LANES  # noqa: N806
    for t in range(16, 80):
        o = (_W + t) * L
        for l in range(L):  # noqa: E741
            x = b[o - 15 * L + l]
            y = b[o - 2 * L + l]
            s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> _U(7))
            s1 = _rotr(y, 19) ^ _rotr(y, 61) ^ (y >> _U(6))
            b[o + l] = b[o - 16 * L + l] + s0 + b[o - 7 * L + l] + s1
    for l in range(L):  # noqa: E741  A[0..3] = d, c, b, a; E[0..3] = h, g, f, e
        b[_A * L + l] = b[(st + 3) * L + l]
        b[(_A + 1) * L + l] = b[(st + 2) * L + l]
        b[(_A + 2) * L + l] = b[(st + 1) * L + l]
        b[(_A + 3) * L + l] = b[st * L + l]
        b[_E * L + l] = b[(st + 7) * L + l]
        b[(_E + 1) * L + l] = b[(st + 6) * L + l]
        b[(_E + 2) * L + l] = b[(st + 5) * L + l]
        b[(_E + 3) * L + l] = b[(st + 4) * L + l]
    for r in range(80):
        k = K512[r]
        oa = (_A + r) * L
        oe = (_E + r) * L
        ow = (_W + r) * L
        for l in range(L):  # noqa: E741
            a, b_, c, d = b[oa + 3 * L + l], b[oa + 2 * L + l], b[oa + L + l], b[oa + l]
            e, f, g, h = b[oe + 3 * L + l], b[oe + 2 * L + l], b[oe + L + l], b[oe + l]
            t1 = h + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)) + (g ^ (e & (f ^ g))) + k + b[ow + l]
            t2 = (_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)) + ((a & b_) | (c & (a | b_)))
            b[oa + 4 * L + l] = t1 + t2
            b[oe + 4 * L + l] = d + t1
    for l in range(L):  # noqa: E741
        b[out * L + l] = b[st * L + l] + b[(_A + 83) * L + l]
        b[(out + 1) * L + l] = b[(st + 1) * L + l] + b[(_A + 82) * L + l]
        b[(out + 2) * L + l] = b[(st + 2) * L + l] + b[(_A + 81) * L + l]
        b[(out + 3) * L + l] = b[(st + 3) * L + l] + b[(_A + 80) * L + l]
        b[(out + 4) * L + l] = b[(st + 4) * L + l] + b[(_E + 83) * L + l]
        b[(out + 5) * L + l] = b[(st + 5) * L + l] + b[(_E + 82) * L + l]
        b[(out + 6) * L + l] = b[(st + 6) * L + l] + b[(_E + 81) * L + l]
        b[(out + 7) * L + l] = b[(st + 7) * L + l] + b[(_E + 80) * L + l]


@njit(cache=True, boundscheck=False)
def _iterate_group(b, iterations):  # type: ignore[no-untyped-def]
    """Rows ist[0:8], ost[8:16], u[16:24], t[24:32] of b hold one group of LANES lanes."""
    L = LANES  # noqa: N806
    for l in range(L):  # noqa: E741  block tail: 0x80 pad, zeros, length in bits
        b[(_W + 8) * L + l] = _PAD
        for j in range(9, 15):
            b[(_W + j) * L + l] = _Z
        b[(_W + 15) * L + l] = _LEN
    for _ in range(iterations - 1):
        for j in range(8 * L):
            b[_W * L + j] = b[_U1 * L + j]
            b[_ST * L + j] = b[_IST * L + j]
        _compress(b)
        for j in range(8 * L):
            b[_W * L + j] = b[_ST * L + j]
            b[_ST * L + j] = b[_OST * L + j]
        _compress(b)
        for j in range(8 * L):
            b[_U1 * L + j] = b[_ST * L + j]
            b[_T * L + j] ^= b[_ST * L + j]


@njit(cache=True, boundscheck=False)
def pad_states(keys: np.ndarray, out: np.ndarray) -> None:  # pragma: no cover - numba
    """keys: (16, n) big-endian words of the key block XOR pad -> out: (8, n) state after it."""
    n = keys.shape[1]
    L = LANES  # noqa: N806
    b = np.zeros(_ROWS * L, dtype=np.uint64)
    for lo in range(0, n, L):
        hi = min(n, lo + L)
        for j in range(8):
            for l in range(L):  # noqa: E741
                b[(_ST + j) * L + l] = IV512[j]
        for j in range(16):
            for l in range(hi - lo):  # noqa: E741
                b[(_W + j) * L + l] = keys[j, lo + l]
        _compress(b)
        for j in range(8):
            for l in range(hi - lo):  # noqa: E741
                out[j, lo + l] = b[(_ST + j) * L + l]


@njit(cache=True, boundscheck=False)
def iterate(ist, ost, u, t, iterations):  # type: ignore[no-untyped-def]
    """Run PBKDF2 iterations 2..`iterations` in place. ist/ost: (8, n) HMAC pad states;
    u: (8, n) U_1 words (overwritten); t: (8, n) accumulator, starts as U_1. Lanes are
    processed LANES at a time (the last group padded) so a group's working set stays in L1."""
    n = u.shape[1]
    L = LANES  # noqa: N806
    b = np.zeros(_ROWS * L, dtype=np.uint64)
    for lo in range(0, n, L):
        hi = min(n, lo + L)
        for j in range(8):
            for l in range(hi - lo):  # noqa: E741
                b[(_IST + j) * L + l] = ist[j, lo + l]
                b[(_OST + j) * L + l] = ost[j, lo + l]
                b[(_U1 + j) * L + l] = u[j, lo + l]
                b[(_T + j) * L + l] = t[j, lo + l]
        _iterate_group(b, iterations)
        for j in range(8):
            for l in range(hi - lo):  # noqa: E741
                u[j, lo + l] = b[(_U1 + j) * L + l]
                t[j, lo + l] = b[(_T + j) * L + l]
