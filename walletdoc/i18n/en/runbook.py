"""Support runbook guidance per finding domain (English): what to ask the owner, what never to ask.

Read by walletdoc.support.runbook to build docs/support.md and `walletdoc explain CODE`.
"""

NEVER_ASK = [
    "Never ask for the seed phrase, any word of it, the BIP39 passphrase, a keystore password, "
    "a private key or a keystore/vault file. walletdoc works on the owner's own machine; support never needs them.",
    "Never ask the owner to paste a secret into chat, e-mail, a form or a command line.",
]

DOMAINS: dict[str, dict[str, list[str]]] = {
    "mnemonic": {
        "about": ["Checks of a seed phrase typed or saved by the owner (BIP39, Electrum, SLIP39 shares)."],
        "ask": ["How many words the phrase has, and which wallet created it (Bitpie, imToken, MetaMask, Ledger …).",
                "Whether the wallet showed a passphrase / 25th word option when it was created.",
                "The output of `walletdoc --json check mnemonic` saved to a file, sent via `walletdoc report`."],
    },
    "recover": {
        "about": ["The search for a damaged phrase or a forgotten password, run by the owner on their machine."],
        "ask": ["A public address the wallet used to show (receive address), and on which chain.",
                "Which words are uncertain or missing — by position only, never the words themselves.",
                "The search summary from `walletdoc report` (space, tried, seconds)."],
    },
    "keysearch": {
        "about": ["The search for a forgotten keystore or MetaMask vault password, run by the owner on their "
                  "own machine."],
        "ask": ["Which kind of file it is (MetaMask vault, keystore from MEW/MyCrypto/imToken …).",
                "How the owner usually builds passwords (lengths, pieces, years) — in general terms only, "
                "never the password itself.",
                "The search summary from `walletdoc report` (space, tried, seconds)."],
    },
    "keystore": {
        "about": ["Checks of a keystore file (Web3 Secret Storage v3) or a MetaMask vault."],
        "ask": ["Which app exported the file and roughly when.",
                "The output of `walletdoc --json check keystore FILE` via `walletdoc report` "
                "(no ciphertext is in it)."],
    },
    "address": {
        "about": ["What chain and kind an address can be, and whether its checksum is right."],
        "ask": ["The address exactly as copied (addresses are public).",
                "Which network the owner selected when sending or receiving."],
    },
    "derive": {
        "about": ["Addresses derived from the owner's phrase for each wallet's derivation paths."],
        "ask": ["Which wallet the phrase was restored into, and which address the old wallet showed."],
    },
    "tx": {
        "about": ["What happened to a transaction on chain: pending, stuck, failed, replaced or dropped."],
        "ask": ["The transaction hash and the network (Ethereum, BSC, Polygon …).",
                "Whether the owner pressed speed-up or cancel in the wallet."],
    },
    "account": {
        "about": ["The state of an address on chain: nonces, pending and queued transactions, balance."],
        "ask": ["The sending address and the network."],
    },
    "gas": {
        "about": ["Fee suggestions from recent blocks on the owner's node."],
        "ask": ["The network and how urgent the transaction is."],
    },
    "fix": {
        "about": ["Speed-up and cancel replacements built and signed on the owner's machine."],
        "ask": ["The hash of the stuck transaction. The owner signs locally; support never sees a key."],
    },
    "rpc": {
        "about": ["Reaching the owner's node over JSON-RPC."],
        "ask": ["Which node or provider the owner uses (name only; an URL may contain an API key)."],
    },
    "input": {
        "about": ["Problems with what was given to walletdoc (files, options, secrets on the command line)."],
        "ask": ["The exact command the owner ran, with any secret replaced by ***."],
    },
    "report": {"about": ["Building the support report."], "ask": []},
    "selftest": {"about": ["The bundled official test vectors run on this machine."],
                 "ask": ["The output of `walletdoc selftest`."]},
    "dask": {"about": ["Running a search on the owner's own Dask cluster."],
             "ask": ["How many machines and cores the owner has; that they are the owner's own machines."]},
    "scan": {"about": ["Which derivation paths of a phrase have been used on chain."],
             "ask": ["Which chains the owner expects funds on."]},
    "ui": {"about": ["Interface text."], "ask": []},
}
