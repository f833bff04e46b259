"""walletdoc: a local doctor for self-custody crypto wallets.

Checks and recovers what a wallet owner still has, and explains what happened to a
transaction. Secrets never leave the machine: see walletdoc.secrets.
"""

__version__ = "0.1.0"
