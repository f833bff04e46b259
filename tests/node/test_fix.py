"""`walletdoc fix tx` against real anvil and Hardhat nodes: speed-up, cancel, below-base-fee, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eth_account import Account
from eth_keyfile import create_keyfile_json

from tests.helpers import run_cli
from tests.node.nodes import GWEI, Node, NodeCallError
from tests.node.test_gas import berlin  # noqa: F401 - the module-scoped pre-EIP-1559 anvil

PASSWORD = "fix-test password"


def keystore_for(acct, tmp_path: Path) -> tuple[str, str]:
    ks = tmp_path / f"{acct.address}.json"
    ks.write_text(json.dumps(create_keyfile_json(bytes(acct.key), PASSWORD.encode(), kdf="pbkdf2", iterations=1000)))
    pw = tmp_path / "password.txt"
    pw.write_text(PASSWORD)
    return str(ks), str(pw)


def fix(node: Node, tx_hash: str, acct, tmp_path: Path, *extra: str):
    ks, pw = keystore_for(acct, tmp_path)
    return run_cli("--json", "fix", "tx", tx_hash, "--rpc", node.url, "--keystore", ks, "--password-file", pw, *extra)


def mined_ok(node: Node, tx_hash: str) -> bool:
    rc = node.receipt(tx_hash)
    return bool(rc) and rc["status"] == "0x1"


def test_speed_up_is_accepted_and_mined(node, tmp_path):
    acct = node.new_account()
    stuck = node.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)  # 1 wei tip: under-priced
    out = fix(node, stuck, acct, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert r["broadcast"] is True and r["replaced"] == stuck and r["nonce"] == 0
    assert r["max_priority_fee_per_gas"] >= 1_500_000_000  # market (medium) tip, above the +10 % bump
    assert r["max_fee_per_gas"] >= 2 * GWEI * 110 // 100
    node.mine()
    assert mined_ok(node, r["tx_hash"])
    assert node.receipt(stuck) is None
    assert node.nonce(acct.address) == 1


def test_hardhat_refuses_five_percent_but_takes_the_plan(hardhat, tmp_path):
    acct = hardhat.new_account()
    stuck = hardhat.send(acct, nonce=0, maxFeePerGas=10 * GWEI, maxPriorityFeePerGas=2 * GWEI)
    five = hardhat.sign(acct, nonce=0, maxFeePerGas=10 * GWEI * 105 // 100, maxPriorityFeePerGas=2 * GWEI * 105 // 100)
    with pytest.raises(NodeCallError) as refused:
        hardhat.send_raw(five)
    assert "underpriced" in refused.value.message.lower()
    out = fix(hardhat, stuck, acct, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert (r["max_fee_per_gas"], r["max_priority_fee_per_gas"]) == (11 * GWEI, 2_200_000_000)
    hardhat.mine()
    assert mined_ok(hardhat, r["tx_hash"]) and hardhat.receipt(stuck) is None


def test_cancel_mined_original_never(node, tmp_path):
    acct = node.new_account()
    victim = Account.create().address
    original = node.send(acct, to=victim, value=10**18, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=GWEI)
    out = fix(node, original, acct, tmp_path, "--cancel", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert (r["to"].lower(), r["value"], r["gas"]) == (acct.address.lower(), 0, 21000)
    node.mine(2)
    assert mined_ok(node, r["tx_hash"])
    assert node.receipt(original) is None and node.balance(victim) == 0
    assert node.nonce(acct.address) == 1


def test_below_base_fee_plan_clears_the_next_base_fee(node, tmp_path):
    acct = node.new_account()
    stuck = node.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=GWEI)
    node.set_next_base_fee(50 * GWEI)  # now the cap is far below the next block's base fee
    out = fix(node, stuck, acct, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert r["max_fee_per_gas"] >= 2 * 50 * GWEI + r["max_priority_fee_per_gas"]
    node.mine()
    assert mined_ok(node, r["tx_hash"])
    block = node.call("eth_getBlockByNumber", node.receipt(r["tx_hash"])["blockNumber"], False)
    assert int(block["baseFeePerGas"], 16) == 50 * GWEI


def test_mined_tx_has_nothing_to_fix(anvil, tmp_path):
    acct = anvil.new_account()
    h = anvil.send(acct)
    anvil.mine()
    out = fix(anvil, h, acct, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 1 and out.codes == ["fix.already_mined"]
    assert out.json["result"]["raw_tx"] is None and out.json["result"]["broadcast"] is False


def test_unknown_hash(anvil, tmp_path):
    acct = anvil.new_account()
    out = fix(anvil, "0x" + "ab" * 32, acct, tmp_path, "--cancel")
    assert out.code == 1 and out.codes == ["fix.tx_not_found"]


def test_later_nonce_points_to_the_lowest(node, tmp_path):
    acct = node.new_account()
    first = node.send(acct, nonce=0, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    second = node.send(acct, nonce=1, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    out = fix(node, second, acct, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 1
    assert "fix.not_lowest_nonce" in out.codes
    r = out.json["result"]
    assert r["broadcast"] is False and r["raw_tx"] is None
    if node.kind == "anvil":  # txpool_content names it; Hardhat finds it in its pending block
        assert "fix.blocking_tx" in out.codes
    if "blocking" in r:
        assert r["blocking"]["replaced"] == first and r["blocking"]["nonce"] == 0
        assert r["blocking"]["max_fee_per_gas"] > 2 * GWEI
    assert node.tx(second) is not None  # nothing was sent


def test_key_of_another_address_is_refused(anvil, tmp_path):
    acct = anvil.new_account()
    h = anvil.send(acct)
    other = Account.create()
    out = fix(anvil, h, other, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 2 and out.codes == ["fix.key_mismatch"]
    assert anvil.nonce(acct.address, "pending") == 1  # only the original is pending


def test_phrase_key_signs_a_cancel(anvil, tmp_path):
    phrase = "legal winner thank year wave sausage worth useful legal winner thank yellow"
    Account.enable_unaudited_hdwallet_features()
    acct = Account.from_mnemonic(phrase, passphrase="pass", account_path="m/44'/60'/0'/0/3")
    anvil.set_balance(acct.address, 10**19)
    h = anvil.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    pf, ppf = tmp_path / "phrase.txt", tmp_path / "passphrase.txt"
    pf.write_text(phrase + "\n")
    ppf.write_text("pass")
    out = run_cli("--json", "fix", "tx", h, "--rpc", anvil.url, "--cancel", "--phrase-file", str(pf),
                  "--passphrase-file", str(ppf), "--path", "m/44'/60'/0'/0/3", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    anvil.mine()
    assert mined_ok(anvil, out.json["result"]["tx_hash"])


def test_without_broadcast_nothing_is_sent(anvil, tmp_path):
    acct = anvil.new_account()
    h = anvil.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    out = fix(anvil, h, acct, tmp_path, "--speed-up", "--tip-gwei", "3")
    assert out.code == 0 and out.json["result"]["broadcast"] is False
    assert out.json["result"]["max_priority_fee_per_gas"] == 3 * GWEI
    assert Account.recover_transaction(out.json["result"]["raw_tx"]) == acct.address
    assert anvil.tx(h) is not None and anvil.tx(out.json["result"]["tx_hash"]) is None


@pytest.mark.parametrize("args, code", [
    (["--speed-up", "--broadcast"], "fix.broadcast_needs_yes"),  # no terminal: --broadcast needs --yes
    ([], "fix.mode_required"),
    (["--speed-up", "--cancel"], "fix.mode_required"),
    (["--cancel", "--tip-gwei", "lots"], "fix.tip_invalid"),
    (["--cancel", "--tip-gwei", "nan"], "fix.tip_invalid"),
    (["--cancel", "--password-file", "x"], "fix.key_options"),
    (["--cancel", "word1", "word2"], "input.secret_on_command_line"),
])
def test_usage_errors_exit_2_before_the_network(args, code):
    out = run_cli("--json", "fix", "tx", "0x" + "ab" * 32, "--rpc", "http://127.0.0.1:9", *args)
    assert out.code == 2 and out.codes == [code]


def test_bad_hash_exit_2():
    out = run_cli("--json", "fix", "tx", "0x1234", "--rpc", "http://127.0.0.1:9", "--cancel")
    assert out.code == 2 and out.codes == ["fix.hash_invalid"]


def _run_in_terminal(args: list[str], answer: bytes, timeout: float = 60) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal (so it is interactive) and answer its confirmation."""
    import os
    import pty
    import select
    import subprocess
    import sys
    import time

    primary, secondary = pty.openpty()
    env = dict(os.environ, NO_COLOR="1", COLUMNS="200", WALLETDOC_DEBUG="1")
    proc = subprocess.Popen([sys.executable, "-m", "walletdoc", *args], stdin=secondary, stdout=secondary,
                            stderr=secondary, env=env, close_fds=True)
    os.close(secondary)
    seen, answered, deadline = b"", False, time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([primary], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if not answered and b"Send this replacement now?" in seen:
                os.write(primary, answer)
                answered = True
        elif proc.poll() is not None:
            break
    proc.wait(timeout=10)
    os.close(primary)
    return proc.returncode, seen.decode("utf-8", "replace")


@pytest.mark.parametrize("answer, sent", [(b"y\n", True), (b"n\n", False)])
def test_interactive_confirmation(anvil, tmp_path, answer, sent):
    acct = anvil.new_account()
    h = anvil.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    ks, pw = keystore_for(acct, tmp_path)
    code, text = _run_in_terminal(["fix", "tx", h, "--rpc", anvil.url, "--speed-up", "--keystore", ks,
                                   "--password-file", pw, "--broadcast"], answer)
    assert code == 0, text
    assert "Replacement plan" in text and "max cost (ETH)" in text  # shown before the question
    assert text.index("Replacement plan") < text.index("Send this replacement now?")
    anvil.mine()
    assert (anvil.receipt(h) is None) is sent
    assert ("Sent: the node accepted" in text) is sent


def test_legacy_tx_speed_up_on_1559_chain(node, tmp_path):
    acct = node.new_account()
    stuck = node.send(acct, gasPrice=2 * GWEI)
    out = fix(node, stuck, acct, tmp_path, "--speed-up", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert r["max_fee_per_gas"] is None and r["gas_price"] >= 2 * GWEI * 110 // 100
    node.mine()
    assert mined_ok(node, r["tx_hash"]) and node.receipt(stuck) is None


def test_cancel_on_a_chain_without_1559(berlin, tmp_path):  # noqa: F811
    acct = berlin.new_account()
    stuck = berlin.send(acct, gasPrice=GWEI)
    out = fix(berlin, stuck, acct, tmp_path, "--cancel", "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert r["gas_price"] == max(1_100_000_000, int(berlin.call("eth_gasPrice"), 16))
    berlin.mine()
    assert mined_ok(berlin, r["tx_hash"]) and berlin.receipt(stuck) is None


def test_fix_degrades_without_fee_history_and_txpool(anvil, fault_proxy, tmp_path):
    proxy = fault_proxy(anvil.url, deny_methods={"eth_feeHistory", "txpool_content"})
    acct = anvil.new_account()
    stuck = anvil.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    ks, pw = keystore_for(acct, tmp_path)
    out = run_cli("--json", "fix", "tx", stuck, "--rpc", proxy.url, "--speed-up", "--keystore", ks,
                  "--password-file", pw, "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    tip = int(anvil.call("eth_gasPrice"), 16) - int(anvil.call("eth_getBlockByNumber", "pending", False)["baseFeePerGas"], 16)
    assert out.json["result"]["max_priority_fee_per_gas"] == max(tip, 2)  # eth_gasPrice - base; bump(1 wei) = 2
    anvil.mine()
    assert mined_ok(anvil, out.json["result"]["tx_hash"])


def test_fix_node_fault_exit_3(anvil, fault_proxy, tmp_path):
    acct = anvil.new_account()
    stuck = anvil.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    proxy = fault_proxy(anvil.url, ["badjson"], sticky=True)
    ks, pw = keystore_for(acct, tmp_path)
    out = run_cli("--json", "fix", "tx", stuck, "--rpc", proxy.url, "--cancel", "--keystore", ks,
                  "--password-file", pw, "--broadcast", "--yes")
    assert out.code == 3 and out.codes == ["rpc.bad_response"]


def test_delegated_sender_gets_the_eip7702_caveat(anvil, tmp_path):
    acct = anvil.new_account()
    stuck = anvil.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)
    anvil.call("anvil_setCode", acct.address, "0xef0100" + "00" * 19 + "01")  # delegation designator
    out = fix(anvil, stuck, acct, tmp_path, "--cancel")
    assert out.code == 0, out.stdout
    assert "fix.delegated_sender" in out.codes
