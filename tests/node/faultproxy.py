"""A small HTTP proxy on 127.0.0.1 that sits in front of a local node and misbehaves on purpose.

Faults, consumed one per incoming request in order (then it passes requests through,
or repeats the last fault if `sticky=True`):
  "429"      HTTP 429 Too Many Requests (Retry-After: 0)
  "500"      HTTP 500
  "503"      HTTP 503
  "hang"     accept and never answer (until the client times out; bounded by `hang_seconds`)
  "badjson"  HTTP 200 with a body that is not JSON
  "close"    close the connection without any answer
  "pass"     forward to the node
Every request the proxy receives is recorded byte for byte in `recorded` (request line,
headers, body), so a test can assert what left the process. `deny_methods` answers those
JSON-RPC methods with "-32601 method not found" (a public endpoint that hides txpool_* etc.),
forwarding everything else; `refuse_batches` answers any JSON array with one -32600 error object
(as some providers do). Loopback only, daemon threads.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FaultProxy:
    def __init__(self, target_url: str, faults: list[str], *, sticky: bool = False,
                 hang_seconds: float = 20.0, deny_methods: frozenset[str] | set[str] = frozenset(),
                 refuse_batches: bool = False) -> None:
        self.deny_methods = frozenset(deny_methods)
        self.refuse_batches = refuse_batches
        self.target_url = target_url
        self.faults = list(faults)
        self.sticky = sticky
        self.hang_seconds = hang_seconds
        self.recorded: list[bytes] = []
        self.served: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def next_fault(self) -> str:
        with self._lock:
            if not self.faults:
                fault = "pass"
            elif self.sticky and len(self.faults) == 1:
                fault = self.faults[0]
            else:
                fault = self.faults.pop(0)
            self.served.append(fault)
            return fault

    def all_bytes(self) -> bytes:
        return b"".join(self.recorded)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def do_POST(self) -> None:  # noqa: N802
                length = min(int(self.headers.get("Content-Length") or 0), 8 << 20)
                body = self.rfile.read(length)
                with proxy._lock:
                    proxy.recorded.append(self.raw_requestline + bytes(self.headers) + body)
                fault = proxy.next_fault()
                if fault in ("429", "500", "503"):
                    self._answer(int(fault), b'{"error":"injected"}', {"Retry-After": "0"})
                elif fault == "hang":
                    proxy._stop.wait(proxy.hang_seconds)
                    self.close_connection = True
                elif fault == "badjson":
                    self._answer(200, b"<html>this is not json")
                elif fault == "close":
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                else:
                    self._forward_or_deny(body)

            def _forward_or_deny(self, body: bytes) -> None:
                if proxy.refuse_batches and body.lstrip().startswith(b"["):
                    self._answer(200, b'{"jsonrpc":"2.0","id":null,"error":{"code":-32600,'
                                      b'"message":"batch requests are not supported"}}')
                    return
                if proxy.deny_methods:
                    try:
                        obj = json.loads(body)
                    except ValueError:
                        obj = None
                    items = obj if isinstance(obj, list) else [obj]
                    if items and all(isinstance(i, dict) for i in items) and any(
                            i.get("method") in proxy.deny_methods for i in items):
                        answers = [self._one(i) for i in items]
                        out = answers if isinstance(obj, list) else answers[0]
                        self._answer(200, json.dumps(out).encode())
                        return
                self._forward(body)

            def _one(self, item: dict[str, Any]) -> Any:
                if item.get("method") in proxy.deny_methods:
                    return {"jsonrpc": "2.0", "id": item.get("id"),
                            "error": {"code": -32601, "message": "the method does not exist/is not available"}}
                return json.loads(self._fetch(json.dumps(item).encode())[1])

            def _forward(self, body: bytes) -> None:
                self._answer(*self._fetch(body))

            def _fetch(self, body: bytes) -> tuple[int, bytes]:
                req = urllib.request.Request(proxy.target_url, data=body,
                                             headers={"Content-Type": "application/json"})
                opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                try:
                    with opener.open(req, timeout=30) as resp:
                        return resp.status, resp.read()
                except urllib.error.HTTPError as exc:
                    return exc.code, exc.read()

            def _answer(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        return Handler
