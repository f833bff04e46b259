"""The support runbook: every finding code with what it means, what to ask, what to tell the
owner, and what never to ask for — generated from the message catalogs so it cannot drift.

`python -m walletdoc.support.runbook > docs/support.md` regenerates the document; a test
checks that the committed file is current. Never includes anything but catalog text.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from typing import Any

from walletdoc import i18n


@dataclass(frozen=True)
class CodeGuide:
    code: str
    meaning: str
    tell: tuple[str, ...]
    ask: tuple[str, ...]
    about: str
    never: tuple[str, ...]


def _placeholders(template: str) -> str:
    return re.sub(r"\{([a-zA-Z_][a-zA-Z0-9_]*)[^{}]*\}", r"<\1>", template)


def domains(lang: str = "en") -> list[str]:
    package = importlib.import_module(f"walletdoc.i18n.{lang}")
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name != "runbook")


def _guidance(lang: str) -> Any:
    try:
        return importlib.import_module(f"walletdoc.i18n.{lang}.runbook")
    except ModuleNotFoundError:
        return importlib.import_module("walletdoc.i18n.en.runbook")


def all_codes(lang: str = "en") -> list[str]:
    codes: list[str] = []
    for domain in domains("en"):
        if domain == "ui":
            continue
        codes.extend(sorted(c for c in i18n.catalog("en", domain) if ".ui_" not in c))
    return codes


def guide(code: str, lang: str = "en") -> CodeGuide:
    message, advice = i18n.entry(code, lang)
    g = _guidance(lang)
    domain = g.DOMAINS.get(code.split(".", 1)[0], {"about": [], "ask": []})
    return CodeGuide(
        code=code,
        meaning=_placeholders(message),
        tell=tuple(_placeholders(a) for a in advice),
        ask=tuple(domain.get("ask", [])),
        about=" ".join(domain.get("about", [])),
        never=tuple(g.NEVER_ASK),
    )


def markdown(lang: str = "en") -> str:
    g = _guidance(lang)

    def ui(code: str) -> str:
        return i18n.text(f"report.ui_{code}", lang)[0]

    out = [f"# {ui('runbook_title')}", "", ui("runbook_intro"), "", f"## {ui('never').rstrip(':：')}", ""]
    out += [f"- {line}" for line in g.NEVER_ASK]
    current = None
    for code in all_codes(lang):
        d = code.split(".", 1)[0]
        item = guide(code, lang)
        if d != current:
            current = d
            out += ["", f"## {d}", ""]
            if item.about:
                out += [item.about, ""]
            if item.ask:
                out += [ui("ask"), ""] + [f"- {a}" for a in item.ask] + [""]
        out += [f"### `{code}`", "", f"**{ui('meaning')}** {item.meaning}", ""]
        if item.tell:
            out += [f"**{ui('tell')}**", ""] + [f"{i}. {t}" for i, t in enumerate(item.tell, 1)] + [""]
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(markdown(sys.argv[1] if len(sys.argv) > 1 else "en"))
