import pytest

from walletdoc.recover.executors import InProcessExecutor, ProcessPoolExecutor
from walletdoc.recover.jobs import Hit, RangeResult


class CountingJob:
    """A cheap picklable job: the hit is at one index; sleeps a little per candidate."""

    memory_per_task = 0

    def __init__(self, size, hit_at=None):
        self.size, self.hit_at, self.spec_hash = size, hit_at, "t"

    def run_range(self, start, stop, should_stop=None):
        if self.hit_at is not None and start <= self.hit_at < stop:
            return RangeResult(start, stop, self.hit_at - start + 1, Hit(self.hit_at, {"x": 1}))
        return RangeResult(start, stop, stop - start)


@pytest.mark.parametrize("make", [lambda: InProcessExecutor(chunk=100),
                                  lambda: ProcessPoolExecutor(2, chunk=100)])
def test_exhausts_space_and_skips_done(make):
    seen = []
    hit = make().run(CountingJob(1000), on_result=seen.append, done=[(0, 300)])
    assert hit is None
    assert sorted((r.start, r.stop) for r in seen) == [(s, s + 100) for s in range(300, 1000, 100)]


def test_first_hit_stops():
    seen = []
    hit = ProcessPoolExecutor(2, chunk=50).run(CountingJob(100000, hit_at=120), on_result=seen.append)
    assert hit is not None and hit.index == 120
    assert len(seen) < 20


def test_interrupt_hook(monkeypatch):
    monkeypatch.setenv("WALLETDOC_TEST_INTERRUPT_AFTER", "2")
    seen = []
    with pytest.raises(KeyboardInterrupt):
        InProcessExecutor(chunk=10).run(CountingJob(100), on_result=seen.append)
    assert len(seen) == 2
