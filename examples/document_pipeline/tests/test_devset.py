"""`docpipe devset build`: documents fetched by recipe from git at a commit, checked by sha256,
records cut out of CSV and JSON files, and the labels `docpipe evaluate` reads."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from document_pipeline.devset import RECIPE, RecipeError, build, devset_command, read_recipe
from document_pipeline.evaluation import DOCUMENT_TYPES, FIELD_NAMES, load_labels

TICKETS = ("id,subject,body\n1,Login broken,I cannot log in since today.\n"
           "2,Refund,Please refund order 55.\n")
THREADS = {"data": [{"title": "Printer", "text": "It jams."},
                    {"title": "VPN", "text": "It drops."}]}


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture
def mirrors(tmp_path: Path) -> tuple[Path, str]:
    """A folder of git mirrors holding acme/docs at one commit."""
    work = tmp_path / "work"
    (work / "fixtures").mkdir(parents=True)
    (work / "fixtures" / "invoice.txt").write_text("INVOICE 17\nTotal EUR 10.00\n")
    (work / "tickets.csv").write_text(TICKETS)
    (work / "threads.json").write_text(json.dumps(THREADS))
    git("init", "-q", cwd=work)
    git("add", ".", cwd=work)
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "docs", cwd=work)
    commit = git("rev-parse", "HEAD", cwd=work)
    (work / "fixtures" / "invoice.txt").write_text("changed after the commit\n")
    git("clone", "-q", "--bare", str(work), str(tmp_path / "mirrors" / "acme+docs" / "repo"),
        cwd=tmp_path)
    return tmp_path / "mirrors", commit


def sha(data: str) -> str:
    return hashlib.sha256(data.encode()).hexdigest()


def write_recipe(folder: Path, commit: str, documents: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "acme--docs.json").write_text(json.dumps(
        {"repo": "acme/docs", "commit": commit, "licence": "MIT", "documents": documents}))
    return folder


def test_builds_files_and_records_with_their_labels(
    mirrors: tuple[Path, str], tmp_path: Path
) -> None:
    folder, commit = mirrors
    recipe = write_recipe(tmp_path / "recipe", commit, [
        {"file": "invoice/acme-17.txt", "path": "fixtures/invoice.txt",
         "sha256": sha("INVOICE 17\nTotal EUR 10.00\n"), "type": "invoice",
         "language": "en", "fields": {"total": 10.0, "currency": "EUR"}},
        {"file": "support_ticket/acme-refund.txt", "path": "tickets.csv", "record": 1,
         "columns": ["subject", "body"], "sha256": sha(TICKETS), "type": "support_ticket"},
        {"file": "support_ticket/acme-vpn.txt", "path": "threads.json", "record": "/data/1",
         "columns": ["title", "text"], "sha256": sha(json.dumps(THREADS)),
         "type": "support_ticket"},
    ])
    out = tmp_path / "out"
    result = CliRunner().invoke(devset_command, ["build", str(out), "--git-mirrors",
                                                 str(folder), "--recipe", str(recipe)])
    assert result.exit_code == 0, result.output
    assert "3 documents from 1 repositories" in result.output
    # The file as it was at the recipe's commit, not as it is now.
    assert (out / "invoice/acme-17.txt").read_text() == "INVOICE 17\nTotal EUR 10.00\n"
    refund = (out / "support_ticket/acme-refund.txt").read_text()
    assert refund == "Refund\n\nPlease refund order 55.\n"
    assert (out / "support_ticket/acme-vpn.txt").read_text() == "VPN\n\nIt drops.\n"
    labels = load_labels(out)
    assert labels.ignored == {}
    assert [(d.file, d.type, d.fields) for d in labels.documents][0] == (
        "invoice/acme-17.txt", "invoice", {"total": 10.0, "currency": "EUR"})


def test_a_changed_file_is_refused_by_its_sha256(mirrors: tuple[Path, str], tmp_path: Path) -> None:
    folder, commit = mirrors
    recipe = write_recipe(tmp_path / "recipe", commit, [
        {"file": "invoice/x.txt", "path": "fixtures/invoice.txt", "sha256": sha("other"),
         "type": "invoice"}])
    changed = r"invoice/x.txt: acme/docs:fixtures/invoice.txt has sha256 \w+, the recipe says"
    with pytest.raises(RecipeError, match=changed):
        build(tmp_path / "out", folder, recipe)
    assert not (tmp_path / "out" / "labels.json").exists()


def test_the_shipped_recipe_is_well_formed() -> None:
    entries = read_recipe(RECIPE)
    assert len(entries) >= 100
    for entry in entries:
        assert entry.type in DOCUMENT_TYPES and entry.file.startswith(entry.type + "/")
        assert len(entry.commit) == 40 and len(entry.sha256) == 64
        assert set(entry.fields) <= set(FIELD_NAMES[entry.type]), entry.file
        assert entry.licence
