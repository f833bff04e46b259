"""A small Esplora-compatible REST server on 127.0.0.1 for the BTC-like `scan` tests.

It serves `GET /address/:address` with the response SHAPE of Blockstream's esplora / electrs:

    {"address": "...",
     "chain_stats":   {"funded_txo_count": n, "funded_txo_sum": sat, "spent_txo_count": n,
                       "spent_txo_sum": sat, "tx_count": n},
     "mempool_stats": {same five fields}}

Source of the shape: Blockstream/esplora `API.md`, section "GET /address/:address" ("Available
fields: address/scripthash, chain_stats and mempool_stats. {chain,mempool}_stats each contain an
object with tx_count, funded_txo_count, funded_txo_sum, spent_txo_count and spent_txo_sum"), and
Blockstream/electrs `src/rest.rs` (`address_to_scripthash`: an address of another network is
answered with HTTP 400 "Address on invalid network"; unknown paths with 404). The numbers are the
test's own; nothing here was fetched from the internet. Every request line and header block is
recorded in `recorded` (for the egress test); `faults` ("429", "500", "badjson", "close") are
consumed one per request. Loopback only, daemon threads.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_ADDRESS = re.compile(r"^/address/([A-Za-z0-9]{14,90})$")
FIELDS = ("funded_txo_count", "funded_txo_sum", "spent_txo_count", "spent_txo_sum", "tx_count")


def stats(funded_count: int = 0, funded_sum: int = 0, spent_count: int = 0, spent_sum: int = 0,
          tx_count: int = 0) -> dict[str, int]:
    return dict(zip(FIELDS, (funded_count, funded_sum, spent_count, spent_sum, tx_count), strict=True))


class EsploraServer:
    def __init__(self, chain: dict[str, dict[str, int]] | None = None,
                 mempool: dict[str, dict[str, int]] | None = None, faults: list[str] | None = None,
                 network_prefixes: tuple[str, ...] = ("bc1", "1", "3")) -> None:
        self.chain = dict(chain or {})
        self.mempool = dict(mempool or {})
        self.faults = list(faults or [])
        self.network_prefixes = network_prefixes
        self.recorded: list[bytes] = []
        self.asked: list[str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> EsploraServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def all_bytes(self) -> bytes:
        with self._lock:
            return b"".join(self.recorded)

    def answer(self, address: str) -> dict[str, Any]:
        return {"address": address, "chain_stats": self.chain.get(address, stats()),
                "mempool_stats": self.mempool.get(address, stats())}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                with server._lock:
                    server.recorded.append(self.raw_requestline + bytes(self.headers))
                    fault = server.faults.pop(0) if server.faults else "pass"
                if fault in ("429", "500", "503"):
                    self._send(int(fault), b"injected", "text/plain")
                    return
                if fault == "badjson":
                    self._send(200, b"<html>not json")
                    return
                if fault == "close":
                    self.close_connection = True
                    return
                m = _ADDRESS.match(self.path)
                if m is None:
                    self._send(404, b"Not Found", "text/plain")
                    return
                address = m.group(1)
                if not address.startswith(server.network_prefixes):
                    self._send(400, b"Address on invalid network", "text/plain")
                    return
                with server._lock:
                    server.asked.append(address)
                self._send(200, json.dumps(server.answer(address)).encode())

        return Handler
