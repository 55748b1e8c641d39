"""pycheck.py checks the policy JSON Schema with Python's jsonschema (the
Debian package python3-jsonschema), draft 2020-12 with its format checker.

    python3 pycheck.py SCHEMA FILE...            # one JSON line per document
    python3 pycheck.py SCHEMA --mistakes TABLE   # errors per author mistake

A document line is {"file", "valid", "errors"}; a mistake line is {"name",
"errors", "leaves", "best_match"}: the number of errors iter_errors yields,
the number at the leaves of their trees, and the message of
jsonschema.exceptions.best_match, the one a program shows first.
Paths in TABLE's "base" are relative to the module root.
"""
import json
import os
import sys

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def apply(doc, m):
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in m["path"].split("/")[1:]]
    parent = doc
    for tok in tokens[:-1]:
        parent = parent[int(tok)] if isinstance(parent, list) else parent[tok]
    last = tokens[-1]
    if isinstance(parent, list):
        last = int(last)
    if m.get("delete"):
        del parent[last]
    else:
        parent[last] = m["value"]
    return doc


def leaves(e):
    """The number of errors at the leaves of e's tree (anyOf branches and the like)."""
    return sum(leaves(c) for c in e.context) if e.context else 1


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    v = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    failed = False
    if len(argv) == 4 and argv[2] == "--mistakes":
        with open(argv[3], encoding="utf-8") as f:
            table = json.load(f)
        with open(os.path.join(ROOT, table["base"]), encoding="utf-8") as f:
            base = f.read()
        for m in table["mistakes"]:
            doc = apply(json.loads(base), m)
            errors = list(v.iter_errors(doc))
            best = best_match(iter(errors))
            print(json.dumps({"name": m["name"], "errors": len(errors), "leaves": sum(leaves(e) for e in errors),
                              "best_match": best.message if best else ""}))
        return 0
    for file in argv[2:]:
        with open(file, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path).__repr__())
        failed = failed or bool(errors)
        print(json.dumps({"file": file, "valid": not errors,
                          "errors": ["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message[:200]
                                     for e in errors[:20]]}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
