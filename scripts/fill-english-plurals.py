#!/usr/bin/env python3
"""Fills the English plural forms in translations/ditio-certs_en.ts.

Source strings are English with "(s)" plurals ("%n row(s)"); Qt shows them as
written unless a translation gives the singular and plural forms. Run after
`cmake --build <dir> --target update_translations`.
"""
import pathlib
import re
import sys

path = pathlib.Path(__file__).resolve().parent.parent / "translations" / "ditio-certs_en.ts"
text = path.read_text(encoding="utf-8")

pattern = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>'
    r'(?:\s*<(?:extracomment|comment|translatorcomment)>[^<]*</(?:extracomment|comment|translatorcomment)>)*\s*)'
    r'<translation[^>]*>(?:(?!</message>).)*?</translation>',
    re.S,
)


def fill(match: re.Match) -> str:
    source = match.group("source")
    one = source.replace("(s)", "")
    many = source.replace("(s)", "s")
    return (
        match.group(1)
        + "<translation>\n            <numerusform>" + one + "</numerusform>\n"
        + "            <numerusform>" + many + "</numerusform>\n        </translation>"
    )


new_text, count = pattern.subn(fill, text)
path.write_text(new_text, encoding="utf-8")
print(f"{path.name}: {count} plural message(s) filled", file=sys.stderr)
