"""`diagnose address` 的消息（简体中文）。每条一句话；建议里先说下一步。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "account.idle": (
        "没有等待中的交易：下一个 nonce 是 {nonce}，余额是 {balance}。",
        ["无需任何操作。"],
    ),
    "account.pending": (
        "有 {count} 笔交易从 nonce {first} 开始等待确认；第一笔的矿工费看起来正常"
        "（小费 {tip} gwei，最高费用 {cap} gwei）。",
        ["再等几个区块；如果还没确认，再运行一次这个检查。"],
    ),
    "account.stuck": (
        "交易 #{nonce}（{hash}）卡住了，还挡住了后面 {count} 笔交易：{why}",
        ["先处理 #{nonce}（总是先处理最小的 nonce）：walletdoc fix tx {hash} --speed-up 加速。",
         "或者取消它：walletdoc fix tx {hash} --cancel。",
         "之后的交易会自动继续。"],
    ),
    "account.nonce_gap": (
        "有 {count} 笔交易排在缺失的 nonce {missing} 后面。",
        ["用缺失的 nonce 发送（或重新广播）交易；排队的交易会自动跟上。",
         "节点几小时后会忘记排队的交易；如果它们消失了，请重新广播。"],
    ),
    "account.insufficient_funds": (
        "余额（{balance}）不够支付等待中的交易（{needed}）。",
        ["给账户充值，或取消不再需要的交易。"],
    ),
    "account.txpool_unsupported": (
        "这个节点不公开它的交易池；它只报告有 {count} 笔交易在等待。",
        ["想看完整情况，请使用提供 txpool_content 的节点（自己的节点通常都提供）。"],
    ),
    "account.waiting_unknown": (
        "有 {count} 笔交易从 nonce {first} 开始等待，但这个节点无法显示是哪些。",
        ["在钱包的交易记录里找到 nonce 为 {first} 的交易，然后诊断它：walletdoc diagnose tx 交易哈希。"],
    ),
    "account.ui_heading": ("地址", []),
}

MESSAGES.update({
    "account.ui_pending": ('等待中', []),
    "account.ui_queued": ('排队中', []),
    "account.ui_nonce": ('nonce', []),
    "account.ui_hash": ('交易哈希', []),
    "account.ui_max_fee": ('最高费用', []),
    "account.ui_tip": ('小费', []),
})
