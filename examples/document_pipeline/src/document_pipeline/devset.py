"""`docpipe devset build DIR`: the real-document development set, rebuilt from its recipe.

The documents are public files of other projects, never copied here. The recipe
(`devset/sources/*.json`, one file per source repository) names each document by repository,
commit, path and sha256, with its licence and its labels; a document may also be one record of
a CSV or JSON file (a support ticket of a help-desk export). Building fetches each file at its
commit from GitHub (or from local git mirrors of the repositories), checks its sha256, writes
it under its labelled name and writes the `labels.json` that `docpipe evaluate` reads.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from document_pipeline.evaluation import LABELS_FILE

RECIPE = Path(__file__).resolve().parents[2] / "devset" / "sources"
RAW_URL = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"


class RecipeError(ValueError):
    """A recipe entry that cannot be built: a file gone, changed, or a record not found."""


@dataclass(frozen=True)
class Entry:
    repo: str
    commit: str
    licence: str
    file: str
    path: str
    sha256: str
    type: str
    fields: dict[str, Any] = field(default_factory=dict)
    record: int | str | None = None
    columns: tuple[str, ...] = ()


def read_recipe(folder: Path = RECIPE) -> list[Entry]:
    entries = []
    for source in sorted(folder.glob("*.json")):
        data = json.loads(source.read_text(encoding="utf-8"))
        for doc in data["documents"]:
            entries.append(Entry(
                data["repo"], data["commit"], data.get("licence", "unknown"), doc["file"],
                doc["path"], doc["sha256"], doc["type"], dict(doc.get("fields", {})),
                doc.get("record"), tuple(doc.get("columns", ())),
            ))
    names = Counter(entry.file for entry in entries)
    twice = sorted(name for name, n in names.items() if n > 1)
    if twice:
        raise RecipeError(f"{folder}: these files are named twice: {', '.join(twice)}")
    return entries


class Fetcher:
    """The bytes of a file at a commit: from a local git mirror when one has it, else GitHub."""

    def __init__(self, mirrors: Path | None) -> None:
        self.mirrors = mirrors
        self._cache: dict[tuple[str, str, str], bytes] = {}

    def _git_dir(self, repo: str) -> Path | None:
        if self.mirrors is None:
            return None
        owner, name = repo.split("/", 1)
        for candidate in (self.mirrors / f"{owner}+{name}" / "repo",
                          self.mirrors / f"{owner}+{name}", self.mirrors / owner / name):
            if (candidate / "HEAD").is_file():
                return candidate
        return None

    def get(self, repo: str, commit: str, path: str) -> bytes:
        key = (repo, commit, path)
        if key not in self._cache:
            self._cache[key] = self._fetch(repo, commit, path)
        return self._cache[key]

    def _fetch(self, repo: str, commit: str, path: str) -> bytes:
        git_dir = self._git_dir(repo)
        if git_dir is not None:
            done = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "blob",
                                   f"{commit}:{path}"], capture_output=True, check=False)
            if done.returncode == 0:
                return done.stdout
        url = RAW_URL.format(repo=repo, commit=commit, path=urllib.parse.quote(path))
        try:
            with urllib.request.urlopen(url, timeout=60) as answer:
                return bytes(answer.read())
        except (urllib.error.URLError, TimeoutError) as error:
            raise RecipeError(f"{repo}@{commit[:10]}:{path}: cannot fetch: {error}") from None


def document_bytes(entry: Entry, content: bytes) -> bytes:
    """The document itself: the file, or one record of it joined from its columns."""
    digest = hashlib.sha256(content).hexdigest()
    if digest != entry.sha256:
        raise RecipeError(f"{entry.file}: {entry.repo}:{entry.path} has sha256 {digest}, "
                          f"the recipe says {entry.sha256}")
    if entry.record is None:
        return content
    text = content.decode("utf-8-sig")
    if isinstance(entry.record, int):
        rows = list(csv.DictReader(io.StringIO(text)))
        if not 0 <= entry.record < len(rows):
            raise RecipeError(f"{entry.file}: {entry.path} has no row {entry.record}")
        record: Any = rows[entry.record]
    else:
        record = json.loads(text)
        for part in entry.record.strip("/").split("/"):
            record = record[int(part)] if isinstance(record, list) else record[part]
    parts = [str(record.get(column) or "").strip() for column in entry.columns]
    return ("\n\n".join(part for part in parts if part) + "\n").encode()


def build(out: Path, mirrors: Path | None = None, recipe: Path = RECIPE) -> list[Entry]:
    """Write every document of the recipe and its labels.json into `out`."""
    entries = read_recipe(recipe)
    fetcher = Fetcher(mirrors)
    labels = []
    for entry in entries:
        target = out / entry.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(document_bytes(entry, fetcher.get(entry.repo, entry.commit,
                                                             entry.path)))
        labels.append({"file": entry.file, "type": entry.type, "fields": entry.fields})
    (out / LABELS_FILE).write_text(json.dumps({"documents": labels}, indent=1,
                                              ensure_ascii=False) + "\n", encoding="utf-8")
    return entries


@click.group("devset")
def devset_command() -> None:
    """The real-document development set (public files of other projects, by recipe)."""


@devset_command.command("build")
@click.argument("out", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.option("--git-mirrors", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of bare git mirrors (owner+name/repo) to read before GitHub.")
@click.option("--recipe", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=RECIPE, show_default=True, help="The folder of source files (*.json).")
def build_command(out: Path, git_mirrors: Path | None, recipe: Path) -> None:
    """Fetch the recipe's documents into DIR, check each sha256, write DIR/labels.json."""
    try:
        entries = build(out, git_mirrors, recipe)
    except RecipeError as error:
        raise click.ClickException(str(error)) from None
    kinds = Counter(entry.type for entry in entries)
    sources = len({entry.repo for entry in entries})
    click.echo(f"{len(entries)} documents from {sources} repositories in {out}: "
               + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
               + f"\nscore them: docpipe evaluate {out}")
