import json
import os
import stat

import pytest

from walletdoc.errors import BadInput
from walletdoc.recover.checkpoint import Checkpoint, merge
from walletdoc.recover.jobs import Hit, RangeResult


class Job:
    memory_per_task = 0

    def __init__(self, h="spec-a", size=1000):
        self.spec_hash, self.size = h, size


def test_roundtrip_mode_and_no_spec_hash(tmp_path):
    path = str(tmp_path / "cp.json")
    cp = Checkpoint(path, Job())
    cp.record(RangeResult(0, 100, 7))
    cp.record(RangeResult(100, 200, 5))
    cp.record(RangeResult(500, 600, 1, Hit(550, {"mnemonic": "secret words"})))
    cp.save()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = open(path).read()
    assert "spec-a" not in text and "secret" not in text
    again = Checkpoint(path, Job())
    assert again.load() == [(0, 200)] and again.tried == 12


def test_refuses_other_inputs_and_garbage(tmp_path):
    path = str(tmp_path / "cp.json")
    cp = Checkpoint(path, Job())
    cp.record(RangeResult(0, 100, 7))
    cp.save()
    with pytest.raises(BadInput) as exc:
        Checkpoint(path, Job("spec-b")).load()
    assert exc.value.code == "recover.checkpoint_mismatch"
    for junk in [b"", b"\xff\xfe", b"[]", b'{"format": 1}', json.dumps({"format": "x"}).encode()]:
        open(path, "wb").write(junk)
        with pytest.raises(BadInput) as exc:
            Checkpoint(path, Job()).load()
        assert exc.value.code == "recover.checkpoint_unreadable"
    assert Checkpoint(str(tmp_path / "none.json"), Job()).load() == []


def test_merge():
    assert merge([(5, 10), (0, 5), (20, 30), (25, 26)]) == [(0, 10), (20, 30)]
