"""Messages for talking to a node: unreachable, timeout, bad answers, wrong chain (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "rpc.url_missing": (
        "No node URL was given.",
        ["Pass --rpc URL (for example http://127.0.0.1:8545) or set WALLETDOC_RPC."],
    ),
    "rpc.url_invalid": (
        "The node URL {url} is not an http:// or https:// address.",
        ["Give the JSON-RPC URL of your node or provider, for example https://host:8545."],
    ),
    "rpc.hash_invalid": (
        "That is not a transaction hash (0x followed by 64 hex digits).",
        ["Copy the hash again from the wallet or the block explorer."],
    ),
    "rpc.address_invalid": (
        "That is not an address (0x followed by 40 hex digits).",
        ["Copy the address again from the wallet."],
    ),
    "rpc.address_checksum": (
        "The address has mixed upper and lower case but its checksum is wrong, so it may be mistyped.",
        ["Copy the address again from the wallet; or check it with walletdoc check address."],
    ),
    "rpc.block_tag_invalid": ("That is not a block number or tag.", []),
    "rpc.raw_tx_invalid": ("The raw transaction is not 0x-prefixed hex.", []),
    "rpc.unreachable": (
        "Could not reach the node at {url}: {detail}.",
        ["Check the URL and that the node is running and reachable from this machine.",
         "Try again in a minute; if it keeps failing, use another RPC endpoint."],
    ),
    "rpc.timeout": (
        "The node at {url} did not answer within {seconds} seconds.",
        ["Try again; if the node is busy or far away, raise the limit with --timeout.",
         "Use another RPC endpoint if it keeps timing out."],
    ),
    "rpc.http_status": (
        "The node at {url} answered HTTP {status} ({detail}).",
        ["Wait a minute and try again; public endpoints limit how fast you may ask.",
         "Use your own node or another provider if it keeps failing."],
    ),
    "rpc.bad_response": (
        "The node sent an answer walletdoc cannot read: {detail}.",
        ["Check that the URL is a JSON-RPC endpoint of an Ethereum-compatible node.",
         "Try another RPC endpoint."],
    ),
    "rpc.node_error": (
        "The node refused {method}: {detail}",
        ["Check the values you gave; if they are right, try another RPC endpoint."],
    ),
    "rpc.method_unsupported": (
        "The node does not support {method}.",
        ["Use a node or provider that offers this method (your own node usually does)."],
    ),
    "rpc.not_synced": (
        "The node at {url} is still syncing, so its answers would be out of date.",
        ["Wait until the node has caught up, or use another RPC endpoint."],
    ),
    "rpc.tx_indexing": (
        "The node at {url} is still indexing transactions, so it cannot look this one up yet.",
        ["Try again later, or use another RPC endpoint."],
    ),
    "rpc.wrong_chain": (
        "The node is on {actual} (chain id {actual_id}), not {expected} (chain id {expected_id}).",
        ["Use an RPC URL for {expected}, or drop --chain if you meant {actual}."],
    ),
    "rpc.chain_unknown": (
        "walletdoc does not know the chain {chain}.",
        ["Give the chain id as a number, for example --chain 1."],
    ),
    "rpc.timeout_invalid": ("The timeout must be a number of seconds above zero.", []),
}
