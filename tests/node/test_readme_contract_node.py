"""`diagnose tx`'s JSON result is exactly what the README documents (real anvil)."""

from __future__ import annotations

import pytest

from tests.cli.test_readme_contract import documented_fields
from tests.helpers import run_cli
from tests.node.nodes import Node

pytestmark = pytest.mark.node


def test_diagnose_tx_result_matches_readme(anvil: Node) -> None:
    acct = anvil.new_account()
    h = anvil.send(acct)
    r = run_cli("--json", "diagnose", "tx", h, "--rpc", anvil.url)
    assert r.code in (0, 1), r.stdout
    assert set(r.json["result"]) == documented_fields("diagnose tx")
