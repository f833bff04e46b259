"""Every finding code the code uses has an English message; templates format cleanly."""

import re
import string
from pathlib import Path

import pytest

from walletdoc import i18n

ROOT = Path(__file__).resolve().parents[2] / "walletdoc"
LITERAL_CODE = re.compile(r"""(?:Finding\.of|\.of|i18n\.text|text)\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def used_codes() -> set[str]:
    codes: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if "i18n" in path.parts:
            continue
        codes.update(LITERAL_CODE.findall(path.read_text(encoding="utf-8")))
    return codes


def all_entries(lang: str):
    base = ROOT / "i18n" / lang
    for path in sorted(base.glob("*.py")):
        if path.stem == "__init__":
            continue
        for code, entry in i18n.catalog(lang, path.stem).items():
            yield path.stem, code, entry


def test_every_used_code_has_an_english_message():
    missing = sorted(code for code in used_codes() if _lookup(code) is None)
    assert not missing, f"codes without an English catalog entry: {missing}"


def _lookup(code):
    try:
        return i18n.entry(code, "en")
    except KeyError:
        return None


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_catalog_entries_are_well_formed(lang):
    for domain, code, (message, advice) in all_entries(lang):
        assert code.split(".", 1)[0] == domain, f"{code} filed under {domain}"
        assert message.strip(), code
        assert isinstance(advice, (list, tuple)), code
        for template in [message, *advice]:
            list(string.Formatter().parse(template))  # raises on a broken template


def test_unknown_language_rejected():
    with pytest.raises(ValueError):
        i18n.set_language("xx")
