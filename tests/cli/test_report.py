"""`walletdoc report` end to end: saved outputs in, no secret out; HTML opened in headless Chromium."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_cli

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SAVED = {
    "walletdoc": "0.1.0", "command": "diagnose tx", "ok": False,
    "findings": [{"code": "report.empty", "severity": "warning", "message": "x", "advice": [], "data": {}}],
    "result": {"status": "pending", "chain_id": 31337, "hash": "0x" + "12" * 32,
               "from": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "nonce": 4},
}


def saved(tmp_path: Path, doc=SAVED, name="diag.json") -> str:
    p = tmp_path / name
    p.write_text(json.dumps(doc))
    return str(p)


def test_markdown_to_stdout_and_json_envelope(tmp_path):
    path = saved(tmp_path)
    r = run_cli("report", "--from", path)
    assert r.code == 0 and r.stdout.startswith("# walletdoc support report")
    assert "0x" + "12" * 32 in r.stdout and str(tmp_path) not in r.stdout
    j = run_cli("--json", "report", "--from", path, "--format", "json")
    assert j.code == 0
    rep = j.json["result"]["report"]
    assert rep["entries"][0]["command"] == "diagnose tx" and rep["summary"]["documents"] == 1


def test_redact_addresses(tmp_path):
    r = run_cli("report", "--from", saved(tmp_path), "--redact-addresses")
    assert "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed".lower() not in r.stdout.lower() and "address#1" in r.stdout


def test_output_file_created_0600_and_never_overwritten(tmp_path):
    out = tmp_path / "r.html"
    r = run_cli("report", "--from", saved(tmp_path), "--format", "html", "-o", str(out))
    assert r.code == 0 and out.exists() and (os.stat(out).st_mode & 0o777) == 0o600
    before = out.read_bytes()
    again = run_cli("report", "--from", saved(tmp_path), "--format", "html", "-o", str(out))
    assert again.code == 2 and out.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\xfa", b"[]", b"{\"a\": 1}", b"nope", b"\x00" * 64])
def test_bad_inputs_exit_2(tmp_path, content):
    p = tmp_path / "bad.json"
    p.write_bytes(content)
    r = run_cli("report", "--from", str(p))
    assert r.code == 2
    assert run_cli("--json", "report", "--from", str(p)).json["ok"] is False


def test_nothing_to_report_and_missing_file(tmp_path):
    assert run_cli("report").code == 2
    r = run_cli("report", "--from", str(tmp_path / "missing.json"))
    assert r.code == 2 and str(tmp_path) not in r.stdout + r.stderr


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def test_html_report_renders_in_headless_chromium(tmp_path):
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (scripts/test.sh installs it)")
        pytest.skip("chromium not installed")
    page = tmp_path / "report.html"
    assert run_cli("report", "--from", saved(tmp_path), "--format", "html", "-o", str(page)).code == 0
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120)
    assert "walletdoc support report" in dom.stdout and "diagnose tx" in dom.stdout
    subprocess.run([browser, *flags, f"--screenshot={shot}", "--window-size=1000,900", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 5000
