"""Redaction: secrets planted in every field of saved outputs never survive into a report."""

import base64
import json
from datetime import datetime, timezone

import pytest

from walletdoc.errors import BadInput
from walletdoc.support.redact import redact_addresses, scrub_text
from walletdoc.support.report import SourceDocument, build_report, parse_saved_output, to_html, to_markdown

PHRASE = "busy impose fantasy replace pole series brisk seven crowd box obscure thunder"
PASSWORD = "Corr3ct-Horse!Battery"
PRIVKEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
SEED_HEX = "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
XPRV = "xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhxMwvKDwqdKiGJS9XFKzUsAF"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
TXHASH = "0x" + "ab" * 32
ADDR = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


def secrets_forms():
    forms = [PHRASE, PASSWORD, PRIVKEY, PRIVKEY.upper(), SEED_HEX, XPRV, WIF,
             base64.b64encode(bytes.fromhex(PRIVKEY)).decode(), base64.b64encode(PASSWORD.encode()).decode()]
    forms += [w for w in PHRASE.split()]
    return forms


def poisoned_doc(command: str) -> dict:
    blob = f"{PHRASE} {PASSWORD} 0x{PRIVKEY} {SEED_HEX} {XPRV} {WIF}"
    return {
        "walletdoc": "0.1.0",
        "command": command,
        "ok": False,
        "findings": [
            {"code": "mnemonic.unknown_word", "severity": "error",
             "message": f"Word 3 '{PHRASE.split()[2]}' unknown; did you mean {PHRASE.split()[3]}? {blob}",
             "advice": [f"Try '{PASSWORD}'", f"key {PRIVKEY}"],
             "data": {"position": 3, "word": PHRASE.split()[2], "suggestions": PHRASE.split()[:3],
                      "note": blob, "nested": {"password": PASSWORD, "list": [PRIVKEY, SEED_HEX]}}},
            {"code": "tx.reverted", "severity": "error", "message": f"Reverted in {TXHASH}. {blob}",
             "advice": [f"see {TXHASH}"], "data": {"hash": TXHASH, "revert_data": "0x08c379a0" + "00" * 40}},
        ],
        "result": {"found": True, "mnemonic": PHRASE, "passphrase": PASSWORD, "password": PASSWORD,
                   "address": ADDR, "path": "m/44'/60'/0'/0/0", "space": 2048, "tried": 128, "seconds": 1.5,
                   "hash": TXHASH, "status": f"mined_failed {blob}", "raw_tx": "0x" + PRIVKEY * 3},
    }


@pytest.mark.parametrize("command", ["check mnemonic", "recover mnemonic", "recover keystore", "diagnose tx",
                                     "check keystore", "derive", "unknown-command"])
def test_no_secret_survives_any_format(command):
    t = datetime(2026, 1, 2, tzinfo=timezone.utc)
    report = build_report([SourceDocument("saved output 1", t, poisoned_doc(command))])
    outputs = [json.dumps(report, ensure_ascii=False), to_markdown(report), to_html(report)]
    for out in outputs:
        low = out.lower()
        for form in secrets_forms():
            if len(form) >= 5:
                assert form.lower() not in low, (command, form)
        for word in PHRASE.split():
            assert f" {word} " not in f" {low} ".replace("\n", " ").replace('"', " ").replace("'", " "), word


def test_public_facts_kept():
    t = datetime(2026, 1, 2, tzinfo=timezone.utc)
    report = build_report([SourceDocument("saved output 1", t, poisoned_doc("diagnose tx"))])
    entry = report["entries"][0]
    assert entry["result"]["hash"] == TXHASH
    assert "mnemonic" not in entry["result"] and "raw_tx" not in entry["result"]
    tx_finding = entry["findings"][1]
    assert tx_finding["data"]["hash"] == TXHASH and tx_finding["data"]["revert_data"].startswith("0x08c379a0")
    assert entry["findings"][0]["data"]["note"] == "[redacted]"
    assert report["environment"]["walletdoc"]


def test_redact_addresses_labels_consistently():
    doc = {"a": ADDR, "b": [f"to {ADDR.lower()} and bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"]}
    out = redact_addresses(doc)
    assert out["a"] == "address#1" and out["b"][0] == "to address#1 and address#2"


def test_home_paths_scrubbed(monkeypatch):
    monkeypatch.setenv("HOME", "/home/alice")
    assert "alice" not in scrub_text("could not read /home/alice/wallet/keystore.json")
    assert "Users" not in scrub_text(r"C:\Users\bob\keystore.json") or "bob" not in scrub_text(r"C:\Users\bob\k")


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"not json", b"[1,2]", b'{"command": 3}', b"{}",
                                 b'{"command":"x","findings":{}}', b"\x00" * 100])
def test_malformed_saved_outputs_are_bad_input(raw):
    with pytest.raises(BadInput):
        parse_saved_output(raw, "saved output 1", datetime.now(timezone.utc))


def test_html_is_self_contained():
    t = datetime(2026, 1, 2, tzinfo=timezone.utc)
    page = to_html(build_report([SourceDocument("saved output 1", t, poisoned_doc("diagnose tx"))]))
    assert "<script" not in page and "http://" not in page and "https://" not in page and "<link" not in page
    assert "<script>" not in to_html(build_report([SourceDocument("s", t, {
        "command": "<script>alert(1)</script>", "findings": [], "ok": True})]))
