"""JSON-RPC over HTTP(S) to the node the user names: the only place walletdoc opens a socket.

It takes public data only — addresses, transaction hashes, block tags, signed raw
transactions — and refuses any `walletdoc.secrets.Secret` anywhere in a request
(`SecretRefused`, raised before a byte is sent). It must never log a request body.

Stable API (used by checks/tx.py, checks/account.py, checks/gas.py, cli/fix.py):

    client = RpcClient.from_option(url_or_None, timeout=None)  # --rpc or $WALLETDOC_RPC; BadInput if bad
    client.chain()                      -> Chain(id, name, testnet, explorer, known); cached; checks eth_syncing
    client.require_chain(expected_id)   -> raises NodeError rpc.wrong_chain when the node is another chain
    client.call(method, params)         -> result; RpcError (node said error) / MethodUnsupported / NodeError
    client.batch([(method, params), ...]) -> list[Reply] (Reply.result / Reply.error: RpcError | None),
                                           one HTTP round trip (falls back to single calls if the node
                                           refuses batches)
    client.get_transaction(h), get_receipt(h), nonce(addr, tag), balance(addr, tag), block(tag, full),
    fee_history(count, newest, percentiles), next_base_fee(), txpool_content() (None when the node
    hides txpool_*), txpool_status(), send_raw_transaction(raw_hex) -> hash, estimate_gas(call),
    eth_call(call, block) -> Reply
    client.txpool                       -> "available" | "unsupported" | "unknown" (after a probe)

Errors: every failure is a `NodeError` (exit 3) with a catalog code: rpc.unreachable, rpc.timeout,
rpc.http_status (429/5xx after retries, 401/403, redirects), rpc.bad_response, rpc.wrong_chain,
rpc.method_unsupported (MethodUnsupported), rpc.not_synced, rpc.node_error (RpcError: .rpc_code,
.rpc_message, .revert_data()). Bad arguments (a malformed hash/address/URL) are BadInput (exit 2);
the checks on what may be sent live in walletdoc/rpc/public.py.
Transient failures (HTTP 429 and 5xx, a connection closed mid-answer) are retried with exponential
backoff (honouring a short Retry-After); timeouts and malformed answers are not. Hex quantities in
answers are returned as the node sent them; `hex_int()` converts.
"""

from __future__ import annotations

import json
import os
import random
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from http.client import HTTPException, RemoteDisconnected
from typing import Any

from walletdoc.errors import BadInput, NodeError, WalletdocError
from walletdoc.rpc.chains import Chain, chain_by_id
from walletdoc.rpc.public import (  # noqa: F401 - SecretRefused, validate_url are part of this API
    SecretRefused,
    assert_public,
    checked_address,
    checked_hash,
    checked_tag,
    is_hex,
    is_loopback,
    network_reason,
    redact_url,
    shorten,
    validate_url,
)

ENV_URL = "WALLETDOC_RPC"
ENV_TIMEOUT = "WALLETDOC_RPC_TIMEOUT"
DEFAULT_TIMEOUT = 15.0
MAX_RESPONSE_BYTES = 64 << 20
MAX_BATCH = 100
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
UNSUPPORTED_CODES = frozenset({-32601, -32004})
USER_AGENT = "walletdoc-rpc"


class RpcError(NodeError):
    """The node answered with a JSON-RPC error object (e.g. a rejected raw transaction)."""

    default_code = "rpc.node_error"

    def __init__(self, method: str, rpc_code: int | None, rpc_message: str, data: Any = None) -> None:
        from walletdoc import i18n

        text, advice = i18n.text(self.default_code, method=method, detail=shorten(rpc_message))
        super().__init__(text, code=self.default_code, advice=advice,
                         data={"method": method, "rpc_code": rpc_code, "rpc_message": shorten(rpc_message)})
        self.method = method
        self.rpc_code = rpc_code
        self.rpc_message = rpc_message
        self.rpc_data = data

    def revert_data(self) -> str | None:
        """The hex revert payload some nodes attach to an eth_call error (nested shapes included)."""
        return _find_hex(self.rpc_data)


class MethodUnsupported(RpcError):
    """The node does not offer this method (disabled namespace, or another client)."""

    default_code = "rpc.method_unsupported"


@dataclass
class Reply:
    """One answer of a batch: `result`, or `error` when the node refused that call."""

    method: str
    result: Any = None
    error: RpcError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def hex_int(value: Any) -> int | None:
    """0x-quantity (or int) -> int; None stays None. Raises NodeError on garbage from the node."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise NodeError.of("rpc.bad_response", detail="a boolean where a number was expected")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value, 16) if value.lower().startswith("0x") else int(value)
        except ValueError:
            pass
    raise NodeError.of("rpc.bad_response", detail="a malformed number")




def _find_hex(data: Any) -> str | None:
    if isinstance(data, str) and data.startswith("0x"):
        return data
    if isinstance(data, dict):
        for key in ("data", "result", "originalError"):
            found = _find_hex(data.get(key))
            if found is not None:
                return found
    return None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a JSON-RPC POST must not silently become a GET elsewhere




class RpcClient:
    """A JSON-RPC client for one node URL. Not thread-safe; cheap to create."""

    def __init__(self, url: str, *, timeout: float | None = None, retries: int = 4,
                 backoff: float = 0.2, max_backoff: float = 4.0) -> None:
        self.url = validate_url(url)
        self.display_url = redact_url(self.url)
        self.timeout = float(timeout) if timeout else _env_timeout()
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.requests_sent = 0
        self.txpool = "unknown"
        self._chain: Chain | None = None
        self._next_id = 1
        host = urllib.parse.urlsplit(self.url).hostname or ""
        handlers: list[Any] = [_NoRedirect()]
        if is_loopback(host):
            handlers.append(urllib.request.ProxyHandler({}))  # a local node is never reached via a proxy
        self._opener = urllib.request.build_opener(*handlers)

    @classmethod
    def from_option(cls, url: str | None, *, timeout: float | None = None) -> RpcClient:
        """The client for `--rpc URL`, else $WALLETDOC_RPC; BadInput (exit 2) when neither is usable."""
        chosen = url if url else os.environ.get(ENV_URL, "")
        return cls(chosen, timeout=timeout)

    # ------------------------------------------------------------------ core calls
    def call(self, method: str, params: Sequence[Any] = ()) -> Any:
        reply = self.batch([(method, list(params))])[0]
        if reply.error is not None:
            raise reply.error
        return reply.result

    def batch(self, calls: Sequence[tuple[str, Sequence[Any]]]) -> list[Reply]:
        """Send calls in as few HTTP requests as possible; answers come back in call order."""
        for method, params in calls:
            if not isinstance(method, str):
                raise SecretRefused("method must be a plain string")
            assert_public(list(params))
        replies: list[Reply] = []
        for start in range(0, len(calls), MAX_BATCH):
            replies.extend(self._batch_chunk(calls[start:start + MAX_BATCH]))
        return replies

    def _batch_chunk(self, calls: Sequence[tuple[str, Sequence[Any]]]) -> list[Reply]:
        ids = list(range(self._next_id, self._next_id + len(calls)))
        self._next_id += len(calls)
        payload: Any = [{"jsonrpc": "2.0", "id": i, "method": m, "params": list(p)}
                        for i, (m, p) in zip(ids, calls, strict=True)]
        if len(calls) == 1:
            payload = payload[0]
        answer = self._post(payload)
        if len(calls) == 1:
            return [self._reply(calls[0][0], answer)]
        if isinstance(answer, dict):  # node refused the batch as a whole: go one by one
            return [self._reply(m, self._post({"jsonrpc": "2.0", "id": i, "method": m, "params": list(p)}))
                    for i, (m, p) in zip(ids, calls, strict=True)]
        if not isinstance(answer, list):
            raise NodeError.of("rpc.bad_response", detail="the answer is not a JSON-RPC object")
        by_id = {item.get("id"): item for item in answer if isinstance(item, dict)}
        out = []
        for i, (m, _p) in zip(ids, calls, strict=True):
            if i not in by_id:
                raise NodeError.of("rpc.bad_response", detail=f"no answer for {m} in the batch")
            out.append(self._reply(m, by_id[i]))
        return out

    @staticmethod
    def _reply(method: str, obj: Any) -> Reply:
        if not isinstance(obj, dict) or ("result" not in obj and "error" not in obj):
            raise NodeError.of("rpc.bad_response", detail=f"no result in the answer to {method}")
        err = obj.get("error")
        if err is None:
            return Reply(method, obj.get("result"))
        if not isinstance(err, dict):
            raise NodeError.of("rpc.bad_response", detail=f"a malformed error for {method}")
        code = err.get("code") if isinstance(err.get("code"), int) else None
        message = str(err.get("message", ""))
        low = message.lower()
        unsupported = code in UNSUPPORTED_CODES or "method not found" in low or "not supported" in low \
            or "does not exist/is not available" in low
        cls = MethodUnsupported if unsupported else RpcError
        return Reply(method, None, cls(method, code, message, err.get("data")))

    # ------------------------------------------------------------------ transport
    def _post(self, payload: Any) -> Any:
        body = json.dumps(payload).encode("utf-8")
        attempt = 0
        while True:
            try:
                return self._post_once(body)
            except _Transient as exc:
                if attempt >= self.retries:
                    raise exc.final from None
                time.sleep(min(self.max_backoff, max(exc.retry_after, self.backoff * (2 ** attempt)))
                           * (1 + random.random() * 0.25))
                attempt += 1

    def _post_once(self, body: bytes) -> Any:
        headers = {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": USER_AGENT}
        req = urllib.request.Request(self.url, data=body, method="POST", headers=headers)  # noqa: S310
        self.requests_sent += 1
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:  # noqa: S310 - scheme checked
                raw = resp.read(MAX_RESPONSE_BYTES + 1)
        except urllib.error.HTTPError as exc:
            failure = self._http_error(exc)
            if isinstance(failure, _Answered):
                return failure.obj
            raise failure from None
        except TimeoutError:
            raise NodeError.of("rpc.timeout", url=self.display_url, seconds=f"{self.timeout:g}") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise NodeError.of("rpc.timeout", url=self.display_url, seconds=f"{self.timeout:g}") from None
            if isinstance(exc.reason, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
                raise self._closed(exc.reason) from None
            raise NodeError.of("rpc.unreachable", url=self.display_url, detail=network_reason(exc.reason)) from None
        except (RemoteDisconnected, ConnectionResetError, ConnectionAbortedError, BrokenPipeError) as exc:
            raise self._closed(exc) from None
        except (HTTPException, OSError) as exc:
            raise NodeError.of("rpc.unreachable", url=self.display_url, detail=network_reason(exc)) from None
        if len(raw) > MAX_RESPONSE_BYTES:
            raise NodeError.of("rpc.bad_response", detail="the answer is too large")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise NodeError.of("rpc.bad_response", detail="the answer is not valid JSON") from None

    def _closed(self, exc: BaseException) -> _Transient:
        return _Transient(NodeError.of("rpc.unreachable", url=self.display_url,
                                       detail=f"the node closed the connection ({type(exc).__name__})"))

    def _http_error(self, exc: urllib.error.HTTPError) -> Exception:
        status = exc.code
        try:
            raw = exc.read(MAX_RESPONSE_BYTES + 1)
        except (OSError, HTTPException):
            raw = b""
        finally:
            exc.close()
        if status in RETRY_STATUSES:
            retry_after = 0.0
            try:
                retry_after = min(float(exc.headers.get("Retry-After", "0") or 0), self.max_backoff)
            except (TypeError, ValueError):
                pass
            final = NodeError.of("rpc.http_status", url=self.display_url, status=status,
                                 detail="too many requests" if status == 429 else "server error")
            return _Transient(final, retry_after)
        if 300 <= status < 400:
            return NodeError.of("rpc.http_status", url=self.display_url, status=status, detail="a redirect")
        try:  # some nodes answer a JSON-RPC error with HTTP 4xx and a JSON body
            obj = json.loads(raw.decode("utf-8"))
            if isinstance(obj, (dict, list)):
                return _Answered(obj)
        except (UnicodeDecodeError, ValueError):
            pass
        detail = "authentication required" if status in (401, 403) else "request refused"
        return NodeError.of("rpc.http_status", url=self.display_url, status=status, detail=detail)

    # ------------------------------------------------------------------ chain
    def chain(self) -> Chain:
        """The node's chain (eth_chainId), named from the bundled list; NodeError if it is syncing."""
        if self._chain is None:
            chain_id, syncing = self.batch([("eth_chainId", []), ("eth_syncing", [])])
            if chain_id.error is not None:
                raise chain_id.error
            cid = hex_int(chain_id.result)
            if cid is None:
                raise NodeError.of("rpc.bad_response", detail="no chain id")
            if syncing.ok and syncing.result not in (False, None):
                raise NodeError.of("rpc.not_synced", url=self.display_url)
            self._chain = chain_by_id(cid)
        return self._chain

    def require_chain(self, expected: int | None) -> Chain:
        chain = self.chain()
        if expected is not None and chain.id != expected:
            raise NodeError.of("rpc.wrong_chain", expected=chain_by_id(expected).name, expected_id=expected,
                               actual=chain.name, actual_id=chain.id)
        return chain

    # ------------------------------------------------------------------ typed helpers
    def get_transaction(self, tx_hash: str) -> dict[str, Any] | None:
        return _obj_or_none(self.call("eth_getTransactionByHash", [checked_hash(tx_hash)]))

    def get_receipt(self, tx_hash: str) -> dict[str, Any] | None:
        return _obj_or_none(self.call("eth_getTransactionReceipt", [checked_hash(tx_hash)]))

    def nonce(self, address: str, tag: str | int = "latest") -> int:
        return hex_int(self.call("eth_getTransactionCount", [checked_address(address), checked_tag(tag)])) or 0

    def balance(self, address: str, tag: str | int = "latest") -> int:
        return hex_int(self.call("eth_getBalance", [checked_address(address), checked_tag(tag)])) or 0

    def block(self, tag: str | int = "latest", full: bool = False) -> dict[str, Any] | None:
        return _obj_or_none(self.call("eth_getBlockByNumber", [checked_tag(tag), bool(full)]))

    def fee_history(self, count: int, newest: str | int = "latest",
                    percentiles: Sequence[float] = ()) -> dict[str, Any]:
        out = self.call("eth_feeHistory", [hex(int(count)), checked_tag(newest), [float(p) for p in percentiles]])
        if not isinstance(out, dict):
            raise NodeError.of("rpc.bad_response", detail="eth_feeHistory did not return an object")
        return out

    def next_base_fee(self) -> int | None:
        """Base fee of the next block: the pending block's, else the last eth_feeHistory entry; None pre-1559."""
        try:
            pending = self.block("pending")
        except RpcError:
            pending = None
        if pending is not None and pending.get("baseFeePerGas") is not None:
            return hex_int(pending["baseFeePerGas"])
        fh = self.fee_history(1, "latest")
        fees = fh.get("baseFeePerGas") or []
        return hex_int(fees[-1]) if fees else None

    def txpool_content(self) -> dict[str, Any] | None:
        """txpool_content, or None when the node does not expose the txpool namespace."""
        try:
            out = self.call("txpool_content", [])
        except MethodUnsupported:
            self.txpool = "unsupported"
            return None
        except RpcError as exc:  # some providers answer "forbidden"/"not allowed" with other codes
            if any(w in exc.rpc_message.lower() for w in ("not allowed", "forbidden", "disabled", "unsupported")):
                self.txpool = "unsupported"
                return None
            raise
        if not isinstance(out, dict):
            raise NodeError.of("rpc.bad_response", detail="txpool_content did not return an object")
        self.txpool = "available"
        return out

    def txpool_status(self) -> dict[str, int] | None:
        try:
            out = self.call("txpool_status", [])
        except MethodUnsupported:
            self.txpool = "unsupported"
            return None
        if not isinstance(out, dict):
            raise NodeError.of("rpc.bad_response", detail="txpool_status did not return an object")
        self.txpool = "available"
        return {k: hex_int(v) or 0 for k, v in out.items()}

    def send_raw_transaction(self, raw_tx_hex: str) -> str:
        """Broadcast an already signed transaction (public bytes). Rejections raise RpcError."""
        if not isinstance(raw_tx_hex, str) or not is_hex(raw_tx_hex, min_bytes=1):
            raise BadInput.of("rpc.raw_tx_invalid")
        out = self.call("eth_sendRawTransaction", [raw_tx_hex])
        if not isinstance(out, str):
            raise NodeError.of("rpc.bad_response", detail="eth_sendRawTransaction did not return a hash")
        return out

    def estimate_gas(self, call: dict[str, Any], tag: str | int | None = None) -> int:
        params: list[Any] = [call] if tag is None else [call, checked_tag(tag)]
        return hex_int(self.call("eth_estimateGas", params)) or 0

    def eth_call(self, call: dict[str, Any], tag: str | int = "latest") -> Reply:
        """eth_call that returns the error (with its revert data) instead of raising it."""
        return self.batch([("eth_call", [call, checked_tag(tag)])])[0]


class _Transient(Exception):
    def __init__(self, final: WalletdocError, retry_after: float = 0.0) -> None:
        super().__init__(final.message)
        self.final = final
        self.retry_after = retry_after


class _Answered(Exception):
    """An HTTP error status whose body is still a JSON-RPC answer."""

    def __init__(self, obj: Any) -> None:
        super().__init__("answered")
        self.obj = obj




def _env_timeout() -> float:
    try:
        value = float(os.environ.get(ENV_TIMEOUT, "") or DEFAULT_TIMEOUT)
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def _obj_or_none(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise NodeError.of("rpc.bad_response", detail="an object was expected")
    return value
