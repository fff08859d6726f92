#!/usr/bin/env python3
"""Convert a gen_spec.py graph spec (../shared/peers) into a PrelimCoach dialogues directory.

Used only by the benchmarks. The spec's node kinds map onto the dialogue format as an author
would write them:

  say    -> `say:` with `next:`
  end    -> `end:`
  branch -> `branch:` with `- when: vK == 3` / `- when: score >= 7` cases and `- otherwise:`
  ask    -> `ask: aK` (a choice variable of its own, one option per spec choice, labelled
            with the choice text), then a `branch:` on the answer, then one `set:` node per
            choice that assigns the spec's variable and adds to `score`, then the choice's next

A `set:` node before the spec's start gives `score` and v0.. their initial value 0 (an
unanswered variable is unknown in PrelimCoach, never 0). Node ids of the spec are kept, so a
walk's end node reads the same in both. Only the spec's own nodes count as turns.

The spec holds nodes nothing leads to (about 10%), which `check` rejects (PC015). So that
PrelimCoach loads the same N nodes as the peers, they hang off a chain of `orphans_K` branch
nodes whose condition (`score < 0`) never holds: one extra condition per walk, at its start.

The files are written as an author of a graph this large must write them: none larger than
`prelim-coach` reads (1 MiB a file), the variables first (`10-variables-NNNN.yaml`, the first
with `start:`), then the nodes (`20-nodes-NNNN.yaml`), each file a whole number of entries.
The `.yaml` files already in OUTDIR are removed first.

    spec_to_dialogues.py SPEC.json OUTDIR [WALKS.txt]

WALKS.txt gets the spec's recorded walks, one a line: `steps end score` and then the
1-based choice numbers a user would type, so that the Swift benchmarks need no JSON of the
whole spec.
"""
import json
import os
import sys

INIT_NODE = "init"
SCORE_MAX = 1_000_000
# prelim-coach reads no dialogue file past 1 MiB; a file ends before the entry that would take
# it past FILE_BYTES, which leaves room for the rest of an entry begun below it.
MAX_FILE_BYTES = 1 << 20
FILE_BYTES = 1_000_000


def quoted(text):
    """A YAML double-quoted scalar: JSON's string escapes are valid YAML."""
    return json.dumps(text, ensure_ascii=False)


def condition(cond):
    if cond["op"] not in ("==", ">="):
        raise SystemExit(f"unsupported operator {cond['op']!r}")
    return f"{cond['var']} {cond['op']} {int(cond['value'])}"


def variables_yaml(spec, out):
    for name in spec["vars"]:
        out.append(f"  {name}:\n    type: integer\n    label: {name}\n    min: 0\n    max: {SCORE_MAX}\n")
    for node in spec["nodes"]:
        if node["kind"] != "ask":
            continue
        out.append(f"  a_{node['id']}:\n    type: choice\n    label: answer at {node['id']}\n    options:\n")
        for j, choice in enumerate(node["choices"]):
            out.append(f"      - key: c{j + 1}\n        label: {quoted(choice['text'])}\n")


def ask_yaml(node, out):
    nid, var = node["id"], f"a_{node['id']}"
    out.append(f"  - id: {nid}\n    ask: {var}\n    prompt: {quoted(node['text'])}\n    next: {nid}_r\n")
    out.append(f"  - id: {nid}_r\n    branch:\n")
    last = len(node["choices"])
    for j in range(1, last):
        out.append(f"      - when: {var} == c{j}\n        goto: {nid}_c{j}\n")
    out.append(f"      - otherwise: {nid}_c{last}\n")
    for j, choice in enumerate(node["choices"], start=1):
        setv = choice["set"]
        out.append(f"  - id: {nid}_c{j}\n    set:\n      {setv['var']}: {int(setv['value'])}\n")
        if choice["add_score"]:
            out.append(f"      score: score + {int(choice['add_score'])}\n")
        out.append(f"    next: {choice['next']}\n")


def node_yaml(node, out):
    nid, kind = node["id"], node["kind"]
    if kind == "ask":
        ask_yaml(node, out)
    elif kind == "say":
        out.append(f"  - id: {nid}\n    say: {quoted(node['text'])}\n    next: {node['next']}\n")
    elif kind == "end":
        out.append(f"  - id: {nid}\n    end: {quoted(node['text'])}\n")
    elif kind == "branch":
        out.append(f"  - id: {nid}\n    branch:\n")
        for case in node["cases"]:
            out.append(f"      - when: {condition(case['if'])}\n        goto: {case['next']}\n")
        out.append(f"      - otherwise: {node['else']}\n")
    else:
        raise SystemExit(f"unknown node kind {kind!r}")


def successors(node):
    kind = node["kind"]
    if kind == "ask":
        return [c["next"] for c in node["choices"]]
    if kind == "branch":
        return [c["next"] for c in node["cases"]] + [node["else"]]
    if kind == "say":
        return [node["next"]]
    return []


def orphans(spec):
    """The fewest spec nodes that, added as entry points, make every node reachable."""
    by_id = {n["id"]: n for n in spec["nodes"]}
    reached, roots = set(), []

    def reach(start):
        stack = [start]
        reached.add(start)
        while stack:
            for target in successors(by_id[stack.pop()]):
                if target not in reached:
                    reached.add(target)
                    stack.append(target)

    reach(spec["start"])
    for node in spec["nodes"]:
        if node["id"] not in reached:
            roots.append(node["id"])
            reach(node["id"])
    return roots


def orphan_chain(roots, out):
    for k, root in enumerate(roots):
        after = f"orphans_{k + 1}" if k + 1 < len(roots) else roots[-1]
        out.append(f"  - id: orphans_{k}\n    branch:\n      - when: score < 0\n        goto: {root}\n"
                   f"      - otherwise: {after}\n")


def starts_entry(fragment):
    """Whether a fragment of the lists below starts an entry of `variables:` or `nodes:`."""
    return fragment.startswith("  ") and not fragment.startswith("   ")


def files(prefix, key, fragments, first_line=""):
    """The fragments as {name: text}: a file ends before the entry that would take it past FILE_BYTES."""
    out, current, size = {}, [], 0
    for fragment in fragments:
        if current and starts_entry(fragment) and size + len(fragment.encode()) > FILE_BYTES:
            out[f"{prefix}-{len(out):04d}.yaml"] = "".join(current)
            current, size = [], 0
        if not current:
            current = [first_line if not out else "", f"{key}:\n"]
            size = sum(len(part.encode()) for part in current)
        current.append(fragment)
        size += len(fragment.encode())
    if current:
        out[f"{prefix}-{len(out):04d}.yaml"] = "".join(current)
    for name, text in out.items():
        if len(text.encode()) > MAX_FILE_BYTES:
            raise SystemExit(f"{name} would be {len(text.encode())} bytes, more than prelim-coach reads")
    return out


def convert(spec):
    """The dialogue files as {file name: text}."""
    variables = []
    variables_yaml(spec, variables)
    roots = orphans(spec)
    # `set: {}` when the spec has no variables: an empty `set:` is a null, not a mapping.
    nodes = [f"  - id: {INIT_NODE}\n    set:{'' if spec['vars'] else ' {}'}\n"]
    nodes += [f"      {name}: {int(value)}\n" for name, value in spec["vars"].items()]
    if roots:
        nodes.append(f"    next: {INIT_NODE}_r\n")
        nodes.append(f"  - id: {INIT_NODE}_r\n    branch:\n      - when: score < 0\n        goto: orphans_0\n"
                     f"      - otherwise: {spec['start']}\n")
        orphan_chain(roots, nodes)
    else:
        nodes.append(f"    next: {spec['start']}\n")
    for node in spec["nodes"]:
        node_yaml(node, nodes)
    first_line = f"start: {INIT_NODE}\n"
    return {
        # A spec without variables still needs its start.
        **(files("10-variables", "variables", variables, first_line) or {"10-variables-0000.yaml": first_line}),
        **files("20-nodes", "nodes", nodes),
        "content.yaml": "content:\n  coverage: warning\n  items: {}\n",
    }


def walks_text(spec):
    return "".join(
        " ".join([str(p["steps"]), p["end"], str(p["score"])] + [str(j + 1) for j in p["answers"]]) + "\n"
        for p in spec.get("paths", []))


def main(argv):
    if len(argv) not in (3, 4):
        raise SystemExit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    os.makedirs(argv[2], exist_ok=True)
    for name in os.listdir(argv[2]):
        if name.endswith(".yaml"):
            os.remove(os.path.join(argv[2], name))
    for name, text in convert(spec).items():
        with open(os.path.join(argv[2], name), "w", encoding="utf-8") as f:
            f.write(text)
    if len(argv) == 4:
        with open(argv[3], "w", encoding="utf-8") as f:
            f.write(walks_text(spec))


if __name__ == "__main__":
    main(sys.argv)
