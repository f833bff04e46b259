"""The Secret type and the only ways walletdoc reads one.

A secret (phrase, BIP39 passphrase, password, private key) is read from a file option,
from standard input when it is piped, or from a hidden prompt — never from the command
line. It stays wrapped in `Secret`, whose repr/str are redacted, until the point of use.
This module must never log, print or put a secret into an exception message.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import IO

from walletdoc import i18n
from walletdoc.errors import BadInput

MAX_SECRET_FILE_BYTES = 1 << 20  # a phrase or password file is tiny; refuse anything huge


class Secret:
    """A string that does not show itself. Use `reveal()` only where the value is consumed."""

    __slots__ = ("_value", "source")

    def __init__(self, value: str, source: str = "value") -> None:
        self._value = value
        self.source = source

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret(<redacted>, from {self.source})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __len__(self) -> int:
        return len(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))


class SecretReader:
    """Reads the secrets of one command run; standard input can feed only one of them."""

    def __init__(
        self,
        stdin: IO[str] | None = None,
        prompt: Callable[[str], str] | None = None,
    ) -> None:
        self._stdin = stdin if stdin is not None else sys.stdin
        self._prompt = prompt or _hidden_prompt
        self._stdin_used = False

    def stdin_is_piped(self) -> bool:
        try:
            return not self._stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def read(
        self,
        what: str,
        path: str | None,
        *,
        option: str,
        allow_stdin: bool = True,
        allow_prompt: bool = True,
        optional: bool = False,
        strip: bool = True,
    ) -> Secret | None:
        """Read `what` (e.g. "seed phrase") from `path`, piped stdin, or a hidden prompt."""
        if path is not None:
            return _checked(read_secret_file(path, what), what, optional, strip)
        if allow_stdin and not self._stdin_used and self.stdin_is_piped():
            self._stdin_used = True
            try:
                data = self._stdin.read(MAX_SECRET_FILE_BYTES + 1)
            except UnicodeDecodeError:
                raise BadInput.of("input.not_utf8", what=secret_name(what)) from None
            if len(data) > MAX_SECRET_FILE_BYTES:
                raise BadInput.of("input.stdin_too_large", what=secret_name(what))
            return _checked(Secret(data, "stdin"), what, optional, strip)
        if optional:
            return None
        if allow_prompt and self._can_prompt():
            return _checked(Secret(self._prompt(what), "prompt"), what, optional, strip)
        raise BadInput.of("input.secret_missing", what=secret_name(what), option=option)

    def _can_prompt(self) -> bool:
        try:
            return self._stdin.isatty()
        except (AttributeError, ValueError):
            return False


def _checked(secret: Secret, what: str, optional: bool, strip: bool) -> Secret | None:
    value = secret.reveal()
    if strip:
        value = value.strip("\r\n")
    if not value.strip():
        if optional:
            return None
        raise BadInput.of("input.secret_empty", what=secret_name(what))
    return Secret(value, secret.source)


def read_secret_file(path: str, what: str) -> Secret:
    try:
        size = os.path.getsize(path)
        if size > MAX_SECRET_FILE_BYTES:
            raise BadInput.of("input.secret_file_too_large", what=secret_name(what), size=size)
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise BadInput.of("input.file_unreadable", path=path, detail=exc.strerror or type(exc).__name__) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput.of("input.not_utf8", what=secret_name(what)) from None
    if "\x00" in text:
        raise BadInput.of("input.not_utf8", what=secret_name(what))
    return Secret(text, "file")


def secret_name(what: str) -> str:
    """The secret's name in the active language ("seed phrase" -> input.ui_what_seed_phrase); else as given."""
    key = "input.ui_what_" + "_".join(what.lower().split())
    try:
        return i18n.text(key)[0]
    except KeyError:
        return what


def _hidden_prompt(what: str) -> str:
    import click

    name = secret_name(what)
    return str(click.prompt(i18n.text("input.ui_secret_prompt", what=name[:1].upper() + name[1:])[0],
                            hide_input=True, err=True))
