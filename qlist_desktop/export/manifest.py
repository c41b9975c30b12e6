"""`manifest.json` and `SHA256SUMS` of a bundle, and checking a bundle against them (`qlist verify`).

SHA256SUMS lists every file of the bundle but itself, in the format `sha256sum -c` accepts, so the
office can check a bundle without this program. manifest.json lists the same files with their sizes
and is itself listed in SHA256SUMS, so neither can be changed without the check noticing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qlist_desktop.export.safe_write import FileEntry, file_sha256

MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
MANIFEST_SCHEMA = "qlist-desktop/bundle-manifest"
MANIFEST_VERSION = 1
_SUM_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


def manifest_bytes(meta: dict[str, Any], files: dict[str, FileEntry]) -> bytes:
    data = {
        "schema": MANIFEST_SCHEMA,
        "schema_version": MANIFEST_VERSION,
        **meta,
        "files": [{"path": p, "size": e.size, "sha256": e.sha256} for p, e in sorted(files.items())],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def checksums_bytes(files: dict[str, FileEntry]) -> bytes:
    return "".join(f"{e.sha256}  {p}\n" for p, e in sorted(files.items())).encode("utf-8")


@dataclass(frozen=True)
class Problem:
    kind: str  # missing / changed / added / unlisted / unreadable
    path: str
    message: str


def parse_checksums(text: str) -> tuple[dict[str, str], list[str]]:
    """Entries of a SHA256SUMS text and the lines that are not entries."""
    entries: dict[str, str] = {}
    bad: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _SUM_LINE.match(line)
        if match:
            entries[match.group(2)] = match.group(1)
        else:
            bad.append(line)
    return entries, bad


def _bundle_files(root: Path) -> tuple[set[str], set[str]]:
    files, dirs = set(), set()
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            dirs.add(rel)
        else:
            files.add(rel)
    return files, dirs


def verify_bundle(root: Path) -> list[Problem]:
    """Every problem of a bundle folder; empty when every listed file is there, intact, and nothing is added."""
    if not root.is_dir():
        return [Problem("missing", str(root), f"报送包文件夹不存在：{root}")]
    sums_path = root / CHECKSUMS
    if not sums_path.is_file():
        return [Problem("missing", CHECKSUMS, f"缺少校验文件 {CHECKSUMS}，无法校验（这不是完整的报送包）")]
    try:
        expected, bad_lines = parse_checksums(sums_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem("unreadable", CHECKSUMS, f"校验文件 {CHECKSUMS} 无法读取（{exc}）")]
    problems = [Problem("changed", CHECKSUMS, f"校验文件 {CHECKSUMS} 中有无法识别的行：{line[:80]}")
                for line in bad_lines]
    present, dirs = _bundle_files(root)
    for rel, digest in sorted(expected.items()):
        path = root / rel
        if rel not in present:
            problems.append(Problem("missing", rel, f"缺少文件：{rel}"))
            continue
        try:
            actual = file_sha256(path)
        except OSError as exc:
            problems.append(Problem("unreadable", rel, f"文件无法读取：{rel}（{exc.strerror}）"))
            continue
        if actual != digest:
            problems.append(Problem("changed", rel, f"文件内容已被改动（校验值不符）：{rel}"))
    for rel in sorted(present - set(expected) - {CHECKSUMS}):
        problems.append(Problem("added", rel, f"多出了未登记的文件：{rel}"))
    listed_dirs = {p.rsplit("/", 1)[0] for p in expected if "/" in p}
    listed_dirs |= {d.rsplit("/", i)[0] for d in list(listed_dirs) for i in range(1, d.count("/") + 1)}
    for rel in sorted(dirs - listed_dirs):
        if not any(p.startswith(rel + "/") for p in present):
            problems.append(Problem("added", rel, f"多出了未登记的文件夹：{rel}"))
    problems += _manifest_problems(root, expected)
    return problems


def _manifest_problems(root: Path, expected: dict[str, str]) -> list[Problem]:
    if MANIFEST not in expected:
        return [Problem("unlisted", MANIFEST, f"{CHECKSUMS} 未登记 {MANIFEST}")]
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        listed = {f["path"]: f["sha256"] for f in data["files"]}
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return []  # a missing or changed manifest is already reported through its checksum
    problems = []
    for rel in sorted(set(listed) ^ (set(expected) - {MANIFEST})):
        problems.append(Problem("unlisted", rel, f"{MANIFEST} 与 {CHECKSUMS} 的文件清单不一致：{rel}"))
    for rel in sorted(set(listed) & set(expected)):
        if listed[rel] != expected[rel]:
            problems.append(Problem("changed", rel, f"{MANIFEST} 与 {CHECKSUMS} 中的校验值不一致：{rel}"))
    return problems
