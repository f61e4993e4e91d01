"""What a function's folder asks pip for: a requirements.txt, else its pyproject.toml's
dependencies, each installed once into Lamina's cache (pip against the package index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import InvalidParameterValue
from lamina.functions.build import dependencies


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAMINA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def version_in(folder: Path) -> str:
    text = (folder / "six.py").read_text()
    return text.split('__version__ = "')[1].split('"')[0]


def test_a_pyproject_s_dependencies_are_installed_once(tmp_path: Path) -> None:
    code = tmp_path / "code"
    code.mkdir()
    (code / "pyproject.toml").write_text(
        '[project]\nname = "app"\nversion = "1"\ndependencies = ["six==1.15.0"]\n'
    )
    installed = dependencies(code)
    assert installed is not None and version_in(installed) == "1.15.0"
    assert dependencies(code) == installed  # the same text: the same folder, not installed again
    (code / "requirements.txt").write_text("six==1.16.0\n")  # a requirements.txt comes first
    other = dependencies(code)
    assert other is not None and other != installed and version_in(other) == "1.16.0"


def test_nothing_asked_is_nothing_installed_and_a_broken_pyproject_is_named(
    tmp_path: Path,
) -> None:
    assert dependencies(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\n')
    assert dependencies(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[project\n")
    with pytest.raises(InvalidParameterValue, match="pyproject.toml is not valid TOML"):
        dependencies(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\ndependencies = "six"\n')
    with pytest.raises(InvalidParameterValue, match="must be a list of strings"):
        dependencies(tmp_path)
