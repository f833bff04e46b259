"""Build the support report from saved `--json` outputs (and live checks), and write it
as Markdown (chat), JSON (tickets) or one self-contained HTML page (timeline).

Input documents go through support.redact first; this module only arranges public
records. It never reads a secret and never includes a file path or an RPC URL.
"""

from __future__ import annotations

import html
import json
import platform
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from walletdoc import __version__, i18n
from walletdoc.errors import BadInput
from walletdoc.support.redact import redact_addresses, redact_document

MAX_INPUT_BYTES = 10 << 20
SEVERITY_ORDER = ("error", "warning", "info", "ok")


@dataclass(frozen=True)
class SourceDocument:
    label: str  # "saved output 1", "live check" — never a path
    time: datetime
    document: Mapping[str, Any]


def parse_saved_output(raw: bytes, label: str, time: datetime) -> SourceDocument:
    """A saved `walletdoc … --json` output; anything else is BadInput (exit 2)."""
    if len(raw) > MAX_INPUT_BYTES:
        raise BadInput.of("report.input_too_large", source=label)
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput.of("report.input_not_utf8", source=label) from None
    except json.JSONDecodeError:
        raise BadInput.of("report.input_not_json", source=label) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("command"), str) or not isinstance(
            doc.get("findings"), list):
        raise BadInput.of("report.input_not_walletdoc", source=label)
    return SourceDocument(label, time, doc)


def environment() -> dict[str, str]:
    return {
        "walletdoc": __version__,
        "os": f"{platform.system()} {platform.release()}".strip(),
        "python": ".".join(map(str, sys.version_info[:3])),
    }


def build_report(sources: Iterable[SourceDocument], *, hide_addresses: bool = False,
                 now: datetime | None = None) -> dict[str, Any]:
    now = now or datetime.now(timezone.utc)
    entries = []
    for src in sorted(sources, key=lambda s: s.time):
        record = redact_document(src.document)
        entries.append({"source": src.label, "time": _iso(src.time), **record})
    counts = {sev: sum(1 for e in entries for f in e["findings"] if f["severity"] == sev) for sev in SEVERITY_ORDER}
    report: dict[str, Any] = {
        "walletdoc_report": 1,
        "generated": _iso(now),
        "environment": environment(),
        "summary": {"documents": len(entries), **counts},
        "chains": sorted({str(e["result"].get("chain_name") or e["result"].get("chain_id"))
                          for e in entries if e["result"].get("chain_id") is not None}),
        "entries": entries,
    }
    return redact_addresses(report) if hide_addresses else report  # type: ignore[no-any-return]


def _iso(t: datetime) -> str:
    return t.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _ui(name: str, **params: Any) -> str:
    """A heading or label of the report document, in the active language."""
    return i18n.text(f"report.ui_{name}", **params)[0]


def _severity(name: str) -> str:
    return _ui(f"severity_{name}") if name in SEVERITY_ORDER else name


def _status(ok: bool) -> str:
    return _ui("status_ok" if ok else "status_problems")


def to_markdown(report: Mapping[str, Any]) -> str:
    env = report["environment"]
    s = report["summary"]
    lines = [
        f"# {_ui('title')}",
        "",
        f"- {_ui('generated', time=report['generated'])}",
        f"- {_ui('environment', version=env['walletdoc'], os=env['os'], python=env['python'])}",
        f"- {_ui('counts', documents=s['documents'], errors=s['error'], warnings=s['warning'])}",
        f"- {_ui('no_secrets')}",
    ]
    if report["chains"]:
        lines.append(f"- {_ui('chains', chains=', '.join(report['chains']))}")
    for e in report["entries"]:
        lines += ["", f"## {e['time']} · `walletdoc {e['command']}` · {_status(e['ok'])}", ""]
        for f in sorted(e["findings"], key=lambda f: SEVERITY_ORDER.index(f["severity"])):
            lines.append(f"- **{_severity(f['severity'])}** `{f['code']}`: {f['message']}")
            lines += [f"    {i}. {step}" for i, step in enumerate(f["advice"], 1)]
        if e["result"]:
            lines += ["", "```json", json.dumps(e["result"], indent=1, ensure_ascii=False), "```"]
    return "\n".join(lines) + "\n"


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem;margin-bottom:.2rem} .meta{color:#57606a;margin:0 0 1.5rem}
.timeline{border-left:3px solid #d0d7de;margin-left:.5rem;padding-left:1.2rem}
.entry{margin:0 0 1.6rem;position:relative}
.entry:before{content:"";position:absolute;left:-1.75rem;top:.35rem;width:.8rem;height:.8rem;border-radius:50%;
background:#2da44e} .entry.problems:before{background:#cf222e}
.entry h2{font-size:1.05rem;margin:0} .time{color:#57606a;font-size:.85rem}
.f{margin:.5rem 0 .5rem .2rem} .sev{display:inline-block;min-width:4.5rem;font-weight:600;font-size:.8rem;
text-transform:uppercase} .error .sev{color:#cf222e} .warning .sev{color:#9a6700} .info .sev{color:#0969da}
.ok .sev{color:#1a7f37} code{background:#f6f8fa;padding:0 .25rem;border-radius:3px}
ol{margin:.2rem 0 .2rem 5rem;padding:0} pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:.8rem}
"""


def to_html(report: Mapping[str, Any]) -> str:
    """One self-contained page: inline CSS, no scripts, no external assets."""
    e_ = html.escape
    env, s = report["environment"], report["summary"]
    title = e_(_ui("title"))
    meta = _ui("html_meta", time=report["generated"], version=env["walletdoc"], os=env["os"], python=env["python"],
               documents=s["documents"], errors=s["error"], warnings=s["warning"])
    parts = [
        "<!doctype html>", f'<html lang="{e_(_ui("html_lang"))}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{title}</title>", f"<style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="meta">{e_(meta)}</p>',
        '<div class="timeline">',
    ]
    for e in report["entries"]:
        status = "ok" if e["ok"] else "problems"
        parts.append(f'<section class="entry {status}"><div class="time">{e_(e["time"])}</div>'
                     f'<h2>walletdoc {e_(e["command"])} — {e_(_status(e["ok"]))}</h2>')
        for f in sorted(e["findings"], key=lambda f: SEVERITY_ORDER.index(f["severity"])):
            parts.append(f'<div class="f {e_(f["severity"])}"><span class="sev">{e_(_severity(f["severity"]))}</span> '
                         f'{e_(f["message"])} <code>{e_(f["code"])}</code>')
            if f["advice"]:
                parts.append("<ol>" + "".join(f"<li>{e_(a)}</li>" for a in f["advice"]) + "</ol>")
            parts.append("</div>")
        if e["result"]:
            parts.append(f"<pre>{e_(json.dumps(e['result'], indent=1, ensure_ascii=False))}</pre>")
        parts.append("</section>")
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"
