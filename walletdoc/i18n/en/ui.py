"""Interface text: headings, prompts, progress labels (English)."""

MESSAGES = {
    "ui.next_step": ("Next step", []),
    "ui.all_good": ("No problems found.", []),
    "ui.problems": ("Problems found.", []),
    "ui.secret_prompt": ("{what} (input hidden)", []),
}
