"""`walletdoc gas` 的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "gas.eip1559": (
        "下一个区块的基础费 {next_base} gwei；建议小费 {low} / {medium} / {high} gwei（低 / 中 / 高）。",
        [],
    ),
    "gas.legacy": (
        "这条链没有 EIP-1559 基础费；建议 Gas 价格 {low} / {medium} / {high} gwei。",
        [],
    ),
    "gas.no_rewards": (
        "节点没有报告最近区块的小费；以下小费是最低建议值。",
        ["发送紧急交易前，先对照区块浏览器的 Gas 费追踪页面。"],
    ),
    "gas.ui_title": ("矿工费建议", []),
    "gas.ui_level": ("档位", []),
    "gas.ui_max_fee": ("最高费用 (gwei)", []),
    "gas.ui_tip": ("小费 (gwei)", []),
    "gas.ui_gas_price": ("Gas 价格 (gwei)", []),
    "gas.ui_wait": ("预计等待（区块数）", []),
    "gas.ui_unknown": ("未知", []),
}
