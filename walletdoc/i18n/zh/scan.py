"""`walletdoc scan`、链上活动查询，以及不知道地址时恢复助记词的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "scan.answer": (
        "您的资产在：{places}。",
        ["把助记词导入使用该派生路径的钱包（见表格），或运行 "
         "`walletdoc derive --chain {chain} --path \"{path}\" --script {script}` 得到那个地址和它的私钥。",
         "转移任何资产前，先在区块浏览器上核对这个地址。"],
    ),
    "scan.nothing_found": (
        "在 {chains} 上检查的 {checked} 个地址都从未使用过。",
        ["如果钱包设置过 BIP39 密语（“第 25 个单词”、Trezor“隐藏钱包”），请加上 "
         "--passphrase-file（每行一个候选）再扫描一次。",
         "扫描钱包里存放过的其他链（--chain btc 配 --esplora，--chain eth 配 --rpc）。",
         "确认节点在正确的网络上并且已完全同步；调大 --gap 或 --accounts。",
         "只收过代币（ERC-20，从未发出过交易）的地址，这个检查看不到：请在区块浏览器上查这些地址"
         "（scan --offline 会列出它们）。"],
    ),
    "scan.needs_passphrase": (
        "这些地址来自加了 BIP39 密语的助记词（表格里注明了密语在您文件中的第几行）："
        "恢复时请在钱包的“密语 / 隐藏钱包”选项里输入它。",
        [],
    ),
    "scan.wallet_note": ("{wallet}：{note}", []),
    "scan.truncated": (
        "扫描在 {limit} 个地址后停止；这个钱包用过的地址比 walletdoc 能追踪的还多。",
        ["请用完整的钱包（或您自己的索引器）导入这组助记词，查看全部内容。"],
    ),
    "scan.offline": (
        "已在 {chains} 上派生 {count} 个地址；没有在线查询任何东西。",
        ["在区块浏览器或您自己的节点上查这些地址；第一个用过的地址就指明了钱包的派生路径。",
         "或者在您自己的节点上用 --rpc（EVM）/ --esplora（类比特币链）运行 scan。"],
    ),
    "scan.privacy": (
        "发给 {where} 的只有地址，但运营方能看到查询了哪些地址，并把它们和您联系起来。",
        ["优先使用您自己的节点或信任的节点；也可以用 --offline 只列出地址。"],
    ),
    "scan.need_node": (
        "scan 需要一个可以查询的节点：--rpc URL（EVM 链）、--esplora URL（类比特币链），或者 --offline。",
        ["示例：walletdoc scan --rpc http://127.0.0.1:8545，或 --esplora http://127.0.0.1:3002。"],
    ),
    "scan.need_rpc": (
        "扫描 {chain} 需要一个 EVM JSON-RPC 节点（--rpc URL）。",
        ["用 --rpc 提供您节点的地址，或用 --offline 列出地址。"],
    ),
    "scan.need_esplora": (
        "扫描 {chain} 需要一个兼容 Esplora 的服务器（--esplora URL）。",
        ["用 --esplora 提供服务器地址（例如您自己的 electrs/esplora），或使用 --offline。"],
    ),
    "scan.one_esplora_chain": (
        "一个 --esplora 服务器只服务一条链，但您选了多条：{chains}。",
        ["每次只扫描一条类比特币链。"],
    ),
    "scan.chain_offline_only": (
        "walletdoc 暂时还不能在线查询 {chain} 地址。",
        ["用 --offline 列出地址，再到区块浏览器上查。"],
    ),
    "scan.unknown_wallet": (
        "walletdoc 在 {chains} 上没有名为 {wallet} 的钱包预设。",
        ["请使用以下之一：{known}。"],
    ),
    "scan.address_invalid": ("要查询的某个地址格式不对。", []),
    "scan.esplora_bad_response": (
        "{url} 上的 Esplora 服务器返回了 walletdoc 无法读取的应答：{detail}。",
        ["确认这个地址是 Esplora REST API 的根地址（它能响应 GET /address/ADDRESS）。"],
    ),
    "scan.esplora_rejected": (
        "{url} 上的 Esplora 服务器拒绝了一个地址：{detail}。",
        ["确认服务器对应您扫描的链（主网，不是测试网），然后再试。"],
    ),
    "scan.esplora_not_found": (
        "{url} 上的服务器没有 Esplora 的 /address 接口。",
        ["请提供 API 根地址，例如 https://host/api（它能响应 GET /address/ADDRESS）。"],
    ),
    # 不知道地址时的恢复
    "scan.noaddr_space": (
        "共 {space} 个候选，{survivors} 个通过校验和；要在 {paths} 条派生路径上查询 {lookups} 次地址。",
        [],
    ),
    "scan.noaddr_privacy": (
        "发给 {where} 的只有地址，但运营方能看到查询了哪些地址。",
        ["优先使用您自己的节点或信任的节点；或者用 --list-valid FILE 离线检查。"],
    ),
    "scan.noaddr_too_many": (
        "这次搜索大约要查询 {lookups} 次地址（上限 {limit}）；每次查询都会让节点运营方知道一个地址。",
        ["缩小范围：少用 '?'，写成 'a|b' 候选，或用 --wallet / --path 减少要检查的路径。",
         "仍要运行，请加 --yes，最好连接您自己的节点。"],
    ),
    "scan.noaddr_found": (
        "找到一组助记词，它的地址 {address}（{path}）在链上用过。",
        ["现在就把助记词抄在纸上，逐词核对，离线保存。",
         "在使用该派生路径的钱包里恢复它，先确认地址一致，再转移资产。"],
    ),
    "scan.noaddr_several": (
        "有 {count} 组通过校验和的助记词有用过的地址；下面显示第一组，全部都在结果里。",
        ["选出您认得地址的那一组（或存有资产的那一组）。"],
    ),
    "scan.noaddr_not_found": (
        "在检查过的路径上，{tried} 组通过校验和的助记词都没有用过的地址。",
        ["试试其他钱包的路径（--wallet）或其他链（--chain 配 --esplora）、--passphrase-file，"
         "或放宽损坏范围（--max-wrong 1、--max-swaps 1）。"],
    ),
    "scan.noaddr_needs_source": (
        "不提供 --address 时，恢复需要 --rpc URL 或 --esplora URL 来查找用过的地址，或者使用 --list-valid FILE。",
        ["只要知道钱包的任何一个地址，就用 --address 提供：更快，也更保护隐私。"],
    ),
    "scan.noaddr_list_with_node": (
        "--list-valid 把候选写到文件里供别处使用；它不能和 --rpc / --esplora 一起用。",
        ["要在线搜索就去掉 --list-valid；要写出列表就去掉 --rpc / --esplora。"],
    ),
    "scan.list_valid_written": (
        "已把 {count} 组通过校验和的助记词写入 {path}（只有您自己可读）。",
        ["这些是助记词候选：文件请离线保存，用完后彻底删除（shred）。"],
    ),
    "scan.list_valid_exists": (
        "{path} 已存在；walletdoc 绝不覆盖存有助记词的文件。",
        ["给 --list-valid 换一个新文件名。"],
    ),
    "scan.list_valid_unwritable": ("无法创建 {path}：{detail}。", ["请指定一个可写目录里的路径。"]),
    "scan.list_valid_too_many": (
        "将要写出 {count} 组通过校验和的助记词（上限 {limit}）。",
        ["缩小助记词的范围，或加上 --yes 全部写出。"],
    ),
    "scan.ui_list_valid_warning": (
        "警告：{path} 将保存助记词候选，其中一组可能就是您真正的助记词。任何读到这个文件的人都能拿走资产。"
        "请离线保存，用完后删除。",
        [],
    ),
    # 界面文字
    "scan.ui_title": ("用过的地址", []),
    "scan.ui_offline_title": ("待检查的地址（没有在线查询）", []),
    "scan.ui_wallet": ("钱包", []),
    "scan.ui_chain": ("链", []),
    "scan.ui_path": ("派生路径", []),
    "scan.ui_address": ("地址", []),
    "scan.ui_activity": ("活动", []),
    "scan.ui_activity_cell": ("{tx_count} 笔交易，{balance}", []),
    "scan.ui_progress": ("正在查询地址", []),
    "scan.ui_privacy": (
        "隐私提示：节点运营方能看到查询了哪些地址。优先使用您自己的节点。",
        [],
    ),
}

MESSAGES.update({
    "scan.ui_passphrase_line": ('（密语第 {n} 行）', []),
})
