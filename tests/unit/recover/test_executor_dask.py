"""The Dask executor's pure parts: address parsing, the trust rule, TLS config, range planning."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.dask.toyjob import ToyJob, digest
from walletdoc import i18n
from walletdoc.errors import BadInput
from walletdoc.recover import executor_dask
from walletdoc.recover.dask_job_helpers import RangePlanner, StopCheck, missing_intervals, run_range_task
from walletdoc.recover.executor_dask import DaskAddress, DaskExecutor, check_trust, notices, parse_dask_address
from walletdoc.recover.jobs import RangeResult


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("local", DaskAddress("local")),
        ("local:3", DaskAddress("local", workers=3)),
        ("tcp://127.0.0.1:8786", DaskAddress("tcp", "127.0.0.1", 8786)),
        ("tcp://localhost", DaskAddress("tcp", "localhost", 8786)),
        ("tls://10.0.0.5:9000", DaskAddress("tls", "10.0.0.5", 9000)),
        ("tcp://[::1]:8786", DaskAddress("tcp", "::1", 8786)),
        ("tls://sched.lan:8786/", DaskAddress("tls", "sched.lan", 8786)),
    ],
)
def test_parse_valid_addresses(text, expected):
    assert parse_dask_address(text) == expected
    assert parse_dask_address(expected.url) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "local:0",
        "local:x",
        "local:99999",
        "udp://1.2.3.4:1",
        "tcp://",
        "tcp://h:0",
        "tcp://h:70000",
        "tcp://[zz::1]:1",
        "127.0.0.1:8786",
        "tcp://a b:1",
        "\x00\xff",
        "tcp://" + "a" * 10_000 + ":1",
        "inproc://x",
    ],
)
def test_parse_refuses_malformed(text):
    with pytest.raises(BadInput) as err:
        parse_dask_address(text)
    assert err.value.code == "dask.bad_address" and err.value.exit_code == 2
    assert len(err.value.message) < 300


@given(st.text(max_size=60))
def test_parse_never_crashes(text):
    try:
        parse_dask_address(text)
    except BadInput:
        pass


@pytest.mark.parametrize(
    ("text", "loopback"),
    [
        ("local", True),
        ("tcp://127.0.0.1:1", True),
        ("tcp://127.8.0.1:1", True),
        ("tcp://[::1]:1", True),
        ("tcp://localhost:1", True),
        ("tcp://10.0.0.2:1", False),
        ("tls://192.168.1.2:1", False),
        ("tcp://sched.lan:1", False),
        ("tcp://localhost.evil.com:1", False),
        ("tcp://[::ffff:8.8.8.8]:1", False),
    ],
)
def test_loopback_detection(text, loopback):
    assert parse_dask_address(text).is_loopback is loopback


def test_remote_scheduler_refused_without_trust():
    address = parse_dask_address("tcp://10.1.2.3:8786")
    with pytest.raises(BadInput) as err:
        check_trust(address, trust_cluster=False)
    assert err.value.code == "dask.untrusted_scheduler"
    assert "partial phrase or password pieces" in err.value.message
    assert any("--trust-cluster" in step for step in err.value.advice)
    check_trust(address, trust_cluster=True)
    with pytest.raises(BadInput):
        DaskExecutor("tls://10.1.2.3:8786")  # refused before any connection is tried


def test_notices_warn_about_the_spec_and_plaintext():
    assert notices(parse_dask_address("local")) == ["dask.ui_spec_sent"]
    assert notices(parse_dask_address("tcp://10.0.0.1:1")) == ["dask.ui_spec_sent", "dask.ui_plaintext"]
    assert notices(parse_dask_address("tls://10.0.0.1:1")) == ["dask.ui_spec_sent"]
    for code in ["dask.ui_spec_sent", "dask.ui_plaintext", "dask.ui_cluster"]:
        assert i18n.text(code, address="x", workers=1, threads=1)[0]


def test_tls_without_certificates_is_refused():
    ex = DaskExecutor("tls://127.0.0.1:1")
    with pytest.raises(BadInput) as err:
        ex.start()
    assert err.value.code == "dask.tls_not_configured"
    assert ex.client is None


def test_unreachable_scheduler(monkeypatch):
    monkeypatch.setattr(executor_dask, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ex = DaskExecutor(f"tcp://127.0.0.1:{port}")
    with pytest.raises(BadInput) as err:
        ex.start()
    assert err.value.code == "dask.unreachable"
    assert ex.client is None


@pytest.mark.parametrize(
    ("size", "done", "gaps"),
    [
        (10, None, [(0, 10)]),
        (10, [(0, 10)], []),
        (10, [(2, 4), (0, 2), (8, 12)], [(4, 8)]),
        (10, [(3, 5), (4, 6)], [(0, 3), (6, 10)]),
        (0, None, []),
        (10, [(5, 5), (7, 6)], [(0, 10)]),
    ],
)
def test_missing_intervals(size, done, gaps):
    assert missing_intervals(size, done) == gaps


def drain(planner):
    out = []
    while (rng := planner.next_range()) is not None:
        out.append(rng)
    return out


def test_planner_fixed_chunk_skips_done():
    planner = RangePlanner(25, [(10, 20)], chunk=4)
    assert planner.remaining == 15
    assert drain(planner) == [(0, 4), (4, 8), (8, 10), (20, 24), (24, 25)]
    assert planner.remaining == 0


def test_planner_sizes_ranges_from_the_measured_rate():
    planner = RangePlanner(10**9, task_seconds=3.0, first_chunk=64)
    assert planner.next_range() == (0, 64)
    planner.observe(RangeResult(0, 64, 64, seconds=0.001))  # 64k/s measured, but growth is capped
    assert planner.chunk == 64 * 8
    for _ in range(10):
        planner.observe(RangeResult(0, 1000, 1000, seconds=0.1))  # 10k candidates/s
    assert 25_000 <= planner.chunk <= 35_000  # about 3 s of work
    planner.observe(RangeResult(0, 30_000, 30_000, seconds=300.0))  # slowed down: shrinks at once
    assert planner.chunk < 25_000


def test_planner_covers_everything_exactly(tmp_path):
    planner = RangePlanner(10_000, [(100, 200)])
    seen = []
    while (rng := planner.next_range()) is not None:
        seen.append(rng)
        planner.observe(RangeResult(*rng, tried=rng[1] - rng[0], seconds=0.01))
    spans = sorted(seen + [(100, 200)])
    assert spans[0][0] == 0 and spans[-1][1] == 10_000
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))


def test_run_range_task_times_and_finds():
    prefix = digest(5)[:6]
    result = run_range_task(ToyJob(100, prefix), 0, 100, None)
    assert result.hit is not None and result.hit.index == 5 and result.seconds > 0
    assert StopCheck(None)() is False
    assert StopCheck("walletdoc-stop-no-cluster")() is False  # no client: never stops, never raises
