"""界面文字：标题、提示、进度（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "ui.next_step": ("下一步", []),
    "ui.all_good": ("没有发现问题。", []),
    "ui.problems": ("发现了问题。", []),
    "ui.secret_prompt": ("{what}（输入内容不会显示）", []),
}
