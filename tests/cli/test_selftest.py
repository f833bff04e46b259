"""`walletdoc selftest` end to end: every bundled suite runs and passes on this machine."""

from __future__ import annotations

from tests.helpers import run_cli


def test_selftest_runs_all_suites_and_passes() -> None:
    r = run_cli("--json", "selftest", timeout=900)
    assert r.code == 0, r.stdout
    res = r.json["result"]
    assert res["suites"], "no suite ran"
    for suite in res["suites"]:
        assert suite["passed"] > 0 and suite["failed"] == 0, suite
    assert res["passed"] == sum(s["passed"] for s in res["suites"]) and res["failed"] == 0
    assert "keystore" in [s["name"] for s in res["suites"]]


def test_selftest_list() -> None:
    r = run_cli("--json", "selftest", "--list")
    assert r.code == 0 and "keystore" in [s["name"] for s in r.json["result"]["suites"]]


def test_selftest_unknown_suite_exit_2() -> None:
    r = run_cli("--json", "selftest", "--suite", "no-such-suite")
    assert r.code == 2 and r.codes == ["selftest.unknown_suite"]


def test_selftest_one_suite_human_table() -> None:
    r = run_cli("selftest", "--suite", "keystore", "--suite", "keystore")
    assert r.code == 0 and "keystore" in r.stdout and "ok" in r.stdout
    assert r.stdout.count("keystore") == 1
