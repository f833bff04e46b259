"""Drive the real CLI entry point in a subprocess and parse its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.stdout)  # type: ignore[no-any-return]

    @property
    def codes(self) -> list[str]:
        return [f["code"] for f in self.json["findings"]]

    def assert_no_traceback(self) -> None:
        assert "Traceback" not in self.stderr + self.stdout, self.stderr[-2000:]


def run_cli(
    *args: str,
    stdin: str | bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    cwd: str | None = None,
) -> CliResult:
    """Run `python -m walletdoc ARGS` with stdin piped (empty when None); no terminal."""
    full_env = dict(os.environ)
    full_env.update({"NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"})
    full_env.update(env or {})
    data = stdin.encode() if isinstance(stdin, str) else (stdin if stdin is not None else b"")
    proc = subprocess.run(
        [sys.executable, "-m", "walletdoc", *args],
        input=data,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=cwd,
    )
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    result = CliResult(proc.returncode, out, err)
    result.assert_no_traceback()
    return result
