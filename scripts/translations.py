#!/usr/bin/env python3
"""Fill the French and Arabic translation files from tab-separated lists of new strings.

Why: several people add strings at once; each writes the translations of their own strings into a
TSV file (context, English source, French, Arabic) instead of editing the .ts files, which lupdate
rewrites whole and which therefore conflict on every merge. After `update_translations` (lupdate)
has added the new strings as unfinished, `apply` copies the translations in.

  scripts/translations.py missing [LANG...]      print the unfinished strings as TSV lines to fill
  scripts/translations.py apply FILE.tsv...      fill unfinished fr/ar entries from the files

TSV columns: context, source, French, Arabic. Tabs and newlines inside a text are written \\t and
\\n. Plural (numerus) messages give their forms separated by ' | ' (French 2 forms, Arabic 6).
Lines starting with '#' are comments. Run `cmake --build build/release --target
update_translations` afterwards: lupdate rewrites the files in its own layout.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = {"fr": ROOT / "translations" / "cinereg_fr.ts", "ar": ROOT / "translations" / "cinereg_ar.ts"}
COLUMN = {"fr": 2, "ar": 3}


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def escape(text):
    return text.replace("\t", "\\t").replace("\n", "\\n")


def read_tsv(paths):
    entries = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < 4:
                sys.exit(f"{path}:{number}: expected 4 tab-separated columns, found {len(cells)}")
            entries[(cells[0], unescape(cells[1]))] = [unescape(c) for c in cells[2:4]]
    return entries


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") == "unfinished"


def missing(langs):
    seen = set()
    for lang in langs:
        tree = ET.parse(TS[lang])
        for context, message in messages(tree):
            key = (context, message.findtext("source"))
            if is_unfinished(message) and key not in seen:
                seen.add(key)
                print(f"{key[0]}\t{escape(key[1])}\t\t")


def apply(paths):
    entries = read_tsv(paths)
    for lang, ts in TS.items():
        tree = ET.parse(ts)
        filled, left = 0, []
        for context, message in messages(tree):
            if not is_unfinished(message):
                continue
            key = (context, message.findtext("source"))
            if key not in entries or not entries[key][COLUMN[lang] - 2]:
                left.append(key)
                continue
            text = entries[key][COLUMN[lang] - 2]
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for form_text in text.split(" | "):
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
            filled += 1
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        print(f"{ts.name}: {filled} filled, {len(left)} still unfinished")
        for context, source in left[:20]:
            print(f"  {context}\t{escape(source)}")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("missing", "apply"):
        sys.exit(__doc__)
    if sys.argv[1] == "missing":
        missing(sys.argv[2:] or ["fr", "ar"])
    else:
        apply(sys.argv[2:])


if __name__ == "__main__":
    main()
