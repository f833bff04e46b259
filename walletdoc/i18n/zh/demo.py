"""`walletdoc demo` 的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "demo.done": (
        "演示完成：只凭一个地址就找回了受损的助记词，全程在本机完成，没有向任何地方发送数据。",
        ["用您自己的助记词试试：walletdoc recover mnemonic --address 您的地址（助记词会在隐藏输入中询问，"
         "不要直接写在命令行里）。",
         "在本机运行官方测试向量：walletdoc selftest。"],
    ),
}
