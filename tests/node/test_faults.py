"""Node failures through a misbehaving proxy in front of a real anvil: retries, timeouts, exit 3."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.node.faultproxy import FaultProxy
from tests.node.nodes import Node
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
