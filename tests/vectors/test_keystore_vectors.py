"""Web3 Secret Storage vectors (bundled, unchanged) through walletdoc's v3 parser and verifier."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

import pytest

from walletdoc.checks import keystore as ks
from walletdoc.checks import keystore_v3 as v3
from walletdoc.errors import BadInput
from walletdoc.secrets import Secret
from walletdoc.vectors import suite_keystore

DATA = resources.files("walletdoc.vectors").joinpath("data/keystore")
BASIC = json.loads(DATA.joinpath("basic_tests.json").read_text(encoding="utf-8"))


def test_vector_files_are_the_recorded_copies() -> None:
    for name in ("basic_tests.json", "pbkdf2_test.json", "Web3-Secret-Storage-Definition.md"):
        data = DATA.joinpath(name).read_bytes()
        note = DATA.joinpath(name + ".source.md").read_text(encoding="utf-8")
        assert hashlib.sha256(data).hexdigest() in note and f"{len(data)} bytes" in note


@pytest.mark.parametrize("name", sorted(BASIC))
def test_basic_vector(name: str) -> None:
    vec = BASIC[name]
    keystore = ks.parse_keystore(json.dumps(vec["json"]).encode(), None)
    assert isinstance(keystore, v3.V3Keystore)
    out = ks.check_keystore(keystore, Secret(vec["password"]))
    assert out.result["password_ok"] is True
    key = v3.decrypt_private_key(keystore, vec["password"].encode())
    assert key is not None and key.hex() == vec["priv"]
    assert out.result["address"] == v3.address_of_key(bytes.fromhex(vec["priv"]))
    if "address" in vec["json"]:
        assert out.result["address_matches"] is True


def test_version2_vector_refused() -> None:
    vec = json.loads(DATA.joinpath("pbkdf2_test.json").read_text(encoding="utf-8"))["test1"]
    with pytest.raises(BadInput) as info:
        ks.parse_keystore(json.dumps(vec["json"]).encode(), None)
    assert info.value.code == "keystore.unsupported_version"


def test_suite_reports_failures_without_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(suite_keystore, "_basic_tests", lambda: [("broken", lambda: 1 / 0)])
    monkeypatch.setattr(suite_keystore, "_definition_doc", lambda: [("doc", False)])
    passed, failed, failures = suite_keystore.run()
    assert failed == 2 and failures == ["broken: raised ZeroDivisionError", "doc"] and passed == 1
