"""How much of the documented PandaPon API the spec covers, computed from openapi/pandapon.yaml alone.

python generator/spec_coverage.py                 # print the table
python generator/spec_coverage.py --write-readme  # refresh the table between the README's coverage markers
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_checks import HTTP_METHODS, iter_operations, load_spec

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- coverage:start -->", "<!-- coverage:end -->"
DOCUMENTED_ENTRIES = 76
GROUP_ORDER = [
    "taobao.goods", "taobao.order", "taobao.aftersales", "taobao.cart", "taobao.callback",
    "1688.goods", "1688.order", "1688.aftersales", "1688.cart", "1688.marketing", "1688.callback",
    "foundations", "warehouse",
]  # fmt: skip


def group_of(key: str) -> str:
    parts = key.split(".")
    return ".".join(parts[:2]) if parts[0] in ("taobao", "1688") else parts[0]


def keys_by_kind(spec: dict[str, Any]) -> dict[str, list[str]]:
    """The reference keys the spec carries, by kind: operations, callbacks (webhooks) and pending."""
    operations = [op["x-pandapon-key"] for _, _, op in iter_operations(spec)]
    callbacks = [
        item[method]["x-pandapon-key"]
        for item in (spec.get("webhooks") or {}).values()
        for method in HTTP_METHODS
        if method in item
    ]
    pending = [entry["key"] for entry in spec.get("x-pandapon-pending") or []]
    return {"operations": operations, "callbacks": callbacks, "pending": pending}


def table(spec: dict[str, Any]) -> str:
    kinds = keys_by_kind(spec)
    counts = {kind: Counter(group_of(k) for k in keys) for kind, keys in kinds.items()}
    groups = GROUP_ORDER + sorted({g for c in counts.values() for g in c} - set(GROUP_ORDER))
    lines = ["| group | operations | callbacks | pending | total |", "|---|---:|---:|---:|---:|"]
    for group in groups:
        row = [counts[kind][group] for kind in ("operations", "callbacks", "pending")]
        if sum(row):
            lines.append(f"| {group} | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    totals = [len(kinds[kind]) for kind in ("operations", "callbacks", "pending")]
    lines.append(f"| **all** | **{totals[0]}** | **{totals[1]}** | **{totals[2]}** | **{sum(totals)}** |")
    lines.append("")
    lines.append(
        f"{totals[0]} operations, {totals[1]} callbacks and {totals[2]} pending of the {DOCUMENTED_ENTRIES} "
        "documented entries."
    )
    return "\n".join(lines)


def readme_with_table(readme: str, rendered: str) -> str:
    if START not in readme or END not in readme:
        raise SystemExit(f"README.md lacks the {START} … {END} markers")
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{rendered}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args()
    rendered = table(load_spec())
    if args.write_readme:
        README.write_text(readme_with_table(README.read_text(encoding="utf-8"), rendered), encoding="utf-8")
    print(rendered)
    return 0


if __name__ == "__main__":
    sys.exit(main())
