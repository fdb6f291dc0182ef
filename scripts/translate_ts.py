"""Fill translations in URFlow's .ts after `make ts` has added new strings as unfinished.

    python3 scripts/translate_ts.py --unfinished     # list what still needs a translation
    python3 scripts/translate_ts.py FILE.tsv     # apply: context<TAB>source<TAB>translation
    python3 scripts/translate_ts.py --from OTHER.ts  # take OTHER.ts's finished translations

Lines of FILE.tsv are ``context<TAB>source<TAB>translation`` with sources written as in the
code (``\\n`` for a newline); ``@default`` is the core's context. Only entries that exist in the
.ts are touched, so the file keeps pylupdate5's layout and diffs stay small.
"""

import argparse
import html
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "urflow_zh_CN.ts"
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(
    r"(<message[^>]*>.*?<source>(.*?)</source>.*?)"
    r"(<translation[^>]*>.*?</translation>|<translation[^>]*/>)",
    re.S,
)


def escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def unescape(text: str) -> str:
    return html.unescape(text)


def unfinished(ts_text: str):
    for ctx in CONTEXT.finditer(ts_text):
        for msg in MESSAGE.finditer(ctx.group(2)):
            if 'type="unfinished"' in msg.group(3) or 'type="vanished"' in msg.group(3):
                yield ctx.group(1), unescape(msg.group(2))


def finished(ts_text: str) -> dict:
    table = {}
    for ctx in CONTEXT.finditer(ts_text):
        for msg in MESSAGE.finditer(ctx.group(2)):
            translation = re.sub(r"<[^>]*>", "", msg.group(3))
            if "unfinished" not in msg.group(3) and translation:
                table[(ctx.group(1), unescape(msg.group(2)))] = unescape(translation)
    return table


def apply(ts_text: str, table: dict) -> tuple:
    done = 0

    def fill_context(ctx):
        nonlocal done
        name = ctx.group(1)

        def fill(msg):
            nonlocal done
            key = (name, unescape(msg.group(2)))
            if key not in table:
                return msg.group(0)
            done += 1
            return msg.group(1) + f"<translation>{escape(table[key])}</translation>"

        body = MESSAGE.sub(fill, ctx.group(2))
        return f"<context>\n    <name>{name}</name>{body}</context>"

    return CONTEXT.sub(fill_context, ts_text), done


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tsv", nargs="?")
    parser.add_argument("--unfinished", action="store_true")
    parser.add_argument("--from", dest="other", action="append", default=[])
    args = parser.parse_args()
    text = TS.read_text(encoding="utf-8")
    if args.unfinished or not (args.tsv or args.other):
        for context, source in unfinished(text):
            print(f"{context}\t{source!r}")
        return 0
    table = {}
    for other in args.other:
        table.update(finished(Path(other).read_text(encoding="utf-8")))
    for line in [] if not args.tsv else Path(args.tsv).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, translation = line.split("\t")
            table[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    new_text, done = apply(text, table)
    TS.write_text(new_text, encoding="utf-8")
    print(f"{done} translations filled; {sum(1 for _ in unfinished(new_text))} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
