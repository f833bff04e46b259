"""与节点通信的消息：无法连接、超时、异常应答、链不对（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "rpc.url_missing": (
        "没有提供节点地址。",
        ["请用 --rpc URL（例如 http://127.0.0.1:8545）指定，或设置环境变量 WALLETDOC_RPC。"],
    ),
    "rpc.url_invalid": (
        "节点地址 {url} 不是 http:// 或 https:// 地址。",
        ["请提供您的节点或服务商的 JSON-RPC 地址，例如 https://host:8545。"],
    ),
    "rpc.hash_invalid": (
        "这不是交易哈希（应为 0x 加 64 位十六进制数字）。",
        ["从钱包或区块浏览器重新复制交易哈希。"],
    ),
    "rpc.address_invalid": (
        "这不是地址（应为 0x 加 40 位十六进制数字）。",
        ["从钱包重新复制地址。"],
    ),
    "rpc.address_checksum": (
        "地址大小写混用，但校验不对，可能输错了。",
        ["从钱包重新复制地址；或用 walletdoc check address 检查。"],
    ),
    "rpc.block_tag_invalid": ("这不是区块号或区块标签。", []),
    "rpc.raw_tx_invalid": ("原始交易不是以 0x 开头的十六进制。", []),
    "rpc.unreachable": (
        "无法连接 {url} 上的节点：{detail}。",
        ["检查地址是否正确、节点是否在运行，以及这台电脑能否访问它。",
         "一分钟后再试；如果一直失败，请换一个 RPC 节点。"],
    ),
    "rpc.timeout": (
        "{url} 上的节点在 {seconds} 秒内没有应答。",
        ["再试一次；如果节点繁忙或距离较远，用 --timeout 放宽时限。",
         "如果一直超时，请换一个 RPC 节点。"],
    ),
    "rpc.http_status": (
        "{url} 上的节点返回 HTTP {status}（{detail}）。",
        ["等一分钟再试；公共节点会限制请求频率。",
         "如果一直失败，请使用自己的节点或换一个服务商。"],
    ),
    "rpc.bad_response": (
        "节点返回了 walletdoc 无法读取的应答：{detail}。",
        ["确认这个地址是以太坊兼容节点的 JSON-RPC 接口。",
         "换一个 RPC 节点试试。"],
    ),
    "rpc.node_error": (
        "节点拒绝了 {method}：{detail}",
        ["检查您提供的数值；如果没问题，换一个 RPC 节点试试。"],
    ),
    "rpc.method_unsupported": (
        "节点不支持 {method}。",
        ["请使用提供这个方法的节点或服务商（自己的节点通常都提供）。"],
    ),
    "rpc.not_synced": (
        "{url} 上的节点还在同步，它的回答会是过时的。",
        ["等节点同步完成，或换一个 RPC 节点。"],
    ),
    "rpc.tx_indexing": (
        "{url} 上的节点还在为交易建立索引，暂时查不到这笔交易。",
        ["稍后再试，或换一个 RPC 节点。"],
    ),
    "rpc.wrong_chain": (
        "节点在 {actual}（链 ID {actual_id}）上，不是 {expected}（链 ID {expected_id}）。",
        ["请使用 {expected} 的 RPC 地址；如果您要的就是 {actual}，去掉 --chain。"],
    ),
    "rpc.chain_unknown": (
        "walletdoc 不认识链 {chain}。",
        ["请用数字给出链 ID，例如 --chain 1。"],
    ),
    "rpc.timeout_invalid": ("超时必须是大于零的秒数。", []),
}
