"""Messages of `walletdoc scan`, activity lookups and recovery without a known address (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "scan.answer": (
        "Your funds are on the {places}.",
        ["Import the phrase into a wallet that uses that path (see the table), or run "
         "`walletdoc derive --chain {chain} --path \"{path}\" --script {script}` to get that address and its key.",
         "Check the address on a block explorer before moving anything."],
    ),
    "scan.nothing_found": (
        "None of the {checked} addresses checked on {chains} has ever been used.",
        ["If the wallet had a BIP39 passphrase ('25th word', Trezor 'hidden wallet'), scan again with "
         "--passphrase-file (one candidate per line).",
         "Scan the other chains the wallet held (--chain btc with --esplora, --chain eth with --rpc).",
         "Check that the node is on the right network and fully synced; raise --gap or --accounts.",
         "Tokens only (ERC-20 without ever sending) are not seen by this check: look the addresses up "
         "on an explorer (scan --offline lists them)."],
    ),
    "scan.needs_passphrase": (
        "These addresses come from the phrase WITH a BIP39 passphrase (the table names the line of your "
        "file): enter it in the wallet's passphrase / 'hidden wallet' option when restoring.",
        [],
    ),
    "scan.wallet_note": ("{wallet}: {note}", []),
    "scan.truncated": (
        "The scan stopped after {limit} addresses; this wallet has more used addresses than walletdoc follows.",
        ["Use a full wallet (or your own indexer) with this phrase to see everything."],
    ),
    "scan.offline": (
        "{count} addresses derived on {chains}; nothing was looked up.",
        ["Check these addresses on a block explorer or your own node; the first used one names the wallet path.",
         "Or run scan with --rpc (EVM) / --esplora (BTC-like) on your own node."],
    ),
    "scan.privacy": (
        "Only addresses are sent to {where}, but whoever runs it can see which addresses were looked up "
        "and link them to you.",
        ["Prefer your own node or one you trust; use --offline to list the addresses instead."],
    ),
    "scan.need_node": (
        "scan needs a node to ask: --rpc URL (EVM chains), --esplora URL (Bitcoin-like chains), or --offline.",
        ["Example: walletdoc scan --rpc http://127.0.0.1:8545, or --esplora http://127.0.0.1:3002."],
    ),
    "scan.need_rpc": (
        "Scanning {chain} needs an EVM JSON-RPC node (--rpc URL).",
        ["Pass --rpc with your node's URL, or --offline to list the addresses."],
    ),
    "scan.need_esplora": (
        "Scanning {chain} needs an Esplora-compatible server (--esplora URL).",
        ["Pass --esplora with your server's URL (e.g. your own electrs/esplora), or --offline."],
    ),
    "scan.one_esplora_chain": (
        "One --esplora server serves one chain, but several were chosen: {chains}.",
        ["Scan one Bitcoin-like chain per run."],
    ),
    "scan.chain_offline_only": (
        "walletdoc cannot look up {chain} addresses online yet.",
        ["Use --offline to list the addresses and check them on an explorer."],
    ),
    "scan.unknown_wallet": (
        "walletdoc has no wallet preset named {wallet} for {chains}.",
        ["Use one of: {known}."],
    ),
    "scan.address_invalid": ("An address to look up is malformed.", []),
    "scan.esplora_bad_response": (
        "The Esplora server at {url} sent an answer walletdoc cannot read: {detail}.",
        ["Check that the URL is the base of an Esplora REST API (it answers GET /address/ADDRESS)."],
    ),
    "scan.esplora_rejected": (
        "The Esplora server at {url} refused an address: {detail}.",
        ["Check that the server is for the chain you scan (mainnet, not testnet) and try again."],
    ),
    "scan.esplora_not_found": (
        "The server at {url} has no Esplora /address endpoint.",
        ["Give the API base URL, e.g. https://host/api (it answers GET /address/ADDRESS)."],
    ),
    # recovery without a known address
    "scan.noaddr_space": (
        "{space} candidates, {survivors} pass the checksum; {lookups} address lookups on {paths} path(s).",
        [],
    ),
    "scan.noaddr_privacy": (
        "Only addresses are sent to {where}, but whoever runs it can see which addresses were looked up.",
        ["Prefer your own node or one you trust; or use --list-valid FILE and check offline."],
    ),
    "scan.noaddr_too_many": (
        "This search needs about {lookups} address lookups (limit {limit}); each one tells the node's operator "
        "an address.",
        ["Narrow it down: fewer '?' words, 'a|b' choices, or --wallet / --path to check fewer paths.",
         "Run it anyway with --yes, preferably against your own node."],
    ),
    "scan.noaddr_found": (
        "Found a phrase whose address {address} ({path}) has been used on chain.",
        ["Write the phrase down on paper now, check it word by word, and store it offline.",
         "Restore it in a wallet using that path and confirm the address before moving funds."],
    ),
    "scan.noaddr_several": (
        "{count} checksum-valid phrases have used addresses; the first one is shown, all are in the result.",
        ["Pick the one whose address you recognise (or that holds the funds)."],
    ),
    "scan.noaddr_not_found": (
        "None of the {tried} checksum-valid phrases has a used address on the paths checked.",
        ["Check other wallets' paths (--wallet) or chains (--chain with --esplora), a --passphrase-file, "
         "or allow more damage (--max-wrong 1, --max-swaps 1)."],
    ),
    "scan.noaddr_needs_source": (
        "Without --address, recovery needs --rpc URL or --esplora URL to look for used addresses, "
        "or --list-valid FILE.",
        ["Pass --address if you know any address of the wallet: it is faster and private."],
    ),
    "scan.noaddr_list_with_node": (
        "--list-valid writes the candidates for use elsewhere; it does not go with --rpc / --esplora.",
        ["Drop --list-valid to search online, or drop --rpc / --esplora to write the list."],
    ),
    "scan.list_valid_written": (
        "Wrote {count} checksum-valid phrases to {path} (readable by you only).",
        ["These are seed phrase candidates: keep the file offline, and delete it (shred) when done."],
    ),
    "scan.list_valid_exists": (
        "{path} already exists; walletdoc never overwrites a file with seed phrases.",
        ["Give a new file name to --list-valid."],
    ),
    "scan.list_valid_unwritable": ("Could not create {path}: {detail}.", ["Give a path in a writable directory."]),
    "scan.list_valid_too_many": (
        "{count} checksum-valid phrases would be written (limit {limit}).",
        ["Narrow the phrase down, or pass --yes to write them all."],
    ),
    "scan.ui_list_valid_warning": (
        "WARNING: {path} will hold seed phrase candidates, one of which may be your real phrase. Anyone who "
        "reads this file can take the funds. Keep it offline and delete it when done.",
        [],
    ),
    # interface text
    "scan.ui_title": ("Used addresses", []),
    "scan.ui_offline_title": ("Addresses to check (nothing was looked up)", []),
    "scan.ui_wallet": ("wallet", []),
    "scan.ui_chain": ("chain", []),
    "scan.ui_path": ("path", []),
    "scan.ui_address": ("address", []),
    "scan.ui_activity": ("activity", []),
    "scan.ui_activity_cell": ("{tx_count} tx, {balance}", []),
    "scan.ui_progress": ("Looking up addresses", []),
    "scan.ui_privacy": (
        "Privacy: the node's operator can see which addresses were looked up. Prefer your own node.",
        [],
    ),
}

MESSAGES.update({
    "scan.ui_passphrase_line": ('(passphrase #{n})', []),
})
