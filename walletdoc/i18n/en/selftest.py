"""Messages for `selftest` (English): official test vectors run on this machine."""

MESSAGES = {
    "selftest.all_passed": ("All {passed} official test vectors passed in {suites} suite(s).", []),
    "selftest.suite_failed": (
        "Suite {name}: {failed} vector(s) failed.",
        ["Do not rely on walletdoc on this machine until this is fixed; report it with `walletdoc --json selftest`."],
    ),
    "selftest.suite_crashed": (
        "Suite {name} could not run ({kind}).",
        ["Reinstall walletdoc; if it persists, report it with `walletdoc --json selftest`."],
    ),
    "selftest.no_suites": (
        "No test-vector suite ran.",
        ["Run `walletdoc selftest --list` to see the suites; reinstall walletdoc if the list is empty."],
    ),
    "selftest.unknown_suite": (
        "There is no suite named {name}.",
        ["Run `walletdoc selftest --list` to see the suite names."],
    ),
    "selftest.listed": ("{count} suite(s) available.", []),
    "selftest.ui_suite": ("Suite", []),
    "selftest.ui_passed": ("Passed", []),
    "selftest.ui_failed": ("Failed", []),
    "selftest.ui_status": ("Status", []),
    "selftest.ui_ok": ("ok", []),
    "selftest.ui_fail": ("FAIL", []),
    "selftest.ui_running": ("Running suite {name}…", []),
}
