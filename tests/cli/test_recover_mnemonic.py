"""`walletdoc recover mnemonic` end to end: every damage kind, chains, resume, bad specs."""

import json
import os
import stat

import pytest

from tests.helpers import run_cli
from tests.unit.recover._fixtures import address, damaged, phrase
from walletdoc.checks.words import word_index

M = phrase()
WORDS = M.split()
WORDS_INDEX = word_index("english")


def recover(tmp_path, text, *args, env=None, workers="1"):
    f = tmp_path / "phrase.txt"
    f.write_text(text, encoding="utf-8")
    return run_cli("--json", "recover", "mnemonic", "--phrase-file", str(f), "--workers", workers, *args, env=env)


def assert_found(r, mnemonic, path, addr, passphrase=""):
    assert r.code == 0, r.stdout + r.stderr
    res = r.json["result"]
    assert set(res) == {"found", "mnemonic", "passphrase", "path", "address", "space", "tried", "seconds"}
    assert res["found"] is True and res["mnemonic"] == mnemonic and res["passphrase"] == passphrase
    assert res["path"] == path and res["address"] == addr
    assert res["space"] >= res["tried"] > 0
    assert mnemonic.split()[3] not in r.stderr


def test_eth_unknown_word_default_presets_two_workers(tmp_path):
    eth = address(M, "eth", "m/44'/60'/0'/0/3", "evm")
    r = recover(tmp_path, damaged(M, w5="?"), "--address", eth, workers="2")
    assert_found(r, M, "m/44'/60'/0'/0/3", eth)


def test_btc_bech32_typo(tmp_path):
    btc = address(M, "btc", "m/84'/0'/0'/0/0", "p2wpkh")
    typo = WORDS[2][:-1] + ("x" if WORDS[2][-1] != "x" else "y")
    r = recover(tmp_path, damaged(M, w2=typo, w11="?"), "--address", btc, "--wallet", "trust")
    assert_found(r, M, "m/84'/0'/0'/0/0", btc)


def test_btc_legacy_missing_word_unknown_position(tmp_path):
    legacy = address(M, "btc", "m/44'/0'/0'/0/0", "p2pkh")
    r = recover(tmp_path, " ".join(WORDS[:1] + WORDS[2:]), "--address", legacy, "--path", "m/44'/0'/0'/0/{index}",
                "--length", "12")
    assert_found(r, M, "m/44'/0'/0'/0/0", legacy)


def test_trx_swapped_words(tmp_path):
    trx = address(M, "trx", "m/44'/195'/0'/0/0", "trx")
    swapped = list(WORDS)
    swapped[6], swapped[7] = swapped[7], swapped[6]
    r = recover(tmp_path, " ".join(swapped), "--address", trx, "--max-swaps", "1")
    assert_found(r, M, "m/44'/195'/0'/0/0", trx)


def test_chinese_phrase(tmp_path):
    zh = phrase(12, "chinese_simplified", seed=3)
    eth = address(zh, "eth", "m/44'/60'/0'/0/0", "evm")
    r = recover(tmp_path, damaged(zh, w11="?"), "--address", eth, "--wallet", "metamask")
    assert r.code == 0 and r.json["result"]["mnemonic"].split() == zh.split()


def test_passphrase_candidates(tmp_path):
    eth = address(M, "eth", "m/44'/60'/0'/0/0", "evm", passphrase="hunter2")
    pp = tmp_path / "pp.txt"
    pp.write_text("wrong\nhunter2\nother\n")
    r = recover(tmp_path, damaged(M, w11="?"), "--address", eth, "--wallet", "metamask",
                "--passphrase-file", str(pp))
    assert_found(r, M, "m/44'/60'/0'/0/0", eth, passphrase="hunter2")
    assert "hunter2" not in r.stderr


def test_ledger_live_account_2_wrong_word(tmp_path):
    eth = address(M, "eth", "m/44'/60'/2'/0/0", "evm")
    wrong = "zoo" if WORDS[1] != "zoo" else "abandon"
    r = recover(tmp_path, damaged(M, w1=wrong), "--address", eth, "--wallet", "ledger-live", "--max-wrong", "1")
    assert_found(r, M, "m/44'/60'/2'/0/0", eth)


def test_no_match_exits_1(tmp_path):
    other = address(phrase(seed=9), "eth", "m/44'/60'/0'/0/0", "evm")
    r = recover(tmp_path, damaged(M, w11="?"), "--address", other, "--wallet", "metamask")
    assert r.code == 1 and r.json["result"]["found"] is False and r.json["result"]["mnemonic"] is None
    assert r.json["result"]["tried"] == 128 and "recover.not_found" in r.codes


def test_resume_after_interrupt_skips_finished_ranges(tmp_path):
    eth = address(M, "eth", "m/44'/60'/0'/0/0", "evm")
    text = damaged(M, w11="?")
    cp = tmp_path / "search.checkpoint"
    hit_index = WORDS_INDEX[WORDS[11]]
    assert hit_index >= 512  # the answer lies after the ranges done before the interrupt
    env = {"WALLETDOC_RECOVER_CHUNK": "256", "WALLETDOC_TEST_INTERRUPT_AFTER": "2"}
    r1 = recover(tmp_path, text, "--address", eth, "--wallet", "metamask", "--checkpoint", str(cp), env=env)
    assert r1.code == 130 and "recover.interrupted" in r1.codes and r1.json["result"]["found"] is False
    assert stat.S_IMODE(os.stat(cp).st_mode) == 0o600
    saved = cp.read_text()
    assert all(w not in saved for w in WORDS) and json.loads(saved)["done"] == [[0, 512]]
    r2 = recover(tmp_path, text, "--address", eth, "--wallet", "metamask", "--checkpoint", str(cp),
                 env={"WALLETDOC_RECOVER_CHUNK": "256"})
    assert_found(r2, M, "m/44'/60'/0'/0/0", eth)
    resumed = [f for f in r2.json["findings"] if f["code"] == "recover.resumed"]
    assert resumed and resumed[0]["data"]["ranges"] == 1
    # only survivors after the finished ranges were tried: 8 per 128 words of the last slot
    assert r2.json["result"]["tried"] <= (hit_index - 512) // 16 + 16
    # a checkpoint for other inputs is refused
    r3 = recover(tmp_path, damaged(M, w10="?"), "--address", eth, "--checkpoint", str(cp))
    assert r3.code == 2 and "recover.checkpoint_mismatch" in r3.codes


@pytest.mark.parametrize("args,text,code", [
    (["--address", "0xnothex"], M, "recover.bad_address"),
    (["--address", "ETH", "--wallet", "nosuch"], M, "recover.unknown_wallet"),
    (["--address", "ETH", "--length", "12"], M + " abandon", "recover.length_conflict"),
    (["--address", "ETH", "--length", "13"], M, "recover.bad_length"),
    (["--address", "ETH"], damaged(M, w1="?", w4="?", w8="?"), "recover.too_long"),
    ([], M, "recover.no_target"),
])
def test_bad_specs_exit_2(tmp_path, args, text, code):
    eth = address(M, "eth", "m/44'/60'/0'/0/0", "evm")
    args = [eth if a == "ETH" else a for a in args]
    r = recover(tmp_path, text, *args)
    assert r.code == 2 and code in r.codes, r.stdout
    assert r.json["findings"][0]["message"].count("\n") == 0


def test_secret_on_command_line_refused():
    r = run_cli("recover", "mnemonic", "--address", "0x0000000000000000000000000000000000000000", *WORDS)
    assert r.code == 2 and WORDS[5] not in r.stdout + r.stderr


def test_human_output_shows_phrase_on_stdout_only(tmp_path):
    eth = address(M, "eth", "m/44'/60'/0'/0/0", "evm")
    f = tmp_path / "p.txt"
    f.write_text(damaged(M, w11="?"))
    r = run_cli("recover", "mnemonic", "--phrase-file", str(f), "--address", eth, "--wallet", "metamask",
                "--workers", "1")
    assert r.code == 0 and WORDS[0] in r.stdout and WORDS[0] not in r.stderr
    assert "candidates" in r.stderr
