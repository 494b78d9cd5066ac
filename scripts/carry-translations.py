#!/usr/bin/env python3
"""Fills the unfinished messages of a .ts file with the translation the same
source text has elsewhere: in another context of the same file, or in an
earlier version of it. Moving code to another class (a new tr() context) or
renaming one makes lupdate see new messages; this carries the work over.

    scripts/carry-translations.py translations/ditio-certs_nb.ts [OLD.ts ...]

Run after `cmake --build <dir> --target update_translations`, with the .ts
from before the move as OLD.ts (git show HEAD:translations/ditio-certs_nb.ts
> /tmp/old.ts). The file is edited in place, message by message, so lupdate's
layout stays; it prints what it could not fill. Not for the English file,
whose messages stay unfinished on purpose (only plurals are translated).
"""
import html
import re
import sys
import xml.etree.ElementTree as ET


def memory_of(paths):
    memory = {}
    for path in paths:
        for message in ET.parse(path).getroot().iter('message'):
            source = message.findtext('source')
            translation = message.find('translation')
            if source is None or translation is None:
                continue
            if translation.get('type') == 'unfinished':
                continue
            forms = [form.text or '' for form in translation.iter('numerusform')]
            value = forms if any(forms) else (translation.text or '')
            if value:
                memory.setdefault(source, value)
    return memory


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    target = sys.argv[1]
    memory = memory_of([target] + sys.argv[2:])
    with open(target, encoding='utf-8') as f:
        text = f.read()
    filled = 0
    missing = []

    def fill(match):
        nonlocal filled
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = html.unescape(re.search(r'<source>(.*?)</source>', block, re.S).group(1))
        value = memory.get(source)
        if value is None:
            missing.append(source)
            return block
        if isinstance(value, list):
            forms = ''.join(f'\n            <numerusform>{escape(form)}</numerusform>'
                            for form in value)
            replacement = f'<translation>{forms}\n        </translation>'
        else:
            replacement = f'<translation>{escape(value)}</translation>'
        filled += 1
        return re.sub(r'<translation type="unfinished"(/>|>.*?</translation>)', replacement,
                      block, flags=re.S)

    text = re.sub(r'<message( numerus="yes")?>.*?</message>', fill, text, flags=re.S)
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{target}: {filled} filled')
    for source in missing:
        print(f'  not found: {source!r}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
