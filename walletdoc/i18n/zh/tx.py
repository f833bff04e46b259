"""`diagnose tx` 的消息（简体中文）。每条一句话；建议里先说下一步。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "tx.pending": (
        "这笔交易（nonce {nonce}）正在节点的交易池里等待，矿工费看起来正常（小费 {tip} gwei，最高费用 {cap} gwei）。",
        ["再等几个区块；它应该很快就会被打包。",
         "如果几分钟后还在等待，再运行一次这个检查。"],
    ),
    "tx.tip_too_low": (
        "小费（{tip} gwei）低于最近区块的水平（约 {recent} gwei），所以可能要等很久。",
        ["加速：walletdoc fix tx {tx} --speed-up（同一个 nonce，更高的矿工费）。",
         "或者取消：walletdoc fix tx {tx} --cancel。",
         "或者等待：网络不忙时它就会通过。"],
    ),
    "tx.fee_cap_below_base_fee": (
        "最高费用（{cap} gwei）低于当前基础费（{base} gwei），基础费降下来之前它无法被打包。",
        ["加速，把最高费用设到至少 {need} gwei：walletdoc fix tx {tx} --speed-up。",
         "或者等基础费降到 {cap} gwei 以下。",
         "或者取消：walletdoc fix tx {tx} --cancel。"],
    ),
    "tx.nonce_gap": (
        "交易 #{nonce} 在等待前面缺失的 nonce {missing}。",
        ["先用 nonce {missing} 发送（或重新广播）一笔交易；这笔会自动跟上。",
         "如果不想要这笔了，等空缺补上后再替换它：walletdoc fix tx {tx} --cancel。"],
    ),
    "tx.blocked_by_earlier_nonce": (
        "这笔交易（nonce {nonce}）必须等您更早的交易 #{first}（{hash}）确认之后才能确认。",
        ["诊断前面那笔：walletdoc diagnose tx {hash}。",
         "如果它卡住了，先加速或取消 #{first}（总是先处理最小的 nonce）。",
         "不要加速这一笔：它仍然会排在 #{first} 后面。"],
    ),
    "tx.waiting_for_earlier_nonce": (
        "这笔交易（nonce {nonce}）必须等同一账户的 nonce {first} 确认之后才能确认，而这个节点不公开交易池，"
        "所以前面那笔要么丢失了，要么卡住了。",
        ["在钱包的交易记录里找到 nonce 为 {first} 的交易。",
         "如果它存在并且卡住了，加速或取消它：walletdoc fix tx <它的交易哈希>。",
         "如果它不存在，用 nonce {first} 随便发送一笔交易来补上空缺。"],
    ),
    "tx.insufficient_funds": (
        "余额（{balance}）不够支付这笔交易和它前面的交易（{needed}）。",
        ["先给账户充值，然后等待。",
         "或者取消这笔交易：walletdoc fix tx {tx} --cancel。"],
    ),
    "tx.mined_success": (
        "已在区块 {block} 确认（{confirmations} 个确认；已最终确定：{finalized}）。",
        ["无需任何操作。如果收款方看不到，请确认他们查看的是同一条链、同一个地址。"],
    ),
    "tx.reverted": (
        "这笔交易已在区块 {block} 打包，但执行失败：{reason}。",
        ["矿工费已经花掉，nonce 也已用掉；没有转出任何资产。",
         "再次尝试前，先解决原因（例如合约提示的授权额度、余额或输入问题）。",
         "先试一下：发送前，钱包的预估应该能成功。"],
    ),
    "tx.out_of_gas": (
        "这笔交易在区块 {block} 中 Gas 耗尽：它用完了全部 {gas} 的 Gas 上限。",
        ["用更高的 Gas 上限重新发送（让钱包估算，再留一些余量）。",
         "如果很高的上限也失败，说明这个调用本身无法成功；请检查合约和输入。"],
    ),
    "tx.replaced": (
        "nonce {nonce} 已被 {by} 使用，所以这笔交易永远不会确认。",
        ["查看替换它的交易：walletdoc diagnose tx {by}。",
         "如果那是您自己的加速或取消，就不需要再做什么。"],
    ),
    "tx.dropped": (
        "我们询问的节点都不知道这笔交易，而且它的 nonce {nonce} 在 {chain} 上仍未使用。",
        ["如果还保存着同一笔已签名的原始交易，重新广播它。",
         "或者用同一个 nonce、按当前矿工费签一笔新交易。",
         "发送前，确认账户够支付转账金额加矿工费。"],
    ),
    "tx.not_found": (
        "这个节点（{chain}，链 ID {chain_id}）不知道这笔交易。",
        ["确认这是您发送交易时用的链；在那条链的区块浏览器上查这个哈希（{explorers}）。",
         "如果知道发送地址和 nonce，加上 --from 地址 --nonce N 再运行，以区分交易是丢失了还是被替换了。",
         "刚发送的交易可能要几秒才到达这个节点；稍后再试。"],
    ),
    "tx.hash_looks_non_evm": (
        "这个哈希没有 0x 前缀，比特币和波场（TRON）浏览器就是这样显示交易 ID 的。",
        ["如果您是在比特币或波场上转账，请到那条链的区块浏览器查询：本命令只检查以太坊类（EVM）链。",
         "如果您是在 EVM 链上转账，请确认节点就是您转账时使用的网络。"],
    ),
    "tx.receipt_unavailable": (
        "节点说这笔交易在区块 {block} 里，但还没有它的回执。",
        ["一分钟后再试；节点可能还在建立索引。"],
    ),
    "tx.from_nonce_together": (
        "--from 和 --nonce 必须一起使用。",
        ["同时提供发送地址和这笔交易的 nonce，或者都不提供。"],
    ),
    "tx.nonce_invalid": ("nonce 必须是从 0 开始的整数。", []),
    "tx.ui_heading": ("交易", []),
    "tx.ui_status": ("状态", []),
}

MESSAGES.update({
    "tx.ui_row_status": ('状态', []),
    "tx.ui_row_chain": ('链', []),
    "tx.ui_row_hash": ('交易哈希', []),
    "tx.ui_row_from": ('发送方', []),
    "tx.ui_row_to": ('接收方', []),
    "tx.ui_row_nonce": ('nonce', []),
    "tx.ui_row_block": ('区块', []),
    "tx.ui_row_confirmations": ('确认数', []),
    "tx.ui_row_gas": ('Gas 用量 / 上限', []),
    "tx.ui_row_max_fee": ('最高费用', []),
    "tx.ui_row_priority_fee": ('小费', []),
    "tx.ui_row_next_base_fee": ('下一区块基础费', []),
    "tx.ui_row_revert_reason": ('失败原因', []),
    "tx.ui_row_replaced_by": ('被替换为', []),
})
