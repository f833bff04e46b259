"""Selftest suite: the BIP49/84/86 'Test vectors' (abandon … about) through
walletdoc.chains.derive and walletdoc.chains.address. Public test data only."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from mnemonic import Mnemonic

from walletdoc.chains import encoding as enc
from walletdoc.chains.address import hash160, script_payload, taproot_output_key
from walletdoc.chains.derive import derive_address

NAME = "bip49_84_86"


def load() -> dict[str, Any]:
    text = resources.files("walletdoc.vectors").joinpath("data/bip49_84_86_vectors.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _checks(seed: bytes, data: dict[str, Any]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for v in data["bip49"]:
        d = derive_address(seed, "btc", v["path"], "p2sh-p2wpkh")  # mainnet encoding; testnet checked below
        key = d.private_key.reveal() if d.private_key else ""
        tn_wif = enc.b58check_encode(b"\xef" + bytes.fromhex(v["privkey_hex"]) + b"\x01")
        out.append((f"bip49 {v['path']} pubkey", d.public_key.hex() == v["pubkey"]))
        out.append((f"bip49 {v['path']} privkey", enc.b58check_decode(key) is not None and
                    (enc.b58check_decode(key) or (b"", False))[0][1:33].hex() == v["privkey_hex"]))
        out.append((f"bip49 {v['path']} wif", tn_wif == v["privkey_wif_testnet"]))
        out.append((f"bip49 {v['path']} keyhash", hash160(d.public_key).hex() == v["keyhash"]))
        payload = script_payload("p2sh-p2wpkh", d.public_key)
        out.append((f"bip49 {v['path']} address bytes", payload.hex() == v["address_bytes"]))
        out.append((f"bip49 {v['path']} address", enc.b58check_encode(b"\xc4" + payload) == v["address_testnet"]))
    for v in data["bip84"]:
        d = derive_address(seed, "btc", v["path"], "p2wpkh")
        out.append((f"bip84 {v['path']} address", d.address == v["address"]))
        out.append((f"bip84 {v['path']} pubkey", d.public_key.hex() == v["pubkey"]))
        out.append((f"bip84 {v['path']} privkey", d.private_key is not None and d.private_key.reveal() == v["privkey"]))
    for v in data["bip86"]:
        d = derive_address(seed, "btc", v["path"], "p2tr")
        out.append((f"bip86 {v['path']} address", d.address == v["address"]))
        out.append((f"bip86 {v['path']} internal key", d.public_key[1:].hex() == v["internal_key"]))
        out.append((f"bip86 {v['path']} output key", taproot_output_key(d.public_key).hex() == v["output_key"]))
    return out


def run() -> tuple[int, int, list[str]]:
    data = load()
    seed = Mnemonic.to_seed(data["mnemonic"], "")
    checks = _checks(seed, data)
    failures = [name for name, ok in checks if not ok]
    return len(checks) - len(failures), len(failures), failures
