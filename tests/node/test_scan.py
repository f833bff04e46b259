"""`walletdoc scan` against a real anvil (EVM) and the Esplora-shaped server (BTC), through the real CLI.

Addresses are derived with bip-utils (independent of walletdoc's derivation) from a test phrase,
funded on the node, and scan must find them and name the wallet presets. The egress test records
every byte sent while scanning with a known phrase + passphrase (tests/node/recordproxy.py) and
searches it for the secrets in every encoding tests/node/test_secret_egress.py knows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from bip_utils import Bip32Slip10Secp256k1, Bip39SeedGenerator, Bip44, Bip44Changes, Bip44Coins, Bip84, Bip84Coins
from eth_account import Account
from mnemonic import Mnemonic

from tests.helpers import run_cli
from tests.node.esplora_server import EsploraServer, stats
from tests.node.faultproxy import FaultProxy
from tests.node.nodes import ETHER, Node, free_port
from tests.node.recordproxy import RecordingProxy
from tests.node.test_secret_egress import b64_cores, forms

pytestmark = pytest.mark.node


def phrase_for(name: str) -> str:
    return Mnemonic("english").to_mnemonic(hashlib.sha256(f"walletdoc scan {name}".encode()).digest()[:16])


def eth_address(phrase: str, path: str, passphrase: str = "") -> str:
    seed = Bip39SeedGenerator(phrase).Generate(passphrase)
    node = Bip32Slip10Secp256k1.FromSeed(seed).DerivePath(path)
    return str(Account.from_key(bytes(node.PrivateKey().Raw().ToBytes())).address)


def btc_address(phrase: str, account: int, change: bool, index: int) -> str:
    seed = Bip39SeedGenerator(phrase).Generate()
    chg = Bip44Changes.CHAIN_INT if change else Bip44Changes.CHAIN_EXT
    ctx = Bip84.FromSeed(seed, Bip84Coins.BITCOIN).Purpose().Coin().Account(account).Change(chg)
    return str(ctx.AddressIndex(index).PublicKey().ToAddress())


@pytest.fixture
def phrase_file(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[str, str]:
    phrase = phrase_for(request.node.name)
    path = tmp_path / "phrase.txt"
    path.write_text(phrase + "\n")
    return phrase, str(path)


def test_scan_finds_two_presets_on_anvil(anvil: Node, phrase_file: tuple[str, str]) -> None:
    phrase, path = phrase_file
    metamask4 = eth_address(phrase, "m/44'/60'/0'/0/3")  # MetaMask "Account 4"
    ledger2 = eth_address(phrase, "m/44'/60'/2'/0/0")  # Ledger Live account 2
    anvil.set_balance(metamask4, 2 * ETHER)
    anvil.set_balance(ledger2, 3 * ETHER)
    out = run_cli("--json", "scan", "--phrase-file", path, "--rpc", anvil.url, "--chain", "eth")
    assert out.code == 0, out.stdout
    used = {r["path"]: r for r in out.json["result"]["used"]}
    assert set(used) == {"m/44'/60'/0'/0/3", "m/44'/60'/2'/0/0"}
    assert used["m/44'/60'/0'/0/3"]["address"] == metamask4 and "metamask" in used["m/44'/60'/0'/0/3"]["wallet"]
    assert used["m/44'/60'/2'/0/0"]["address"] == ledger2 and "ledger-live-eth" in used["m/44'/60'/2'/0/0"]["wallet"]
    assert used["m/44'/60'/2'/0/0"]["balance"] == 3 * ETHER and used["m/44'/60'/0'/0/3"]["tx_count"] == 0
    assert out.json["result"]["checked"] > 20
    assert out.codes[0] == "scan.answer" and "scan.privacy" in out.codes
    assert "Ledger Live" in out.json["findings"][0]["message"] and "MetaMask" in out.json["findings"][0]["message"]
    human = run_cli("scan", "--phrase-file", path, "--rpc", anvil.url)
    assert human.code == 0
    assert human.stdout.lstrip().startswith("✓ Your funds are on the")
    assert "node's operator" in human.stdout and "can see which addresses" in human.stderr


def test_scan_nothing_used_exits_1(anvil: Node, phrase_file: tuple[str, str]) -> None:
    out = run_cli("--json", "scan", "--phrase-file", phrase_file[1], "--rpc", anvil.url, "--wallet", "metamask",
                  "--gap", "3")
    assert out.code == 1 and out.codes[0] == "scan.nothing_found"
    assert out.json["result"] == {"used": [], "checked": 3}


def test_scan_btc_over_esplora(phrase_file: tuple[str, str]) -> None:
    phrase, path = phrase_file
    receive = btc_address(phrase, 1, False, 4)  # Ledger Live / Trezor "Bitcoin 2" account, 5th address
    change = btc_address(phrase, 1, True, 0)
    chain = {receive: stats(1, 150_000, 1, 150_000, 2), change: stats(1, 90_000, 0, 0, 1)}
    with EsploraServer(chain, mempool={change: stats(1, 10_000, 0, 0, 1)}) as server:
        out = run_cli("--json", "scan", "--phrase-file", path, "--esplora", server.url, "--wallet", "ledger-live",
                      "--accounts", "2", "--gap", "5")
    assert out.code == 0, out.stdout
    used = {r["address"]: r for r in out.json["result"]["used"]}
    assert set(used) == {receive, change}
    assert used[receive]["path"] == "m/84'/0'/1'/0/4" and used[receive]["balance"] == 0
    assert used[change]["path"] == "m/84'/0'/1'/1/0" and used[change]["tx_count"] == 2
    assert used[change]["balance"] == 100_000 and "ledger-live-btc" in used[change]["wallet"]
    assert out.json["result"]["checked"] == len(set(server.asked))


def test_scan_offline_lists_addresses_without_a_node(phrase_file: tuple[str, str]) -> None:
    phrase, path = phrase_file
    out = run_cli("--json", "scan", "--phrase-file", path, "--offline", "--gap", "2", "--wallet", "metamask")
    assert out.code == 0 and out.codes == ["scan.offline"]
    rows = out.json["result"]["offline_addresses"]
    assert [r["address"] for r in rows] == [eth_address(phrase, f"m/44'/60'/0'/0/{i}") for i in range(2)]


def test_scan_sends_only_addresses(anvil: Node, tmp_path: Path) -> None:
    phrase = phrase_for("egress")
    passphrase = "Scan-Egress-Passphrase-4c1d"
    (tmp_path / "p.txt").write_text(phrase)
    (tmp_path / "pp.txt").write_text(passphrase + "\n")
    hidden = eth_address(phrase, "m/44'/60'/0'/0/1", passphrase)
    anvil.set_balance(hidden, ETHER)
    seed = Bip39SeedGenerator(phrase).Generate(passphrase)
    key = Bip44.FromSeed(seed, Bip44Coins.ETHEREUM).Purpose().Coin().Account(0).Change(Bip44Changes.CHAIN_EXT)
    priv = bytes(key.AddressIndex(1).PrivateKey().Raw().ToBytes())
    secrets = {"phrase": forms(phrase), "passphrase": forms(passphrase), "seed": forms(bytes(seed)),
               "private key": forms(priv), "words in order": {" ".join(phrase.split()[i:i + 3]).encode()
                                                             for i in range(0, 12, 3)} | b64_cores(phrase.encode())}
    with RecordingProxy(anvil.url) as proxy:
        out = run_cli("--json", "scan", "--phrase-file", str(tmp_path / "p.txt"), "--passphrase-file",
                      str(tmp_path / "pp.txt"), "--rpc", proxy.url, "--wallet", "metamask", "--gap", "4")
        sent = proxy.sent()
    assert out.code == 0, out.stdout
    [row] = out.json["result"]["used"]
    assert row["address"] == hidden and row["passphrase"] == 1
    assert hidden.encode() in sent and b"eth_getBalance" in sent  # the relay saw the lookups
    for name, variants in secrets.items():
        for v in variants:
            assert v not in sent, f"{name} left the machine"
            assert v not in (out.stdout + out.stderr).encode(), f"{name} in the output"


def test_scan_btc_egress_is_addresses_only(tmp_path: Path) -> None:
    phrase = phrase_for("btc egress")
    (tmp_path / "p.txt").write_text(phrase)
    with EsploraServer() as server:
        out = run_cli("--json", "scan", "--phrase-file", str(tmp_path / "p.txt"), "--esplora", server.url,
                      "--wallet", "trust", "--chain", "btc", "--gap", "3")
        sent = server.all_bytes()
    assert out.code == 1 and out.json["result"]["checked"] == 3
    for v in forms(phrase) | forms(bytes(Bip39SeedGenerator(phrase).Generate())):
        assert v not in sent
    assert sent.count(b"GET /address/bc1q") == 3


@pytest.mark.parametrize("faults", [["429", "500"], ["close"]])
def test_transient_node_faults_are_retried(anvil: Node, fault_proxy: Callable[..., FaultProxy],
                                           phrase_file: tuple[str, str], faults: list[str]) -> None:
    proxy = fault_proxy(anvil.url, faults)
    out = run_cli("--json", "scan", "--phrase-file", phrase_file[1], "--rpc", proxy.url, "--wallet", "trust",
                  "--chain", "eth")
    assert out.code == 1 and out.json["result"]["checked"] == 1


@pytest.mark.parametrize(("fault", "code"), [("500", "rpc.http_status"), ("badjson", "rpc.bad_response")])
def test_persistent_node_faults_exit_3(anvil: Node, fault_proxy: Callable[..., FaultProxy],
                                       phrase_file: tuple[str, str], fault: str, code: str) -> None:
    proxy = fault_proxy(anvil.url, [fault], sticky=True)
    out = run_cli("--json", "scan", "--phrase-file", phrase_file[1], "--rpc", proxy.url, "--wallet", "metamask",
                  env={"WALLETDOC_RPC_TIMEOUT": "2"})
    assert out.code == 3 and out.codes == [code]


def test_unreachable_node_and_esplora_exit_3(phrase_file: tuple[str, str]) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    for opt in ("--rpc", "--esplora"):
        out = run_cli("--json", "scan", "--phrase-file", phrase_file[1], opt, dead)
        assert out.code == 3 and out.codes == ["rpc.unreachable"], out.stdout


@pytest.mark.parametrize(("faults", "code"), [
    (["badjson"], "scan.esplora_bad_response"), (["500"] * 9, "rpc.http_status")])
def test_esplora_faults_exit_3(phrase_file: tuple[str, str], faults: list[str], code: str) -> None:
    with EsploraServer(faults=faults) as server:
        out = run_cli("--json", "scan", "--phrase-file", phrase_file[1], "--esplora", server.url, "--wallet",
                      "trust", "--chain", "btc", "--gap", "1")
    assert out.code == 3 and out.codes == [code], out.stdout


def test_esplora_of_another_network_exits_3(phrase_file: tuple[str, str]) -> None:
    with EsploraServer(network_prefixes=("tb1",)) as server:
        out = run_cli("--json", "scan", "--phrase-file", phrase_file[1], "--esplora", server.url, "--wallet",
                      "trust", "--chain", "btc", "--gap", "1")
    assert out.code == 3 and out.codes == ["scan.esplora_rejected"]
    assert "invalid network" in out.json["findings"][0]["message"]


@pytest.mark.parametrize(("args", "stdin", "code"), [
    ([], "abandon abandon", "derive.phrase_invalid"),
    ([], b"\xff\xfe\x00garbage", "input.not_utf8"),
    ([], "", "input.secret_empty"),
    (["abandon", "ability"], "x", "input.secret_on_command_line"),
    (["--chain", "trx"], None, "scan.chain_offline_only"),
    (["--chain", "btc"], None, "scan.need_esplora"),
    (["--chain", "btc", "--chain", "ltc", "--esplora", "http://127.0.0.1:1"], None, "scan.one_esplora_chain"),
    (["--wallet", "nosuch"], None, "scan.unknown_wallet"),
    (["--rpc", "ftp://x"], None, "rpc.url_invalid"),
    (["--esplora", "not a url", "--chain", "btc"], None, "rpc.url_invalid"),
])
def test_malformed_input_exits_2(args: list[str], stdin: str | bytes | None, code: str) -> None:
    phrase = phrase_for("malformed")
    base = ["--json", "scan", *args]
    if "--rpc" not in args and "--esplora" not in args and code not in ("scan.chain_offline_only",
                                                                         "scan.need_esplora"):
        base += ["--rpc", "http://127.0.0.1:9"]
    out = run_cli(*base, stdin=phrase if stdin is None else stdin)
    assert out.code == 2, out.stdout
    assert code in out.codes


def test_usage_errors_exit_2() -> None:
    for args in (["--gap", "0"], ["--gap", "x"], ["--chain", "nosuch"], ["--accounts", "-1"]):
        out = run_cli("--json", "scan", "--offline", *args, stdin=phrase_for("usage"))
        assert out.code == 2 and out.codes == ["input.usage"]
