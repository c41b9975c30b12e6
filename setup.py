"""Packages for setuptools (the metadata is in pyproject.toml).

The application's data stays in the top-level `resources/` and `exports/` folders, the source of truth, and
ships inside the wheel as the data packages `qlist_desktop.resources` and `qlist_desktop.exports` (with every
sub-folder), where `qlist_desktop.paths` finds them by their import spec.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

ROOT = Path(__file__).parent
DATA = {"resources": ("*.ts",), "exports": ()}  # folder → file patterns left out of the wheel

packages = find_namespace_packages(include=["qlist_desktop*"], exclude=["*.__pycache__"])
package_dir = {}
package_data = {"qlist_desktop.storage.migrations": ["*.mako"]}
exclude_data = {}
for folder, skipped in DATA.items():
    for sub in [ROOT / folder, *sorted(p for p in (ROOT / folder).rglob("*") if p.is_dir())]:
        name = ".".join(("qlist_desktop", *sub.relative_to(ROOT).parts))
        packages.append(name)
        package_dir[name] = str(sub.relative_to(ROOT))
        package_data[name] = ["*"]
        exclude_data[name] = list(skipped)

setup(packages=packages, package_dir=package_dir, package_data=package_data, exclude_package_data=exclude_data)
