"""Run a SearchJob on a Dask cluster: a LocalCluster on this machine or the owner's own scheduler.

The executor knows nothing about phrases or passwords: it scatters the job once to the
workers, hands out index ranges with back-pressure, reports each finished range, and
cancels the rest at the first hit. Workers receive the job, and with it the owner's
secrets, so it must never connect to a scheduler that is not on this machine unless the
owner said the cluster is theirs (`trust_cluster`), never start anything that listens on
an interface other than 127.0.0.1, and never log or name a task after the spec.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from walletdoc.errors import BadInput
from walletdoc.recover.dask_job_helpers import (
    InterruptHook,
    RangePlanner,
    finish_range,
    run_range_task,
    worker_walletdoc_version,
)
from walletdoc.recover.jobs import Hit, RangeResult, SearchJob

DEFAULT_PORT = 8786
WORKER_WAIT_SECONDS = 30.0
CONNECT_TIMEOUT = "10s"
# Workers hold the search spec (partial phrase / password pieces): never spill it to disk.
NO_SPILL = {"distributed": {"worker": {"memory": {"target": False, "spill": False}}}}
IN_FLIGHT_PER_THREAD = 2
REFRESH_SECONDS = 5.0  # how often the number of worker threads is read again
ALLOWED_FAILURES = 5  # worker deaths tolerated per range before the search stops
DRAIN_SECONDS = 30.0  # after Ctrl-C, how long running ranges get to report what they finished

OnResult = Callable[[RangeResult], None]

_REMOTE = re.compile(r"^(tcp|tls)://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-_]+)(?::(\d{1,5}))?/?$")
_LOCAL = re.compile(r"^local(?::(\d{1,4}))?$")


@dataclass(frozen=True)
class DaskAddress:
    """A parsed `--dask` value: `local[:N]` or `tcp|tls://HOST[:PORT]`."""

    scheme: str  # "local", "tcp" or "tls"
    host: str | None = None
    port: int | None = None
    workers: int | None = None  # local only; None = one per core

    @property
    def url(self) -> str:
        if self.scheme == "local":
            return "local" if self.workers is None else f"local:{self.workers}"
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def is_loopback(self) -> bool:
        if self.scheme == "local":
            return True
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host or "").is_loopback
        except ValueError:
            return False  # a host name: it may resolve anywhere


def parse_dask_address(text: str) -> DaskAddress:
    """Parse a `--dask` value; raises BadInput (exit 2) on anything else."""
    value = (text or "").strip()
    local = _LOCAL.match(value)
    if local:
        workers = int(local.group(1)) if local.group(1) else None
        if workers is not None and not 1 <= workers <= 1024:
            raise BadInput.of("dask.bad_address", address=value, detail="N must be between 1 and 1024")
        return DaskAddress("local", workers=workers)
    remote = _REMOTE.match(value)
    if not remote:
        raise BadInput.of(
            "dask.bad_address", address=value[:80], detail="expected local[:N], tcp://HOST:PORT or tls://HOST:PORT"
        )
    scheme, host, port_text = remote.groups()
    host = host.strip("[]")
    if len(host) > 253:
        raise BadInput.of("dask.bad_address", address=value[:80], detail="the host name is too long")
    port = int(port_text) if port_text else DEFAULT_PORT
    if not 1 <= port <= 65535:
        raise BadInput.of("dask.bad_address", address=value, detail="the port must be between 1 and 65535")
    if ":" in host:
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise BadInput.of("dask.bad_address", address=value, detail="not an IPv6 address") from None
    return DaskAddress(scheme, host=host, port=port)


def check_trust(address: DaskAddress, trust_cluster: bool) -> None:
    """Refuse a scheduler off this machine unless the owner said the cluster is theirs."""
    if not address.is_loopback and not trust_cluster:
        raise BadInput.of("dask.untrusted_scheduler", address=address.url)


def notices(address: DaskAddress) -> list[str]:
    """Catalog codes (dask.ui_*) the CLI should show before a search on this address."""
    codes = ["dask.ui_spec_sent"]
    if address.scheme == "tcp" and not address.is_loopback:
        codes.append("dask.ui_plaintext")
    return codes


def _tls_security(address: DaskAddress) -> Any:
    """Dask's Security from its own config (files or DASK_DISTRIBUTED__COMM__TLS__* variables)."""
    from distributed.security import Security

    security = Security(require_encryption=True)
    if not getattr(security, "tls_ca_file", None) or not getattr(security, "tls_client_cert", None):
        raise BadInput.of("dask.tls_not_configured", address=address.url)
    return security


def local_worker_memory(workers: int) -> int:
    """Memory each LocalCluster worker may use: an equal share of this machine's RAM."""
    import psutil

    return int(psutil.virtual_memory().total // max(1, workers))


class DaskExecutor:
    """Connects to (or starts) a Dask cluster and runs SearchJobs on it; use as a context manager.

    `run(job, on_result, done)` returns the Hit or None once the whole space is searched.
    """

    def __init__(
        self,
        address: str,
        *,
        trust_cluster: bool = False,
        chunk: int | None = None,
        task_seconds: float = 3.0,
        allowed_failures: int = ALLOWED_FAILURES,
        worker_wait: float = WORKER_WAIT_SECONDS,
    ) -> None:
        self.address = parse_dask_address(address)
        check_trust(self.address, trust_cluster)
        self.chunk = chunk
        self.task_seconds = task_seconds
        self.allowed_failures = allowed_failures
        self.worker_wait = worker_wait
        self.client: Any = None
        self.cluster: Any = None
        self.stats: dict[str, int] = {}

    # -- cluster lifecycle -------------------------------------------------------------
    def __enter__(self) -> DaskExecutor:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        if self.client is not None:
            return
        try:
            import dask
            from distributed import Client
        except ImportError:
            raise BadInput.of("dask.not_installed") from None
        try:
            with dask.config.set({"distributed.scheduler.allowed-failures": self.allowed_failures}):
                if self.address.scheme == "local":
                    self.cluster = self._start_local_cluster()
                    self.client = Client(self.cluster, set_as_default=False)
                else:
                    self.client = self._connect(Client)
            self._check_workers()
        except BaseException:
            self.close()
            raise

    def _start_local_cluster(self) -> Any:
        import dask
        from distributed import LocalCluster

        workers = self.address.workers or os.cpu_count() or 1
        memory = local_worker_memory(workers)
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # the scheduler always serves /health and /metrics: a random loopback port, no dashboard pages
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
            worker_dashboard_address=None,
            memory_limit=memory,
            resources={"MEMORY": memory},
            silence_logs=logging.ERROR,
            # workers hold the search spec: never spill it to disk (the nanny keeps this across restarts)
            config=dask.config.merge(dask.config.config, NO_SPILL),
        )

    def _connect(self, client_class: Any) -> Any:
        security = _tls_security(self.address) if self.address.scheme == "tls" else None
        try:
            return client_class(self.address.url, security=security, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            detail = type(exc).__name__ + (f": {exc}" if str(exc) else "")
            raise BadInput.of("dask.unreachable", address=self.address.url, detail=detail[:200]) from None

    def _check_workers(self) -> None:
        try:
            self.client.wait_for_workers(1, timeout=self.worker_wait)
        except TimeoutError:
            raise BadInput.of("dask.no_workers", address=self.address.url, seconds=int(self.worker_wait)) from None
        mine = worker_walletdoc_version()
        try:
            versions = self.client.run(worker_walletdoc_version)
        except Exception as exc:  # noqa: BLE001 - a worker without walletdoc fails to unpickle
            raise BadInput.of("dask.worker_setup", detail=type(exc).__name__, version=mine) from None
        wrong = sorted({v for v in versions.values() if v != mine})
        if wrong:
            detail = f"worker walletdoc version {', '.join(wrong)}"
            raise BadInput.of("dask.worker_setup", detail=detail, version=mine)

    def close(self) -> None:
        client, cluster = self.client, self.cluster
        self.client = self.cluster = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()

    # -- capacity ------------------------------------------------------------------------
    @property
    def workers(self) -> int:
        """Worker threads (the Executor protocol's `workers`); before start, what local:N will start."""
        if self.client is not None:
            return self.slots()
        if self.address.scheme == "local":
            return self.address.workers or os.cpu_count() or 1
        return 0

    def worker_info(self) -> dict[str, dict[str, Any]]:
        """Worker address -> {nthreads, resources} as the scheduler sees it now."""
        info = self.client.scheduler_info(n_workers=-1)
        return {
            addr: {"nthreads": int(w.get("nthreads", 1)), "resources": dict(w.get("resources") or {})}
            for addr, w in info.get("workers", {}).items()
        }

    def slots(self, memory_per_task: int = 0) -> int:
        """Tasks the cluster can run at once (memory-bound workers count fewer)."""
        total = 0
        for worker in self.worker_info().values():
            threads = worker["nthreads"]
            if memory_per_task > 0:
                threads = min(threads, int(worker["resources"].get("MEMORY", 0) // memory_per_task))
            total += threads
        return total

    def _check_memory(self, memory_per_task: int) -> None:
        if memory_per_task > 0 and self.slots(memory_per_task) == 0:
            raise BadInput.of("dask.no_memory_resource", mib=-(-memory_per_task // 2**20), bytes=memory_per_task)

    # -- the search ----------------------------------------------------------------------
    def run(
        self,
        job: SearchJob,
        on_result: OnResult | None = None,
        done: Iterable[tuple[int, int]] | None = None,
    ) -> Hit | None:
        """Search every range of `job` not in `done`; the first Hit cancels the rest."""
        from distributed import Event, as_completed
        from distributed.scheduler import KilledWorker

        if self.client is None:  # not used as a context manager: close what this call starts
            with self:
                return self.run(job, on_result, done)
        client = self.client
        memory = int(job.memory_per_task or 0)
        self._check_memory(memory)
        resources = {"MEMORY": memory} if memory > 0 else None
        planner = RangePlanner(job.size, done, chunk=self.chunk, task_seconds=self.task_seconds)
        run_id = uuid.uuid4().hex[:12]
        stop_event = Event(f"walletdoc-stop-{run_id}", client=client)
        # hash=False: a content hash of the job would be a hash of the owner's secrets in the key
        job_future = client.scatter(job, broadcast=True, hash=False)
        self.stats = {"submitted": 0, "finished": 0}
        in_flight: dict[str, Any] = {}
        pending = as_completed(loop=client.loop)
        limit, refreshed = self._limit(memory), time.monotonic()

        def submit_more() -> None:
            while len(in_flight) < limit:
                rng = planner.next_range()
                if rng is None:
                    return
                key = f"walletdoc-range-{run_id}-{rng[0]}-{rng[1]}"
                future = client.submit(
                    run_range_task, job_future, rng[0], rng[1], stop_event.name,
                    key=key, pure=False, resources=resources,
                )  # fmt: skip
                in_flight[key] = future
                pending.add(future)
                self.stats["submitted"] += 1

        hit: Hit | None = None
        hook = InterruptHook()
        try:
            submit_more()
            for future in pending:
                in_flight.pop(future.key, None)
                try:
                    result: RangeResult = future.result()
                except KilledWorker:
                    raise BadInput.of("dask.worker_died", failures=self.allowed_failures + 1) from None
                future.release()
                self.stats["finished"] += 1
                hit = finish_range(planner, result, on_result)
                if hit is not None:
                    break
                hook.tick()
                if time.monotonic() - refreshed > REFRESH_SECONDS:
                    limit, refreshed = self._limit(memory), time.monotonic()
                submit_more()
        except KeyboardInterrupt:
            stop_event.set()
            self._drain(list(in_flight.values()), on_result)
            raise
        finally:
            self._stop(stop_event, list(in_flight.values()), job_future, pending)
        return hit

    def _drain(self, outstanding: list[Any], on_result: OnResult | None) -> None:
        """After Ctrl-C: drop queued ranges, collect what the running ones finished (for the checkpoint)."""
        from distributed import wait

        with contextlib.suppress(Exception):
            running = {key for keys in self.client.processing().values() for key in keys}
            queued = [f for f in outstanding if f.key not in running]
            self.client.cancel(queued, force=True)
            outstanding = [f for f in outstanding if f.key in running]
        with contextlib.suppress(Exception):
            wait(outstanding, timeout=DRAIN_SECONDS)
        for future in outstanding:
            if future.status != "finished":
                continue
            with contextlib.suppress(Exception):
                result = future.result(timeout=1)
                if on_result is not None and result.hit is None:
                    on_result(result)

    def _limit(self, memory: int) -> int:
        return max(1, IN_FLIGHT_PER_THREAD * self.slots(memory))

    def _stop(self, stop_event: Any, outstanding: list[Any], job_future: Any, pending: Any) -> None:
        """Tell running tasks to return early, drop queued ones and the scattered job."""
        with contextlib.suppress(Exception):
            stop_event.set()
        with contextlib.suppress(Exception):
            pending.clear()
        with contextlib.suppress(Exception):
            self.client.cancel([*outstanding, job_future], force=True)




def run_on_dask(
    job: SearchJob,
    address: str,
    *,
    trust_cluster: bool = False,
    on_result: OnResult | None = None,
    done: Iterable[tuple[int, int]] | None = None,
    chunk: int | None = None,
    task_seconds: float = 3.0,
) -> Hit | None:
    """One search on a Dask cluster: connect (or start `local[:N]`), run, always close."""
    with DaskExecutor(address, trust_cluster=trust_cluster, chunk=chunk, task_seconds=task_seconds) as executor:
        return executor.run(job, on_result=on_result, done=done)
