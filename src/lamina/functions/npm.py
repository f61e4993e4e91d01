"""Installing a Node.js function's `package.json` into its `node_modules`, as `sam build`
does: `npm ci` when a lock file is there, `npm install` otherwise; again only when the
manifest or the lock file changed. `lamina run` does it before a function's first process
starts, `lamina deploy` before packaging.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import subprocess
import threading
from pathlib import Path

from lamina.cache import cache_dir
from lamina.errors import InvalidParameterValue

_built: dict[str, str] = {}  # package folder -> digest of its manifest when last installed
_building = threading.Lock()


def install_packages(code_dir: Path) -> None:
    """Install the folder's package.json, unless it is installed as it says already."""
    manifest = code_dir / "package.json"
    if not manifest.is_file():
        return
    lock = code_dir / "package-lock.json"
    digest = hashlib.sha256(
        manifest.read_bytes() + (lock.read_bytes() if lock.is_file() else b"")
    ).hexdigest()
    stamp = code_dir / "node_modules" / ".lamina-installed"
    if _built.get(str(code_dir)) == digest:
        return
    # One install at a time per folder, across Lamina's processes too: `npm ci` empties
    # node_modules first, under anything else reading it.
    locks = cache_dir() / "npm-locks"
    locks.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(str(code_dir.resolve()).encode()).hexdigest()[:20]
    with _building, (locks / name).open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        if not (stamp.is_file() and stamp.read_text() == digest):
            npm = shutil.which("npm")
            if npm is None:
                raise InvalidParameterValue(f"{manifest}: npm is needed to install it, and missing")
            command = [npm, "ci"] if lock.is_file() else [npm, "install"]
            run_npm([*command, "--no-audit", "--no-fund"], code_dir,
                 f"{' '.join(command)} in {code_dir}")
            stamp.write_text(digest)
        _built[str(code_dir)] = digest



def run_npm(command: list[str], cwd: Path, what: str) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        errors = [line.removeprefix("npm error ") for line in said if line.startswith("npm error")]
        reason = " ".join(errors[:3]) if errors else (said[-1] if said else "")
        raise InvalidParameterValue(f"{what} failed: {reason or f'exit {done.returncode}'}")
