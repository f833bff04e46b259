"""A tiny TCP relay on 127.0.0.1 in front of a node that records every byte a client sends.

It works below HTTP (raw socket bytes, headers and bodies, keep-alive and all), so nothing that
leaves the client can slip past it. The test of the secrets contract points walletdoc at `url`
and then searches `sent()` for the secrets. Loopback only; daemon threads; stopped by `stop()`.
"""

from __future__ import annotations

import socket
import threading
import urllib.parse
from typing import Any


class RecordingProxy:
    def __init__(self, target_url: str) -> None:
        parts = urllib.parse.urlsplit(target_url)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.1)  # lets the accept loop notice stop() quickly
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._chunks: list[bytes] = []
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self.connections = 0
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    def start(self) -> RecordingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> RecordingProxy:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def sent(self) -> bytes:
        """Everything any client sent through the relay so far, in arrival order."""
        with self._lock:
            return b"".join(self._chunks)

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=30)
        except OSError:
            client.close()
            return
        threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()
        self._pipe(client, upstream, True)

    def _pipe(self, src: socket.socket, dst: socket.socket, record: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if record:
                    with self._lock:
                        self._chunks.append(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()
