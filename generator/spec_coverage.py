"""How much of the documented PandaPon API the spec covers, computed from openapi/pandapon.yaml alone.

python generator/spec_coverage.py                 # print the table
python generator/spec_coverage.py --write-readme  # refresh the table between the README's coverage markers
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_checks import load_spec
from spec_reader import spec_reader

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- coverage:start -->", "<!-- coverage:end -->"
GROUP_ORDER = [
    "taobao.goods", "taobao.order", "taobao.aftersales", "taobao.cart", "taobao.callback",
    "1688.goods", "1688.order", "1688.aftersales", "1688.cart", "1688.marketing", "1688.callback",
    "foundations", "warehouse",
]  # fmt: skip


keys_by_kind = spec_reader.keys_by_kind


def table(spec: dict[str, Any]) -> str:
    covered = spec_reader.coverage(spec)
    counts = covered.by_group
    groups = GROUP_ORDER + sorted({g for c in counts.values() for g in c} - set(GROUP_ORDER))
    lines = ["| group | operations | callbacks | pending | total |", "|---|---:|---:|---:|---:|"]
    for group in groups:
        row = [counts[kind][group] for kind in ("operations", "callbacks", "pending")]
        if sum(row):
            lines.append(f"| {group} | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    totals = [covered.operations, covered.callbacks, covered.pending]
    lines.append(f"| **all** | **{totals[0]}** | **{totals[1]}** | **{totals[2]}** | **{sum(totals)}** |")
    lines.append("")
    lines.append(
        f"{totals[0]} operations, {totals[1]} callbacks and {totals[2]} pending of the {covered.documented} "
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
