"""The secrets contract: no key, phrase, seed or password ever leaves the machine.

A relay (tests/node/recordproxy.py) sits between the real CLI and a real node and records every
byte the CLI sends. `fix tx --broadcast --yes` signs with a known keystore + password and with a known
phrase + passphrase; `gas` and `diagnose` run through the same relay. None of the secrets may appear
in the recorded bytes — as text, hex (any case, with or without 0x), base64 (any alignment) or
URL-encoded — nor in the command's output.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from bip_utils import Bip39SeedGenerator
from eth_account import Account
from eth_keyfile import create_keyfile_json
from mnemonic import Mnemonic

from tests.helpers import run_cli
from tests.node.nodes import GWEI, Node
from tests.node.recordproxy import RecordingProxy

KEY = hashlib.sha256(b"walletdoc egress test key").digest()
PASSWORD = "Egress-Keystore-Password-7f3a9c"
PHRASE = Mnemonic("english").to_mnemonic(hashlib.sha256(b"walletdoc egress phrase").digest()[:16])
PASSPHRASE = "Egress-BIP39-Passphrase-2b8e61"
PATH = "m/44'/60'/0'/0/7"
SEED = Bip39SeedGenerator(PHRASE).Generate(PASSPHRASE)
Account.enable_unaudited_hdwallet_features()
PHRASE_ACCOUNT = Account.from_mnemonic(PHRASE, passphrase=PASSPHRASE, account_path=PATH)
KEY_ACCOUNT = Account.from_key(KEY)


def b64_cores(data: bytes) -> set[bytes]:
    """Base64 (standard and URL-safe) of `data` at every 3-byte alignment, minus the edge characters."""
    out: set[bytes] = set()
    for offset in range(3):
        for enc in (base64.b64encode, base64.urlsafe_b64encode):
            core = enc(data[offset:])[:-4]
            if len(core) >= 8:
                out.add(core)
    return out


def forms(secret: bytes | str) -> set[bytes]:
    raw = secret.encode() if isinstance(secret, str) else secret
    hexed = raw.hex()
    found = {hexed.encode(), hexed.upper().encode(), b"0x" + hexed.encode(), b"0x" + hexed.upper().encode()}
    found |= b64_cores(raw)
    if isinstance(secret, str):
        found |= {raw, urllib.parse.quote(secret).encode(), urllib.parse.quote_plus(secret).encode(),
                  json.dumps(secret).encode()}
    return found


SECRETS = {
    "keystore private key": forms(KEY),
    "phrase private key": forms(bytes(PHRASE_ACCOUNT.key)),
    "keystore password": forms(PASSWORD),
    "seed phrase": forms(PHRASE),
    "BIP39 passphrase": forms(PASSPHRASE),
    "BIP39 seed": forms(SEED),
}


def assert_clean(blob: bytes, where: str) -> None:
    assert blob, f"nothing recorded in {where}: the check would be vacuous"
    for name, variants in SECRETS.items():
        for v in variants:
            assert v not in blob, f"{name} found in {where}"


@pytest.fixture
def proxy(anvil: Node) -> Iterator[RecordingProxy]:
    with RecordingProxy(anvil.url) as p:
        yield p


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    ks = tmp_path / "keystore.json"
    ks.write_text(json.dumps(create_keyfile_json(KEY, PASSWORD.encode(), kdf="pbkdf2", iterations=1000)))
    paths = {"keystore": ks}
    for name, text in (("password", PASSWORD), ("phrase", PHRASE), ("passphrase", PASSPHRASE)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text + "\n")
    return {k: str(v) for k, v in paths.items()}


def stuck_tx(node: Node, acct) -> str:
    node.set_balance(acct.address, 10 * 10**18)
    return node.send(acct, maxFeePerGas=2 * GWEI, maxPriorityFeePerGas=1)


def test_fix_with_keystore_sends_no_secret(anvil, proxy, files):
    h = stuck_tx(anvil, KEY_ACCOUNT)
    out = run_cli("--json", "fix", "tx", h, "--rpc", proxy.url, "--speed-up", "--keystore", files["keystore"],
                  "--password-file", files["password"], "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    assert out.json["result"]["broadcast"] is True
    sent = proxy.sent()
    assert out.json["result"]["raw_tx"][2:].encode() in sent  # the relay really saw the broadcast
    assert_clean(sent, "traffic")
    assert_clean((out.stdout + out.stderr).encode(), "output")
    anvil.mine()
    assert anvil.receipt(out.json["result"]["tx_hash"])["status"] == "0x1"


def test_fix_with_phrase_sends_no_secret(anvil, proxy, files):
    h = stuck_tx(anvil, PHRASE_ACCOUNT)
    out = run_cli("--json", "fix", "tx", h, "--rpc", proxy.url, "--cancel", "--phrase-file", files["phrase"],
                  "--passphrase-file", files["passphrase"], "--path", PATH, "--broadcast", "--yes")
    assert out.code == 0, out.stdout
    sent = proxy.sent()
    assert out.json["result"]["raw_tx"][2:].encode() in sent
    assert_clean(sent, "traffic")
    assert_clean((out.stdout + out.stderr).encode(), "output")


def test_phrase_on_stdin_sends_no_secret(anvil, proxy, files):
    h = stuck_tx(anvil, PHRASE_ACCOUNT)
    out = run_cli("--json", "fix", "tx", h, "--rpc", proxy.url, "--speed-up", "--passphrase-file",
                  files["passphrase"], "--path", PATH, "--broadcast", "--yes", stdin=PHRASE + "\n")
    assert out.code == 0, out.stdout
    assert_clean(proxy.sent(), "traffic")


def test_wrong_password_and_key_mismatch_send_nothing_secret(anvil, proxy, files, tmp_path):
    h = stuck_tx(anvil, PHRASE_ACCOUNT)  # the keystore's key is another address: refused
    out = run_cli("--json", "fix", "tx", h, "--rpc", proxy.url, "--speed-up", "--keystore", files["keystore"],
                  "--password-file", files["password"], "--broadcast", "--yes")
    assert out.code == 2 and out.codes == ["fix.key_mismatch"]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(PASSWORD + "x")
    out = run_cli("--json", "fix", "tx", h, "--rpc", proxy.url, "--speed-up", "--keystore", files["keystore"],
                  "--password-file", str(wrong), "--broadcast", "--yes")
    assert out.code == 2 and out.codes == ["fix.keystore_wrong_password"]
    assert PASSWORD.encode() not in (out.stdout + out.stderr).encode()
    assert_clean(proxy.sent(), "traffic")


def test_read_only_commands_send_no_secret(anvil, proxy, files):
    h = stuck_tx(anvil, KEY_ACCOUNT)
    runs = [run_cli("--json", "gas", "--rpc", proxy.url)]
    if importlib.util.find_spec("walletdoc.cli.diagnose") is not None:
        runs.append(run_cli("--json", "diagnose", "tx", h, "--rpc", proxy.url))
        runs.append(run_cli("--json", "diagnose", "address", KEY_ACCOUNT.address, "--rpc", proxy.url))
    for out in runs:
        assert out.code in (0, 1), out.stdout
    assert_clean(proxy.sent(), "traffic")


@pytest.mark.parametrize("prefix", [b"", b"x", b"xy", b'{"params":["'])
def test_the_detector_catches_planted_secrets(prefix):
    for planted in (KEY.hex().upper().encode(), base64.b64encode(prefix + SEED), base64.urlsafe_b64encode(prefix + KEY),
                    urllib.parse.quote_plus(PHRASE).encode(), PASSWORD.encode(), b"0x" + SEED.hex().encode()):
        with pytest.raises(AssertionError):
            assert_clean(b"POST / HTTP/1.1\r\n\r\n" + prefix + planted + b'"]}', "planted")
