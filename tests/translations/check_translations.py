#!/usr/bin/env python3
"""Fails when the translations have rotted: a user-visible string in the sources that is missing
from a .ts file, a translation left unfinished, or an entry whose source string is gone.

It runs lupdate over the sources into copies of the .ts files (the originals are untouched) and
then inspects every message of the copies."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main() -> int:
    lupdate, source_dir = sys.argv[1], sys.argv[2]
    ts_files = sorted(glob.glob(os.path.join(source_dir, "translations", "hydrant_*.ts")))
    if not ts_files:
        print("no translations/hydrant_*.ts files found")
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for ts in ts_files:
            copy = os.path.join(work, os.path.basename(ts))
            shutil.copy(ts, copy)
            copies.append(copy)
        roots = [os.path.join(source_dir, "app"), os.path.join(source_dir, "ui")]
        # English is the source language: its catalogue holds only the plural forms.
        for group, extra in (([c for c in copies if not c.endswith("_en.ts")], []),
                             ([c for c in copies if c.endswith("_en.ts")], ["-pluralonly"])):
            if not group:
                continue
            result = subprocess.run(
                [lupdate, "-silent", "-locations", "none", "-extensions", "cpp,h", *extra, *roots,
                 "-ts", *group], capture_output=True, text=True)
            if result.returncode != 0 or "cannot be called without context" in result.stderr:
                # A tr() lupdate cannot place would never be translated.
                print(result.stdout, result.stderr)
                return 1
        for copy in copies:
            language = os.path.basename(copy)
            total = 0
            for context in ET.parse(copy).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    total += 1
                    source = message.findtext("source")
                    translation = message.find("translation")
                    kind = translation.get("type") if translation is not None else "missing"
                    if kind in ("unfinished", "vanished", "obsolete", "missing"):
                        problems.append(f"{language}: {kind}: [{name}] {source!r}")
                    elif message.get("numerus") == "yes":
                        forms = [f.text for f in translation.iter("numerusform")]
                        if not forms or any(not f for f in forms):
                            problems.append(f"{language}: empty plural form: [{name}] {source!r}")
                    elif not (translation.text or "").strip():
                        problems.append(f"{language}: empty translation: [{name}] {source!r}")
            print(f"{language}: {total} messages checked")
    for problem in problems[:200]:
        print(problem)
    if problems:
        print(f"{len(problems)} problems: run 'cmake --build build --target update_all_translations' "
              "and translate the new entries in Qt Linguist")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
