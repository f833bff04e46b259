"""Node failures through a misbehaving proxy in front of a real anvil: retries, timeouts, exit 3."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.helpers import run_cli
from tests.node.faultproxy import FaultProxy
from tests.node.nodes import GWEI, Node
from walletdoc.errors import NodeError
from walletdoc.rpc.client import RpcClient

ProxyFactory = Callable[..., FaultProxy]


def test_retries_429_then_succeeds(anvil: Node, fault_proxy: ProxyFactory) -> None:
    proxy = fault_proxy(anvil.url, ["429", "429"])
    client = RpcClient(proxy.url, timeout=5, backoff=0.01)
    assert client.chain().id == 31337
    assert proxy.served[:3] == ["429", "429", "pass"]


def test_retries_5xx_then_succeeds(anvil: Node, fault_proxy: ProxyFactory) -> None:
    proxy = fault_proxy(anvil.url, ["500", "503"])
    client = RpcClient(proxy.url, timeout=5, backoff=0.01)
    assert client.call("eth_blockNumber") is not None
    assert client.requests_sent == 3


def test_closed_connection_is_retried(anvil: Node, fault_proxy: ProxyFactory) -> None:
    proxy = fault_proxy(anvil.url, ["close"])
    client = RpcClient(proxy.url, timeout=5, backoff=0.01)
    assert client.call("eth_blockNumber") is not None


@pytest.mark.parametrize(("fault", "code"), [
    ("429", "rpc.http_status"), ("500", "rpc.http_status"), ("hang", "rpc.timeout"),
    ("badjson", "rpc.bad_response"), ("close", "rpc.unreachable")])
def test_persistent_faults_are_node_errors(anvil: Node, fault_proxy: ProxyFactory, fault: str, code: str) -> None:
    proxy = fault_proxy(anvil.url, [fault], sticky=True, hang_seconds=5)
    client = RpcClient(proxy.url, timeout=0.5, retries=2, backoff=0.01)
    with pytest.raises(NodeError) as err:
        client.chain()
    assert err.value.code == code and err.value.exit_code == 3
    assert "\n" not in err.value.message


def test_hidden_methods_are_reported_unsupported(anvil: Node, fault_proxy: ProxyFactory) -> None:
    proxy = fault_proxy(anvil.url, deny_methods={"txpool_content"})
    client = RpcClient(proxy.url, timeout=5)
    assert client.txpool_content() is None and client.txpool == "unsupported"
    assert client.chain().id == 31337


# ----------------------------------------------------------------------------- the CLI: exit 3, one clear line
H = "0x" + "ab" * 32


@pytest.mark.parametrize(("fault", "code", "words"), [
    ("429", "rpc.http_status", "HTTP 429"), ("500", "rpc.http_status", "HTTP 500"),
    ("hang", "rpc.timeout", "did not answer within 1 seconds"),
    ("badjson", "rpc.bad_response", "not valid JSON"), ("close", "rpc.unreachable", "closed the connection")])
def test_cli_node_failures_exit_3(anvil: Node, fault_proxy: ProxyFactory, fault: str, code: str, words: str) -> None:
    proxy = fault_proxy(anvil.url, [fault], sticky=True, hang_seconds=4)
    out = run_cli("--json", "diagnose", "tx", H, "--rpc", proxy.url, "--timeout", "1",
                  env={"WALLETDOC_RPC_TIMEOUT": "1"})
    assert out.code == 3 and out.codes == [code]
    assert words in out.json["findings"][0]["message"]


@pytest.mark.parametrize(("fault", "words"), [("badjson", "not valid JSON"), ("hang", "did not answer")])
def test_cli_human_output_is_one_clear_line(anvil: Node, fault_proxy: ProxyFactory, fault: str, words: str) -> None:
    proxy = fault_proxy(anvil.url, [fault], sticky=True, hang_seconds=4)
    human = run_cli("diagnose", "address", "0x" + "11" * 20, "--rpc", proxy.url, "--timeout", "1")
    assert human.code == 3
    lines = [ln for ln in human.stdout.splitlines() if ln.startswith("✗")]
    assert len(lines) == 1 and words in lines[0], human.stdout


def test_cli_retries_then_succeeds(anvil: Node, fault_proxy: ProxyFactory) -> None:
    proxy = fault_proxy(anvil.url, ["429", "429", "500"])
    out = run_cli("--json", "diagnose", "tx", H, "--rpc", proxy.url)
    assert out.code == 1 and out.codes == ["tx.not_found"]
    assert proxy.served[:4] == ["429", "429", "500", "pass"]


def test_cli_unreachable(anvil: Node) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
        out = run_cli("--json", "diagnose", "tx", H, "--rpc", url)
    assert out.code == 3 and out.codes == ["rpc.unreachable"]
    assert "connection refused" in out.json["findings"][0]["message"]


def test_node_that_refuses_batches_still_works(anvil: Node, fault_proxy: ProxyFactory) -> None:
    proxy = fault_proxy(anvil.url, refuse_batches=True)
    acct = anvil.new_account()
    h = anvil.send(acct, maxFeePerGas=10 * GWEI)
    anvil.mine()
    out = run_cli("--json", "diagnose", "tx", h, "--rpc", proxy.url)
    assert out.code == 0 and out.json["result"]["status"] == "mined_success"
