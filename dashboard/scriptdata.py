"""Values written into a map page's scripts: JSON that can neither end the script element nor be
read as a template.

folium (through branca) compiles each element's rendered script as a Jinja template once more
before writing the page, so text from an article that holds "{{ ... }}" would be evaluated on
the server, and an unclosed "{#" would stop the map from rendering. JSON never needs a "{"
followed by "{", "%" or "#" outside a string, so writing that brace as \\u007b changes no value.
"""
from __future__ import annotations

import json
import re

_TEMPLATE_OPENER = re.compile(r"\{(?=[{%#])")


def script_json(value: object) -> str:
    """JSON safe inside a <script> element and inert as a Jinja template: no "</script>",
    "<!--", line separators, or "{{", "{%", "{#" appear."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return _TEMPLATE_OPENER.sub(r"\\u007b", text)
