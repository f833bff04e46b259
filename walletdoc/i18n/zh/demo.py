"""`walletdoc demo` 的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "demo.done": (
        "演示完成：只凭一个地址就找回了受损的助记词，全程在本机完成，没有向任何地方发送数据。",
        ["用您自己的助记词试试：walletdoc recover mnemonic --address 您的地址（助记词会在隐藏输入中询问，"
         "不要直接写在命令行里）。",
         "在本机运行官方测试向量：walletdoc selftest。"],
    ),
}

MESSAGES.update({
    "demo.ui_step_check": ('1/3  walletdoc check mnemonic —— 用户抄下的助记词：', []),
    "demo.ui_damage": ('（第 4 个单词看不清，第 9 个单词拼错了）', []),
    "demo.ui_step_recover": ('2/3  walletdoc recover mnemonic --address {address}', []),
    "demo.ui_step_derive": ('3/3  walletdoc derive --wallet metamask —— 用找回的助记词派生出钱包的前几个地址：', []),
    "demo.ui_known_address": ('← 用户记得的那个地址', []),
})
