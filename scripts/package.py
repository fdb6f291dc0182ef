"""Build dist/urflow-<version>.zip, the file users install through "Install from ZIP".

The zip holds one folder, ``urflow/``, with the plugin and nothing for developers: the paths
marked ``export-ignore`` in .gitattributes, hidden folders, build output, caches and ``.ts``
sources stay out; compiled ``.qm`` translations go in (run ``make qm`` first, as ``make
package`` does).
"""

import argparse
import configparser
import fnmatch
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ALWAYS_OUT = ("dist", "demo-output", "__pycache__", "*.pyc", "*.ts", "*.qgz~")


def export_ignored() -> list:
    patterns = []
    for line in (REPO / ".gitattributes").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and "export-ignore" in parts[1:]:
            patterns.append(parts[0].rstrip("/"))
    return patterns


def is_excluded(relative: Path, patterns) -> bool:
    if any(part.startswith(".") for part in relative.parts):
        return True
    for pattern in list(patterns) + list(ALWAYS_OUT):
        if any(fnmatch.fnmatch(part, pattern) for part in relative.parts):
            return True
        if fnmatch.fnmatch(relative.as_posix(), pattern):
            return True
    return False


def plugin_files() -> list:
    patterns = export_ignored()
    files = []
    for path in sorted(REPO.rglob("*")):
        relative = path.relative_to(REPO)
        if path.is_file() and not path.is_symlink() and not is_excluded(relative, patterns):
            files.append(relative)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="dist", help="folder for the zip (default: dist)")
    args = parser.parse_args()

    missing_qm = [
        ts
        for ts in (REPO / "resources" / "i18n").glob("*.ts")
        if not ts.with_suffix(".qm").exists()
    ]
    if missing_qm:
        print(f"package: compile translations first (make qm): {missing_qm}", file=sys.stderr)
        return 1
    meta = configparser.ConfigParser(interpolation=None)
    meta.read(REPO / "metadata.txt", encoding="utf-8")
    version = meta["general"]["version"]

    out_dir = Path(args.out)
    if not out_dir.is_absolute():
        out_dir = REPO / out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"urflow-{version}.zip"
    files = plugin_files()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            archive.write(REPO / relative, f"urflow/{relative.as_posix()}")
    print(f"{target} ({len(files)} files, {target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
