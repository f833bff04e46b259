"""Selftest suite: Web3 Secret Storage vectors (ethereum/tests KeyStoreTests, the v3 definition doc).

Runs walletdoc's own v3 parser and verifier (walletdoc.checks.keystore_v3) on the bundled,
unchanged vector files: each v3 vector must parse, accept its password, reject a wrong
one, decrypt to its private key and address; the version 2 vector must be refused.
Vector data is public; failure descriptions name the vector, never more.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

from walletdoc.checks import keystore_v3 as v3
from walletdoc.errors import BadInput

NAME = "keystore"
DATA = "data/keystore"


def _read(name: str) -> str:
    return resources.files("walletdoc.vectors").joinpath(f"{DATA}/{name}").read_text(encoding="utf-8")


def _check_vector(label: str, doc: dict[str, Any], password: str, priv: str, address: str | None,
                  derived: str | None = None) -> list[tuple[str, bool]]:
    """(description, passed) for each property of one vector."""
    keystore = v3.parse_v3(doc, None)
    secret = password.encode("utf-8")
    key = keystore.derive_key(secret)
    out = [(f"{label}: MAC accepts the password", keystore.mac_matches_key(key))]
    if derived is not None:
        out.append((f"{label}: derived key", key.hex() == derived))
    if keystore.kdf == "pbkdf2":  # a wrong try is cheap only for pbkdf2
        out.append((f"{label}: MAC rejects a wrong password", not keystore.password_matches(secret + b"x")))
    private = v3.decrypt_private_key(keystore, secret)
    out.append((f"{label}: private key", private is not None and private.hex() == priv.lower()))
    if address is not None and private is not None:
        out.append((f"{label}: address", v3.address_of_key(private)[2:].lower() == address.lower()))
    return out


def _basic_tests() -> list[tuple[str, Callable[[], list[tuple[str, bool]]]]]:
    vectors = json.loads(_read("basic_tests.json"))
    cases: list[tuple[str, Callable[[], list[tuple[str, bool]]]]] = []
    for name, vec in vectors.items():
        def run(name: str = name, vec: dict[str, Any] = vec) -> list[tuple[str, bool]]:
            return _check_vector(f"basic_tests {name}", vec["json"], vec["password"], vec["priv"],
                                 vec["json"].get("address"))

        cases.append((f"basic_tests {name}", functools.partial(run, name, vec)))
    return cases


def _version2_refused() -> list[tuple[str, bool]]:
    out = []
    for name, vec in json.loads(_read("pbkdf2_test.json")).items():
        try:
            v3.parse_v3(vec["json"], None)
            refused = False
        except BadInput as exc:
            refused = exc.code == "keystore.unsupported_version"
        out.append((f"pbkdf2_test {name}: version 2 refused", refused))
    return out


def _definition_doc() -> list[tuple[str, bool]]:
    text = _read("Web3-Secret-Storage-Definition.md")
    section = text.split("## Test Vectors", 1)[1].split("## Alterations", 1)[0]
    details = dict(re.findall(r"^- (Address|Password|Secret): `([^`]+)`", section, re.M))
    blocks = re.findall(r"```json\n(.*?)```", section, re.S)
    derived = re.findall(r"Derived key: `([0-9a-f]+)`", section)
    if len(blocks) != 2 or len(derived) != 2 or len(details) != 3:
        return [("definition doc: two vectors with details and derived keys", False)]
    out = []
    for label, block, dk in zip(("pbkdf2", "scrypt"), blocks, derived, strict=True):
        out += _check_vector(f"definition doc {label}", json.loads(block), details["Password"],
                             details["Secret"], details["Address"], dk)
    return out


def run() -> tuple[int, int, list[str]]:
    cases = [*_basic_tests(), ("pbkdf2_test", _version2_refused), ("definition doc", _definition_doc)]
    passed, failed, failures = 0, 0, []
    for label, case in cases:
        try:
            results = case()
        except Exception as exc:  # noqa: BLE001 - one broken vector must not hide the others
            results = [(f"{label}: raised {type(exc).__name__}", False)]
        for description, ok in results:
            if ok:
                passed += 1
            else:
                failed += 1
                failures.append(description)
    return passed, failed, failures
