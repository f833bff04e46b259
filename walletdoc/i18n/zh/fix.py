"""`walletdoc fix tx`（加速 / 取消）及本机签名的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "fix.already_mined": (
        "这笔交易已在区块 {block} 确认；没有什么可加速或取消的。",
        ["运行 walletdoc diagnose tx {hash} 查看它的结果。",
         "如果它执行失败了，请发送一笔新交易；已确认的交易永远无法被替换。"],
    ),
    "fix.tx_not_found": (
        "节点不知道交易 {hash}，所以没有等待中的交易可以替换。",
        ["运行 walletdoc diagnose tx {hash}，查明它是丢失了、被替换了，还是发到了别的链上。",
         "如果丢失了，而您保存了已签名的原始交易，就重新广播它。"],
    ),
    "fix.unsupported_type": (
        "walletdoc 无法为这次处理重建类型 {type} 的交易。",
        ["使用 --cancel（用同一个 nonce 给自己转 0），或用创建它的钱包处理。"],
    ),
    "fix.chain_mismatch": (
        "这笔交易是为链 {tx_chain} 签名的，但节点在链 {node_chain} 上。",
        ["请用 --rpc 指定交易发送所在网络的节点地址。"],
    ),
    "fix.not_lowest_nonce": (
        "nonce {nonce} 必须等 nonce {lowest} 确认后才能确认，而后者仍未完成；请先处理最小的 nonce。",
        ["先加速或取消 nonce 为 {lowest} 的交易（walletdoc fix tx 交易哈希 --speed-up）。",
         "之后的交易会按顺序确认；只有这一笔仍然卡住时才替换它。"],
    ),
    "fix.blocking_tx": (
        "占用 nonce {lowest} 的交易是 {hash}。",
        ["用同样的私钥选项运行 walletdoc fix tx {hash} --speed-up（或 --cancel）。"],
    ),
    "fix.insufficient_funds": (
        "余额（{balance} ETH）不够支付替换交易的最高费用（{cost} ETH）。",
        ["给这个地址充值，或使用 --cancel：它不转出金额，Gas 用量也最少。"],
    ),
    "fix.fee_above_rpc_cap": (
        "这笔替换交易的矿工费最多可能达到 {fee} ETH；geth 和 reth 节点默认拒绝超过 1 ETH 的矿工费。",
        ["请确认这确实是您愿意支付的金额。",
         "如果节点拒绝（tx fee exceeds the configured cap），请换一个 --rpc.txfeecap 更高的节点。"],
    ),
    "fix.delegated_sender": (
        "这个地址设置了委托代码（EIP-7702）；给自己转账会执行这段代码，可能失败。",
        ["取消交易即使执行失败也会用掉这个 nonce，而这正是取消所需要的；"
         "之后用 walletdoc diagnose tx 查看结果。"],
    ),
    "fix.plan_speed_up": (
        "加速 nonce {nonce}：最高费用 {cap} gwei，小费 {tip} gwei，总计最多 {cost} ETH。",
        [],
    ),
    "fix.plan_cancel": (
        "取消 nonce {nonce}（给自己转 0 ETH）：最高费用 {cap} gwei，小费 {tip} gwei，矿工费最多 {cost} ETH。",
        [],
    ),
    "fix.plan_speed_up_legacy": (
        "加速 nonce {nonce}：Gas 价格 {price} gwei，总计最多 {cost} ETH。",
        [],
    ),
    "fix.plan_cancel_legacy": (
        "取消 nonce {nonce}（给自己转 0 ETH）：Gas 价格 {price} gwei，矿工费最多 {cost} ETH。",
        [],
    ),
    "fix.signed": ("已在本机签好替换交易 {hash}。", []),
    "fix.not_broadcast": (
        "尚未发送：已签名的交易显示在下方。",
        ["加上 --broadcast 再运行一次即可发送，或用其他工具发送这笔原始交易。"],
    ),
    "fix.declined": ("未发送：您选择了不发送。", []),
    "fix.broadcast_ok": (
        "已发送：节点接受了替换交易 {hash}。",
        ["用 walletdoc diagnose tx {hash} 跟踪它；它一旦确认，原来的交易 {replaced} 就不会再确认。"],
    ),
    "fix.broadcast_rejected": (
        "节点拒绝了替换交易：{reason}",
        ["运行 walletdoc diagnose tx {replaced} 查看当前状态，然后再试。"],
    ),
    "fix.broadcast_needs_yes": (
        "没有人能在终端上确认时，--broadcast 需要同时加 --yes。",
        ["加上 --yes 直接发送、不再询问，或者在终端里运行命令。"],
    ),
    "fix.mode_required": (
        "请说明要做什么：--speed-up（加速）或 --cancel（取消），只能选一个。",
        ["示例：walletdoc fix tx 交易哈希 --rpc URL --speed-up --keystore KEYFILE"],
    ),
    "fix.key_options": (
        "私钥只能用一种方式提供：--keystore 加 --password-file，或者助记词（--phrase-file），不能两者都给。",
        [],
    ),
    "fix.tip_invalid": ("--tip-gwei 必须是 0 到 100000 之间的 gwei 数值，收到的是 {value}。", []),
    "fix.hash_invalid": ("{value} 不是交易哈希（应为 0x 加 64 位十六进制数字）。", []),
    "fix.key_mismatch": (
        "这个私钥对应 {key_address}，但交易是从 {tx_from} 发出的；没有签名任何东西。",
        ["请使用 {tx_from} 的 Keystore 文件或助记词（以及 --path）。"],
    ),
    "fix.key_invalid": ("这不是有效的 secp256k1 私钥。", []),
    "fix.keystore_invalid": ("Keystore 文件无法使用：{detail}。", []),
    "fix.keystore_wrong_password": (
        "这个密码打不开这个 Keystore。",
        ["检查密码文件（不要有多余的空格）；walletdoc recover keystore 可以帮您找回密码。"],
    ),
    "fix.phrase_invalid": (
        "这组助记词不是有效的 BIP39 助记词。",
        ["运行 walletdoc check mnemonic 找出写错的单词。"],
    ),
    "fix.path_invalid": ("{path} 不是派生路径（示例：m/44'/60'/0'/0/0）。", []),
    "fix.sign_failed": ("签名替换交易失败（{kind}）；没有发送任何东西。", []),
    "fix.ui_plan": ("替换方案", []),
    "fix.ui_confirm": ("现在发送这笔替换交易吗？", []),
    "fix.ui_raw_tx": ("已签名的原始交易", []),
    "fix.ui_blocking_plan": ("nonce {nonce} 的方案（先处理这一笔）", []),
}

MESSAGES.update({
    "fix.ui_row_mode": ('方式', []),
    "fix.ui_row_nonce": ('nonce', []),
    "fix.ui_row_from": ('发送方', []),
    "fix.ui_row_to": ('接收方', []),
    "fix.ui_row_value": ('金额 (ETH)', []),
    "fix.ui_row_gas": ('Gas 上限', []),
    "fix.ui_row_max_fee_per_gas": ('最高费用 (gwei)', []),
    "fix.ui_row_max_priority_fee_per_gas": ('小费 (gwei)', []),
    "fix.ui_row_gas_price": ('Gas 价格 (gwei)', []),
    "fix.ui_row_max_cost": ('最多花费 (ETH)', []),
    "fix.ui_row_replaces": ('替换的交易', []),
})
