"""Typed errors raised by library code; only walletdoc.cli turns them into exit codes.

An error's message and data must never contain a secret: they are printed and put in JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class WalletdocError(Exception):
    """Base class. `code` is a stable finding code, `message` one plain sentence."""

    exit_code = 2
    default_code = "input.invalid"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        advice: Sequence[str] = (),
        data: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.advice = tuple(advice)
        self.data = dict(data or {})

    @classmethod
    def of(cls, code: str, data: Mapping[str, Any] | None = None, **params: Any) -> WalletdocError:
        """The error whose message and advice come from the message catalog (i18n)."""
        from walletdoc import i18n

        message, advice = i18n.text(code, **params)
        return cls(message, code=code, advice=advice, data=data)


class BadInput(WalletdocError):
    """Malformed file, invalid option value, unusable secret: exit 2."""

    exit_code = 2
    default_code = "input.invalid"


class NodeError(WalletdocError):
    """Node unreachable, timeout, wrong chain, malformed answer: exit 3."""

    exit_code = 3
    default_code = "rpc.unreachable"


class SearchInterrupted(WalletdocError):
    """A search stopped by the user; the checkpoint (if any) was saved: exit 130."""

    exit_code = 130
    default_code = "recover.interrupted"
