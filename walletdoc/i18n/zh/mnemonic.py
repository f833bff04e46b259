"""`check mnemonic` 及助记词单词层的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "mnemonic.ok": (
        "这是一组有效的 {words} 个单词的 BIP39 助记词（{language}）。",
        [
            "在支持 BIP39 的钱包里恢复它；如果余额显示为零，运行 `walletdoc derive` 或 "
            "`walletdoc scan` 找出账户的派生路径和密语（passphrase）。"
        ],
    ),
    "mnemonic.empty": (
        "助记词里没有找到任何单词。",
        ["把单词写进一个文件，写成一行，用空格分隔，然后用 --phrase-file 传入。"],
    ),
    "mnemonic.too_many_words": (
        "输入有 {words} 个单词；助记词只有 12、15、18、21 或 24 个单词。",
        ["确认文件里只有助记词，没有别的内容。"],
    ),
    "mnemonic.word_count": (
        "这组助记词有 {words} 个单词；BIP39 助记词是 12、15、18、21 或 24 个单词。",
        [
            "和您的备份逐个对照：可能漏了一个单词，或者写重了一个。",
            "如果缺了单词，`walletdoc recover mnemonic --length {expected}` 可以帮您找回。",
        ],
    ),
    "mnemonic.unknown_word": (
        "第 {position} 个单词不在 {language} BIP39 词表里。",
        [
            "对照备份检查第 {position} 个单词。最可能是：{suggestions}。",
            "`walletdoc recover mnemonic` 可以替您尝试最可能的更正。",
        ],
    ),
    "mnemonic.marked_unknown": (
        "有 {count} 个单词用 '?' 标为未知（位置 {positions}）：找到它们之前无法校验这组助记词。",
        [
            "`walletdoc recover mnemonic --address ADDR` 会为每个 '?' 尝试所有单词"
            "（请提供钱包曾显示过的一个地址）。",
        ],
    ),
    "mnemonic.unknown_language": (
        "这些单词不属于任何一种 BIP39 词表。",
        [
            "确认这是助记词：BIP39 助记词来自 2048 个单词的词表之一"
            "（英文、日文、韩文、西班牙文、中文、法文、意大利文、捷克文、葡萄牙文）。"
        ],
    ),
    "mnemonic.checksum_invalid": (
        "每个单词都有效，但校验和不匹配：有一个或多个单词写错了，或者顺序不对。",
        [
            "和备份逐个对照每个单词和它的位置（注意相似的单词，例如 'wing' / 'wine'）。",
            "`walletdoc recover mnemonic --address ADDR` 可以找出写错或顺序颠倒的单词。",
        ],
    ),
    "mnemonic.language_ambiguous": (
        "这些单词同时属于 {languages} 词表；walletdoc 分别做了检查。",
        ["恢复时请选择钱包创建助记词时显示的语言：不同语言得到的种子不同。"],
    ),
    "mnemonic.tolerated": (
        "检查前已对输入做了规范化处理：{changes}。",
        ["钱包只需要单词本身：小写，单词之间用一个空格分隔。"],
    ),
    "mnemonic.electrum_seed": (
        "这是 Electrum 种子（{kind}），不是 BIP39：请在 Electrum 里恢复，其他钱包会显示不同的地址。",
        [
            "在 Electrum 中：文件 > 新建/恢复 > 标准钱包 > 我已经有种子。",
            "不要在 BIP39 钱包里恢复它：地址和余额都会不一样。",
        ],
    ),
    "mnemonic.electrum_2fa": (
        "这是 Electrum 双重验证种子（{kind}），不是 BIP39：请在 Electrum 里作为双重验证（2FA）钱包恢复。",
        ["在 Electrum 中：文件 > 新建/恢复 > 双重验证钱包 > 我已经有种子。"],
    ),
    "mnemonic.electrum_also": (
        "这些单词碰巧也能组成一个有效的 Electrum {kind} 种子（大约每 256 组就有 1 组如此）。",
        ["如果您用的是 BIP39 钱包，无需处理；如果当初用的是 Electrum，请在 Electrum 里恢复。"],
    ),
    "mnemonic.electrum_old_seed": (
        "这是旧版 Electrum 种子（2.0 版之前），不是 BIP39：请在 Electrum 里恢复。",
        ["在 Electrum 中：文件 > 新建/恢复 > 标准钱包 > 我已经有种子。"],
    ),
    "mnemonic.electrum_old_also": (
        "这些单词也能组成一个有效的旧版（2.0 之前）Electrum 种子。",
        ["如果您用的是 BIP39 钱包，无需处理；如果当初用的是旧版 Electrum 钱包，请在 Electrum 里恢复。"],
    ),
    "mnemonic.slip39_share": (
        "这是 {words} 个单词的 Shamir（SLIP-39）分片，不是 BIP39 助记词：请在 Trezor 或兼容钱包里合并分片。",
        [
            "凑齐达到门限数量的分片，在 Trezor（或兼容钱包）里用“恢复钱包”功能恢复。"
        ],
    ),
    "mnemonic.slip39_checksum_invalid": (
        "这看起来是 Shamir（SLIP-39）分片，但校验和不匹配：有一个单词写错了。",
        ["和分片卡片逐个对照每个单词和它的位置。"],
    ),
    "mnemonic.known_phrase": (
        "这是一组公开的助记词（{source}）：转到它的地址上的资产都会被机器人立刻转走。",
        [
            "绝不要向用这组助记词创建的钱包转入资产。",
            "如果您曾用它做真实钱包，请立即在可信设备上创建新的助记词，并把资产转过去。",
        ],
    ),
    "mnemonic.bad_language": (
        "未知语言 '{language}'。",
        ["请使用以下之一：{choices}。"],
    ),
    "mnemonic.binary_input": (
        "助记词输入里含有二进制数据，不是文本。",
        ["把单词放进一个纯文本（UTF-8）文件，用 --phrase-file 传入。"],
    ),
    "mnemonic.ui_verdict_valid": ("有效的 BIP39 助记词", []),
    "mnemonic.ui_language": ("语言", []),
    "mnemonic.ui_words": ("单词数", []),
    "mnemonic.ui_checksum": ("校验和", []),
    "mnemonic.ui_electrum": ("Electrum 种子", []),
    "mnemonic.ui_yes": ("是", []),
    "mnemonic.ui_no": ("否", []),
    "mnemonic.ui_none": ("—", []),
}
