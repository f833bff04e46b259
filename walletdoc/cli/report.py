"""`walletdoc report`: a redacted report for support staff (Markdown, JSON or HTML)."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone

import click

from walletdoc import i18n
from walletdoc.cli.common import app_of, report_command
from walletdoc.errors import BadInput
from walletdoc.findings import INFO, Finding, Report
from walletdoc.support.report import SourceDocument, build_report, parse_saved_output, to_html, to_markdown

FORMATS = ("md", "json", "html")


@click.command("report")
@click.option("--from", "from_files", multiple=True, type=click.Path(dir_okay=False),
              help="A saved `walletdoc --json …` output (repeatable).")
@click.option("--tx", "tx_hash", default=None, help="Also diagnose this transaction live (needs --rpc).")
@click.option("--rpc", default=None, envvar="WALLETDOC_RPC", help="Node URL for --tx.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option("--output", "-o", default=None, type=click.Path(dir_okay=False),
              help="Write to this new file (never overwritten) instead of standard output.")
@click.option("--redact-addresses", is_flag=True, help="Hide addresses too (replaced by address#1, #2 …).")
@report_command("report")
def command(from_files: tuple[str, ...], tx_hash: str | None, rpc: str | None, fmt: str, output: str | None,
            redact_addresses: bool) -> Report:
    """Gather what support needs, with nothing secret in it: findings, public addresses, tx hashes."""
    app = app_of()
    sources = [_load(path, i) for i, path in enumerate(from_files, 1)]
    if tx_hash is not None:
        sources.append(_live_tx(tx_hash, rpc))
    if not sources:
        raise BadInput.of("report.empty")
    doc = build_report(sources, hide_addresses=redact_addresses)
    text = {"md": to_markdown, "html": to_html, "json": _json_text}[fmt](doc)
    if output is not None:
        _write_new(output, text)
    elif not app.json_mode:
        sys.stdout.write(text)
    s = doc["summary"]
    ready = Finding.of("report.ready", INFO, documents=s["documents"], errors=s["error"], warnings=s["warning"])
    result = {"format": fmt, "written": output is not None, "report": doc}
    if not app.json_mode:
        app.err.print(ready.message)
        return Report("report", [], result, 0)
    return Report("report", [ready], result, 0)


def _json_text(doc: dict) -> str:  # type: ignore[type-arg]
    import json

    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def _load(path: str, n: int) -> SourceDocument:
    label = i18n.text("report.ui_saved_output", n=n)[0]
    try:
        with open(path, "rb") as fh:
            raw = fh.read(10 << 20 + 1)
        mtime = datetime.fromtimestamp(os.stat(path).st_mtime, timezone.utc)
    except OSError as exc:
        raise BadInput.of("input.file_unreadable", path=label, detail=exc.strerror or type(exc).__name__) from None
    return parse_saved_output(raw, label, mtime)


def _live_tx(tx_hash: str, rpc: str | None) -> SourceDocument:
    from walletdoc.cli.diagnose import diagnose_tx_report  # lazy: rpc only when asked

    live = diagnose_tx_report(tx_hash, rpc)
    from walletdoc.render import envelope

    return SourceDocument(i18n.text("report.ui_live_check")[0], datetime.now(timezone.utc), envelope(live))


def _write_new(path: str, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BadInput.of("report.output_exists") from None
    except OSError as exc:
        name = i18n.text("report.ui_output_file")[0]
        raise BadInput.of("input.file_unreadable", path=name, detail=exc.strerror or "") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
