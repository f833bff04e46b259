"""`selftest` 的消息（简体中文）：在本机运行官方测试向量。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "selftest.all_passed": ("全部 {passed} 个官方测试向量通过（共 {suites} 组）。", []),
    "selftest.suite_failed": (
        "测试组 {name}：{failed} 个向量未通过。",
        ["修复之前，请不要在这台电脑上依赖 walletdoc；用 `walletdoc --json selftest` 的输出报告此问题。"],
    ),
    "selftest.suite_crashed": (
        "测试组 {name} 无法运行（{kind}）。",
        ["重新安装 walletdoc；如果问题仍在，用 `walletdoc --json selftest` 的输出报告此问题。"],
    ),
    "selftest.no_suites": (
        "没有运行任何测试向量组。",
        ["运行 `walletdoc selftest --list` 查看测试组；如果列表为空，请重新安装 walletdoc。"],
    ),
    "selftest.unknown_suite": (
        "没有名为 {name} 的测试组。",
        ["运行 `walletdoc selftest --list` 查看测试组名称。"],
    ),
    "selftest.listed": ("共有 {count} 个测试组可用。", []),
    "selftest.ui_suite": ("测试组", []),
    "selftest.ui_passed": ("通过", []),
    "selftest.ui_failed": ("失败", []),
    "selftest.ui_status": ("状态", []),
    "selftest.ui_ok": ("正常", []),
    "selftest.ui_fail": ("失败", []),
    "selftest.ui_running": ("正在运行测试组 {name}…", []),
}
