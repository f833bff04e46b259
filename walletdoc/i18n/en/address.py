"""Messages of `walletdoc check address` (English)."""

MESSAGES = {
    "address.empty": ("No address was given.", ["Pass the address as the argument: walletdoc check address ADDR."]),
    "address.too_long": (
        "The input is {length} characters long, far longer than any address.",
        ["Copy only the address itself, not the text around it."],
    ),
    "address.binary": (
        "The input contains control characters or bytes that are not text.",
        ["Copy the address again from the wallet or the block explorer, as plain text."],
    ),
    "address.valid": ("This is a valid {what} address.", []),
    "address.valid_many": (
        "This is a valid address on several chains: {what}.",
        ["Check in the wallet which network it was made for before sending."],
    ),
    "address.hidden_characters": (
        "The address contains {count} invisible or space characters that were pasted with it.",
        ["Use the cleaned address {cleaned} (or copy it again without the extra characters).",
         "If you did not paste it yourself, treat the source as suspicious."],
    ),
    "address.evm_unchecked": (
        "The address is valid but all in one case, so it carries no EIP-55 checksum to catch typos.",
        ["Compare it character by character with the source, or use the checksummed form {normalized}."],
    ),
    "address.evm_checksum_wrong": (
        "The upper/lower case letters do not match the EIP-55 checksum: a character was probably mistyped.",
        ["Do not send to it. Copy the address again from its source rather than retyping it.",
         "If you are sure of every character, the checksummed form would be {normalized}."],
    ),
    "address.evm_missing_0x": (
        "This looks like an Ethereum-style address without the 0x prefix.",
        ["Write it with the prefix: {normalized}."],
    ),
    "address.checksum_wrong": (
        "This looks like a {what} address, but its checksum does not match: a character is probably wrong or missing.",
        ["Do not send to it. Copy the address again from its source rather than retyping it.",
         "walletdoc cannot tell which character is wrong; the address owner can give it again."],
    ),
    "address.bech32_mixed_case": (
        "The address mixes upper and lower case letters, which bech32 addresses never do.",
        ["Write it all in lowercase: {normalized}."],
    ),
    "address.truncated": (
        "This looks like the start of a {what} address,"
         " but it is too short ({length} characters, expected {expected}).",
        ["Part of it was cut off when copying: copy the whole address again."],
    ),
    "address.wrong_length": (
        "This looks like a {what} address, but it has {length} characters instead of {expected}.",
        ["Copy the address again from its source; a character was added or removed."],
    ),
    "address.unrecognized": (
        "This is not an address walletdoc recognises (Bitcoin, Litecoin, Dogecoin, Bitcoin Cash, Ethereum/EVM, TRON).",
        ["Check that you copied an address, not a transaction hash, a public key or a private key."],
    ),
    "address.chain_mismatch": (
        "This is a {found} address, not a {expected} address.",
        ["Do not send {expected} coins to it: ask for a {expected} address instead.",
         "If coins were already sent, the owner of the {found} "
         "wallet may be able to recover them with the same seed phrase."],
    ),
    "address.evm_on_tron": (
        "This is an Ethereum-style 0x address; TRON addresses start with T.",
        ["Do not send TRON assets to the 0x form."
         " If you control this key in a TRON wallet, its TRON address is {tron}.",
         "Ask the recipient for their TRON (T…) address."],
    ),
    "address.tron_on_evm": (
        "This is a TRON address; Ethereum and other EVM chains use 0x addresses.",
        ["Do not send EVM assets to it. Ask the recipient for their 0x address."],
    ),
    "address.tron_hex_form": (
        "This is a TRON address written in hex form (41…); wallets show it as {normalized}.",
        ["Use the T… form {normalized} in wallets; the hex form is for APIs."],
    ),
    "address.bch_legacy_also_btc": (
        "A legacy address like this is valid on both Bitcoin and Bitcoin Cash;"
         " on Bitcoin Cash it is written {cashaddr}.",
        ["Make sure sender and recipient use the same network: coins sent on the other one land in the same key's "
         "wallet on that network, and need that network's wallet to get back."],
    ),
    "address.ltc_legacy_p2sh": (
        "On Litecoin this is the old 3… form of a P2SH address; current Litecoin wallets write it with an M.",
        ["Check that the recipient really wants Litecoin, not Bitcoin, at this address."],
    ),
}

MESSAGES.update({
    "address.ui_candidates": ("What this address can be", []),
    "address.ui_chain": ("chain", []),
    "address.ui_kind": ("type", []),
    "address.ui_checksum": ("checksum", []),
    "address.ui_normalized": ("address", []),
})

MESSAGES.update({
    "address.ui_checksum_ok": ('ok', []),
    "address.ui_checksum_wrong": ('WRONG', []),
})
