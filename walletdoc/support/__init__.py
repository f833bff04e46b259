"""Support flow: redacted reports for support staff and the finding-code runbook.

Nothing in this package may ever output a secret: reports are built from allowlisted
public fields only, and free text is scrubbed again before it is written.
"""
