"""The root command: version, help, usage errors as JSON, global flags anywhere."""

from tests.helpers import run_cli
from walletdoc import __version__


def test_version():
    r = run_cli("--version")
    assert r.code == 0 and __version__ in r.stdout


def test_help_lists_command_groups():
    r = run_cli("--help")
    assert r.code == 0
    for name in ("check", "recover", "diagnose"):
        assert name in r.stdout


def test_unknown_command_is_usage_error_exit_2():
    r = run_cli("frobnicate")
    assert r.code == 2 and "No such command" in r.stderr and r.stdout == ""


def test_usage_error_with_json_is_one_json_object():
    for args in (("--json", "frobnicate"), ("frobnicate", "--json"), ("check", "--json", "nope")):
        r = run_cli(*args)
        assert r.code == 2
        env = r.json
        assert env["ok"] is False and env["findings"][0]["code"] == "input.usage"
        assert env["findings"][0]["severity"] == "error"
        assert r.stdout.count("\n") == 1


def test_bad_lang_is_usage_error():
    r = run_cli("--lang", "xx", "check", "address", "x")
    assert r.code == 2


def test_lang_anywhere_on_the_line():
    addr = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    for args in (("--lang", "zh", "check", "address", addr), ("check", "address", addr, "--lang", "zh"),
                 ("check", "address", addr, "--lang=zh")):
        r = run_cli("--json", *args)
        assert r.code == 0 and any("\u4e00" <= ch <= "\u9fff" for ch in r.json["findings"][0]["message"])
    bad = run_cli("check", "address", addr, "--lang", "xx")
    assert bad.code == 2 and "--lang" in bad.stderr and "zh" in bad.stderr
