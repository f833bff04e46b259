"""`recover mnemonic` without `--address`: the one funded candidate among the checksum-valid ones.

Runs through the real CLI entry point. Until `recover mnemonic` routes `--rpc` / `--esplora` /
`--list-valid` to walletdoc.cli.recover_noaddr (the lead adds that), the tests point the command
map at recover_noaddr's own `command` (same options) and still go through walletdoc.cli.main.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import stat
from pathlib import Path

import pytest
from mnemonic import Mnemonic

from tests.helpers import CliResult, run_cli
from tests.node.esplora_server import EsploraServer, stats
from tests.node.nodes import ETHER, Node, free_port
from tests.node.test_scan import btc_address, eth_address
from walletdoc.recover.verify_activity import ActivityJob, build_noaddr_spec
from walletdoc.rpc.activity import ActivitySource

pytestmark = pytest.mark.node

def recover(*args: str, stdin: str | None = None) -> CliResult:
    return run_cli(*args, stdin=stdin)


def damaged(name: str, position: int = 4) -> tuple[str, str]:
    """(the real phrase, the phrase with word `position` unknown): 128 checksum-valid candidates."""
    real = Mnemonic("english").to_mnemonic(hashlib.sha256(f"walletdoc noaddr {name}".encode()).digest()[:16])
    words = real.split()
    words[position] = "?"
    return real, " ".join(words)


def test_finds_the_funded_candidate_on_anvil(anvil: Node, tmp_path: Path) -> None:
    real, broken = damaged("anvil")
    target = eth_address(real, "m/44'/60'/0'/0/0")
    anvil.set_balance(target, ETHER)
    (tmp_path / "p.txt").write_text(broken)
    out = recover("--json", "recover", "mnemonic", "--phrase-file", str(tmp_path / "p.txt"), "--rpc", anvil.url,
                  "--wallet", "metamask")
    assert out.code == 0, out.stdout
    r = out.json["result"]
    assert r["found"] and r["mnemonic"] == real and r["address"] == target and r["path"] == "m/44'/60'/0'/0/0"
    assert [c["mnemonic"] for c in r["candidates"]] == [real]
    space = next(f for f in out.json["findings"] if f["code"] == "scan.noaddr_space")
    assert 100 <= space["data"]["survivors"] <= 160 and r["lookups"] == space["data"]["lookups"]
    assert real not in out.stderr  # the phrase goes to stdout only


def test_nothing_funded_exits_1_and_refuses_big_searches(anvil: Node, tmp_path: Path) -> None:
    _real, broken = damaged("unfunded")
    (tmp_path / "p.txt").write_text(broken)
    out = recover("--json", "recover", "mnemonic", "--phrase-file", str(tmp_path / "p.txt"), "--rpc", anvil.url,
                  "--wallet", "trust")
    assert out.code == 1 and "scan.noaddr_not_found" in out.codes
    assert out.json["result"]["found"] is False and out.json["result"]["tried"] >= 100
    words = broken.split()
    words[1] = words[2] = "?"
    (tmp_path / "big.txt").write_text(" ".join(words))
    out = recover("--json", "recover", "mnemonic", "--phrase-file", str(tmp_path / "big.txt"), "--rpc", anvil.url)
    assert out.code == 2 and out.codes == ["scan.noaddr_too_many"]


def test_btc_candidate_over_esplora(tmp_path: Path) -> None:
    real, broken = damaged("btc", position=11)  # the last word: its checksum bits are unknown too
    target = btc_address(real, 0, False, 0)
    (tmp_path / "p.txt").write_text(broken)
    with EsploraServer({target: stats(1, 5000, 0, 0, 1)}) as server:
        out = recover("--json", "recover", "mnemonic", "--phrase-file", str(tmp_path / "p.txt"), "--esplora",
                      server.url, "--path", "m/84'/0'/0'/0/0")
    assert out.code == 0, out.stdout
    assert out.json["result"]["mnemonic"] == real and out.json["result"]["chain"] == "btc"
    assert out.json["result"]["candidates"][0]["balance"] == 5000


def test_list_valid_writes_a_new_private_file(tmp_path: Path) -> None:
    real, broken = damaged("list")
    (tmp_path / "p.txt").write_text(broken)
    target = tmp_path / "valid.txt"
    out = recover("--json", "recover", "mnemonic", "--phrase-file", str(tmp_path / "p.txt"), "--list-valid",
                  str(target))
    assert out.code == 0 and out.codes == ["scan.list_valid_written"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_text().splitlines()
    assert real in lines and len(lines) == out.json["result"]["listed"] and all(Mnemonic("english").check(x)
                                                                                 for x in lines)
    assert "WARNING" in out.stderr and real not in out.stderr + out.stdout
    again = recover("--json", "recover", "mnemonic", "--phrase-file", str(tmp_path / "p.txt"), "--list-valid",
                    str(target))
    assert again.code == 2 and again.codes == ["scan.list_valid_exists"]
    assert target.read_text().splitlines() == lines  # never overwritten


@pytest.mark.parametrize(("args", "code"), [
    (["--list-valid", "x.txt", "--rpc", "http://127.0.0.1:9"], "scan.noaddr_list_with_node"),
    (["--rpc", "gopher://x"], "rpc.url_invalid"),
    (["--esplora", "http://127.0.0.1:9", "--chain", "eth"], "scan.need_rpc"),
    (["--rpc", "http://127.0.0.1:9", "--wallet", "nosuch"], "recover.unknown_wallet"),
    (["--rpc", "http://127.0.0.1:9", "--length", "13"], "recover.bad_length"),
])
def test_malformed_input_exits_2(tmp_path: Path, args: list[str], code: str) -> None:
    _real, broken = damaged("malformed")
    out = recover("--json", "recover", "mnemonic", *args, stdin=broken)
    assert out.code == 2 and out.codes == [code], out.stdout


def test_unreachable_node_exits_3() -> None:
    _real, broken = damaged("dead")
    out = recover("--json", "recover", "mnemonic", "--rpc", f"http://127.0.0.1:{free_port()}", "--wallet", "trust",
                  stdin=broken)
    assert out.code == 3 and out.codes[-1] == "rpc.unreachable"


def test_job_is_picklable_without_its_connection() -> None:
    _real, broken = damaged("pickle")
    spec = build_noaddr_spec(broken, "eth", wallets=["metamask"])
    job = ActivityJob(spec, "eth", ActivitySource("evm", "http://127.0.0.1:9"))
    _ = job.lookup  # opened here: must not travel
    copy = pickle.loads(pickle.dumps(job))
    assert copy.size == job.size and copy.spec_hash == job.spec_hash and copy._lookup is None
    assert "abandon" not in repr(job) and json.dumps(job.size)
