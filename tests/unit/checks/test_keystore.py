"""Unit tests for walletdoc.checks.keystore (+ keystore_v3, metamask_vault): every parser branch."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from eth_account import Account
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc.checks import keystore as ks
from walletdoc.checks import keystore_v3 as v3
from walletdoc.checks import metamask_vault as mm
from walletdoc.errors import BadInput
from walletdoc.secrets import Secret

KEY = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"
ADDRESS = "0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"
PASSWORD = "walletdoc-test"
PHRASE = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
HD0 = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"


@pytest.fixture(scope="module")
def scrypt_doc() -> dict:
    return dict(Account.encrypt(KEY, PASSWORD, kdf="scrypt", iterations=1024))


@pytest.fixture(scope="module")
def pbkdf2_doc() -> dict:
    return dict(Account.encrypt(KEY, PASSWORD, kdf="pbkdf2", iterations=1000))


def raw(obj: object) -> bytes:
    return json.dumps(obj).encode()


def code_of(data: bytes) -> str:
    with pytest.raises(BadInput) as info:
        ks.parse_keystore(data, None)
    return info.value.code


def vault(password: str, content: object, iterations: int | None = None, iv_len: int = 16) -> dict:
    salt, iv = os.urandom(32), os.urandom(iv_len)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations or 10_000, 32)
    data = AESGCM(key).encrypt(iv, json.dumps(content).encode(), None)
    out = {"data": base64.b64encode(data).decode(), "iv": base64.b64encode(iv).decode(),
           "salt": base64.b64encode(salt).decode()}
    if iterations is not None:
        out["keyMetadata"] = {"algorithm": "PBKDF2", "params": {"iterations": iterations}}
    return out


KEYRINGS = [
    {"type": "HD Key Tree", "data": {"mnemonic": PHRASE, "numberOfAccounts": 2, "hdPath": "m/44'/60'/0'/0"}},
    {"type": "Simple Key Pair", "data": ["0x" + KEY]},
]


# -- v3: right / wrong password, address --------------------------------------------------


@pytest.mark.parametrize("doc_name", ["scrypt_doc", "pbkdf2_doc"])
def test_v3_right_password(doc_name: str, request: pytest.FixtureRequest) -> None:
    doc = request.getfixturevalue(doc_name)
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret(PASSWORD))
    assert out.result["password_ok"] is True
    assert out.result["address"] == ADDRESS
    assert out.result["address_matches"] is True
    assert out.result["format"] == "v3" and out.result["kdf"] == doc["crypto"]["kdf"]
    assert out.exit_code is None
    assert "keystore.password_ok" in [f.code for f in out.findings]


@pytest.mark.parametrize("doc_name", ["scrypt_doc", "pbkdf2_doc"])
def test_v3_wrong_password(doc_name: str, request: pytest.FixtureRequest) -> None:
    doc = request.getfixturevalue(doc_name)
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret("wrong"))
    assert out.result["password_ok"] is False and out.exit_code == 1
    assert [f.code for f in out.findings][-1] == "keystore.wrong_password"


def test_v3_no_password_checks_structure(pbkdf2_doc: dict) -> None:
    out = ks.check_keystore(ks.parse_keystore(raw(pbkdf2_doc)), None)
    assert out.result["password_ok"] is None and out.exit_code is None
    assert out.result["address_in_file"] == ADDRESS


def test_v3_address_mismatch_and_missing(pbkdf2_doc: dict) -> None:
    doc = copy.deepcopy(pbkdf2_doc)
    doc["address"] = HD0[2:].lower()
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret(PASSWORD))
    assert out.result["address_matches"] is False and "keystore.address_mismatch" in [f.code for f in out.findings]
    del doc["address"]
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret(PASSWORD))
    assert out.result["address_matches"] is None and "keystore.address_missing" in [f.code for f in out.findings]
    doc["address"] = 42
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret(PASSWORD))
    assert "keystore.address_field_malformed" in [f.code for f in out.findings]


def test_v3_capitalised_crypto_key_accepted(pbkdf2_doc: dict) -> None:
    doc = copy.deepcopy(pbkdf2_doc)
    doc["Crypto"] = doc.pop("crypto")
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret(PASSWORD))
    assert out.result["password_ok"] is True


def test_v3_damaged_ciphertext_is_wrong_password(pbkdf2_doc: dict) -> None:
    doc = copy.deepcopy(pbkdf2_doc)
    ct = doc["crypto"]["ciphertext"]
    doc["crypto"]["ciphertext"] = ("0" if ct[0] != "0" else "1") + ct[1:]
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret(PASSWORD))
    assert out.result["password_ok"] is False


def test_v3_mac_ok_but_invalid_key_is_damaged() -> None:
    # a keystore whose plaintext is the zero key: MAC is consistent, key impossible
    salt, iv = os.urandom(16), os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", b"pw", salt, 10, 32)
    from Crypto.Cipher import AES
    from eth_utils import keccak

    ct = AES.new(dk[:16], AES.MODE_CTR, nonce=b"", initial_value=iv).encrypt(bytes(32))
    doc = {"version": 3, "crypto": {"cipher": "aes-128-ctr", "cipherparams": {"iv": iv.hex()},
           "ciphertext": ct.hex(), "kdf": "pbkdf2", "mac": keccak(dk[16:] + ct).hex(),
           "kdfparams": {"c": 10, "dklen": 32, "prf": "hmac-sha256", "salt": salt.hex()}}}
    out = ks.check_keystore(ks.parse_keystore(raw(doc)), Secret("pw"))
    assert out.exit_code == 2 and out.findings[-1].code == "keystore.damaged_after_mac"


# -- v3: malformed structure ---------------------------------------------------------------


def mutate(doc: dict, path: str, value: object) -> dict:
    out = copy.deepcopy(doc)
    node = out
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[part]
    if value is KeyError:
        del node[parts[-1]]
    else:
        node[parts[-1]] = value
    return out


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        ("version", KeyError, "keystore.missing_field"),
        ("version", "3", "keystore.wrong_type"),
        ("version", True, "keystore.wrong_type"),
        ("version", 1, "keystore.unsupported_version"),
        ("version", 4, "keystore.looks_like_eip2335"),
        ("crypto", [], "keystore.wrong_type"),
        ("crypto.cipher", "aes-128-cbc", "keystore.unsupported_cipher"),
        ("crypto.cipher", 5, "keystore.wrong_type"),
        ("crypto.cipherparams", KeyError, "keystore.missing_field"),
        ("crypto.cipherparams.iv", "zz" * 16, "keystore.bad_hex"),
        ("crypto.cipherparams.iv", "abc", "keystore.bad_hex"),
        ("crypto.cipherparams.iv", "00" * 15, "keystore.bad_length"),
        ("crypto.ciphertext", "00" * 31, "keystore.bad_length"),
        ("crypto.ciphertext", None, "keystore.missing_field"),
        ("crypto.mac", "00" * 33, "keystore.bad_length"),
        ("crypto.mac", ["00"], "keystore.wrong_type"),
        ("crypto.kdf", "argon2", "keystore.unsupported_kdf"),
        ("crypto.kdfparams", "x", "keystore.wrong_type"),
        ("crypto.kdfparams.c", 0, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.c", 10**8 + 1, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.c", 1.5, "keystore.wrong_type"),
        ("crypto.kdfparams.c", "1000", "keystore.wrong_type"),
        ("crypto.kdfparams.dklen", 16, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.prf", "hmac-sha512", "keystore.unsupported_prf"),
        ("crypto.kdfparams.salt", "0x0g", "keystore.bad_hex"),
        ("crypto.kdfparams.salt", "00" * 1025, "keystore.bad_length"),
    ],
)
def test_v3_pbkdf2_malformed(pbkdf2_doc: dict, path: str, value: object, code: str) -> None:
    assert code_of(raw(mutate(pbkdf2_doc, path, value))) == code


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        ("crypto.kdfparams.n", 1000, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.n", 1, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.n", -1024, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.r", 0, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.p", 1 << 30, "keystore.kdf_params_absurd"),
        ("crypto.kdfparams.n", 1 << 40, "keystore.kdf_memory_too_high"),
        ("crypto.kdfparams.r", None, "keystore.missing_field"),
        ("crypto.kdfparams.dklen", 2048, "keystore.kdf_params_absurd"),
    ],
)
def test_v3_scrypt_absurd(scrypt_doc: dict, path: str, value: object, code: str) -> None:
    with pytest.raises(BadInput) as info:
        ks.parse_keystore(raw(mutate(scrypt_doc, path, value)), 64 << 30)
    assert info.value.code == code


def test_scrypt_memory_refused_against_meminfo(scrypt_doc: dict) -> None:
    doc = mutate(scrypt_doc, "crypto.kdfparams.n", 1 << 20)  # 1 GiB
    with pytest.raises(BadInput) as info:
        ks.parse_keystore(raw(doc), 512 << 20)
    assert info.value.code == "keystore.kdf_memory_too_high"
    assert info.value.data["memory_bytes"] > info.value.data["available_bytes"]
    assert v3.available_memory() is None or v3.available_memory() > 0


# -- not a keystore ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "keystore.file_empty"),
        (b"   \n", "keystore.file_empty"),
        (b"\xff\xfe\x00garbage\x00\x01", "keystore.looks_like_binary"),
        (b"\xc3\x28 not utf-8 text", "keystore.looks_like_binary"),
        (b"[1, 2, 3]", "keystore.looks_like_json_not_object"),
        (b'"just a string"', "keystore.looks_like_json_not_object"),
        (b'{"hello": "world"}', "keystore.looks_like_unknown_json"),
        (b'{"seed_version": 18, "wallet_type": "standard"}', "keystore.looks_like_electrum"),
        (b'{"encseed": "ab", "ethaddr": "cd"}', "keystore.looks_like_presale"),
        (b'{"cipher": "x", "iv": "y", "salt": "z", "lib": "original"}', "keystore.looks_like_metamask_mobile"),
        (b"SQLite format 3\x00" + bytes(100), "keystore.looks_like_sqlite"),
        (bytes(12) + b"\x62\x31\x05\x00" + bytes(100), "keystore.looks_like_bitcoin_core"),
        (b"QklFMQabcdef", "keystore.looks_like_electrum_encrypted"),
        (b"6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg\n", "keystore.looks_like_bip38"),
        (KEY.encode(), "keystore.looks_like_private_key"),
        (b"5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", "keystore.looks_like_private_key"),
        (PHRASE.encode(), "keystore.looks_like_mnemonic"),
        (b"hello world", "keystore.looks_like_text"),
        (b"{" * 100_000, "keystore.looks_like_text"),
    ],
)
def test_not_a_keystore(data: bytes, code: str) -> None:
    assert code_of(data) == code


def test_not_a_keystore_never_quotes_the_file() -> None:
    with pytest.raises(BadInput) as info:
        ks.parse_keystore(PHRASE.encode(), None)
    text = info.value.message + " ".join(info.value.advice) + json.dumps(info.value.data)
    assert "abandon" not in text


def test_huge_file_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (ks.MAX_KEYSTORE_BYTES + 1))
    with pytest.raises(BadInput) as info:
        ks.read_keystore_file(str(path))
    assert info.value.code == "keystore.file_too_large"


def test_missing_file(tmp_path) -> None:
    with pytest.raises(BadInput) as info:
        ks.read_keystore_file(str(tmp_path / "nope.json"))
    assert info.value.code == "input.file_unreadable"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        ks.parse_keystore(data, None)
    except BadInput:
        pass


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                    max_leaves=12))
def test_random_json_never_crashes(obj: object) -> None:
    for wrapped in (obj, {"version": 3, "crypto": obj}, {"data": "AA==", "iv": "AA==", "salt": "AA==",
                                                         "keyMetadata": obj}):
        try:
            ks.parse_keystore(raw(wrapped), None)
        except BadInput:
            pass


# -- MetaMask vaults -----------------------------------------------------------------------


def test_vault_right_password_lists_accounts_and_hides_phrase() -> None:
    out = ks.check_keystore(ks.parse_keystore(raw(vault(PASSWORD, KEYRINGS))), Secret(PASSWORD))
    assert out.result["format"] == "metamask-vault" and out.result["password_ok"] is True
    assert out.result["kdf_params"]["iterations"] == 10_000
    assert out.result["kdf_params"]["iterations_source"] == "default"
    addresses = [a["address"] for a in out.result["accounts"]]
    assert addresses[0] == HD0 and addresses[2] == ADDRESS and len(addresses) == 3
    assert out.result["keyrings"] == [{"type": "HD Key Tree", "accounts": 2}, {"type": "Simple Key Pair", "accounts": 1}]
    assert [p.reveal() for p in out.phrases] == [PHRASE]
    dumped = json.dumps(out.result) + json.dumps([f.to_json() for f in out.findings])
    assert "abandon" not in dumped and KEY not in dumped and PASSWORD not in dumped


def test_vault_mnemonic_as_byte_list_and_key_metadata() -> None:
    rings = [{"type": "HD Key Tree", "data": {"mnemonic": list(PHRASE.encode()), "numberOfAccounts": 1,
                                              "hdPath": "m/44'/60'/0'/0"}}]
    out = ks.check_keystore(ks.parse_keystore(raw(vault(PASSWORD, rings, iterations=1234))), Secret(PASSWORD))
    assert out.result["accounts"][0]["address"] == HD0
    assert out.result["kdf_params"]["iterations"] == 1234


def test_vault_wrong_password() -> None:
    out = ks.check_keystore(ks.parse_keystore(raw(vault(PASSWORD, KEYRINGS))), Secret("nope"))
    assert out.result["password_ok"] is False and out.exit_code == 1


def test_vault_wrappers() -> None:
    v = vault(PASSWORD, KEYRINGS)
    state = {"data": {"KeyringController": {"vault": json.dumps(v)}}}
    parsed = ks.parse_keystore(raw(state))
    assert isinstance(parsed, mm.MetaMaskVault) and parsed.found_in == "wrapper"
    parsed = ks.parse_keystore(raw({"vault": json.dumps(v)}))
    assert isinstance(parsed, mm.MetaMaskVault)
    log = b"\x00\x01\xff" + json.dumps(json.dumps({"vault": json.dumps(v)})).encode() + b"\x00"
    parsed = ks.parse_keystore(log)
    assert isinstance(parsed, mm.MetaMaskVault) and parsed.found_in == "embedded"
    assert ks.check_keystore(parsed, Secret(PASSWORD)).result["password_ok"] is True


def test_vault_unexpected_content_and_bad_keyrings() -> None:
    out = ks.check_keystore(ks.parse_keystore(raw(vault(PASSWORD, {"not": "a list"}))), Secret(PASSWORD))
    assert out.exit_code == 2 and out.findings[-1].code == "keystore.vault_content_unexpected"
    rings = [{"type": "HD Key Tree", "data": {"mnemonic": "not a valid phrase", "numberOfAccounts": 1}},
             {"type": "Simple Key Pair", "data": ["zz"]}, "junk",
             {"type": "Ledger Hardware", "data": {"accounts": [HD0]}}]
    out = ks.check_keystore(ks.parse_keystore(raw(vault(PASSWORD, rings))), Secret(PASSWORD))
    codes = [f.code for f in out.findings]
    assert "keystore.vault_phrase_invalid" in codes and "keystore.vault_keyring_unreadable" in codes
    assert out.result["accounts"] == [{"keyring": "Ledger Hardware", "path": None, "address": HD0}]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"data": "!!!notbase64"}, "keystore.vault_bad_base64"),
        ({"data": "AAAA"}, "keystore.vault_bad_length"),
        ({"iv": ""}, "keystore.vault_bad_length"),
        ({"salt": ""}, "keystore.vault_bad_length"),
        ({"keyMetadata": "x"}, "keystore.wrong_type"),
        ({"keyMetadata": {"algorithm": "argon2id", "params": {}}}, "keystore.unsupported_kdf"),
        ({"keyMetadata": {"algorithm": "PBKDF2", "params": {"iterations": "600000"}}}, "keystore.wrong_type"),
        ({"keyMetadata": {"algorithm": "PBKDF2", "params": {"iterations": 0}}}, "keystore.kdf_params_absurd"),
        ({"keyMetadata": {"algorithm": "PBKDF2", "params": {"iterations": 10**9}}}, "keystore.kdf_params_absurd"),
    ],
)
def test_vault_malformed(change: dict, code: str) -> None:
    v = vault(PASSWORD, KEYRINGS)
    v.update(change)
    assert code_of(raw(v)) == code


def test_vault_unusual_iv_warns() -> None:
    out = ks.check_keystore(ks.parse_keystore(raw(vault(PASSWORD, KEYRINGS, iv_len=12))), Secret(PASSWORD))
    assert "keystore.vault_unusual_iv" in [f.code for f in out.findings] and out.result["password_ok"]


def test_kdf_cost_is_an_estimate(scrypt_doc: dict) -> None:
    cost = ks.kdf_cost(ks.parse_keystore(raw(scrypt_doc)))
    assert cost["estimated"] is True and cost["memory_bytes"] == v3.scrypt_memory(1024, 8, 1)
    assert cost["seconds_per_try"] > 0


def test_password_matches_is_the_recovery_verifier(pbkdf2_doc: dict) -> None:
    parsed = ks.parse_keystore(raw(pbkdf2_doc))
    assert isinstance(parsed, v3.V3Keystore)
    assert parsed.password_matches(PASSWORD.encode()) and not parsed.password_matches(b"x")
    assert "salt" not in repr(parsed) or parsed.salt.hex() not in repr(parsed)
