"""Searches on a real LocalCluster: hit found, ranges covered, cancellation, a killed worker, memory."""

from __future__ import annotations

import os
import signal
import time

import psutil
import pytest

from tests.dask.toyjob import ToyJob, digest, first_index_with_prefix, markers
from walletdoc.errors import BadInput
from walletdoc.recover.executor_dask import DaskExecutor

pytestmark = pytest.mark.dask


def covered(results):
    spans = sorted((r.start, r.stop) for r in results)
    for (_, b), (c, _) in zip(spans, spans[1:]):
        assert b == c, f"gap or overlap at {b}/{c}"
    return spans[0][0], spans[-1][1]


def test_finds_the_first_hit(executor):
    prefix = digest(41_234)[:7]
    assert first_index_with_prefix(prefix, 60_000) == 41_234
    results = []
    hit = executor.run(ToyJob(60_000, prefix), on_result=results.append)
    assert hit is not None and hit.index == 41_234 and hit.found == {"index": 41_234}
    assert any(r.hit is not None for r in results)


def test_no_hit_covers_every_range_once(executor):
    results = []
    assert executor.run(ToyJob(30_000, ""), on_result=results.append) is None
    assert covered(results) == (0, 30_000)
    assert sum(r.tried for r in results) == 30_000
    assert all(r.seconds > 0 for r in results)


def test_checkpointed_ranges_are_skipped(executor):
    done = [(0, 1000), (5000, 7000), (9000, 10_000)]
    results = []
    assert executor.run(ToyJob(10_000, ""), on_result=results.append, done=done) is None
    spans = sorted([(r.start, r.stop) for r in results] + done)
    assert covered([type("R", (), {"start": a, "stop": b}) for a, b in spans]) == (0, 10_000)
    assert sum(r.tried for r in results) == 10_000 - 4000


def test_hit_cancels_outstanding_ranges(executor, tmp_path):
    executor.chunk = 10
    try:
        # 200 ranges of 10 candidates, 0.1 s each; the hit is in the 4th range
        prefix = digest(35)[:8]
        assert first_index_with_prefix(prefix, 2000) == 35
        job = ToyJob(2000, prefix, delay=0.01, marker_dir=str(tmp_path))
        hit = executor.run(job)
    finally:
        executor.chunk = None
    assert hit is not None and hit.index == 35
    time.sleep(0.5)  # let anything still running on the workers finish
    started = markers(tmp_path, "started")
    print("ranges started", len(started), "stopped early", len(markers(tmp_path, "stopped")), executor.stats)
    assert len(started) < 20, f"{len(started)} of 200 ranges ran after the hit"
    # back-pressure: never more than 2 x threads in flight beyond what finished
    assert executor.stats["submitted"] <= executor.stats["finished"] + 2 * executor.slots()


def test_killed_worker_loses_only_its_range(executor, tmp_path):
    pids = executor.client.run(os.getpid)
    assert len(pids) == 2
    victim = next(iter(pids.values()))
    results = []

    def on_result(result):
        results.append(result)
        if len(results) == 3:
            os.kill(victim, signal.SIGKILL)

    executor.chunk = 20
    try:
        job = ToyJob(600, "", delay=0.01, marker_dir=str(tmp_path))  # 30 ranges of 0.2 s
        assert executor.run(job, on_result=on_result) is None
    finally:
        executor.chunk = None
    assert covered(results) == (0, 600) and len(results) == 30
    finished = {(a, b) for a, b, _ in markers(tmp_path, "finished")}
    finished_by = set(markers(tmp_path, "finished"))
    lost = [(a, b) for a, b, pid in markers(tmp_path, "started") if pid == victim and (a, b, pid) not in finished_by]
    assert lost, "the killed worker was not running a range"
    assert all(rng in finished for rng in lost), "a lost range was not redone"
    executor.client.wait_for_workers(2, timeout=30)


def test_memory_hungry_job_uses_worker_resources(executor):
    job = ToyJob(2000, "", memory_per_task=256 * 2**20)
    assert executor.slots(job.memory_per_task) == 2
    results = []
    assert executor.run(job, on_result=results.append) is None
    assert covered(results) == (0, 2000)
    with pytest.raises(BadInput) as err:
        executor.run(ToyJob(100, "", memory_per_task=2**50))
    assert err.value.code == "dask.no_memory_resource" and "MEMORY=" in " ".join(err.value.advice)


def test_connects_to_a_running_scheduler(executor):
    address = executor.cluster.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    prefix = digest(777)[:7]
    with DaskExecutor(address) as remote:
        hit = remote.run(ToyJob(5000, prefix))
    assert hit is not None and hit.index == first_index_with_prefix(prefix, 5000)


def test_worker_dying_every_time_stops_the_search(executor):
    def scheduler_set(n):
        executor.client.run_on_scheduler(lambda dask_scheduler: setattr(dask_scheduler, "allowed_failures", n))

    previous = executor.client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.allowed_failures)
    scheduler_set(0)
    try:
        with pytest.raises(BadInput) as err:
            executor.run(ToyJob(10, "", die=True))
    finally:
        scheduler_set(previous)
    assert err.value.code == "dask.worker_died"
    executor.client.wait_for_workers(2, timeout=30)


def test_nothing_listens_beyond_loopback(executor):
    assert executor.cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert all(addr.startswith("tcp://127.0.0.1:") for addr in executor.worker_info())
    pids = list(executor.client.run(os.getpid).values()) + [os.getpid()]
    for pid in pids:
        for conn in psutil.Process(pid).net_connections(kind="inet"):
            if conn.status == psutil.CONN_LISTEN:
                assert conn.laddr.ip == "127.0.0.1", (pid, conn.laddr)


def test_ctrl_c_reports_partial_ranges_then_raises(executor, monkeypatch, tmp_path):
    monkeypatch.setenv("WALLETDOC_TEST_INTERRUPT_AFTER", "2")
    results = []
    executor.chunk = 50
    try:
        with pytest.raises(KeyboardInterrupt):
            executor.run(ToyJob(5000, "", delay=0.02, marker_dir=str(tmp_path)), on_result=results.append)
    finally:
        executor.chunk = None
    assert sum(r.stop - r.start for r in results) < 5000, "the search ran to the end instead of stopping"
    assert len(results) >= 2
    spans = sorted((r.start, r.stop) for r in results)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:])), "reported ranges overlap"
    assert all(r.tried == r.stop - r.start for r in results)  # a partial range reports only what it did
    assert len(markers(tmp_path, "started")) <= 6  # queued ranges were dropped, not run


def test_checkpoint_records_dask_ranges_and_resume_finishes(executor, monkeypatch, tmp_path):
    from walletdoc.recover.checkpoint import Checkpoint

    job = ToyJob(3000, "", delay=0.002)
    path = str(tmp_path / "search.ckpt")
    first = Checkpoint(path, job)
    monkeypatch.setenv("WALLETDOC_TEST_INTERRUPT_AFTER", "3")
    executor.chunk = 100
    try:
        with pytest.raises(KeyboardInterrupt):
            executor.run(job, on_result=first.record, done=first.load())
        first.save()
        monkeypatch.delenv("WALLETDOC_TEST_INTERRUPT_AFTER")
        second = Checkpoint(path, job)
        done = second.load()
        assert 0 < sum(b - a for a, b in done) < 3000
        results = []
        assert executor.run(job, on_result=results.append, done=done) is None
    finally:
        executor.chunk = None
    spans = sorted([(r.start, r.stop) for r in results] + done)
    assert spans[0][0] == 0 and spans[-1][1] == 3000
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))


def test_run_without_context_manager_closes_its_cluster():
    executor = DaskExecutor("local:1")
    prefix = digest(99)[:6]
    hit = executor.run(ToyJob(500, prefix))
    assert hit is not None and hit.index == first_index_with_prefix(prefix, 500)
    assert executor.client is None and executor.cluster is None


def _spill_setting(dask_worker):
    memory = dask_worker.memory_manager
    return (memory.memory_target_fraction, memory.memory_spill_fraction)


def test_a_restarted_worker_still_never_spills(executor):
    executor.run(ToyJob(10, ""), on_result=None)
    executor.client.restart()
    executor.client.wait_for_workers(2, timeout=60)
    assert set(executor.client.run(_spill_setting).values()) == {(False, False)}


def test_local_workers_never_spill_the_spec_to_disk(executor):
    executor.run(ToyJob(10, ""), on_result=None)  # make sure the cluster is up
    assert set(executor.client.run(_spill_setting).values()) == {(False, False)}
