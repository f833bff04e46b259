"""Message catalogs: finding code -> (message, advice steps), per language.

Each domain (the part of a code before the first dot: "mnemonic", "keystore", "tx" …)
has one module per language, `walletdoc/i18n/<lang>/<domain>.py`, holding
`MESSAGES = {code: (message_template, [advice_template, ...])}`. Templates use
str.format fields filled from public parameters only. A language without an entry
falls back to English; English must have every code (a test checks it).
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

LANGUAGES = ("en", "zh")
_current = "en"

Entry = tuple[str, list[str]]


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def language() -> str:
    return _current


@cache
def catalog(lang: str, domain: str) -> dict[str, Entry]:
    try:
        module = importlib.import_module(f"walletdoc.i18n.{lang}.{domain}")
    except ModuleNotFoundError:
        return {}
    return dict(getattr(module, "MESSAGES", {}))


def entry(code: str, lang: str | None = None) -> Entry:
    lang = lang or _current
    domain = code.split(".", 1)[0]
    found = catalog(lang, domain).get(code)
    if found is None and lang != "en":
        found = catalog("en", domain).get(code)
    if found is None:
        raise KeyError(f"no message for finding code {code!r}")
    return found


def text(code: str, lang: str | None = None, **params: Any) -> tuple[str, tuple[str, ...]]:
    message, advice = entry(code, lang)
    return message.format(**params), tuple(step.format(**params) for step in advice)


def ui(key: str, lang: str | None = None, **params: Any) -> str:
    """A piece of interface text (prompts, headings), from the `ui` domain."""
    message, _ = entry(key if key.startswith("ui.") else f"ui.{key}", lang)
    return message.format(**params)
