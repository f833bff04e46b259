"""`walletdoc derive` 及派生库的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "derive.bad_path": (
        "派生路径 {path} 无效。",
        ["请写成 m/44'/60'/0'/0/0 这样：以 'm' 开头，数字用 '/' 分隔，硬化层级加 '（或 h）。"],
    ),
    "derive.bad_seed": ("种子长度必须是 16 到 64 字节。", []),
    "derive.bad_script": (
        "{chain} 没有 {script} 类型的地址。",
        ["请使用以下之一：{allowed}。"],
    ),
    "derive.unknown_chain": (
        "路径 {path} 没有指明 walletdoc 认识的链（币种编号）。",
        ["请用 --chain 指定链（btc、ltc、doge、bch、eth、trx）。"],
    ),
    "derive.private_keys_need_terminal": (
        "私钥只会显示在终端屏幕上，绝不会输出到管道、文件或 JSON。",
        ["请在终端里运行命令，不要加 --json，也不要重定向输入或输出。",
         "去掉 --show-private-keys，只查看地址。"],
    ),
    "derive.unknown_wallet": (
        "walletdoc 在所选的链上没有名为 {wallet} 的钱包预设。",
        ["请使用以下之一：{known}。", "或者用 --path 直接指定派生路径。"],
    ),
    "derive.need_script": (
        "walletdoc 无法从路径 {path} 判断地址类型。",
        ["请加上 --script，取值之一：{allowed}。"],
    ),
    "derive.preset_unverified": (
        "{wallet} 的派生路径没有公开来源可以确认；walletdoc 按标准路径派生。",
        ["如果这些地址里没有您要找的那个，试试其他钱包的预设，或用 --path 指定路径。"],
    ),
    "derive.phrase_invalid": (
        "这组助记词不是有效的 BIP39 助记词（有未知单词、单词数不对或校验和不符）。",
        ["运行 walletdoc check mnemonic 查看哪个单词有问题。",
         "如果有单词缺失或拼错，walletdoc recover mnemonic 可以找出正确的助记词。"],
    ),
    "derive.done": ("已派生 {count} 个地址。", []),
    "derive.no_passphrase": (
        "没有使用 BIP39 密语（passphrase）；加了密语，同一组助记词会得到完全不同的地址。",
        ["如果钱包设置过密语（“第 25 个单词”、Trezor 隐藏钱包），请加上 --ask-passphrase 再运行一次。"],
    ),
    "derive.ui_private_key_warning": (
        "警告：下面是私钥。任何看到私钥的人都能拿走资产。请确认没有人在看您的屏幕，也没有任何录屏。",
        [],
    ),
    "derive.ui_title": ("派生出的地址", []),
    "derive.ui_chain": ("链", []),
    "derive.ui_wallet": ("钱包", []),
    "derive.ui_path": ("派生路径", []),
    "derive.ui_script": ("类型", []),
    "derive.ui_address": ("地址", []),
    "derive.ui_private_key": ("私钥", []),
}
