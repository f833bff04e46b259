"""Every command's real `--json` output, made with known secrets, goes through `walletdoc report`
in every format; no secret survives (phrase, words, passphrase, password, keys, seed; hex, base64,
any case). The CLI runs are real: check mnemonic, recover mnemonic, derive, check keystore."""

import base64
import json
from pathlib import Path

import pytest
from mnemonic import Mnemonic

from tests.helpers import run_cli
from tests.unit.recover._fixtures import address
from walletdoc.i18n import catalog
from walletdoc.support.runbook import domains

# A phrase made for this test; its words must not occur in any catalog text (checked below).
PHRASE = Mnemonic("english").to_mnemonic(bytes.fromhex("91e91f9c37c515f868444200f8131ec7"))
PASSPHRASE = "Ukulele-Zebra-4711"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "keystores"
KS_PASSWORD = "walletdoc-test"
KS_PRIVKEY = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"  # Web3 Secret Storage test key


def catalog_words() -> set[str]:
    words: set[str] = set()
    for lang in ("en",):
        for domain in domains(lang):
            for message, advice in catalog(lang, domain).values():
                for text in [message, *advice]:
                    words.update(w.strip(".,;:'\"()`").lower() for w in text.split())
    return words


def secret_forms() -> list[str]:
    seed = Mnemonic.to_seed(PHRASE, PASSPHRASE).hex()
    forms = [PHRASE, PASSPHRASE, KS_PASSWORD, KS_PRIVKEY, seed]
    for raw in (PASSPHRASE.encode(), KS_PASSWORD.encode(), bytes.fromhex(KS_PRIVKEY), bytes.fromhex(seed)):
        forms.append(base64.b64encode(raw).decode().rstrip("="))
    return forms


@pytest.fixture(scope="module")
def saved_outputs(tmp_path_factory) -> list[Path]:
    tmp = tmp_path_factory.mktemp("saved")
    words = PHRASE.split()
    damaged = words.copy()
    damaged[3] = words[3][:-1] + ("q" if words[3][-1] != "q" else "z")  # a typo, reported with its word
    damaged_file = tmp / "damaged.txt"
    damaged_file.write_text(" ".join(damaged))
    phrase_file = tmp / "phrase.txt"
    phrase_file.write_text(PHRASE)
    pp_file = tmp / "pp.txt"
    pp_file.write_text(PASSPHRASE + "\n")
    pw_file = tmp / "pw.txt"
    pw_file.write_text(KS_PASSWORD)
    target = address(PHRASE, "eth", "m/44'/60'/0'/0/0", "evm", PASSPHRASE)
    runs = {
        "check_mnemonic": ["check", "mnemonic", "--phrase-file", str(damaged_file)],
        "recover": ["recover", "mnemonic", "--phrase-file", str(damaged_file), "--address", target,
                    "--passphrase-file", str(pp_file), "--wallet", "metamask", "--workers", "1"],
        "derive": ["derive", "--phrase-file", str(phrase_file), "--passphrase-file", str(pp_file),
                   "--chain", "eth", "--count", "2"],
        "keystore": ["check", "keystore", str(FIXTURES / "v3_pbkdf2.json"), "--password-file", str(pw_file)],
        "vault": ["check", "keystore", str(FIXTURES / "metamask_vault.json"), "--password-file", str(pw_file)],
    }
    paths = []
    for name, args in runs.items():
        r = run_cli("--json", *args)
        assert r.code in (0, 1), (name, r.stdout[-500:])
        out = tmp / f"{name}.json"
        out.write_text(r.stdout)
        paths.append(out)
    recovered = json.loads((tmp / "recover.json").read_text())["result"]
    assert recovered["found"] and recovered["mnemonic"] == PHRASE and recovered["passphrase"] == PASSPHRASE
    return paths


def test_phrase_words_are_not_catalog_words():
    assert not set(PHRASE.split()) & catalog_words()


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_no_secret_survives_report(saved_outputs, fmt):
    args = [a for p in saved_outputs for a in ("--from", str(p))]
    r = run_cli("report", *args, "--format", fmt)
    assert r.code == 0, r.stderr
    text = r.stdout.lower()
    for form in secret_forms():
        assert form.lower() not in text, form
    tokens = set(text.replace("\\n", " ").replace('"', " ").replace("'", " ").replace("<", " ")
                 .replace(">", " ").replace(",", " ").split())
    assert not set(PHRASE.split()) & tokens
    assert str(saved_outputs[0].parent).lower() not in text
    # what support needs is still there
    assert "recover mnemonic" in text and "check keystore" in text


def test_source_outputs_really_held_secrets(saved_outputs):
    """Guard against a vacuous pass: the inputs did contain the secrets."""
    joined = "".join(p.read_text() for p in saved_outputs)
    assert PHRASE in joined and PASSPHRASE in joined
