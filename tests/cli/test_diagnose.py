"""`walletdoc diagnose tx|address`: bad input is exit 2 before any network use (no node needed)."""

from __future__ import annotations

import pytest

from tests.helpers import run_cli

H = "0x" + "ab" * 32
A = "0x" + "11" * 20
DEAD = "http://127.0.0.1:9"  # never contacted: input is checked first


@pytest.mark.parametrize("bad", ["", "0x", "0x12", H + "00", H[:-1] + "g", "ab" * 31, "\u200b" + H, "0x" + "ab" * 5000])
def test_malformed_hash(bad: str) -> None:
    out = run_cli("--json", "diagnose", "tx", bad, "--rpc", DEAD)
    assert out.code == 2 and out.codes == ["rpc.hash_invalid"]


@pytest.mark.parametrize("bad", ["", "0x1234", A + "1", "11" * 20, "0x" + "zz" * 20, "0xFb6916095CA1df60bB79Ce92cE3Ea74c37c5d359"])
def test_malformed_address(bad: str) -> None:
    out = run_cli("--json", "diagnose", "address", bad, "--rpc", DEAD)
    assert out.code == 2 and out.codes[0] in ("rpc.address_invalid", "rpc.address_checksum")


@pytest.mark.parametrize("url", ["ftp://127.0.0.1:8545", "127.0.0.1:8545", "file:///etc/passwd", "http://", "ws://x",
                                 "http://h:99999999"])
def test_bad_urls(url: str) -> None:
    out = run_cli("--json", "diagnose", "tx", H, "--rpc", url)
    assert out.code == 2 and out.codes == ["rpc.url_invalid"]


def test_missing_url() -> None:
    out = run_cli("--json", "diagnose", "address", A, env={"WALLETDOC_RPC": ""})
    assert out.code == 2 and out.codes == ["rpc.url_missing"]


def test_url_credentials_are_not_echoed() -> None:
    out = run_cli("--json", "diagnose", "tx", H, "--rpc", "gopher://user:hunter2@host/x?key=SECRETKEY")
    assert out.code == 2 and "hunter2" not in out.stdout and "SECRETKEY" not in out.stdout


@pytest.mark.parametrize(("args", "code"), [
    (["--from", A], "tx.from_nonce_together"), (["--nonce", "1"], "tx.from_nonce_together"),
    (["--from", A, "--nonce", "-1"], "tx.nonce_invalid"), (["--from", A, "--nonce", "x"], "tx.nonce_invalid"),
    (["--from", A, "--nonce", str(2**64)], "tx.nonce_invalid"), (["--from", "0x12", "--nonce", "1"], "rpc.address_invalid"),
    (["--timeout", "0"], "rpc.timeout_invalid"), (["--timeout", "nan"], "rpc.timeout_invalid"),
    (["--chain", "atlantis"], "rpc.chain_unknown")])
def test_bad_options(args: list[str], code: str) -> None:
    out = run_cli("--json", "diagnose", "tx", H, "--rpc", DEAD, *args)
    assert out.code == 2 and out.codes == [code]


def test_unreachable_is_exit_3() -> None:
    out = run_cli("--json", "diagnose", "address", A, "--rpc", DEAD, "--timeout", "2")
    assert out.code == 3 and out.codes == ["rpc.unreachable"]
