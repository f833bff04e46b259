"""Has an address ever been used? EVM over JSON-RPC, BTC-like chains over an Esplora REST API.

EVM: `eth_getTransactionCount` + `eth_getBalance` per address, batched through
`walletdoc.rpc.client.RpcClient`. BTC-like: `GET {base}/address/{address}` of an
Esplora-compatible server (Blockstream esplora / electrs, mempool.space), whose
`chain_stats` / `mempool_stats` carry `tx_count`, `funded_txo_sum`, `spent_txo_sum`.
`ActivitySource` (picklable: a URL and a kind) opens an `ActivityLookup` that caches
answers and keeps to a request rate. It takes addresses only — never a key, a seed or a
phrase (a `Secret` or any non-string is refused before a byte is sent) — and never logs
what it looked up. Transport failures are `NodeError` (exit 3); 429/5xx are retried.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPException, RemoteDisconnected
from typing import Any

from walletdoc.errors import BadInput, NodeError, WalletdocError
from walletdoc.rpc.client import RETRY_STATUSES, RpcClient, SecretRefused, hex_int, validate_url
from walletdoc.rpc.public import is_loopback, network_reason, redact_url, shorten

REMOTE_RATE = 10.0  # requests per second to a server that is not on this machine
ESPLORA_PARALLEL = 4  # requests in flight to an Esplora server
MAX_ESPLORA_BYTES = 1 << 20
EVM_ADDRESSES_PER_REQUEST = 50  # two calls each: the client's batch limit is 100
_BTC_LIKE_ADDRESS = re.compile(r"^[A-Za-z0-9]{14,90}$")
_EVM_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")


@dataclass(frozen=True)
class AddressActivity:
    """What the node knows about one address: transactions and balance (wei or satoshi)."""

    address: str
    tx_count: int
    balance: int

    @property
    def used(self) -> bool:
        return self.tx_count > 0 or self.balance != 0


@dataclass(frozen=True)
class ActivitySource:
    """Where to ask: kind "evm" (JSON-RPC URL) or "esplora" (REST base URL). Picklable."""

    kind: str
    url: str
    timeout: float | None = None
    rate: float | None = None  # requests per second; None: unlimited on loopback, REMOTE_RATE otherwise

    def __post_init__(self) -> None:
        if self.kind not in ("evm", "esplora"):
            raise ValueError(f"unknown activity source kind {self.kind!r}")
        validate_url(self.url)

    def __repr__(self) -> str:
        return f"ActivitySource({self.kind}, {redact_url(self.url)})"

    @property
    def display_url(self) -> str:
        return redact_url(self.url)

    def open(self) -> ActivityLookup:
        return ActivityLookup(self)










class RateLimiter:
    """At most `per_second` starts per second across threads (None or 0: no limit)."""

    def __init__(self, per_second: float | None) -> None:
        self.interval = 1.0 / per_second if per_second else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            time.sleep(start - now)


class ActivityLookup:
    """Looks addresses up once each (cached) at a bounded rate. Not picklable: open it where used."""

    def __init__(self, source: ActivitySource) -> None:
        self.source = source
        host = urllib.parse.urlsplit(source.url).hostname or ""
        rate = source.rate if source.rate is not None else (None if is_loopback(host) else REMOTE_RATE)
        self.limiter = RateLimiter(rate)
        self.cache: dict[str, AddressActivity] = {}
        self.looked_up = 0
        self._rpc: RpcClient | None = None
        self._esplora: EsploraClient | None = None
        if source.kind == "evm":
            self._rpc = RpcClient(source.url, timeout=source.timeout)
        else:
            self._esplora = EsploraClient(source.url, timeout=source.timeout, limiter=self.limiter)

    def network(self) -> str:
        """A name for where the lookups go: the EVM chain's name, or the Esplora URL."""
        if self._rpc is not None:
            return self._rpc.chain().name
        return self.source.display_url

    def lookup(self, addresses: Iterable[str]) -> dict[str, AddressActivity]:
        """Activity of each address (asked once per address per lookup object)."""
        wanted = list(dict.fromkeys(addresses))
        missing = [a for a in wanted if a not in self.cache]
        if missing:
            if self._rpc is not None:
                found = evm_activity(self._rpc, missing, self.limiter)
            else:
                assert self._esplora is not None
                found = self._esplora.activity(missing)
            self.cache.update(found)
            self.looked_up += len(missing)
        return {a: self.cache[a] for a in wanted}


def _plain_address(value: Any, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str):
        raise SecretRefused("activity lookups take address strings only")
    if not pattern.match(value):
        raise BadInput.of("scan.address_invalid")
    return value


def evm_activity(client: RpcClient, addresses: Sequence[str],
                 limiter: RateLimiter | None = None) -> dict[str, AddressActivity]:
    """Nonce and balance of each address at the latest block, 50 addresses per HTTP request."""
    out: dict[str, AddressActivity] = {}
    for start in range(0, len(addresses), EVM_ADDRESSES_PER_REQUEST):
        chunk = [_plain_address(a, _EVM_ADDRESS) for a in addresses[start:start + EVM_ADDRESSES_PER_REQUEST]]
        calls: list[tuple[str, Sequence[Any]]] = []
        for a in chunk:
            calls += [("eth_getTransactionCount", [a, "latest"]), ("eth_getBalance", [a, "latest"])]
        if limiter is not None:
            limiter.wait()
        replies = client.batch(calls)
        for i, a in enumerate(chunk):
            nonce, balance = replies[2 * i], replies[2 * i + 1]
            for reply in (nonce, balance):
                if reply.error is not None:
                    raise reply.error
            out[a] = AddressActivity(a, hex_int(nonce.result) or 0, hex_int(balance.result) or 0)
    return out


class EsploraClient:
    """GET /address/:address of an Esplora-compatible REST API (public data only)."""

    def __init__(self, url: str, *, timeout: float | None = None, retries: int = 4, backoff: float = 0.2,
                 max_backoff: float = 4.0, limiter: RateLimiter | None = None,
                 parallel: int = ESPLORA_PARALLEL) -> None:
        self.base = validate_url(url).rstrip("/")
        self.display_url = redact_url(self.base)
        self.timeout = float(timeout) if timeout else 15.0
        self.retries, self.backoff, self.max_backoff = max(0, retries), backoff, max_backoff
        self.limiter = limiter or RateLimiter(None)
        self.parallel = max(1, parallel)
        self.requests_sent = 0
        handlers: list[Any] = []
        if is_loopback(urllib.parse.urlsplit(self.base).hostname or ""):
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def activity(self, addresses: Sequence[str]) -> dict[str, AddressActivity]:
        checked = [_plain_address(a, _BTC_LIKE_ADDRESS) for a in addresses]
        if len(checked) <= 1 or self.parallel == 1:
            return {a: self.address(a) for a in checked}
        with ThreadPoolExecutor(self.parallel) as pool:
            return dict(zip(checked, pool.map(self.address, checked), strict=True))

    def address(self, address: str) -> AddressActivity:
        a = _plain_address(address, _BTC_LIKE_ADDRESS)
        obj = self._get(f"/address/{urllib.parse.quote(a, safe='')}")
        return parse_address_stats(a, obj)

    def _get(self, path: str) -> Any:
        attempt = 0
        while True:
            try:
                return self._get_once(path)
            except _Retry as exc:
                if attempt >= self.retries:
                    raise exc.final from None
                time.sleep(min(self.max_backoff, max(exc.retry_after, self.backoff * 2 ** attempt))
                           * (1 + random.random() * 0.25))
                attempt += 1

    def _get_once(self, path: str) -> Any:
        self.limiter.wait()
        req = urllib.request.Request(self.base + path, method="GET",  # noqa: S310 - scheme checked
                                     headers={"Accept": "application/json", "User-Agent": "walletdoc-scan"})
        self.requests_sent += 1
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:  # noqa: S310
                raw = resp.read(MAX_ESPLORA_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from None
        except TimeoutError:
            raise self._timeout() from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise self._timeout() from None
            if isinstance(exc.reason, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
                raise _Retry(self._unreachable("the server closed the connection")) from None
            raise self._unreachable(network_reason(exc.reason)) from None
        except (RemoteDisconnected, ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
            raise _Retry(self._unreachable("the server closed the connection")) from None
        except (HTTPException, OSError) as exc:
            raise self._unreachable(network_reason(exc)) from None
        if len(raw) > MAX_ESPLORA_BYTES:
            raise NodeError.of("scan.esplora_bad_response", url=self.display_url, detail="the answer is too large")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise NodeError.of("scan.esplora_bad_response", url=self.display_url,
                               detail="the answer is not JSON") from None

    def _timeout(self) -> WalletdocError:
        return NodeError.of("rpc.timeout", url=self.display_url, seconds=f"{self.timeout:g}")

    def _unreachable(self, detail: str) -> WalletdocError:
        return NodeError.of("rpc.unreachable", url=self.display_url, detail=detail)

    def _http_error(self, exc: urllib.error.HTTPError) -> Exception:
        status = exc.code
        try:
            body = exc.read(2000).decode("utf-8", "replace")
        except (OSError, HTTPException):
            body = ""
        finally:
            exc.close()
        if status in RETRY_STATUSES:
            try:
                retry_after = min(float(exc.headers.get("Retry-After", "0") or 0), self.max_backoff)
            except (TypeError, ValueError):
                retry_after = 0.0
            final = NodeError.of("rpc.http_status", url=self.display_url, status=status,
                                 detail="too many requests" if status == 429 else "server error")
            return _Retry(final, retry_after)
        if status == 400:  # electrs: "Address on invalid network" and the like
            return NodeError.of("scan.esplora_rejected", url=self.display_url, detail=shorten(body, 120) or "400")
        if status == 404:
            return NodeError.of("scan.esplora_not_found", url=self.display_url)
        detail = "authentication required" if status in (401, 403) else "request refused"
        return NodeError.of("rpc.http_status", url=self.display_url, status=status, detail=detail)


class _Retry(Exception):
    def __init__(self, final: WalletdocError, retry_after: float = 0.0) -> None:
        super().__init__(final.message)
        self.final = final
        self.retry_after = retry_after


def _count(stats: Any, key: str, required: bool) -> int:
    value = stats.get(key) if isinstance(stats, dict) else None
    if value is None and not required:
        return 0  # Elements-based chains have no *_txo_sum fields
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise NodeError.of("scan.esplora_bad_response", url="the Esplora server",
                           detail=f"{key} is not a count")
    return value


def parse_address_stats(address: str, obj: Any) -> AddressActivity:
    """An Esplora /address answer -> activity (chain + mempool); NodeError when malformed."""
    if not isinstance(obj, dict) or not isinstance(obj.get("chain_stats"), dict):
        raise NodeError.of("scan.esplora_bad_response", url="the Esplora server",
                           detail="no chain_stats in the /address answer")
    mempool = obj.get("mempool_stats") if isinstance(obj.get("mempool_stats"), dict) else {}
    tx_count = balance = 0
    for stats in (obj["chain_stats"], mempool):
        tx_count += _count(stats, "tx_count", stats is obj["chain_stats"])
        balance += _count(stats, "funded_txo_sum", False) - _count(stats, "spent_txo_sum", False)
    return AddressActivity(address, tx_count, balance)
