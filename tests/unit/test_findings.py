import json

from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding, Report, plain
from walletdoc.render import envelope, to_json


def test_report_exit_code_follows_error_findings():
    r = Report("check mnemonic")
    assert r.ok and r.code == 0
    r.add(plain("x.warn", WARNING, "careful"))
    r.add(plain("x.info", INFO, "fyi"))
    assert r.ok and r.code == 0
    r.add(plain("x.err", ERROR, "broken"))
    assert not r.ok and r.code == 1


def test_explicit_exit_code_wins():
    r = Report("recover mnemonic", [plain("recover.found", OK, "found")], {}, exit_code=1)
    assert not r.ok and r.code == 1


def test_finding_of_uses_catalog():
    f = Finding.of("input.secret_empty", ERROR, what="seed phrase")
    assert f.message == "No seed phrase was given (the input was empty)."
    assert f.severity is ERROR


def test_json_envelope_shape():
    r = Report("check address", [plain("address.ok", OK, "fine", ["nothing"], chain="eth")], {"valid": True})
    env = json.loads(to_json(r))
    assert set(env) == {"walletdoc", "command", "ok", "findings", "result"}
    assert env["command"] == "check address" and env["ok"] is True
    assert env["findings"] == [
        {"code": "address.ok", "severity": "ok", "message": "fine", "advice": ["nothing"], "data": {"chain": "eth"}}
    ]
    assert env["result"] == {"valid": True}
    assert envelope(r)["walletdoc"]
