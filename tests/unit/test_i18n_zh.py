"""The Chinese catalog is complete and faithful to the English one; docs/support.zh.md is current.

Every English code (every domain) has a zh entry with exactly the same {placeholders} and the same
number of advice steps, and zh has no code English lacks.
"""

import re
import string
from pathlib import Path

import pytest

from walletdoc import i18n
from walletdoc.support.runbook import all_codes, domains, guide, markdown

ROOT = Path(__file__).resolve().parents[2]
DOC_ZH = ROOT / "docs" / "support.zh.md"
CJK = re.compile(r"[\u4e00-\u9fff]")


def fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def entry_fields(entry) -> tuple[set[str], set[str]]:
    message, advice = entry
    return fields(message), set().union(*(fields(a) for a in advice)) if advice else set()


ENGLISH_DOMAINS = domains("en")
# interface strings that are the same in both languages on purpose (a command line, a technical term)
SAME_IN_BOTH = {"demo.ui_step_recover", "tx.ui_row_nonce", "account.ui_nonce", "fix.ui_row_nonce",
                "mnemonic.ui_none", "scan.wallet_note", "input.usage", "report.ui_html_lang",
                "report.ui_environment"}


def test_every_english_domain_has_a_chinese_module():
    assert sorted(ENGLISH_DOMAINS) == sorted(d for d in domains("zh") if d in ENGLISH_DOMAINS)
    assert set(domains("zh")) <= set(ENGLISH_DOMAINS), "a zh domain without an English one"


@pytest.mark.parametrize("domain", ENGLISH_DOMAINS)
def test_domain_translated_exactly(domain):
    en, zh = i18n.catalog("en", domain), i18n.catalog("zh", domain)
    missing = sorted(set(en) - set(zh))
    extra = sorted(set(zh) - set(en))
    assert not missing, f"codes without a Chinese translation: {missing}"
    assert not extra, f"Chinese codes English lacks: {extra}"
    for code, (message, advice) in en.items():
        zh_message, zh_advice = zh[code]
        assert fields(zh_message) == fields(message), f"{code}: message placeholders differ"
        assert len(zh_advice) == len(advice), f"{code}: advice step count differs"
        for i, (a_en, a_zh) in enumerate(zip(advice, zh_advice), 1):
            assert fields(a_zh) == fields(a_en), f"{code}: advice step {i} placeholders differ"


@pytest.mark.parametrize("domain", ENGLISH_DOMAINS)
def test_chinese_entries_are_chinese(domain):
    for code, (message, advice) in i18n.catalog("zh", domain).items():
        english = i18n.catalog("en", domain)[code][0]
        if CJK.search(english) is None and re.search(r"[A-Za-z]{3}", english) and code not in SAME_IN_BOTH:
            assert CJK.search(message), f"{code}: message is not translated"
        for step in advice:
            assert CJK.search(step), f"{code}: advice not translated: {step!r}"


def test_chinese_templates_format_with_english_params():
    for domain in ENGLISH_DOMAINS:
        for code, entry in i18n.catalog("en", domain).items():
            params = {n: "X" for n in set().union(*entry_fields(entry))}
            english = i18n.text(code, "en", **params)
            chinese = i18n.text(code, "zh", **params)
            assert len(chinese[1]) == len(english[1]), code


def test_no_chinese_text_asks_to_share_a_secret():
    share = re.compile(r"(发给|告诉|提供给|发送给|分享给?)[^。；]{0,12}(助记词|密码|私钥)")
    for domain in ENGLISH_DOMAINS:
        for code, (message, advice) in i18n.catalog("zh", domain).items():
            for text in [message, *advice]:
                assert not share.search(text), f"{code}: {text}"


def test_zh_runbook_guidance_covers_every_domain():
    from walletdoc.i18n.en import runbook as en
    from walletdoc.i18n.zh import runbook as zh

    assert set(zh.DOMAINS) == set(en.DOMAINS)
    assert len(zh.NEVER_ASK) == len(en.NEVER_ASK)
    for d, parts in en.DOMAINS.items():
        for key, lines in parts.items():
            assert len(zh.DOMAINS[d][key]) == len(lines), f"{d}.{key}"
            assert all(CJK.search(line) for line in zh.DOMAINS[d][key]), f"{d}.{key}"


def test_every_code_has_a_chinese_guide():
    for code in all_codes():
        g = guide(code, "zh")
        english = re.sub(r"<[a-z_]+>", "", guide(code).meaning)
        assert CJK.search(g.meaning) or not re.search(r"[A-Za-z]{3}", english), code
        assert g.never and all(CJK.search(n) for n in g.never), code


def test_committed_chinese_runbook_is_current():
    assert DOC_ZH.read_text(encoding="utf-8") == markdown("zh"), (
        "docs/support.zh.md is stale: run `python -m walletdoc.support.runbook zh > docs/support.zh.md`")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_placeholder_clashes_with_text_arguments(lang):
    """`i18n.text(code, lang, **params)` and `BadInput.of(code, data, **params)` reserve these names."""
    for domain in ENGLISH_DOMAINS:
        for code, entry in i18n.catalog(lang, domain).items():
            assert not set().union(*entry_fields(entry)) & {"code", "lang", "data"}, code
