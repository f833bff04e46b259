"""`walletdoc report` 的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "report.ready": (
        "报告已生成：{documents} 项检查，{errors} 个错误，{warnings} 个警告。报告里没有任何机密信息。",
        ["把它发给客服：里面只有检查结果、公开地址和交易哈希。"],
    ),
    "report.empty": (
        "没有可报告的内容：请用 --from FILE.json 提供保存的输出，或用 --tx HASH --rpc URL 做一次在线检查。",
        ["先用 --json 保存检查结果，例如 walletdoc --json check mnemonic > check.json，然后运行 "
         "walletdoc report --from check.json。"],
    ),
    "report.input_too_large": ("{source} 太大，不可能是 walletdoc 的输出。", []),
    "report.input_not_utf8": ("{source} 不是 UTF-8 文本。", ["请提供 walletdoc --json 写出的文件。"]),
    "report.input_not_json": ("{source} 不是 JSON。", ["请提供 walletdoc --json 写出的文件。"]),
    "report.input_not_walletdoc": (
        "{source} 是 JSON，但不是 walletdoc 的输出（没有 command 和 findings）。",
        ["请提供 walletdoc --json 写出的文件。"],
    ),
    "report.output_exists": (
        "输出文件已存在；walletdoc 不会覆盖它。",
        ["用 --output 换一个文件名，或先删除旧文件。"],
    ),
    # 界面文字：报告文档的标题和标签，以及 `walletdoc explain`
    "report.ui_title": ("walletdoc 客服报告", []),
    "report.ui_html_lang": ("zh-CN", []),
    "report.ui_generated": ("生成时间：{time}", []),
    "report.ui_environment": ("walletdoc {version}，{os}，Python {python}", []),
    "report.ui_counts": ("{documents} 项检查：{errors} 个错误，{warnings} 个警告", []),
    "report.ui_no_secrets": ("不含助记词、密码、私钥或文件路径", []),
    "report.ui_chains": ("链：{chains}", []),
    "report.ui_html_meta": (
        "生成于 {time} · walletdoc {version} · {os} · Python {python} · {documents} 项检查，{errors} 个错误，"
        "{warnings} 个警告。不含助记词、密码、私钥或文件路径。",
        [],
    ),
    "report.ui_status_ok": ("正常", []),
    "report.ui_status_problems": ("有问题", []),
    "report.ui_severity_error": ("错误", []),
    "report.ui_severity_warning": ("警告", []),
    "report.ui_severity_info": ("提示", []),
    "report.ui_severity_ok": ("正常", []),
    "report.ui_saved_output": ("已保存的输出 {n}", []),
    "report.ui_live_check": ("在线检查", []),
    "report.ui_output_file": ("输出文件", []),
    "report.ui_meaning": ("含义：", []),
    "report.ui_tell": ("该告诉用户：", []),
    "report.ui_ask": ("该问用户：", []),
    "report.ui_never": ("绝不能索要：", []),
    "report.ui_runbook_title": ("walletdoc 客服手册", []),
    "report.ui_runbook_intro": (
        "本文由 `python -m walletdoc.support.runbook zh` 根据 walletdoc 的消息目录自动生成，请勿手工修改。"
        "`walletdoc explain 代码` 显示相同内容。",
        [],
    ),
}
