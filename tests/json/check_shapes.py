#!/usr/bin/python3
"""Every listing's JSON is typed and stable.

Seeds the demo store (examples/demo.sh, "today" pinned), then for each command
in listings.txt:
  - `-o json-schema` must equal the committed docs/json/<name>.schema.json
    (a listing's shape changes only on purpose: regenerate with --update and
    say so in the README's changelog);
  - `-o json` must validate against that schema (numbers are numbers, lists
    are arrays, a time span is an object: no column's value is text in disguise).
Every command of `officectl __commands` must be named in listings.txt, as a
listing or as printing none, so a new command cannot skip the check.

  check_shapes.py OFFICECTL SOURCE_DIR WORK_DIR [--update]
"""
import json
import os
import shlex
import subprocess
import sys

import jsonschema


def main():
    officectl, source, work = (os.path.abspath(a) for a in sys.argv[1:4])
    update = "--update" in sys.argv[4:]
    env = dict(os.environ, OFFICECTL_TODAY="2026-12-03", OFFICECTL_DB=os.path.join(work, "office.db"),
               OFFICECTL_CONFIG=os.path.join(source, "examples", "config.toml"), NO_COLOR="1")
    env.pop("OFFICECTL_AS_OF", None)
    subprocess.run(["rm", "-rf", work], check=True)
    os.makedirs(work)
    demo = subprocess.run([os.path.join(source, "examples", "demo.sh")], env=dict(env, OFFICECTL=officectl),
                          capture_output=True, text=True, cwd=work)
    if demo.returncode != 0:
        raise SystemExit(f"examples/demo.sh exited {demo.returncode}:\n{demo.stdout[-2000:]}{demo.stderr[-2000:]}")

    listings, silent, setup = read_listings(os.path.join(source, "tests", "json", "listings.txt"))
    for args in setup:  # what the demo leaves empty, so that every listing has rows to check
        run(officectl, args, env, work)
    problems = []
    commands = run(officectl, ["__commands"], env, work).splitlines()
    named = set(silent) | {command for _, command, _ in listings}
    for c in commands:
        if c not in named:
            problems.append(f"{c}: not in tests/json/listings.txt (a listing with its schema, or '-' for none)")
    for c in named:
        if c not in commands:
            problems.append(f"{c}: in tests/json/listings.txt but no such command")

    schema_dir = os.path.join(source, "docs", "json")
    for name, command, rest in listings:
        args = command.split() + [a.replace("{source}", source) for a in rest]
        path = os.path.join(schema_dir, name + ".schema.json")
        try:
            schema = json.loads(run(officectl, args + ["-o", "json-schema"], env, work))
        except RuntimeError as e:
            problems.append(f"{name}: {e}")
            continue
        if update:
            with open(path, "w") as f:
                f.write(pretty(schema) + "\n")
        try:
            with open(path) as f:
                committed = json.load(f)
        except FileNotFoundError:
            problems.append(f"{name}: docs/json/{name}.schema.json is missing (check_shapes.py --update writes it)")
            continue
        if committed != schema:
            problems.append(f"{name}: `officectl {shlex.join(args)}` changed its JSON shape from docs/json/{name}.schema.json")
        try:
            output = run(officectl, args + ["-o", "json"], env, work)
        except RuntimeError as e:
            problems.append(f"{name}: {e}")
            continue
        try:
            value = json.loads(output)
        except json.JSONDecodeError as e:
            problems.append(f"{name}: -o json is no JSON: {e}")
            continue
        if value in ([], None):
            problems.append(f"{name}: empty on the demo store: nothing to validate (choose arguments that list something)")
        for error in jsonschema.Draft202012Validator(committed).iter_errors(value):
            where = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{name}: at {where}: {error.message}")
    for p in problems:
        print(p)
    print(f"{len(listings)} listings checked, {len(problems)} problem(s)")
    return 1 if problems else 0


def pretty(value, indent=0):
    """JSON indented by 2, with any value that fits in 100 columns on one line."""
    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + indent <= 100 or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {pretty(v, indent + 2)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + pretty(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def read_listings(path):
    """Lines `NAME | COMMAND | ARGUMENTS` (a listing), `- | COMMAND` (prints none) and
    `setup | WORDS` (run first)."""
    listings, silent, setup = [], [], []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) < 2:
                raise SystemExit(f"{path}:{number}: expected NAME | COMMAND [| ARGUMENTS]")
            if fields[0] == "-":
                silent.append(fields[1])
            elif fields[0] == "setup":
                setup.append(shlex.split(fields[1]))
            else:
                listings.append((fields[0], fields[1], shlex.split(fields[2] if len(fields) > 2 else "")))
    return listings, silent, setup


def run(officectl, args, env, cwd):
    r = subprocess.run([officectl] + args, env=env, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0 and not (r.returncode == 65 and r.stdout):  # a check's findings: exit 65, and its listing
        raise RuntimeError(f"`officectl {shlex.join(args)}` exited {r.returncode}: {r.stderr.strip()}")
    return r.stdout


if __name__ == "__main__":
    sys.exit(main())
