"""A real Ctrl-C (SIGINT) during `recover mnemonic --checkpoint`: exit 130, a 0600 checkpoint
without the words, and a rerun that resumes where it stopped and finds the phrase."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from tests.helpers import run_cli
from tests.unit.recover._fixtures import address, damaged, phrase

M = phrase(seed=7)
PASSPHRASES = [f"candidate-{i:03d}" for i in range(160)]
RIGHT = PASSPHRASES[-1]  # the last candidate: found only near the end of the space


def test_sigint_saves_checkpoint_and_rerun_resumes(tmp_path):
    target = address(M, "eth", "m/44'/60'/0'/0/0", "evm", RIGHT)
    (tmp_path / "phrase.txt").write_text(damaged(M, w11="?"))
    (tmp_path / "pp.txt").write_text("\n".join(PASSPHRASES) + "\n")
    ckpt = tmp_path / "search.ckpt"
    args = ["recover", "mnemonic", "--phrase-file", str(tmp_path / "phrase.txt"), "--address", target,
            "--path", "m/44'/60'/0'/0/{index}", "--passphrase-file", str(tmp_path / "pp.txt"),
            "--workers", "1", "--checkpoint", str(ckpt)]
    env = dict(os.environ, NO_COLOR="1", WALLETDOC_RECOVER_CHUNK="128")
    proc = subprocess.Popen([sys.executable, "-m", "walletdoc", "--json", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    while not ckpt.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert proc.poll() is None, "the search ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()[-2000:]
    first = json.loads(out)
    assert "recover.interrupted" in [f["code"] for f in first["findings"]]
    assert "Traceback" not in err.decode()
    assert (os.stat(ckpt).st_mode & 0o777) == 0o600
    saved = ckpt.read_text()
    assert M.split()[0] not in saved and RIGHT not in saved

    second = run_cli("--json", *args, env={"WALLETDOC_RECOVER_CHUNK": "128"})
    assert second.code == 0, second.stdout[-2000:]
    res = second.json["result"]
    assert res["found"] and res["mnemonic"] == M and res["passphrase"] == RIGHT
    assert "recover.resumed" in second.codes
    total_survivors = 128 * (len(PASSPHRASES) + 1)  # last word unknown: 128 of 2048 pass; "" is tried too
    assert first["result"]["tried"] > 0
    # finished ranges were not redone: the two runs together checked each survivor at most once
    assert first["result"]["tried"] + res["tried"] <= total_survivors
