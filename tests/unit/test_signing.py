"""Local signing: keystore and phrase loading, address check, no secret in errors."""

import json

import pytest
from eth_account import Account
from eth_keyfile import create_keyfile_json
from hypothesis import given, settings
from hypothesis import strategies as st

from walletdoc import signing
from walletdoc.errors import BadInput
from walletdoc.secrets import Secret

KEY = bytes.fromhex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
KEY_ADDR = Account.from_key(KEY).address
PASSWORD = "correct horse battery"
PHRASE = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
PHRASE_ADDR = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"  # m/44'/60'/0'/0/0, no passphrase


@pytest.fixture
def keystore(tmp_path):
    path = tmp_path / "key.json"
    path.write_text(json.dumps(create_keyfile_json(KEY, PASSWORD.encode(), kdf="pbkdf2", iterations=1000)))
    return str(path)


def tx(nonce=0, **kw):
    fields = {"nonce": nonce, "chainId": 31337, "to": "0x" + "bb" * 20, "value": 1, "data": "0x", "gas": 21000,
              "maxFeePerGas": 3 * 10**9, "maxPriorityFeePerGas": 10**9, "type": 2}
    fields.update(kw)
    return fields


def no_secret_in(exc: BadInput, *secrets: str):
    text = exc.message + " ".join(exc.advice) + json.dumps(exc.data) + repr(exc)
    for s in secrets:
        assert s.lower() not in text.lower()


def test_keystore_loads_and_signs(keystore):
    key = signing.load_keystore(keystore, Secret(PASSWORD))
    assert key.address == KEY_ADDR
    assert KEY.hex() not in repr(key) and KEY.hex() not in str(key)
    signed = signing.sign(key, tx(), KEY_ADDR.lower())
    assert Account.recover_transaction(signed.raw) == KEY_ADDR
    assert signed.raw.startswith("0x02") and len(signed.hash) == 66


def test_keystore_wrong_password(keystore):
    with pytest.raises(BadInput) as err:
        signing.load_keystore(keystore, Secret("wrong password"))
    assert err.value.code == "fix.keystore_wrong_password" and err.value.exit_code == 2
    no_secret_in(err.value, "wrong password", KEY.hex())


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe", b"not json", b"[]", b'{"version": 3}', b'{"version": "3"}',
                                     json.dumps({"version": 3, "crypto": {"kdf": "scrypt", "kdfparams": {"n": 2**30}}}).encode(),
                                     json.dumps({"version": 3, "crypto": {"kdf": "argon2", "kdfparams": {}}}).encode(),
                                     json.dumps({"version": 3, "crypto": {"kdf": "pbkdf2", "kdfparams": {"c": "x"}}}).encode(),
                                     json.dumps({"version": 3, "crypto": {"kdf": "pbkdf2", "kdfparams": {"c": 1}}}).encode(),
                                     b"{" * 100000])
def test_malformed_keystores(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(BadInput) as err:
        signing.load_keystore(str(path), Secret(PASSWORD))
    assert err.value.exit_code == 2
    no_secret_in(err.value, PASSWORD)


def test_huge_and_missing_keystore(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (2 << 20))
    with pytest.raises(BadInput):
        signing.load_keystore(str(path), Secret(PASSWORD))
    with pytest.raises(BadInput) as err:
        signing.load_keystore(str(tmp_path / "missing.json"), Secret(PASSWORD))
    assert err.value.code == "input.file_unreadable"


def test_phrase_official_address():
    key = signing.load_phrase(Secret(PHRASE))
    assert key.address == PHRASE_ADDR
    other = signing.load_phrase(Secret(" " + PHRASE.replace(" ", "  ") + "\n"), Secret("TREZOR"), "m/44'/60'/0'/0/1")
    assert other.address != PHRASE_ADDR


@pytest.mark.parametrize("phrase", ["", "abandon", PHRASE.replace("about", "abandon"), "\x00\x01", "word " * 5000])
def test_invalid_phrases(phrase):
    with pytest.raises(BadInput) as err:
        signing.load_phrase(Secret(phrase))
    assert err.value.code == "fix.phrase_invalid"
    no_secret_in(err.value, PHRASE)


@pytest.mark.parametrize("path", ["", "44'/60'", "m/x", "m/44'/60'/0'/0/0/" + "1/" * 300 + "z", "m//1"])
def test_invalid_paths(path):
    with pytest.raises(BadInput) as err:
        signing.load_phrase(Secret(PHRASE), None, path)
    assert err.value.code == "fix.path_invalid"


def test_key_must_match_the_sender(keystore):
    key = signing.load_keystore(keystore, Secret(PASSWORD))
    with pytest.raises(BadInput) as err:
        signing.sign(key, tx(), PHRASE_ADDR)
    assert err.value.code == "fix.key_mismatch" and err.value.exit_code == 2
    no_secret_in(err.value, KEY.hex(), PASSWORD)


def test_sign_failure_is_a_clean_error(keystore):
    key = signing.load_keystore(keystore, Secret(PASSWORD))
    with pytest.raises(BadInput) as err:
        signing.sign(key, tx(maxPriorityFeePerGas="nonsense"), KEY_ADDR)
    assert err.value.code == "fix.sign_failed"
    no_secret_in(err.value, KEY.hex())


def test_legacy_signing(keystore):
    key = signing.load_keystore(keystore, Secret(PASSWORD))
    fields = {"nonce": 1, "chainId": 31337, "to": "0x" + "bb" * 20, "value": 0, "data": "0x", "gas": 21000,
              "gasPrice": 5 * 10**9}
    assert Account.recover_transaction(signing.sign(key, fields, KEY_ADDR).raw) == KEY_ADDR


@settings(max_examples=15, deadline=None)
@given(st.binary(min_size=16, max_size=16), st.text(max_size=8), st.integers(0, 5))
def test_phrase_keys_match_eth_account(entropy, passphrase, index):
    from mnemonic import Mnemonic

    words = Mnemonic("english").to_mnemonic(entropy)
    path = f"m/44'/60'/0'/0/{index}"
    Account.enable_unaudited_hdwallet_features()
    expected = Account.from_mnemonic(words, passphrase=passphrase, account_path=path).address
    assert signing.load_phrase(Secret(words), Secret(passphrase), path).address == expected
