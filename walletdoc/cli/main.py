"""The `walletdoc` root command: global options and lazily loaded command groups.

Commands are imported only when invoked, so offline commands never import web3 and
start fast. `--json` and `--no-color` are accepted anywhere on the line.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from walletdoc import __version__, i18n
from walletdoc.cli.common import EXIT_BAD_INPUT, App, emit, make_app
from walletdoc.findings import Report, Severity, plain

# name -> "module:attribute" (a click.Command) or a nested mapping (a group of commands)
COMMANDS: dict[str, Any] = {
    "check": {
        "_help": "Offline checks: a seed phrase, a keystore file, an address.",
        "mnemonic": "walletdoc.cli.check_mnemonic:command",
        "keystore": "walletdoc.cli.check_keystore:command",
        "address": "walletdoc.cli.check_address:command",
    },
    "derive": "walletdoc.cli.derive:command",
    "recover": {
        "_help": "Search for a damaged seed phrase or a forgotten keystore password.",
        "mnemonic": "walletdoc.cli.recover_mnemonic:command",
        "keystore": "walletdoc.cli.recover_keystore:command",
    },
    "diagnose": {
        "_help": "Online: why a transaction or an address is stuck, failed or dropped.",
        "tx": "walletdoc.cli.diagnose:tx_command",
        "address": "walletdoc.cli.diagnose:address_command",
    },
    "gas": "walletdoc.cli.gas:command",
    "fix": {
        "_help": "Online: speed up or cancel a pending transaction.",
        "tx": "walletdoc.cli.fix:command",
    },
    "scan": "walletdoc.cli.scan:command",
    "report": "walletdoc.cli.report:command",
    "explain": "walletdoc.cli.explain:command",
    "selftest": "walletdoc.cli.selftest:command",
    "demo": "walletdoc.cli.demo:command",
}


def _available(target: str) -> bool:
    module = target.split(":", 1)[0]
    return importlib.util.find_spec(module) is not None


class LazyGroup(click.Group):
    def __init__(self, *args: Any, lazy: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = {k: v for k, v in lazy.items() if not k.startswith("_")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx))
        for name, target in self.lazy.items():
            if isinstance(target, dict) or _available(target):
                names.add(name)
        return sorted(names)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        cmd = super().get_command(ctx, name)
        if cmd is not None:
            return cmd
        target = self.lazy.get(name)
        if target is None:
            return None
        if isinstance(target, dict):
            return LazyGroup(name=name, lazy=target, help=target.get("_help"))
        if not _available(target):
            return None
        module_name, attr = target.split(":", 1)
        return getattr(importlib.import_module(module_name), attr)  # type: ignore[no-any-return]


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--json", "json_mode", is_flag=True, help="Print one JSON object on stdout (for scripts).")
@click.option("--no-color", is_flag=True, help="No colours.")
@click.option("--lang", type=click.Choice(i18n.LANGUAGES), default=None, help="Language of messages.")
@click.version_option(__version__, "--version", prog_name="walletdoc")
@click.pass_context
def cli(ctx: click.Context, json_mode: bool, no_color: bool, lang: str | None) -> None:
    """walletdoc: a local doctor for self-custody crypto wallets.

    Secrets (seed phrases, passwords, keys) are read from files, piped input or a hidden
    prompt, never from the command line, and never leave this machine.
    """
    existing = ctx.obj if isinstance(ctx.obj, App) else None
    lang = lang or (existing.lang if existing else None) or _lang_from_env()
    i18n.set_language(lang)
    ctx.obj = make_app(json_mode or bool(existing and existing.json_mode),
                       no_color or bool(existing and existing.no_color), lang)


def _lang_from_env() -> str:
    env = os.environ.get("WALLETDOC_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "zh" if env.lower().startswith("zh") else "en"


def _split_global_flags(argv: list[str]) -> tuple[list[str], bool, bool, str | None]:
    """Accept --json, --no-color and --lang L anywhere before `--` (scripts put them after the command)."""
    out: list[str] = []
    bad_lang: list[str] = []
    json_mode, no_color, passthrough, lang = False, False, False, None
    args = iter(argv)
    for arg in args:
        if passthrough:
            out.append(arg)
        elif arg == "--":
            passthrough = True
            out.append(arg)
        elif arg == "--json":
            json_mode = True
        elif arg == "--no-color":
            no_color = True
        elif arg.startswith("--lang=") and arg.split("=", 1)[1] in i18n.LANGUAGES:
            lang = arg.split("=", 1)[1]
        elif arg == "--lang":
            value = next(args, "")
            if value in i18n.LANGUAGES:
                lang = value
            else:  # put it where click checks it: a usage error (exit 2) naming the valid choices
                bad_lang = [arg, value] if value else [arg]
        else:
            out.append(arg)
    return bad_lang + out, json_mode, no_color, lang


def main(argv: Sequence[str] | None = None) -> None:
    args, json_mode, no_color, lang_flag = _split_global_flags(list(sys.argv[1:] if argv is None else argv))
    lang = lang_flag or _lang_from_env()
    i18n.set_language(lang)
    app = make_app(json_mode, no_color, lang)
    try:
        rv = cli.main(args=args, prog_name="walletdoc", standalone_mode=False, obj=app)
        sys.exit(rv if isinstance(rv, int) else 0)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        sys.stderr.write(i18n.text("input.ui_aborted")[0] + "\n")
        sys.exit(130)
    except click.ClickException as exc:
        _usage_error(app, args, exc)
    except KeyboardInterrupt:
        sys.stderr.write(i18n.text("input.interrupted")[0] + "\n")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no traceback, no locals
        from walletdoc.cli.common import EXIT_INTERNAL, _debug_trace

        _debug_trace(exc)
        message, advice = i18n.text("input.internal_error", kind=type(exc).__name__)
        sys.stderr.write(" ".join([message, *advice]) + "\n")
        sys.exit(EXIT_INTERNAL)


def _command_name(args: list[str]) -> str:
    """The command a usage error belongs to ("check mnemonic"), from the known command names."""
    for i, arg in enumerate(args):
        target = COMMANDS.get(arg)
        if isinstance(target, dict):
            sub = next((a for a in args[i + 1:] if a in target and not a.startswith("_")), None)
            return f"{arg} {sub}" if sub else arg
        if target is not None:
            return arg
    return "walletdoc"


def _usage_error(app: App, args: list[str], exc: click.ClickException) -> None:
    detail = exc.format_message()
    command = _command_name(args)
    if app.json_mode:
        message, advice = i18n.text("input.usage", detail=detail)
        report = Report(command, [plain("input.usage", Severity.ERROR, message, advice)],
                        {}, EXIT_BAD_INPUT)
        emit(report, app)
    else:
        ctx = getattr(exc, "ctx", None)
        usage = ctx.get_usage() + "\n" if ctx is not None else ""
        sys.stderr.write(usage + i18n.text("input.ui_usage_error", detail=detail)[0] + "\n")
    sys.exit(EXIT_BAD_INPUT)


if __name__ == "__main__":
    main()
