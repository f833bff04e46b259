"""输入错误与用法错误的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "input.invalid": ("输入无效：{detail}", []),
    "input.usage": ("{detail}", ["加上 --help 运行命令，查看它的选项。"]),
    "input.secret_on_command_line": (
        "有机密信息被直接写在了命令行里；walletdoc 已拒绝使用它。",
        [
            "现在就把它从 shell 历史记录里清除（bash：history -c；zsh：fc -p；或编辑 ~/.bash_history）。",
            "把机密信息放进文件并用 {option} 传入，或通过标准输入管道传入，"
            "或者运行命令时不带它，在隐藏输入提示里输入。",
        ],
    ),
    "input.secret_empty": ("没有提供{what}（输入为空）。", []),
    "input.secret_unreadable": ("无法读取{what}：{detail}", []),
    "input.file_unreadable": ("无法读取文件 {path}：{detail}", []),
    "input.not_utf8": ("{what}不是 UTF-8 文本。", ["把文件另存为 UTF-8 编码，然后再试。"]),
    "input.internal_error": (
        "walletdoc 遇到了内部错误（{kind}）。没有改动任何东西。",
        ["请报告这个问题，附上您运行的命令（绝不要附上任何机密信息）。"],
    ),
    "input.interrupted": ("已中断。", []),
    "input.secret_missing": (
        "没有提供{what}。",
        ["用 {option} FILE 传入，或通过标准输入管道传入，或在终端里运行，程序会提示您输入。"],
    ),
    "input.stdin_too_large": ("标准输入传入的{what}太大了。", []),
    "input.secret_file_too_large": (
        "{what}文件太大了（{size} 字节）。",
        ["确认给的是正确的文件：文件里应该只有{what}。"],
    ),
    "input.unknown_code": ("未知的检查代码：{name}。", ["参见 `walletdoc explain --list`。"]),
    "input.unknown_code_close": ("未知的检查代码：{name}。", ["您是不是要找：{close}？"]),
    # 界面文字：机密信息的名称（填入上面的消息）、提示、状态行
    "input.ui_what_seed_phrase": ("助记词", []),
    "input.ui_what_bip39_passphrase": ("BIP39 密语（passphrase）", []),
    "input.ui_what_keystore_password": ("Keystore 密码", []),
    "input.ui_what_password": ("密码", []),
    "input.ui_what_passphrase_list": ("密语列表", []),
    "input.ui_what_tokens": ("密码片段", []),
    "input.ui_secret_prompt": ("{what}（输入内容不会显示）", []),
    "input.ui_next_step": ("下一步：", []),
    "input.ui_usage_error": ("错误：{detail}", []),
    "input.ui_aborted": ("已取消。", []),
}
