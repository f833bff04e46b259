"""What walletdoc may send to a node: public values only, checked before any byte leaves.

URL validation (http/https only) and redaction for messages, hash / address / block-tag
checks, and the refusal of any `walletdoc.secrets.Secret` (or any non-JSON object) anywhere in
a request. No network here; must never format a refused value into a message.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import urllib.parse
from typing import Any

from walletdoc.errors import BadInput


class SecretRefused(TypeError):
    """A Secret was handed to the network layer. A bug in the caller; never sent."""


def validate_url(url: str) -> str:
    """An http(s) URL with a host; anything else is BadInput (exit 2). Credentials stay in it."""
    text = (url or "").strip()
    if not text:
        raise BadInput.of("rpc.url_missing")
    parts = urllib.parse.urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadInput.of("rpc.url_invalid", url=redact_url(text))
    try:
        _ = parts.port
    except ValueError:
        raise BadInput.of("rpc.url_invalid", url=redact_url(text)) from None
    return text


def redact_url(url: str) -> str:
    """scheme://host[:port] only, with "/…" where a path was: user:password, paths and queries
    often hold provider API keys, so none of them is ever shown."""
    try:
        p = urllib.parse.urlsplit(url)
        netloc = (p.hostname or "") + (f":{p.port}" if p.port else "")
        more = "/…" if p.path.strip("/") or p.query else ""
        return f"{p.scheme}://{netloc}{more}"
    except ValueError:
        return "<unparseable URL>"


def is_loopback(host: str) -> bool:
    """localhost or a loopback IP (127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def network_reason(reason: Any) -> str:
    """Plain words for why a connection failed (never the request or its data)."""
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved"
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return type(reason).__name__ if isinstance(reason, BaseException) else shorten(reason, 120)


def shorten(text: Any, limit: int = 300) -> str:
    """One line of at most `limit` characters (for node answers quoted in messages)."""
    one = " ".join(str(text).split())
    return one if len(one) <= limit else one[:limit] + "…"


def assert_public(value: Any) -> None:
    from walletdoc.secrets import Secret

    if isinstance(value, Secret):
        raise SecretRefused("rpc takes public data only; a Secret was passed")
    if isinstance(value, dict):
        for k, v in value.items():
            assert_public(k)
            assert_public(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            assert_public(v)
    elif not isinstance(value, (str, int, float, bool, type(None))):
        raise SecretRefused(f"rpc takes plain JSON values only, not {type(value).__name__}")


def is_hex(text: str, *, min_bytes: int = 0, exact_bytes: int | None = None) -> bool:
    if not text.startswith("0x"):
        return False
    body = text[2:]
    if len(body) % 2 or len(body) < 2 * min_bytes:
        return False
    if exact_bytes is not None and len(body) != 2 * exact_bytes:
        return False
    return all(c in "0123456789abcdefABCDEF" for c in body)


def checked_hash(value: str) -> str:
    assert_public(value)
    if not isinstance(value, str) or not is_hex(value, exact_bytes=32):
        raise BadInput.of("rpc.hash_invalid")
    return value.lower()


def checked_address(value: str) -> str:
    assert_public(value)
    if not isinstance(value, str) or not is_hex(value, exact_bytes=20):
        raise BadInput.of("rpc.address_invalid")
    return value


def checked_tag(tag: str | int) -> str:
    assert_public(tag)
    if isinstance(tag, int) and not isinstance(tag, bool):
        return hex(tag)
    if isinstance(tag, str) and (tag in ("latest", "pending", "earliest", "safe", "finalized")
                                 or re.fullmatch(r"0x[0-9a-fA-F]{1,64}", tag)):
        return tag
    raise BadInput.of("rpc.block_tag_invalid")
