"""What every command shares: the app context, the report-returning command wrapper,
and the refusal of secrets typed on the command line.

Commands are thin: they read options and secrets, call checks/ recover/ rpc/ chains/,
and return a Report. This module turns library errors into findings and exit codes.
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import click
from rich.console import Console

from walletdoc.errors import WalletdocError
from walletdoc.findings import Finding, Report, Severity, error_report, plain
from walletdoc.render import render
from walletdoc.secrets import Secret, SecretReader

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_NODE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 70, 130


@dataclass
class App:
    json_mode: bool = False
    no_color: bool = False
    lang: str = "en"
    console: Console = field(default_factory=lambda: Console())
    err: Console = field(default_factory=lambda: Console(stderr=True))
    secrets: SecretReader = field(default_factory=SecretReader)

    @property
    def interactive(self) -> bool:
        """True when a person can answer a question on this terminal."""
        try:
            return sys.stdin.isatty() and sys.stderr.isatty() and not self.json_mode
        except (AttributeError, ValueError):
            return False


def make_app(json_mode: bool, no_color: bool, lang: str) -> App:
    color_system: Literal["auto"] | None = None if no_color or os.environ.get("NO_COLOR") else "auto"
    return App(
        json_mode=json_mode,
        no_color=no_color,
        lang=lang,
        console=Console(color_system=color_system, highlight=False, soft_wrap=True),
        err=Console(stderr=True, color_system=color_system, highlight=False),
    )


def app_of(ctx: click.Context | None = None) -> App:
    ctx = ctx or click.get_current_context()
    obj = ctx.find_root().obj
    if not isinstance(obj, App):
        obj = make_app(False, False, "en")
        ctx.find_root().obj = obj
    return obj


def emit(report: Report, app: App) -> None:
    render(report, json_mode=app.json_mode, console=app.console, out=sys.stdout)


def finding_from_error(exc: WalletdocError) -> Finding:
    return plain(exc.code, Severity.ERROR, exc.message, exc.advice, **exc.data)


F = TypeVar("F", bound=Callable[..., Any])


def report_command(name: str) -> Callable[[F], F]:
    """Wrap a click callback that returns a Report: render it and exit with its code.

    Library errors become one error finding (exit 2 or 3); Ctrl-C exits 130; anything
    unexpected prints one line (no traceback, no locals) and exits 70.
    """

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> None:
            app = app_of()
            code = run_report(name, app, lambda: fn(*args, **kwargs))
            sys.exit(code)

        return wrapper  # type: ignore[return-value]

    return decorate


def run_report(name: str, app: App, call: Callable[[], Report]) -> int:
    try:
        report = call()
    except WalletdocError as exc:
        report = error_report(name, finding_from_error(exc), exc.exit_code, getattr(exc, "result", None))
    except KeyboardInterrupt:
        report = error_report(name, Finding.of("input.interrupted", Severity.ERROR), EXIT_INTERRUPTED)
    except click.exceptions.Exit:
        raise
    except click.ClickException:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback, no secret
        _debug_trace(exc)
        report = error_report(
            name, Finding.of("input.internal_error", Severity.ERROR, kind=type(exc).__name__), EXIT_INTERNAL
        )
    emit(report, app)
    return report.code


def _debug_trace(exc: BaseException) -> None:
    """With WALLETDOC_DEBUG=1, print where it failed: frames only, no messages, no locals."""
    if os.environ.get("WALLETDOC_DEBUG") != "1":
        return
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    sys.stderr.write(f"walletdoc debug: {type(exc).__name__}\n" + "\n".join(lines) + "\n")


def refuse_secret_arguments(words: Sequence[str], option: str) -> None:
    """Positional words where a secret belongs: refuse (exit 2) with a hint to clear history."""
    if words:
        from walletdoc.errors import BadInput

        raise BadInput.of("input.secret_on_command_line", option=option)


secret_args = click.argument("secret_words", nargs=-1, required=False, metavar="", expose_value=True)


def read_passphrase(app: App, path: str | None, ask: bool) -> Secret | None:
    """The optional BIP39 passphrase: from its file, or a hidden prompt when asked; never stdin
    (piped stdin carries the phrase)."""
    if path is None and not ask:
        return None
    return app.secrets.read("BIP39 passphrase", path, option="--passphrase-file",
                            allow_stdin=False, strip=True)
