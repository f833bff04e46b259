"""Selftest suite: Electrum seed recognition and seed derivation (walletdoc.checks.electrum).

The vectors are transcribed, unchanged, from spesmilo/electrum tests/test_mnemonic.py
(commit 4f7dcc98bdb50a9cd74db18e2d96496ac40e17a7: SEED_TEST_CASES, Test_OldMnemonic,
Test_seeds.mnemonics) and tests/test_wallet_vertical.py (a recent version; its commit was not
recorded by the search index: UNICODE_HORROR_HEX and the test_electrum_seed_* words, types, xprv).
Words and passphrases with accents are kept as Electrum's own hex (NFD bytes).
"""

from __future__ import annotations

from typing import NamedTuple

from walletdoc.checks import electrum

NAME = "electrum"

UNICODE_HORROR_HEX = (
    "e282bf20f09f988020f09f98882020202020e3818620e38191e3819fe381be20e3828fe3828b2077cda2cda2cd9d68cda16fcda2"
    "cda120ccb8cda26bccb5cd9f6eccb4cd98c7ab77ccb8cc9b73cd9820cc80cc8177cd98cda2e1b8a9ccb561d289cca1cda27420cc"
    "a7cc9568cc816fccb572cd8fccb5726f7273cca120ccb6cda1cda06cc4afccb665cd9fcd9f20ccb6cd9d696ecda220cd8f74cc95"
    "68ccb7cca1cd9f6520cd9fcd9f64cc9b61cd9c72cc95cda16bcca2cca820cda168ccb465cd8f61ccb7cca2cca17274cc81cd8f20"
    "ccb4ccb7cda0c3b2ccb5ccb666ccb82075cca7cd986ec3adcc9bcd9c63cda2cd8f6fccb7cd8f64ccb8cda265cca1cd9d3fcd9e"
)


class SeedCase(NamedTuple):
    name: str
    words_hex: str  # the seed words as UTF-8 hex (Electrum's words_hex, or of its plain words)
    seed_type: str
    bip32_seed: str
    passphrase_hex: str = ""


def _hex(text: str) -> str:
    return text.encode("utf-8").hex()


_JA_WORDS_HEX = (
    "e381aae381aee3818b20e381b2e3828de3818420e38197e381aae3829320e381bee381aae381b5e3829920e381a4e381b5e38299"
    "e3819920e38195e3818be38299e3819920e3818ae38197e38283e3828c20e3818be3828fe3818f20e3818ae38184e3818be38191"
    "e3828b20e38191e38195e3818d20e3818be38184e381a8e3818620e38195e3819fe38293"
)
_ZH_WORDS_HEX = "e79cbc20e682b220e58f9b20e694b920e88a8220e8b78320e8a1a120e5938d20e7968620e882a120e9818220e586ac"
_ES_WORDS_HEX = (
    "616c6d69cc8162617220746962696f20737570657261722076656e63657220686163686120706561746fcc816e20707269cc816e"
    "63697065206d6174617220636f6e73656a6f20706f6c656e2076656869cc8163756c6f206f6469736561"
)
_EN_WORDS = "wild father tree among universe such mobile favorite target dynamic credit identify"

SEED_CASES: tuple[SeedCase, ...] = (
    SeedCase(
        "english",
        _hex(_EN_WORDS),
        "segwit",
        "aac2a6302e48577ab4b46f23dbae0774e2e62c796f797d0a1b5faeb528301e3064342dafb79069e7c4c6b8c38ae11d7a973bec0d4f70626f8cc5184a8d0b0756",
    ),
    SeedCase(
        "english_with_passphrase",
        _hex(_EN_WORDS),
        "segwit",
        "4aa29f2aeb0127efb55138ab9e7be83b36750358751906f86c662b21a1ea1370f949e6d1a12fa56d3d93cadda93038c76ac8118597364e46f5156fde6183c82f",
        _hex("Did you ever hear the tragedy of Darth Plagueis the Wise?"),
    ),
    SeedCase(
        "japanese",
        _JA_WORDS_HEX,
        "standard",
        "d3eaf0e44ddae3a5769cb08a26918e8b308258bcb057bb704c6f69713245c0b35cb92c03df9c9ece5eff826091b4e74041e010b701d44d610976ce8bfb66a8ad",
    ),
    SeedCase(
        "japanese_with_passphrase",
        _JA_WORDS_HEX,
        "standard",
        "251ee6b45b38ba0849e8f40794540f7e2c6d9d604c31d68d3ac50c034f8b64e4bc037c5e1e985a2fed8aad23560e690b03b120daf2e84dceb1d7857dda042457",
        UNICODE_HORROR_HEX,
    ),
    SeedCase(
        "chinese",
        _ZH_WORDS_HEX,
        "segwit",
        "0b9077db7b5a50dbb6f61821e2d35e255068a5847e221138048a20e12d80b673ce306b6fe7ac174ebc6751e11b7037be6ee9f17db8040bb44f8466d519ce2abf",
    ),
    SeedCase(
        "chinese_with_passphrase",
        _ZH_WORDS_HEX,
        "segwit",
        "6c03dd0615cf59963620c0af6840b52e867468cc64f20a1f4c8155705738e87b8edb0fc8a6cee4085776cb3a629ff88bb1a38f37085efdbf11ce9ec5a7fa5f71",
        "e7bb99e68891e4b880e4ba9be6b58be8af95e59091e9878fe8b0b7e6ad8c",
    ),
    SeedCase(
        "spanish",
        _ES_WORDS_HEX,
        "standard",
        "18bffd573a960cc775bbd80ed60b7dc00bc8796a186edebe7fc7cf1f316da0fe937852a969c5c79ded8255cdf54409537a16339fbe33fb9161af793ea47faa7a",
    ),
    SeedCase(
        "spanish_with_passphrase",
        _ES_WORDS_HEX,
        "standard",
        "363dec0e575b887cfccebee4c84fca5a3a6bed9d0e099c061fa6b85020b031f8fe3636d9af187bf432d451273c625e20f24f651ada41aae2c4ea62d87e9fa44c",
        "6172616ecc83612064696669cc8163696c20736f6c7563696fcc816e207465cc81726d696e6f206361cc817263656c",
    ),
    SeedCase(
        "spanish2",
        "65717569706f20666961722061756765206c616e676f7374612068616368612063616c6f72207472616e63652063756272697220"
        "636172726f2070756c6d6fcc816e206f726f2061cc81737065726f",
        "segwit",
        "001ebce6bfde5851f28a0d44aae5ae0c762b600daf3b33fc8fc630aee0d207646b6f98b18e17dfe3be0a5efe2753c7cdad95860adbbb62cecad4dedb88e02a64",
    ),
    SeedCase(
        "spanish3",
        "76696472696f206a61626fcc816e206d756573747261207061cc816a61726f206361707563686120656c756469722066656c697a"
        "20726f74617220666f676174612070657a2072657a6172206f69cc8172",
        "segwit",
        "c274665e5453c72f82b8444e293e048d700c59bf000cacfba597629d202dcf3aab1cf9c00ba8d3456b7943428541fed714d01d8a0a4028fc3a9bb33d981cb49f",
        "c2a1566976612045737061c3b16121207265706974656e207665696e746520707565626c6f73207920616c206861626c61722064"
        "616e2066652064656c20c3a16e696d6f2065737061c3b16f6c2e2e2e20c2a14d61727175656e20617261646f206d617274696c6c"
        "6f207920636c6172c3ad6e",
    ),
)

# Test_seeds.mnemonics and the test_wallet_vertical seed words: (text, Electrum seed type)
SEED_TYPES: tuple[tuple[str, str], ...] = (
    ("cell dumb heartbeat north boom tease ship baby bright kingdom rare squeeze", "old"),
    ("cell dumb heartbeat north boom tease " * 4, "old"),
    ("cell dumb heartbeat north boom tease ship baby bright kingdom rare badword", ""),
    ("cElL DuMb hEaRtBeAt nOrTh bOoM TeAsE ShIp bAbY BrIgHt kInGdOm rArE SqUeEzE", "old"),
    ("   cElL  DuMb hEaRtBeAt nOrTh bOoM  TeAsE ShIp    bAbY BrIgHt kInGdOm rArE SqUeEzE   ", "old"),
    ("hurry idiot prefer sunset mention mist jaw inhale impossible kingdom rare squeeze", "old"),
    ("cram swing cover prefer miss modify ritual silly deliver chunk behind inform able", "standard"),
    ("cram swing cover prefer miss modify ritual silly deliver chunk behind inform", ""),
    ("ostrich security deer aunt climb inner alpha arm mutual marble solid task", "standard"),
    ("OSTRICH SECURITY DEER AUNT CLIMB INNER ALPHA ARM MUTUAL MARBLE SOLID TASK", "standard"),
    ("   oStRiCh sEcUrItY DeEr aUnT ClImB       InNeR AlPhA ArM MuTuAl mArBlE   SoLiD TaSk  ", "standard"),
    ("science dawn member doll dutch real can brick knife deny drive list", "2fa"),
    ("science dawn member doll dutch real ca brick knife deny drive list", ""),
    (" sCience dawn   member doll Dutch rEAl can brick knife deny drive  lisT", "2fa"),
    (
        "bind clever room kidney crucial sausage spy edit canvas soul liquid ribbon slam open alpha suffer gate "
        "relax voice carpet law hill woman tonight abstract",
        "2fa",
    ),
    (
        "  bInd cLEveR    room kidney crucial sausage spy edit canvas soul liquid ribbon SLAM open alpha suffer "
        "gate relax voice carpet law hill woman tonight abstract ",
        "2fa",
    ),
    (
        "sibling leg cable timber patient foot occur plate travel finger chef scale radio citizen promote immune "
        "must chef fluid sea sphere common acid lab",
        "2fa",
    ),
    ("frost pig brisk excite novel report camera enlist axis nation novel desert", "segwit"),
    ("  fRoSt pig brisk excIte novel rePort CamEra enlist axis nation nOVeL dEsert ", "segwit"),
    ("x8", "standard"),
    ("9dk", "segwit"),
    ("abandon bike", "segwit"),
    ("6vs", "2fa_segwit"),
    ("agree install", "2fa_segwit"),
    ("cycle rocket west magnet parrot shuffle foot correct salt library feed song", "standard"),
    ("bitter grass shiver impose acquire brush forget axis eager alone wine silver", "segwit"),
    ("powerful random nobody notice nothing important anyway look away hidden message over", "old"),
    ("kiss live scene rude gate step hip quarter bunker oxygen motor glove", "2fa"),
    ("universe topic remind silver february ranch shine worth innocent cattle enhance wise", "2fa_segwit"),
)

# Test_OldMnemonic: old-list words <-> hex seed
OLD_DECODE = (
    "hardly point goal hallway patience key stone difference ready caught listen fact",
    "8edad31a95e7d59f8837667510d75a4d",
)

# test_electrum_seed_standard: the BIP32 master key of a standard seed, no passphrase
STANDARD_XPRV = (
    "cycle rocket west magnet parrot shuffle foot correct salt library feed song",
    "xprv9s21ZrQH143K32jECVM729vWgGq4mUDJCk1ozqAStTphzQtCTuoFmFafNoG1g55iCnBTXUzz3zWnDb5CVLGiFvmaZjuazHDL8a81cPQ8KL6",
)


def check_seed_case(case: SeedCase) -> str | None:
    """None if the case passes, else what failed (no secret material: these are public vectors)."""
    words = bytes.fromhex(case.words_hex).decode("utf-8")
    passphrase = bytes.fromhex(case.passphrase_hex).decode("utf-8")
    if electrum.seed_type(words) != case.seed_type:
        return f"{case.name}: seed type {electrum.seed_type(words)!r}, expected {case.seed_type!r}"
    if electrum.mnemonic_to_seed(words, passphrase).hex() != case.bip32_seed:
        return f"{case.name}: BIP32 seed differs"
    return None


def check_seed_type(text: str, expected: str) -> str | None:
    got = electrum.seed_type(text)
    return None if got == expected else f"seed type of {text[:24]!r}…: {got!r}, expected {expected!r}"


def check_old_decode() -> str | None:
    words, hex_seed = OLD_DECODE
    got = electrum.old_mn_decode(words.split())
    return None if got == hex_seed else f"old mn_decode gave {got}, expected {hex_seed}"


def check_standard_xprv() -> str | None:
    from bip_utils import Bip32Slip10Secp256k1

    words, xprv = STANDARD_XPRV
    seed = electrum.mnemonic_to_seed(words, "")
    got = Bip32Slip10Secp256k1.FromSeed(seed).PrivateKey().ToExtended()
    return None if got == xprv else "standard seed: xprv differs"


def run() -> tuple[int, int, list[str]]:
    results = [check_seed_case(c) for c in SEED_CASES]
    results += [check_seed_type(text, kind) for text, kind in SEED_TYPES]
    results += [check_old_decode(), check_standard_xprv()]
    failures = [r for r in results if r is not None]
    return len(results) - len(failures), len(failures), failures
