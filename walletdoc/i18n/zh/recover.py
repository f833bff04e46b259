"""恢复引擎与 `recover mnemonic` 的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "recover.found": (
        "找到了助记词：它在 {path} 派生出 {address}。",
        ["现在就把助记词抄在纸上，逐词核对，离线保存。",
         "在钱包里恢复它，先确认地址一致，再转移资产。"],
    ),
    "recover.found_passphrase": (
        "这组助记词需要 BIP39 密语（passphrase，见下方）才能派生出那个地址。",
        ["恢复时，在钱包的“密语 / passphrase / 隐藏钱包”选项里输入这个密语。"],
    ),
    "recover.not_found": (
        "已搜索全部 {space} 个候选（其中 {tried} 个通过了校验和）；没有一个能派生出这个地址。",
        ["确认这个地址确实属于这组助记词（从钱包的交易记录里复制）。",
         "放宽损坏范围：--max-wrong 1、--max-swaps 1、--passphrase-file，或换其他 --wallet 预设。",
         "检查单词顺序：按钱包当初显示的顺序写，不确定的位置写 '?'。"],
    ),
    "recover.interrupted": (
        "搜索在尝试 {tried} 个候选后中断；进度已保存。",
        ["再次运行同一条命令并加上 --checkpoint {path}，即可接着搜索。"],
    ),
    "recover.interrupted_no_checkpoint": (
        "搜索在尝试 {tried} 个候选后中断（没有指定 --checkpoint）。",
        ["下次请加上 --checkpoint FILE，以便中断后可以接着搜索。"],
    ),
    "recover.space": (
        "共 {space} 个候选，其中 {survivors} 个通过校验和；用 {workers} 个进程预计约需 {eta}。",
        [],
    ),
    "recover.resumed": ("继续上次的搜索：已完成 {ranges} 段，跳过 {finished} 个候选。", []),
    "recover.assumed_length": (
        "助记词有 {given} 个单词；按 {length} 个单词处理，有 {missing} 个单词缺失，位置未知。",
        ["如果钱包用的是别的长度，请用 --length 指定。"],
    ),
    "recover.too_long": (
        "这次搜索在这台电脑上大约需要 {eta}（要检查 {survivors} 个候选）。",
        ["缩小范围：只把不确定的单词标成 '?'，或写成 'a|b' 这样的候选。",
         "仍要运行，请加 --yes（可以中断，并用 --checkpoint 接着搜索）。"],
    ),
    "recover.declined": ("搜索没有开始。", []),
    "recover.empty_phrase": (
        "没有提供任何单词。",
        ["按顺序写下您记得的单词，每个未知单词写一个 '?'。"],
    ),
    "recover.bad_length": ("--length {length} 不是 BIP39 助记词的长度。", ["请用 12、15、18、21 或 24。"]),
    "recover.length_conflict": (
        "提供了 {given} 个单词，比长度 {length} 还多。",
        ["检查 --length，或删掉多余的单词。"],
    ),
    "recover.bad_limit": ("--max-wrong 和 --max-swaps 必须大于或等于 0。", []),
    "recover.unknown_language": ("未知的词表语言 {language}。", ["请使用以下之一：{known}。"]),
    "recover.bad_choice": (
        "第 {position} 个单词：'a|b' 里的每个候选都必须是词表中的单词。",
        ["改正这个位置的候选；如果这个单词不知道，就写 '?'。"],
    ),
    "recover.no_known_words": (
        "提供的单词没有一个在 BIP39 词表里。",
        ["检查助记词文件：只写一组助记词，单词之间用空格分隔。"],
    ),
    "recover.too_complex": (
        "损坏情况组合太多，无法搜索（缺失、写错和顺序颠倒同时存在）。",
        ["调低 --max-wrong / --max-swaps，或提供您确定的长度和位置。"],
    ),
    "recover.no_target": ("没有提供目标地址。", ["用 --address 提供一个钱包曾经显示过的地址。"]),
    "recover.bad_address": (
        "{address} 不是 walletdoc 能识别的地址（或者校验不对）。",
        ["从钱包或区块浏览器重新复制地址；可以先运行 'walletdoc check address' 检查。"],
    ),
    "recover.unsupported_address": (
        "{address} 是脚本地址，单个私钥派生不出来。",
        ["请使用钱包的收款地址（p2pkh、p2sh-p2wpkh、p2wpkh、p2tr、EVM 或 TRON）。"],
    ),
    "recover.bad_path": ("{path} 不是派生路径模板。", ["示例：m/44'/60'/0'/0/{{index}}。"]),
    "recover.unknown_wallet": ("未知的钱包预设 {wallet}。", ["已知的预设：{known}。"]),
    "recover.no_derivation": (
        "没有适合这些目标地址的派生路径（钱包预设：{wallets}）。",
        ["用 --path 提供钱包的路径模板，或为那条链指定 --wallet。"],
    ),
    "recover.checkpoint_unreadable": (
        "进度文件 {path} 不是 walletdoc 的进度文件。",
        ["换一个 --checkpoint 路径；如果那是遗留文件，就删掉它。"],
    ),
    "recover.checkpoint_mismatch": (
        "进度文件 {path} 属于另一次搜索（助记词、选项或地址不同）。",
        ["要接着搜索，请使用完全相同的输入；否则换一个新的 --checkpoint 文件。"],
    ),
    "recover.checkpoint_unwritable": (
        "无法写入进度文件 {path}：{detail}。",
        ["请把 --checkpoint 指向一个可写的目录。"],
    ),
    "recover.dask_unavailable": (
        "Dask 执行器无法启动：{detail}。",
        ["去掉 --dask，改用本机进程运行。"],
    ),
    "recover.bad_workers": ("--workers 必须大于或等于 1。", []),
    "recover.ui_progress": ("正在搜索", []),
    "recover.ui_confirm": ("这次搜索大约需要 {eta}。现在开始吗？", []),
    "recover.ui_calibrating": ("正在测量这台电脑的速度…", []),
}

MESSAGES.update({
    "recover.ui_row_mnemonic": ('助记词', []),
    "recover.ui_row_passphrase": ('密语', []),
    "recover.ui_row_path": ('派生路径', []),
    "recover.ui_row_address": ('地址', []),
    "recover.ui_row_space": ('候选总数', []),
    "recover.ui_row_tried": ('已尝试', []),
    "recover.ui_row_seconds": ('耗时（秒）', []),
    "recover.ui_row_tx_count": ('交易笔数', []),
    "recover.ui_row_balance": ('余额', []),
    "recover.ui_duration_years": ("{n} 年", []),
    "recover.ui_duration_days": ("{n} 天", []),
    "recover.ui_duration_hours": ("{n} 小时", []),
    "recover.ui_duration_minutes": ("{n} 分钟", []),
    "recover.ui_duration_seconds": ("{n} 秒", []),
})
