"""walletdoc.rpc.client against real anvil and Hardhat nodes: batches, helpers, txpool probe."""

from __future__ import annotations

import pytest

from tests.node.nodes import GWEI, Node
from walletdoc.errors import BadInput, NodeError
from walletdoc.rpc.client import MethodUnsupported, RpcClient, RpcError, SecretRefused, hex_int
from walletdoc.secrets import Secret


def test_chain_is_named_and_batches_are_one_round_trip(node: Node) -> None:
    client = RpcClient(node.url, timeout=10)
    chain = client.chain()
    assert (chain.id, chain.known) == (31337, True)
    acct = node.new_account(5 * 10**18)
    before = client.requests_sent
    replies = client.batch([("eth_getBalance", [acct.address, "latest"]),
                            ("eth_getTransactionCount", [acct.address, "latest"]),
                            ("eth_blockNumber", [])])
    assert client.requests_sent == before + 1
    assert hex_int(replies[0].result) == 5 * 10**18
    assert hex_int(replies[1].result) == 0
    assert client.balance(acct.address) == 5 * 10**18


def test_send_and_read_back(node: Node) -> None:
    client = RpcClient(node.url, timeout=10)
    acct = node.new_account()
    raw = node.sign(acct, maxFeePerGas=5 * GWEI)
    h = client.send_raw_transaction(raw)
    tx = client.get_transaction(h)
    assert tx is not None and tx["blockNumber"] is None
    assert client.get_receipt(h) is None
    assert client.nonce(acct.address, "pending") == 1
    node.mine()
    rc = client.get_receipt(h)
    assert rc is not None and rc["status"] == "0x1"
    assert client.next_base_fee() is not None


def test_rejected_raw_tx_is_an_rpc_error(node: Node) -> None:
    client = RpcClient(node.url, timeout=10)
    acct = node.new_account(10**15)
    with pytest.raises(RpcError) as err:
        client.send_raw_transaction(node.sign(acct, value=10**18))
    assert "funds" in err.value.rpc_message.lower()
    assert err.value.exit_code == 3


def test_txpool_probe(anvil: Node, hardhat: Node) -> None:
    a = RpcClient(anvil.url)
    assert isinstance(a.txpool_content(), dict) and a.txpool == "available"
    h = RpcClient(hardhat.url)
    assert h.txpool_content() is None and h.txpool == "unsupported"
    with pytest.raises(MethodUnsupported):
        h.call("txpool_status", [])


def test_wrong_chain(anvil: Node) -> None:
    client = RpcClient(anvil.url)
    with pytest.raises(NodeError) as err:
        client.require_chain(1)
    assert err.value.code == "rpc.wrong_chain"
    assert "Ethereum" in err.value.message


def test_public_data_only(anvil: Node) -> None:
    client = RpcClient(anvil.url)
    sent = client.requests_sent
    with pytest.raises(SecretRefused):
        client.call("eth_sendRawTransaction", [Secret("0xdeadbeef")])
    with pytest.raises(SecretRefused):
        client.batch([("eth_call", [{"data": Secret("x")}, "latest"])])
    with pytest.raises(BadInput):
        client.get_transaction("0x1234")
    assert client.requests_sent == sent
