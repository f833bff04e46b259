import pytest

from walletdoc.errors import BadInput
from walletdoc.recover.spec import build_spec, parse_path, parse_phrase, tokenize

from ._fixtures import address, damaged, phrase

M = phrase()
ETH = address(M, "eth", "m/44'/60'/0'/0/0", "evm")


def test_slots_kinds():
    text = damaged(M, w0="?", w1="abandon|ability", w2="abandn")
    p, notes = parse_phrase(text)
    assert [s.kind for s in p.slots[:4]] == ["unknown", "choice", "typo", "known"]
    assert p.slots[0].options == tuple(range(2048))
    assert p.slots[2].options[0] == 0  # abandon first
    assert p.length == 12 and p.missing == 0 and notes == []


def test_missing_words_and_length():
    words = M.split()
    p, notes = parse_phrase(" ".join(words[:11]))
    assert p.length == 12 and p.missing == 1 and notes == ["recover.assumed_length"]
    p, _ = parse_phrase(" ".join(words[:10]), length=12)
    assert p.missing == 2


@pytest.mark.parametrize("text,length", [("", None), ("   ", None), (M, 15 - 12 + 7), (M + " " + M + " abandon", None),
                                         (M, 11), ("? ? ? ? ? ? ? ? ? ? ? ?", None), ("a|zzzz " * 12, None)])
def test_bad_phrases(text, length):
    with pytest.raises(BadInput) as exc:
        parse_phrase(text, length=length)
    assert M.split()[0] not in exc.value.message


def test_chinese_unspaced_and_detected():
    zh = phrase(12, "chinese_simplified")
    p, _ = parse_phrase(zh.replace(" ", ""))
    assert p.language == "chinese_simplified" and len(p.slots) == 12
    assert tokenize("a\u3000b") == ["a", "b"]


@pytest.mark.parametrize("addr", ["", "0x123", "bc1qqqqq", "not an address", "\x00\xff", "1" * 200])
def test_bad_addresses(addr):
    with pytest.raises(BadInput) as exc:
        build_spec(M, [addr])
    assert exc.value.code in ("recover.bad_address", "recover.no_target")


def test_unknown_wallet_and_paths():
    with pytest.raises(BadInput) as exc:
        build_spec(M, [ETH], wallets=["nosuchwallet"])
    assert exc.value.code == "recover.unknown_wallet"
    spec = build_spec(M, [ETH], paths=["m/44'/60'/0'/0/{index}"])
    assert [d.text for d in spec.derivations][:2] == ["m/44'/60'/0'/0/0", "m/44'/60'/0'/0/1"]
    with pytest.raises(BadInput):
        build_spec(M, [ETH], paths=["44/60"])
    assert parse_path("m/44'/60h/0") == (0x8000002C, 0x8000003C, 0)


def test_default_derivations_cover_ledger_live_accounts_and_passphrases():
    spec = build_spec(M, [ETH], passphrases=["a", "a", "b"])
    texts = {d.text for d in spec.derivations}
    assert {"m/44'/60'/0'/0/0", "m/44'/60'/2'/0/0", "m/44'/60'/0'/0/9"} <= texts
    assert spec.passphrases == ("", "a", "b")
    assert "abandon" not in repr(spec) and "'a'" not in repr(spec)


def test_digest_changes_with_inputs():
    a = build_spec(damaged(M, w3="?"), [ETH]).digest()
    assert a == build_spec(damaged(M, w3="?"), [ETH]).digest()
    assert a != build_spec(damaged(M, w4="?"), [ETH]).digest()
    assert a != build_spec(damaged(M, w3="?"), [ETH], passphrases=["x"]).digest()
