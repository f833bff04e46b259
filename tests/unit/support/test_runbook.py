"""The runbook covers every code and the committed docs/support.md is current."""

from pathlib import Path

from tests.helpers import run_cli
from walletdoc.support.runbook import all_codes, guide, markdown

DOC = Path(__file__).resolve().parents[3] / "docs" / "support.md"


def test_every_code_has_a_guide_with_never_ask():
    codes = all_codes()
    assert len(codes) > 10
    for code in codes:
        g = guide(code)
        assert g.meaning and g.never, code
        assert "{" not in g.meaning, code


def test_committed_runbook_is_current():
    assert DOC.read_text(encoding="utf-8") == markdown(), (
        "docs/support.md is stale: run `python -m walletdoc.support.runbook > docs/support.md`")


def _explain_in_process(capsys, *args: str) -> tuple[int, dict]:
    import json

    from walletdoc.cli.main import main

    try:
        main(["--json", "explain", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, json.loads(capsys.readouterr().out)


def test_explain_every_code_through_the_cli(capsys):
    listing = run_cli("--json", "explain", "--list")
    assert listing.code == 0
    codes = listing.json["result"]["codes"]
    assert codes == all_codes()
    for code in codes:  # in-process: the same entry point, fast enough for every code
        exit_code, env = _explain_in_process(capsys, code)
        assert exit_code == 0, code
        res = env["result"]
        assert res["code"] == code and res["meaning"] and res["never_ask"], code


def test_explain_unknown_code_exit_2():
    r = run_cli("explain", "no.such_code")
    assert r.code == 2 and "Unknown finding code" in r.stdout + r.stderr
