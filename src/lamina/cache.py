"""Lamina's cache: folders it can always make again (fetched, built or unpacked), each made
once and never changed after.

A folder is filled beside its final place and renamed into it, so a reader never sees half
of one, and two processes making the same folder at once both end with the same one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def cache_dir() -> Path:
    """`LAMINA_CACHE_DIR`, else `$XDG_CACHE_HOME/lamina`, else `~/.cache/lamina`."""
    if os.environ.get("LAMINA_CACHE_DIR"):
        return Path(os.environ["LAMINA_CACHE_DIR"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "lamina"


def cached_folder(target: Path, fill: Callable[[Path], None]) -> Path:
    """`target`, made by `fill` (given an empty folder) unless it exists already."""
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-"))
    try:
        fill(scratch)
        scratch.rename(target)
    except OSError:
        if not target.is_dir():  # not merely another process having finished first
            raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target
