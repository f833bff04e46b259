"""Pure parts of walletdoc.rpc: URL checks, number parsing, chain names, refusing secrets."""

from __future__ import annotations

import pytest

from walletdoc.errors import BadInput, NodeError
from walletdoc.rpc.chains import all_chains, chain_by_id, parse_chain
from walletdoc.rpc.client import RpcClient, SecretRefused, hex_int, validate_url
from walletdoc.rpc.public import assert_public, redact_url
from walletdoc.secrets import Secret


@pytest.mark.parametrize("url", ["", "   ", "ftp://host", "file:///etc/passwd", "127.0.0.1:8545", "http://",
                                 "javascript:alert(1)", "http://host:notaport", "\x00\xff"])
def test_bad_urls_are_bad_input(url: str) -> None:
    with pytest.raises(BadInput):
        validate_url(url)


def test_good_urls() -> None:
    assert validate_url(" http://127.0.0.1:8545 ") == "http://127.0.0.1:8545"
    assert validate_url("https://eth.example/v3/KEY") == "https://eth.example/v3/KEY"


def test_redacted_url_hides_credentials_and_keys() -> None:
    shown = redact_url("https://user:pw@host.example:8545/v3/0123456789abcdef?apikey=zzz")
    assert "pw" not in shown and "zzz" not in shown and "0123456789abcdef" not in shown
    assert "host.example:8545" in shown


def test_env_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALLETDOC_RPC", "http://127.0.0.1:1")
    assert RpcClient.from_option(None).url == "http://127.0.0.1:1"
    assert RpcClient.from_option("http://127.0.0.1:2").url == "http://127.0.0.1:2"
    monkeypatch.delenv("WALLETDOC_RPC")
    with pytest.raises(BadInput):
        RpcClient.from_option(None)


def test_hex_int() -> None:
    assert hex_int("0x10") == 16 and hex_int(None) is None and hex_int(7) == 7 and hex_int("0x0") == 0
    for bad in ("0xzz", True, [1], {"a": 1}):
        with pytest.raises(NodeError):
            hex_int(bad)


def test_chain_names() -> None:
    assert chain_by_id(1).name == "Ethereum"
    assert chain_by_id(31337).known
    assert not chain_by_id(999999).known and "999999" in chain_by_id(999999).name
    ids = {c.id for c in all_chains()}
    assert {1, 56, 137, 42161, 10, 8453, 43114, 11155111, 31337} <= ids
    assert parse_chain("0x2105") == chain_by_id(8453)
    assert parse_chain("base") == chain_by_id(8453)
    assert parse_chain("nonsense") is None


def test_secrets_are_refused_anywhere_in_a_request() -> None:
    for value in (Secret("k"), [Secret("k")], {"data": Secret("k")}, [{"a": [Secret("k")]}], b"bytes", object()):
        with pytest.raises(SecretRefused) as err:
            assert_public(value)
        assert "k'" not in str(err.value)
    assert_public([{"to": "0x00", "value": 1, "x": None, "y": True, "z": 1.5}])


def test_nothing_is_sent_for_a_secret() -> None:
    client = RpcClient("http://127.0.0.1:9", timeout=0.5)
    with pytest.raises(SecretRefused):
        client.call("eth_sendRawTransaction", [Secret("0xdead")])
    with pytest.raises(BadInput):
        client.send_raw_transaction(Secret("0xdead"))  # type: ignore[arg-type]
    assert client.requests_sent == 0


def test_unreachable_is_a_node_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connection refused
        client = RpcClient(f"http://127.0.0.1:{port}", timeout=2, retries=0)
        with pytest.raises(NodeError) as err:
            client.call("eth_chainId")
    assert err.value.code == "rpc.unreachable" and err.value.exit_code == 3
