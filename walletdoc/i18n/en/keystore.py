"""Messages for `check keystore` (English): keystore files, MetaMask vaults, passwords."""

_KEEP = "Keep the original file untouched; work on a copy."
_RECOVER = "If you cannot remember the password, `walletdoc recover keystore FILE` can search likely variants."

MESSAGES = {
    # -- reading the file
    "keystore.file_too_large": (
        "The file is {size} bytes; a keystore or wallet vault is far smaller, so walletdoc did not read it.",
        ["Check that you picked the keystore file itself (a small .json file), not a folder archive or a log.",
         "For a MetaMask LevelDB log, copy the line holding \"vault\" into a small file and check that."],
    ),
    "keystore.file_empty": ("The file is empty.", ["Check that you picked the right file; " + _KEEP]),
    "keystore.missing_field": (
        "The keystore has no `{field}` field; the file is incomplete or damaged.",
        ["Look for another copy or backup of this keystore.", _KEEP],
    ),
    "keystore.wrong_type": (
        "The keystore field `{field}` should be {expected}; the file is damaged or not a keystore.",
        ["Look for another copy or backup of this keystore.", _KEEP],
    ),
    "keystore.bad_hex": (
        "The keystore field `{field}` is not valid hexadecimal; the file is damaged.",
        ["Look for another copy or backup of this keystore.", _KEEP],
    ),
    "keystore.bad_length": (
        "The keystore field `{field}` has {length} bytes where {expected} are expected; the file is damaged.",
        ["Look for another copy or backup of this keystore.", _KEEP],
    ),
    "keystore.unsupported_version": (
        "This keystore is version {version}; walletdoc checks version 3 (Web3 Secret Storage) only.",
        ["Open it with the wallet that created it, or with geth, and export a version 3 keystore."],
    ),
    "keystore.unsupported_cipher": (
        "This keystore uses the cipher `{cipher}`; walletdoc supports aes-128-ctr only.",
        ["Open it with the wallet that created it."],
    ),
    "keystore.unsupported_kdf": (
        "This keystore uses the key derivation `{kdf}`; walletdoc supports scrypt and pbkdf2 only.",
        ["Open it with the wallet that created it."],
    ),
    "keystore.unsupported_prf": (
        "This keystore's pbkdf2 uses `{prf}`; walletdoc supports hmac-sha256 only.",
        ["Open it with the wallet that created it."],
    ),
    "keystore.kdf_params_absurd": (
        "The keystore's key-derivation parameters are impossible ({detail}); the file is damaged or forged.",
        ["Do not type a real password into software that produced this file.",
         "Look for another copy or backup of this keystore."],
    ),
    "keystore.kdf_memory_too_high": (
        "Checking this keystore needs {need_mib} MiB of memory but only {available_mib} MiB is free; "
        "walletdoc did not start.",
        ["Close other programs, or run the check on a machine with more memory.",
         "Genuine wallets use at most a few hundred MiB; a much larger need suggests a damaged or forged file."],
    ),
    "keystore.vault_bad_base64": (
        "The vault field `{field}` is not valid base64; the vault text is damaged or cut short.",
        ["Copy the vault again from its source (the whole string, from {{ to }}).", _KEEP],
    ),
    "keystore.vault_bad_length": (
        "The vault field `{field}` has an impossible length ({length} bytes); the vault is damaged.",
        ["Copy the vault again from its source (the whole string, from {{ to }}).", _KEEP],
    ),
    # -- not a keystore
    "keystore.looks_like_eip2335": (
        "This is an Ethereum validator (EIP-2335, version 4) keystore, not a wallet keystore.",
        ["Use your staking client or the staking-deposit-cli to work with validator keys."],
    ),
    "keystore.looks_like_electrum": (
        "This looks like an Electrum wallet file, which is not a supported keystore.",
        ["Open it with Electrum; to check its seed, use `walletdoc check mnemonic`."],
    ),
    "keystore.looks_like_electrum_encrypted": (
        "This looks like an encrypted Electrum wallet file, which is not a supported keystore.",
        ["Open it with Electrum and your wallet password."],
    ),
    "keystore.looks_like_presale": (
        "This looks like an Ethereum presale wallet (2014), which is not a supported keystore.",
        ["Import it with a wallet that supports presale files (e.g. MyEtherWallet offline)."],
    ),
    "keystore.looks_like_metamask_mobile": (
        "This looks like a MetaMask Mobile vault, which is not supported (only the browser extension's vault is).",
        ["Restore the wallet in MetaMask Mobile with its password or seed phrase."],
    ),
    "keystore.looks_like_unknown_json": (
        "This JSON file is not a keystore walletdoc knows (no v3 `crypto` section, no MetaMask vault).",
        ["Check that you picked the right file: a v3 keystore has `crypto`, `kdf` and `ciphertext` fields."],
    ),
    "keystore.looks_like_json_not_object": (
        "This file is JSON, but not a JSON object, so it is not a keystore.",
        ["Check that you picked the right file."],
    ),
    "keystore.looks_like_sqlite": (
        "This is an SQLite database (e.g. a Bitcoin Core descriptor wallet), not a supported keystore.",
        ["Open it with the program that created it (Bitcoin Core: load it with `bitcoin-cli loadwallet`)."],
    ),
    "keystore.looks_like_bitcoin_core": (
        "This looks like a Bitcoin Core wallet.dat (Berkeley DB), not a supported keystore.",
        ["Open it with Bitcoin Core; work on a copy, never the only one."],
    ),
    "keystore.looks_like_binary": (
        "This is a binary file, not a keystore walletdoc knows.",
        ["Check that you picked the right file: a keystore is a small text (JSON) file."],
    ),
    "keystore.looks_like_bip38": (
        "This looks like a BIP38 encrypted private key (starts with 6P), not a keystore file.",
        ["Decrypt it with a wallet that supports BIP38 (it asks for the BIP38 passphrase)."],
    ),
    "keystore.looks_like_private_key": (
        "This looks like an unencrypted private key, not a keystore; anyone who sees it controls the funds.",
        ["Move the funds to a new wallet if others may have seen this file.",
         "Keep the file offline, or delete it once the key is safely stored."],
    ),
    "keystore.looks_like_xprv": (
        "This looks like an extended private key (xprv), not a keystore; anyone who sees it controls the funds.",
        ["Keep the file offline; import it only into a wallet you trust."],
    ),
    "keystore.looks_like_mnemonic": (
        "This looks like a seed phrase, not a keystore; anyone who sees it controls the funds.",
        ["Check it with `walletdoc check mnemonic --phrase-file FILE`.",
         "Keep the file offline, or delete it once the phrase is safely written down."],
    ),
    "keystore.looks_like_text": (
        "This text file is not a keystore walletdoc knows.",
        ["Check that you picked the right file: a keystore is a JSON file with a `crypto` section."],
    ),
    # -- what was found
    "keystore.format_v3": (
        "Web3 Secret Storage v3 keystore, {kdf} ({params}): {memory} and an estimated "
        "{seconds} s per password try on this machine.",
        [],
    ),
    "keystore.format_metamask_vault": (
        "MetaMask vault, PBKDF2-SHA256 ({params}) with AES-256-GCM: an estimated {seconds} s per password "
        "try on this machine.",
        [],
    ),
    "keystore.address_field_malformed": (
        "The keystore's `address` field is not a valid address; it was ignored.",
        ["The key itself may still be fine: check the password to see the real address."],
    ),
    "keystore.no_password": (
        "No password was given, so only the file's structure was checked.",
        ["Run again with --password-file FILE (or pipe the password) to check the password."],
    ),
    "keystore.wrong_password": (
        "The password does not open this keystore (the MAC does not match).",
        ["Check the keyboard layout, Caps Lock, and spaces at the start or end of the password file.",
         _RECOVER,
         "A damaged ciphertext gives the same result: if you are sure of the password, look for another copy."],
    ),
    "keystore.damaged_after_mac": (
        "The password is right, but the key inside does not decrypt to a valid private key; the file is damaged.",
        ["Look for another copy or backup of this keystore.", _KEEP],
    ),
    "keystore.password_ok": ("The password is right.", []),
    "keystore.address_missing": (
        "The keystore has no `address` field; the key's address is {address}.",
        [],
    ),
    "keystore.address_matches": ("The key's address {address} matches the file's `address` field.", []),
    "keystore.address_mismatch": (
        "The key's address is {address}, but the file says {address_in_file}: the file was edited or mixed up.",
        ["Trust the key's address, not the field; look up both addresses on a block explorer.",
         "If you expected {address_in_file}, the right key is in another file."],
    ),
    "keystore.vault_extracted": ("The MetaMask vault was found inside a larger file and read from there.", []),
    "keystore.vault_unusual_iv": (
        "The vault's iv has {length} bytes where MetaMask writes 16; it may not come from MetaMask.",
        [],
    ),
    "keystore.vault_wrong_password": (
        "The password does not open this MetaMask vault.",
        ["Check the keyboard layout, Caps Lock, and spaces at the start or end of the password file.",
         _RECOVER,
         "A vault copied incompletely gives the same result: copy it again, the whole string."],
    ),
    "keystore.vault_content_unexpected": (
        "The vault opened, but its content is not a list of MetaMask keyrings; it may come from another app.",
        [_KEEP],
    ),
    "keystore.vault_summary": ("The vault holds {keyrings} keyring(s) with {accounts} account(s).", []),
    "keystore.vault_keyring_unreadable": (
        "A keyring in the vault could not be read; it was skipped.",
        ["Open the vault in MetaMask to see all accounts."],
    ),
    "keystore.vault_phrase_invalid": (
        "The vault's seed phrase is not a valid BIP39 phrase, so its accounts could not be derived.",
        ["Reveal it with --reveal on your own terminal and check it with `walletdoc check mnemonic`."],
    ),
    "keystore.vault_many_accounts": (
        "The vault has more accounts than walletdoc lists; only the first {limit} are shown.",
        [],
    ),
    "keystore.reveal_refused": (
        "The seed phrase was not shown: --reveal works only on an interactive terminal without --json.",
        ["Run the command in a terminal without --json and without piping its output."],
    ),
    "keystore.reveal_none": ("There is no seed phrase in this file to reveal.", []),
    # -- interface text
    "keystore.ui_reveal_heading": ("Seed phrase of keyring {n} (keep it secret; clear the screen after):", []),
    "keystore.ui_memory_mib": ("about {mib} MiB of memory", []),
    "keystore.ui_memory_small": ("little memory", []),
    "keystore.ui_format": ("Format", []),
    "keystore.ui_kdf": ("Key derivation", []),
    "keystore.ui_cost": ("Cost per try", []),
    "keystore.ui_password": ("Password", []),
    "keystore.ui_address": ("Address", []),
    "keystore.ui_address_in_file": ("Address in file", []),
    "keystore.ui_accounts": ("Accounts", []),
    "keystore.ui_keyring": ("Keyring", []),
    "keystore.ui_path": ("Path", []),
    "keystore.ui_yes": ("right", []),
    "keystore.ui_no": ("wrong", []),
    "keystore.ui_unchecked": ("not checked", []),
    "keystore.ui_deriving": ("Deriving the key from the password (this KDF is slow on purpose)…", []),
}
