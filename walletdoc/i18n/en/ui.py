"""Interface text: headings, prompts, progress labels (English)."""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "ui.next_step": ("Next step", []),
    "ui.all_good": ("No problems found.", []),
    "ui.problems": ("Problems found.", []),
    "ui.secret_prompt": ("{what} (input hidden)", []),
}
