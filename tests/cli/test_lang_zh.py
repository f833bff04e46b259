"""`--lang zh` (and a Chinese locale) through the real CLI: findings, advice and interface text in
Simplified Chinese, finding codes unchanged."""

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.unit.recover._fixtures import address, damaged, phrase

CJK = re.compile(r"[\u4e00-\u9fff]")
PHRASE = "abandon " * 11 + "about"
KEYSTORES = Path(__file__).resolve().parents[1] / "fixtures" / "keystores"
KEYSTORE_PASSWORD = "walletdoc-test"
EN_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "WALLETDOC_LANG": ""}


def zh(*args, **kw):
    env = {**EN_ENV, **kw.pop("env", {})}
    return run_cli("--lang", "zh", *args, env=env, **kw)


def assert_chinese_json(r, *codes):
    doc = r.json
    assert doc["findings"], r.stdout
    for f in doc["findings"]:
        assert re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", f["code"]), f["code"]
        assert CJK.search(f["message"]), f
        assert all(CJK.search(a) for a in f["advice"]), f
    for code in codes:
        assert code in r.codes, r.codes


def test_check_mnemonic_human_and_json():
    human = zh("check", "mnemonic", stdin=PHRASE.replace("about", "abuot"))
    assert human.code == 1
    assert "下一步：" in human.stdout and "第 12 个单词" in human.stdout
    j = zh("--json", "check", "mnemonic", stdin=PHRASE)
    assert j.code == 0
    assert_chinese_json(j, "mnemonic.ok")


def test_check_mnemonic_empty_input_error_in_chinese():
    r = zh("--json", "check", "mnemonic", stdin="")
    assert r.code == 2 and r.codes == ["input.secret_empty"]
    assert r.json["findings"][0]["message"] == "没有提供助记词（输入为空）。"


def test_check_keystore(tmp_path):
    path = tmp_path / "v3_pbkdf2.json"
    shutil.copy(KEYSTORES / "v3_pbkdf2.json", path)
    human = zh("check", "keystore", str(path), stdin=KEYSTORE_PASSWORD + "\n")
    assert human.code == 0 and "密码正确。" in human.stdout and "格式" in human.stdout
    wrong = zh("--json", "check", "keystore", str(path), stdin="not-the-password\n")
    assert wrong.code == 1
    assert_chinese_json(wrong, "keystore.wrong_password")
    assert KEYSTORE_PASSWORD not in wrong.stdout + wrong.stderr


def test_check_address():
    human = zh("check", "address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert human.code == 0 and CJK.search(human.stdout) and "这个地址可能是" in human.stdout
    j = zh("--json", "check", "address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    assert_chinese_json(j, "address.evm_checksum_wrong")


def test_derive():
    human = zh("derive", "--count", "1", stdin=PHRASE)
    assert human.code == 0 and "派生出的地址" in human.stdout and "派生路径" in human.stdout
    j = zh("--json", "derive", "--count", "1", stdin=PHRASE)
    assert_chinese_json(j, "derive.done")


def test_recover_mnemonic_tiny(tmp_path):
    m = phrase()
    eth = address(m, "eth", "m/44'/60'/0'/0/0", "evm")
    f = tmp_path / "phrase.txt"
    f.write_text(damaged(m, w5="?"), encoding="utf-8")
    args = ("recover", "mnemonic", "--phrase-file", str(f), "--workers", "1", "--address", eth,
            "--wallet", "metamask")
    j = zh("--json", *args)
    assert j.code == 0 and j.json["result"]["found"] is True
    assert_chinese_json(j, "recover.found")
    human = zh(*args)
    assert human.code == 0 and "找到了助记词" in human.stdout and "助记词" in human.stdout


def test_selftest_list_and_one_suite():
    listed = zh("--json", "selftest", "--list")
    assert_chinese_json(listed, "selftest.listed")
    human = zh("selftest", "--suite", "eip55")
    assert human.code == 0 and "测试组" in human.stdout and "通过" in human.stdout


def test_explain():
    human = zh("explain", "tx.nonce_gap")
    assert human.code == 0 and "含义：" in human.stdout and "绝不能索要" in human.stdout
    j = zh("--json", "explain", "tx.nonce_gap")
    res = j.json["result"]
    assert res["code"] == "tx.nonce_gap" and CJK.search(res["meaning"]) and all(CJK.search(n) for n in res["never_ask"])
    unknown = zh("--json", "explain", "nonce_gap")
    assert unknown.code == 2 and unknown.codes == ["input.unknown_code_close"]
    assert "未知的检查代码" in unknown.json["findings"][0]["message"]


def test_report_markdown_html_and_json(tmp_path):
    saved = zh("--json", "check", "mnemonic", stdin=PHRASE)
    src = tmp_path / "check.json"
    src.write_text(saved.stdout, encoding="utf-8")
    md = zh("report", "--from", str(src))
    assert md.code == 0 and md.stdout.startswith("# walletdoc 客服报告")
    assert "不含助记词、密码、私钥或文件路径" in md.stdout and "**正常**" in md.stdout
    assert "报告已生成" in md.stderr
    page = zh("report", "--from", str(src), "--format", "html")
    assert '<html lang="zh-CN">' in page.stdout and "<h1>walletdoc 客服报告</h1>" in page.stdout
    j = zh("--json", "report", "--from", str(src))
    assert_chinese_json(j, "report.ready")
    assert "abandon" not in md.stdout + page.stdout + j.stdout


def test_demo():
    human = zh("demo", "--workers", "1")
    assert human.code == 0 and "演示完成" in human.stdout and "用户记得的那个地址" in human.stdout
    j = zh("--json", "demo", "--workers", "1")
    assert j.code == 0
    assert_chinese_json(j, "demo.done")


@pytest.mark.parametrize("env", [{"LANG": "zh_CN.UTF-8"}, {"WALLETDOC_LANG": "zh"}, {"LC_ALL": "zh_CN.UTF-8"}])
def test_locale_selects_chinese(env):
    r = run_cli("--json", "check", "mnemonic", stdin=PHRASE, env={**EN_ENV, **env})
    assert r.code == 0 and CJK.search(r.json["findings"][0]["message"])


def test_lang_en_overrides_chinese_locale():
    r = run_cli("--lang", "en", "--json", "check", "mnemonic", stdin=PHRASE, env={**EN_ENV, "LANG": "zh_CN.UTF-8"})
    assert r.json["findings"][0]["message"].startswith("This is a valid")


def test_usage_error_in_chinese():
    r = zh("check", "address", "--no-such-option")
    assert r.code == 2 and "错误：" in r.stderr
    j = zh("--json", "check", "address", "--no-such-option")
    assert j.code == 2 and j.codes == ["input.usage"] and CJK.search(json.dumps(j.json, ensure_ascii=False))


def test_secret_on_command_line_refused_in_chinese():
    r = zh("--json", "check", "mnemonic", "abandon", "abandon")
    assert r.code == 2 and r.codes == ["input.secret_on_command_line"]
    assert_chinese_json(r)
