"""The README's first command runs `walletdoc demo`: it must recover the demo phrase."""

from tests.helpers import run_cli
from walletdoc.cli.demo import DEMO_ADDRESS


def test_demo_recovers_and_derives_json():
    r = run_cli("--json", "demo", "--workers", "1")
    assert r.code == 0, r.stdout[-2000:]
    res = r.json["result"]
    assert res["recover"]["found"] is True and res["recover"]["address"] == DEMO_ADDRESS
    assert res["check"]["valid"] is False
    assert DEMO_ADDRESS in [a["address"] for a in res["derive"]["addresses"]]
    assert "demo.done" in r.codes


def test_demo_human_output_tells_the_story():
    r = run_cli("demo", "--workers", "1")
    assert r.code == 0
    for text in ("1/3", "2/3", "3/3", "the address the owner knew", "Demo finished"):
        assert text in r.stdout
