"""Keystore / 保险库密码搜索（`recover keystore`）的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "keysearch.found": (
        "找到了密码：它能打开这个 Keystore（账户 {address}）。",
        ["现在就把密码写下来，离线保存。",
         "用它打开钱包；如果密码是靠猜出来的，请把资产转到一个完全由您掌控的钱包。"],
    ),
    "keysearch.found_no_address": (
        "找到了密码：它能打开这个 Keystore。",
        ["现在就把密码写下来，离线保存。"],
    ),
    "keysearch.found_damaged": (
        "密码与文件的校验值相符，但解密出的内容不是可用的私钥或保险库。",
        ["运行 'walletdoc check keystore FILE --password-file F' 查看文件哪里有问题。",
         "找找这个 Keystore 文件的其他副本（备份）。"],
    ),
    "keysearch.not_found": (
        "已尝试全部 {space} 个候选（{tried} 个不同的密码）；没有一个能打开这个 Keystore。",
        ["增加候选：换一个 --wordlist，在 --tokens 里加更多片段组，或使用 --typos 1 / 2。",
         "确认这是正确的文件（钱包可能用的是另一个 Keystore）。"],
    ),
    "keysearch.interrupted": (
        "搜索在尝试 {tried} 个密码后中断；进度已保存。",
        ["再次运行同一条命令并加上 --checkpoint {path}，即可接着搜索。"],
    ),
    "keysearch.interrupted_no_checkpoint": (
        "搜索在尝试 {tried} 个密码后中断（没有指定 --checkpoint）。",
        ["下次请加上 --checkpoint FILE，以便中断后可以接着搜索。"],
    ),
    "keysearch.space": (
        "共 {space} 个候选（约 {distinct} 个不同的密码）；{kdf}：单个进程每次尝试 {per_try} 秒；"
        "用 {workers} 个进程预计约需 {eta}。",
        [],
    ),
    "keysearch.workers": (
        "在 {cores} 个核心上使用 {workers} 个进程；受 {limited_by} 限制：每个进程的密钥派生需要 {need_mib} MiB，"
        "当前可用内存 {available_mib} MiB。",
        [],
    ),
    "keysearch.workers_cores": ("在 {cores} 个核心上使用 {workers} 个进程。", []),
    "keysearch.workers_dask": ("使用 {workers} 个 Dask 工作槽（每个的密钥派生需要 {need_mib} MiB）。", []),
    "keysearch.resumed": ("继续上次的搜索：已完成 {ranges} 段，跳过 {finished} 个候选。", []),
    "keysearch.too_long": (
        "这次搜索在这台电脑上大约需要 {eta}（{candidates} 个候选）。",
        ["缩小范围：减少片段组或备选项，换更短的词表，或减少 --typos。",
         "仍要运行，请加 --yes（可以中断，并用 --checkpoint 接着搜索）。"],
    ),
    "keysearch.declined": ("搜索没有开始。", []),
    "keysearch.no_source": (
        "没有提供任何候选密码。",
        ["用 --wordlist FILE（每行一个密码）和/或 --tokens FILE（您记得的密码片段）提供。"],
    ),
    "keysearch.empty_space": (
        "这些候选来源生成不出任何密码。",
        ["检查 --tokens 文件：同时标了 ^ 和 $ 的片段组无法和其他片段组成同一个密码。"],
    ),
    "keysearch.wordlist_empty": (
        "词表 {path} 里没有密码（文件为空或只有空行）。",
        ["每行写一个候选密码。"],
    ),
    "keysearch.wordlist_not_utf8": (
        "词表不是 UTF-8 文本（第 {line} 行）。",
        ["把文件另存为 UTF-8 编码，然后再试。"],
    ),
    "keysearch.tokens_empty_line": (
        "片段文件第 {line} 行没有片段。",
        ["每行写一组：用 'a|b' 表示备选；标记 '?'（可选）、'^'（开头）、'$'（结尾）写在前面，后跟一个空格。"],
    ),
    "keysearch.tokens_none": (
        "片段文件里没有任何片段。",
        ["每行写一组，例如 'Summer|summer'、'? 2019|2020'、'$ !'。"],
    ),
    "keysearch.tokens_too_many": (
        "片段文件里的组太多（最多 {groups} 组，其中可选的最多 {optional} 组）。",
        ["把您确定的片段合并成一个，或把搜索拆成几次运行。"],
    ),
    "keysearch.tokens_anchors": (
        "最多只能有一组标记为 ^（开头），一组标记为 $（结尾）。",
        ["把开头（或结尾）那部分的备选写在同一行：'^ Mr|Ms'。"],
    ),
    "keysearch.bad_typos": ("--typos 必须在 0 到 {maximum} 之间。", []),
    "keysearch.typos_too_many_bases": (
        "对 {bases} 个基础候选使用 --typos {typos}，搜索量太大（最多 {limit} 个基础候选）。",
        ["减少要加错字变体的基础候选，或使用 --typos 1。"],
    ),
    "keysearch.bad_workers": ("--workers 必须大于或等于 1。", []),
    "keysearch.no_memory": (
        "这个 Keystore 的密钥派生每个进程需要 {need_mib} MiB，但只有 {available_mib} MiB 可用。",
        ["关闭其他程序后再试，或换一台内存更大的电脑运行搜索（--dask）。"],
    ),
    "keysearch.dask_unavailable": (
        "Dask 执行器无法启动：{detail}。",
        ["去掉 --dask，改用本机进程运行。"],
    ),
    "keysearch.ui_progress": ("正在尝试密码", []),
    "keysearch.ui_confirm": ("这次搜索大约需要 {eta}。现在开始吗？", []),
    "keysearch.ui_calibrating": ("正在测量这个 Keystore 的密钥派生在本机的速度…", []),
}
