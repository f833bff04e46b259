"""Options and the node client shared by the online commands (diagnose, gas, fix, report --tx).

Imports walletdoc.rpc only inside `open_client`, so loading a command module never imports the
network layer; the client takes public data only.
"""

from __future__ import annotations

from typing import Any

import click

from walletdoc.errors import BadInput

rpc_option = click.option("--rpc", "rpc_url", metavar="URL",
                          help="JSON-RPC URL of the node (default: $WALLETDOC_RPC).")
timeout_option = click.option("--timeout", type=str, default=None, metavar="SECONDS",
                              help="Give up on a node answer after this long (default 15, $WALLETDOC_RPC_TIMEOUT).")
chain_option = click.option("--chain", "chain", default=None, metavar="ID|NAME",
                            help="The chain you expect (e.g. 1 or ethereum); exit 3 if the node is another.")


def open_client(rpc_url: str | None, timeout: str | None, chain: str | None) -> Any:
    """The node client for --rpc/--timeout/--chain; bad values are BadInput, a wrong chain exit 3."""
    from walletdoc.rpc.chains import parse_chain
    from walletdoc.rpc.client import RpcClient

    seconds = None
    if timeout is not None:
        try:
            seconds = float(timeout)
        except ValueError:
            seconds = -1.0
        if not 0 < seconds <= 3600:
            raise BadInput.of("rpc.timeout_invalid")
    expected = None
    if chain is not None:
        found = parse_chain(chain)
        if found is None:
            raise BadInput.of("rpc.chain_unknown", chain=chain[:40])
        expected = found.id
    client = RpcClient.from_option(rpc_url, timeout=seconds)
    client.require_chain(expected)
    return client
