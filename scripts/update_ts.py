"""`make ts`: refresh the Chinese .ts from the sources without losing a string.

pylupdate5 misses some calls (a context argument on its own line after `ruff format`, a
trailing comma) and `-noobsolete` then drops their translations. This runs pylupdate5, then
adds back every string that Python's own parser finds (the scanner of
tests/test_translation_coverage.py) with its previous translation, or unfinished when new.
"""

import html
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from translate_ts import CONTEXT, MESSAGE, TS, escape, finished  # noqa: E402


def scanner():
    spec = importlib.util.spec_from_file_location(
        "coverage_scan", ROOT / "tests" / "test_translation_coverage.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wanted():
    scan = scanner()
    found = []
    for path in scan.plugin_sources():
        calls, _problems = scan.translatable_calls(path)
        found += [(context, text) for context, text, _where in calls if context]
    found += [(context, text) for context, text, _where in scan.ui_strings()]
    return list(dict.fromkeys(found))


def present(ts_text):
    return {
        (ctx.group(1), html.unescape(msg.group(2)))
        for ctx in CONTEXT.finditer(ts_text)
        for msg in MESSAGE.finditer(ctx.group(2))
    }


def message(text, translation):
    done = f"<translation>{escape(translation)}</translation>" if translation else ""
    todo = '<translation type="unfinished"></translation>'
    return (
        f"    <message>\n        <source>{escape(text)}</source>\n"
        f"        {done if translation else todo}\n    </message>\n"
    )


def main() -> int:
    old = finished(TS.read_text(encoding="utf-8"))
    sources = [str(p.relative_to(ROOT)) for p in scanner().plugin_sources()]
    ui = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").glob("*.ui"))]
    subprocess.run(
        ["pylupdate5", "-noobsolete", *sources, *ui, "-ts", str(TS.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )
    text = TS.read_text(encoding="utf-8")
    have = present(text)
    missing = [key for key in wanted() if key not in have]
    for context, source in missing:
        block = re.search(
            rf"<context>\s*<name>{re.escape(escape(context))}</name>.*?(</context>)", text, re.S
        )
        entry = message(source, old.get((context, source)))
        if block:
            text = text[: block.start(1)] + entry + text[block.start(1) :]
        else:
            text = text.replace(
                "</TS>", f"<context>\n    <name>{escape(context)}</name>\n{entry}</context>\n</TS>"
            )
    TS.write_text(text, encoding="utf-8")
    print(f"update_ts: {len(missing)} strings pylupdate5 missed were added back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
