"""The result model every command returns: Findings collected in a Report.

A Finding's `data` holds public values only (positions, addresses, counts, never a word
of a phrase, a password or a key); render.py prints it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from walletdoc import i18n


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    OK = "ok"


ERROR, WARNING, INFO, OK = Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.OK


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    advice: tuple[str, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(
        cls, code: str, severity: Severity, data: Mapping[str, Any] | None = None, **params: Any
    ) -> Finding:
        """A finding whose message and advice come from the message catalog (i18n)."""
        message, advice = i18n.text(code, **params)
        return cls(code, Severity(severity), message, advice, dict(data or {}))

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "advice": list(self.advice),
            "data": dict(self.data),
        }


@dataclass
class Report:
    """What a command found. `exit_code` None means: 1 if any error finding, else 0."""

    command: str
    findings: list[Finding] = field(default_factory=list)
    result: dict[str, Any] = field(default_factory=dict)
    exit_code: int | None = None

    def add(self, finding: Finding) -> Finding:
        self.findings.append(finding)
        return finding

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    @property
    def ok(self) -> bool:
        if self.exit_code is not None:
            return self.exit_code == 0
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def code(self) -> int:
        if self.exit_code is not None:
            return self.exit_code
        return 0 if self.ok else 1

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


def error_report(command: str, finding: Finding, exit_code: int, result: dict[str, Any] | None = None) -> Report:
    return Report(command, [finding], dict(result or {}), exit_code)


def plain(code: str, severity: Severity, message: str, advice: Sequence[str] = (), **data: Any) -> Finding:
    """A finding with literal text (for errors carried by exceptions, already worded)."""
    return Finding(code, Severity(severity), message, tuple(advice), data)
