"""`check keystore` 的消息（简体中文）：Keystore 文件、MetaMask 保险库（vault）、密码。"""

_KEEP = "保留原始文件不动；在副本上操作。"
_RECOVER = "如果想不起密码，`walletdoc recover keystore FILE` 可以搜索可能的变体。"

MESSAGES: dict[str, tuple[str, list[str]]] = {
    # -- 读取文件
    "keystore.file_too_large": (
        "这个文件有 {size} 字节；Keystore 文件或钱包保险库要小得多，所以 walletdoc 没有读取它。",
        ["确认您选的是 Keystore 文件本身（一个很小的 .json 文件），而不是压缩包或日志。",
         "如果是 MetaMask 的 LevelDB 日志，把含有 \"vault\" 的那一行复制到一个小文件里再检查。"],
    ),
    "keystore.file_empty": ("文件是空的。", ["确认选对了文件；" + _KEEP]),
    "keystore.missing_field": (
        "Keystore 里没有 `{field}` 字段；文件不完整或已损坏。",
        ["找找这个 Keystore 的其他副本或备份。", _KEEP],
    ),
    "keystore.wrong_type": (
        "Keystore 字段 `{field}` 应该是 {expected}；文件已损坏，或者不是 Keystore。",
        ["找找这个 Keystore 的其他副本或备份。", _KEEP],
    ),
    "keystore.bad_hex": (
        "Keystore 字段 `{field}` 不是有效的十六进制；文件已损坏。",
        ["找找这个 Keystore 的其他副本或备份。", _KEEP],
    ),
    "keystore.bad_length": (
        "Keystore 字段 `{field}` 有 {length} 字节，应该是 {expected} 字节；文件已损坏。",
        ["找找这个 Keystore 的其他副本或备份。", _KEEP],
    ),
    "keystore.unsupported_version": (
        "这是第 {version} 版 Keystore；walletdoc 只检查第 3 版（Web3 Secret Storage）。",
        ["用创建它的钱包或 geth 打开，并导出第 3 版 Keystore。"],
    ),
    "keystore.unsupported_cipher": (
        "这个 Keystore 使用的加密算法是 `{cipher}`；walletdoc 只支持 aes-128-ctr。",
        ["请用创建它的钱包打开。"],
    ),
    "keystore.unsupported_kdf": (
        "这个 Keystore 使用的密钥派生算法是 `{kdf}`；walletdoc 只支持 scrypt 和 pbkdf2。",
        ["请用创建它的钱包打开。"],
    ),
    "keystore.unsupported_prf": (
        "这个 Keystore 的 pbkdf2 使用 `{prf}`；walletdoc 只支持 hmac-sha256。",
        ["请用创建它的钱包打开。"],
    ),
    "keystore.kdf_params_absurd": (
        "Keystore 的密钥派生参数不可能成立（{detail}）；文件已损坏或是伪造的。",
        ["不要在生成这个文件的软件里输入真实密码。",
         "找找这个 Keystore 的其他副本或备份。"],
    ),
    "keystore.kdf_memory_too_high": (
        "检查这个 Keystore 需要 {need_mib} MiB 内存，但只有 {available_mib} MiB 可用；walletdoc 没有开始。",
        ["关闭其他程序，或换一台内存更大的电脑运行检查。",
         "正规钱包最多用几百 MiB；需要多得多的内存，说明文件可能已损坏或是伪造的。"],
    ),
    "keystore.vault_bad_base64": (
        "保险库字段 `{field}` 不是有效的 base64；保险库文本已损坏或被截断。",
        ["从来源重新复制保险库（完整的字符串，从 {{ 到 }}）。", _KEEP],
    ),
    "keystore.vault_bad_length": (
        "保险库字段 `{field}` 的长度不可能成立（{length} 字节）；保险库已损坏。",
        ["从来源重新复制保险库（完整的字符串，从 {{ 到 }}）。", _KEEP],
    ),
    # -- 不是 Keystore
    "keystore.looks_like_eip2335": (
        "这是以太坊验证者（EIP-2335，第 4 版）Keystore，不是钱包 Keystore。",
        ["请用您的质押客户端或 staking-deposit-cli 处理验证者密钥。"],
    ),
    "keystore.looks_like_electrum": (
        "这看起来是 Electrum 钱包文件，不是受支持的 Keystore。",
        ["请用 Electrum 打开；要检查它的种子，请用 `walletdoc check mnemonic`。"],
    ),
    "keystore.looks_like_electrum_encrypted": (
        "这看起来是加密的 Electrum 钱包文件，不是受支持的 Keystore。",
        ["请用 Electrum 和您的钱包密码打开。"],
    ),
    "keystore.looks_like_presale": (
        "这看起来是以太坊预售钱包（2014 年），不是受支持的 Keystore。",
        ["请用支持预售文件的钱包导入（例如离线版 MyEtherWallet）。"],
    ),
    "keystore.looks_like_metamask_mobile": (
        "这看起来是 MetaMask 手机版的保险库，不受支持（只支持浏览器插件版的保险库）。",
        ["请在 MetaMask 手机版里用密码或助记词恢复钱包。"],
    ),
    "keystore.looks_like_unknown_json": (
        "这个 JSON 文件不是 walletdoc 认识的 Keystore（没有 v3 的 `crypto` 部分，也不是 MetaMask 保险库）。",
        ["确认选对了文件：v3 Keystore 含有 `crypto`、`kdf` 和 `ciphertext` 字段。"],
    ),
    "keystore.looks_like_json_not_object": (
        "这个文件是 JSON，但不是 JSON 对象，所以不是 Keystore。",
        ["确认选对了文件。"],
    ),
    "keystore.looks_like_sqlite": (
        "这是 SQLite 数据库（例如 Bitcoin Core 描述符钱包），不是受支持的 Keystore。",
        ["请用创建它的程序打开（Bitcoin Core：用 `bitcoin-cli loadwallet` 加载）。"],
    ),
    "keystore.looks_like_bitcoin_core": (
        "这看起来是 Bitcoin Core 的 wallet.dat（Berkeley DB），不是受支持的 Keystore。",
        ["请用 Bitcoin Core 打开；在副本上操作，不要动唯一的那份。"],
    ),
    "keystore.looks_like_binary": (
        "这是二进制文件，不是 walletdoc 认识的 Keystore。",
        ["确认选对了文件：Keystore 是一个很小的文本（JSON）文件。"],
    ),
    "keystore.looks_like_bip38": (
        "这看起来是 BIP38 加密私钥（以 6P 开头），不是 Keystore 文件。",
        ["请用支持 BIP38 的钱包解密（它会要求输入 BIP38 密码）。"],
    ),
    "keystore.looks_like_private_key": (
        "这看起来是未加密的私钥，不是 Keystore；任何看到它的人都能控制资产。",
        ["如果别人可能看过这个文件，请把资产转到一个新钱包。",
         "把文件离线保存；私钥妥善保管好之后，删除这个文件。"],
    ),
    "keystore.looks_like_xprv": (
        "这看起来是扩展私钥（xprv），不是 Keystore；任何看到它的人都能控制资产。",
        ["把文件离线保存；只导入您信任的钱包。"],
    ),
    "keystore.looks_like_mnemonic": (
        "这看起来是助记词，不是 Keystore；任何看到它的人都能控制资产。",
        ["用 `walletdoc check mnemonic --phrase-file FILE` 检查它。",
         "把文件离线保存；助记词抄写妥当之后，删除这个文件。"],
    ),
    "keystore.looks_like_text": (
        "这个文本文件不是 walletdoc 认识的 Keystore。",
        ["确认选对了文件：Keystore 是含有 `crypto` 部分的 JSON 文件。"],
    ),
    # -- 检查结果
    "keystore.format_v3": (
        "Web3 Secret Storage v3 Keystore，{kdf}（{params}）：{memory}，在这台电脑上每试一次密码约需 {seconds} 秒。",
        [],
    ),
    "keystore.format_metamask_vault": (
        "MetaMask 保险库，PBKDF2-SHA256（{params}）加 AES-256-GCM：在这台电脑上每试一次密码约需 {seconds} 秒。",
        [],
    ),
    "keystore.address_field_malformed": (
        "Keystore 的 `address` 字段不是有效地址；已忽略它。",
        ["私钥本身可能没问题：验证密码后即可看到真实地址。"],
    ),
    "keystore.no_password": (
        "没有提供密码，所以只检查了文件结构。",
        ["加上 --password-file FILE（或用管道传入密码）再运行一次，以验证密码。"],
    ),
    "keystore.wrong_password": (
        "这个密码打不开这个 Keystore（MAC 不匹配）。",
        ["检查键盘布局、大写锁定键，以及密码文件开头或结尾的空格。",
         _RECOVER,
         "密文损坏也会得到同样的结果：如果您确定密码没错，请找找其他副本。"],
    ),
    "keystore.damaged_after_mac": (
        "密码是对的，但里面的数据解密后不是有效的私钥；文件已损坏。",
        ["找找这个 Keystore 的其他副本或备份。", _KEEP],
    ),
    "keystore.password_ok": ("密码正确。", []),
    "keystore.address_missing": (
        "Keystore 没有 `address` 字段；这个私钥的地址是 {address}。",
        [],
    ),
    "keystore.address_matches": ("私钥的地址 {address} 与文件里的 `address` 字段一致。", []),
    "keystore.address_mismatch": (
        "私钥的地址是 {address}，但文件里写的是 {address_in_file}：文件被改过或者弄混了。",
        ["以私钥算出的地址为准，不要信字段；在区块浏览器上查一下这两个地址。",
         "如果您要找的是 {address_in_file}，正确的私钥在另一个文件里。"],
    ),
    "keystore.vault_extracted": ("在一个较大的文件里找到了 MetaMask 保险库，并从中读取。", []),
    "keystore.vault_unusual_iv": (
        "保险库的 iv 有 {length} 字节，而 MetaMask 写的是 16 字节；它可能不是 MetaMask 生成的。",
        [],
    ),
    "keystore.vault_wrong_password": (
        "这个密码打不开这个 MetaMask 保险库。",
        ["检查键盘布局、大写锁定键，以及密码文件开头或结尾的空格。",
         _RECOVER,
         "保险库复制不完整也会得到同样的结果：请重新完整复制整个字符串。"],
    ),
    "keystore.vault_content_unexpected": (
        "保险库打开了，但内容不是 MetaMask 的密钥环列表；它可能来自别的应用。",
        [_KEEP],
    ),
    "keystore.vault_summary": ("保险库里有 {keyrings} 个密钥环，共 {accounts} 个账户。", []),
    "keystore.vault_keyring_unreadable": (
        "保险库里有一个密钥环无法读取；已跳过。",
        ["在 MetaMask 里打开保险库，查看全部账户。"],
    ),
    "keystore.vault_phrase_invalid": (
        "保险库里的助记词不是有效的 BIP39 助记词，所以无法派生它的账户。",
        ["在您自己的终端上用 --reveal 显示它，再用 `walletdoc check mnemonic` 检查。"],
    ),
    "keystore.vault_many_accounts": (
        "保险库里的账户比 walletdoc 能列出的多；只显示前 {limit} 个。",
        [],
    ),
    "keystore.reveal_refused": (
        "没有显示助记词：--reveal 只在交互式终端上、且不加 --json 时才有效。",
        ["请在终端里运行命令，不要加 --json，也不要把输出接到管道。"],
    ),
    "keystore.reveal_none": ("这个文件里没有可显示的助记词。", []),
    # -- 界面文字
    "keystore.ui_reveal_heading": ("密钥环 {n} 的助记词（务必保密；看完后清屏）：", []),
    "keystore.ui_memory_mib": ("约 {mib} MiB 内存", []),
    "keystore.ui_memory_small": ("占用内存很少", []),
    "keystore.ui_format": ("格式", []),
    "keystore.ui_kdf": ("密钥派生", []),
    "keystore.ui_cost": ("每次尝试的开销", []),
    "keystore.ui_password": ("密码", []),
    "keystore.ui_address": ("地址", []),
    "keystore.ui_address_in_file": ("文件中的地址", []),
    "keystore.ui_accounts": ("账户", []),
    "keystore.ui_keyring": ("密钥环", []),
    "keystore.ui_path": ("派生路径", []),
    "keystore.ui_yes": ("正确", []),
    "keystore.ui_no": ("错误", []),
    "keystore.ui_unchecked": ("未检查", []),
    "keystore.ui_deriving": ("正在用密码推导密钥（这一步本来就故意很慢）…", []),
}
