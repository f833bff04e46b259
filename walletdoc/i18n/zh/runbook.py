"""各检查领域的客服指引（简体中文）：该问用户什么，绝不能问什么。

由 walletdoc.support.runbook 读取，生成 docs/support.zh.md 和 `walletdoc --lang zh explain CODE`。
"""

NEVER_ASK = [
    "绝不要索要助记词、其中任何一个单词、BIP39 密语（passphrase）、Keystore 密码、私钥，"
    "也不要索要 Keystore 文件或保险库文件。walletdoc 在用户自己的电脑上运行；客服从来不需要这些。",
    "绝不要让用户把任何机密信息粘贴到聊天、邮件、表单或命令行里。",
]

DOMAINS: dict[str, dict[str, list[str]]] = {
    "mnemonic": {
        "about": ["检查用户输入或保存的助记词（BIP39、Electrum、SLIP39 分片）。"],
        "ask": ["助记词有几个单词，是哪个钱包创建的（比特派 Bitpie、imToken、MetaMask、Ledger …）。",
                "创建钱包时，钱包是否显示过密语（passphrase）/“第 25 个单词”选项。",
                "把 `walletdoc --json check mnemonic` 的输出保存成文件，再通过 `walletdoc report` 发送。"],
    },
    "recover": {
        "about": ["在用户自己的电脑上搜索受损的助记词或忘记的密码。"],
        "ask": ["钱包以前显示过的一个公开地址（收款地址），以及是哪条链。",
                "哪些单词不确定或缺失——只问位置，绝不问单词本身。",
                "`walletdoc report` 里的搜索摘要（搜索空间、已尝试数量、耗时秒数）。"],
    },
    "keysearch": {
        "about": ["在用户自己的电脑上搜索忘记的 Keystore 或 MetaMask 保险库密码。"],
        "ask": ["是哪种文件（MetaMask 保险库，或 MEW/MyCrypto/imToken 等导出的 Keystore 文件）。",
                "用户平时怎样设置密码（长度、组成部分、年份等）——只问大致习惯，绝不问密码本身。",
                "`walletdoc report` 里的搜索摘要（搜索空间、已尝试数量、耗时秒数）。"],
    },
    "keystore": {
        "about": ["检查 Keystore 文件（Web3 Secret Storage v3）或 MetaMask 保险库（vault）。"],
        "ask": ["文件是哪个应用导出的，大约是什么时候。",
                "通过 `walletdoc report` 发送的 `walletdoc --json check keystore FILE` 输出"
                "（里面不含密文）。"],
    },
    "address": {
        "about": ["一个地址可能属于哪条链、哪种类型，以及它的校验是否正确。"],
        "ask": ["原样复制的地址（地址是公开信息）。",
                "用户转账或收款时选择的是哪个网络。"],
    },
    "derive": {
        "about": ["按各个钱包的派生路径，从用户的助记词派生出的地址。"],
        "ask": ["助记词被恢复到了哪个钱包，旧钱包当时显示的是哪个地址。"],
    },
    "tx": {
        "about": ["一笔交易在链上的情况：等待中、卡住、失败、被替换或丢失。"],
        "ask": ["交易哈希和网络（以太坊、BSC、Polygon …）。",
                "用户是否在钱包里点过加速或取消。"],
    },
    "account": {
        "about": ["一个地址在链上的状态：nonce、等待中和排队中的交易、余额。"],
        "ask": ["发送地址和网络。"],
    },
    "gas": {
        "about": ["根据用户节点上最近区块给出的矿工费建议。"],
        "ask": ["网络，以及这笔交易有多紧急。"],
    },
    "fix": {
        "about": ["在用户自己的电脑上构建并签名的加速和取消替换交易。"],
        "ask": ["卡住的那笔交易的哈希。由用户在本机签名；客服永远看不到私钥。"],
    },
    "rpc": {
        "about": ["通过 JSON-RPC 连接用户的节点。"],
        "ask": ["用户使用的是哪个节点或服务商（只问名称；URL 里可能带有 API 密钥）。"],
    },
    "input": {
        "about": ["提供给 walletdoc 的内容有问题（文件、选项、写在命令行里的机密信息）。"],
        "ask": ["用户运行的确切命令，其中任何机密信息都要换成 ***。"],
    },
    "report": {"about": ["生成客服报告。"], "ask": []},
    "selftest": {"about": ["在这台电脑上运行自带的官方测试向量。"],
                 "ask": ["`walletdoc selftest` 的输出。"]},
    "dask": {"about": ["在用户自己的 Dask 集群上运行搜索。"],
             "ask": ["用户有几台电脑、多少个核心；并确认这些都是用户自己的电脑。"]},
    "scan": {"about": ["一组助记词的哪些派生路径在链上用过。"],
             "ask": ["用户认为资产在哪些链上。"]},
    "ui": {"about": ["界面文字。"], "ask": []},
}
