"""`walletdoc check address` 的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "address.empty": ("没有提供地址。", ["把地址作为参数传入：walletdoc check address 地址。"]),
    "address.too_long": (
        "输入有 {length} 个字符，比任何地址都长得多。",
        ["只复制地址本身，不要带上周围的文字。"],
    ),
    "address.binary": (
        "输入里含有控制字符或非文本字节。",
        ["从钱包或区块浏览器重新复制地址，以纯文本粘贴。"],
    ),
    "address.valid": ("这是一个有效的 {what} 地址。", []),
    "address.valid_many": (
        "这个地址在多条链上都有效：{what}。",
        ["转账前，先在钱包里确认它是为哪个网络生成的。"],
    ),
    "address.hidden_characters": (
        "地址里混入了 {count} 个看不见的字符或空格，是和地址一起粘贴进来的。",
        ["请使用清理后的地址 {cleaned}（或重新复制，不要带多余字符）。",
         "如果这段地址不是您自己粘贴的，请对来源保持警惕。"],
    ),
    "address.evm_unchecked": (
        "地址有效，但全部是同一种大小写，所以没有 EIP-55 校验来发现输错的字符。",
        ["和来源逐个字符对照，或使用带校验的写法 {normalized}。"],
    ),
    "address.evm_checksum_wrong": (
        "大小写字母与 EIP-55 校验不符：很可能输错了一个字符。",
        ["不要向它转账。请从来源重新复制地址，不要手动重打。",
         "如果您确定每个字符都对，带校验的写法应是 {normalized}。"],
    ),
    "address.evm_missing_0x": (
        "这看起来是以太坊类地址，但缺少 0x 前缀。",
        ["请加上前缀：{normalized}。"],
    ),
    "address.checksum_wrong": (
        "这看起来是 {what} 地址，但校验和不匹配：很可能有字符写错或漏掉了。",
        ["不要向它转账。请从来源重新复制地址，不要手动重打。",
         "walletdoc 无法判断是哪个字符错了；请地址的主人重新提供一次。"],
    ),
    "address.bech32_mixed_case": (
        "地址里大小写字母混用，而 bech32 地址从不这样写。",
        ["请全部写成小写：{normalized}。"],
    ),
    "address.truncated": (
        "这看起来是 {what} 地址的开头，但太短了（{length} 个字符，应为 {expected} 个）。",
        ["复制时被截掉了一部分：请重新复制完整的地址。"],
    ),
    "address.wrong_length": (
        "这看起来是 {what} 地址，但有 {length} 个字符，而不是 {expected} 个。",
        ["请从来源重新复制地址；多了或少了一个字符。"],
    ),
    "address.unrecognized": (
        "walletdoc 无法识别这个地址（支持比特币、莱特币、狗狗币、比特币现金、以太坊/EVM、波场 TRON）。",
        ["确认您复制的是地址，而不是交易哈希、公钥或私钥。"],
    ),
    "address.chain_mismatch": (
        "这是 {found} 地址，不是 {expected} 地址。",
        ["不要向它转 {expected} 币：请对方提供一个 {expected} 地址。",
         "如果已经转过去了，{found} 钱包的主人也许能用同一组助记词找回这些币。"],
    ),
    "address.evm_on_tron": (
        "这是以太坊类的 0x 地址；波场 TRON 地址以 T 开头。",
        ["不要向这个 0x 地址转 TRON 资产。如果您在 TRON 钱包里掌握这个私钥，它的 TRON 地址是 {tron}。",
         "请收款方提供他们的 TRON（T…）地址。"],
    ),
    "address.tron_on_evm": (
        "这是波场 TRON 地址；以太坊和其他 EVM 链使用 0x 地址。",
        ["不要向它转 EVM 资产。请收款方提供他们的 0x 地址。"],
    ),
    "address.tron_hex_form": (
        "这是十六进制写法（41…）的 TRON 地址；钱包里显示为 {normalized}。",
        ["在钱包里请使用 T… 写法 {normalized}；十六进制写法是给 API 用的。"],
    ),
    "address.bch_legacy_also_btc": (
        "这种旧格式地址在比特币和比特币现金上都有效；在比特币现金上写作 {cashaddr}。",
        ["确认转账双方用的是同一个网络：转到另一个网络的币会进入同一私钥在那个网络上的钱包，"
         "需要用那个网络的钱包才能取回。"],
    ),
    "address.ltc_legacy_p2sh": (
        "在莱特币上，这是 P2SH 地址的旧 3… 写法；现在的莱特币钱包用 M 开头的写法。",
        ["确认收款方要的确实是莱特币，而不是比特币。"],
    ),
    "address.ui_candidates": ("这个地址可能是", []),
    "address.ui_chain": ("链", []),
    "address.ui_kind": ("类型", []),
    "address.ui_checksum": ("校验", []),
    "address.ui_normalized": ("地址", []),
}

MESSAGES.update({
    "address.ui_checksum_ok": ('正确', []),
    "address.ui_checksum_wrong": ('错误', []),
})
