"""`walletdoc report --tx HASH --rpc URL`: a live diagnosis joins saved outputs in the report."""

from __future__ import annotations

import pytest

from tests.helpers import run_cli
from tests.node.nodes import Node, error_string_payload, reverter_runtime
from tests.node.test_diagnose_tx import _mined_failure

pytestmark = pytest.mark.node


def test_live_tx_in_report(anvil: Node, tmp_path) -> None:
    h = _mined_failure(anvil, reverter_runtime(error_string_payload("nope: insufficient allowance")))
    saved = tmp_path / "addr.json"
    acct = anvil.tx(h)["from"]
    saved.write_text(run_cli("--json", "diagnose", "address", acct, "--rpc", anvil.url).stdout)
    r = run_cli("--json", "report", "--from", str(saved), "--tx", h, "--rpc", anvil.url, "--format", "json")
    assert r.code == 0, r.stdout
    entries = r.json["result"]["report"]["entries"]
    assert [e["command"] for e in entries] == ["diagnose address", "diagnose tx"]
    live = entries[1]
    assert live["result"]["hash"] == h and live["result"]["status"] == "mined_failed"
    assert live["result"]["revert_reason"] == "nope: insufficient allowance"
    assert "tx.reverted" in [f["code"] for f in live["findings"]]
    assert anvil.url not in r.stdout


def test_live_tx_node_down_exit_3(tmp_path) -> None:
    r = run_cli("report", "--tx", "0x" + "11" * 32, "--rpc", "http://127.0.0.1:9")
    assert r.code == 3
