"""The pinned requirement wheel: fetched by pip, checked by sha256, unpacked once."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from lamina.conformance.pinned import (
    REQUIREMENTS_WHEEL,
    PinnedWheel,
    RequirementsUnavailable,
    pinned_requirements,
)

FOLDER = "demo_requirements/test_requirements"


def build_wheel(index: Path, version: str = "1.0.0") -> PinnedWheel:
    """A real wheel of two requirement files, in a folder pip reads as its only index."""
    index.mkdir(parents=True, exist_ok=True)
    dist = f"demo_requirements-{version}.dist-info"
    archive = index / f"demo_requirements-{version}-py3-none-any.whl"
    with zipfile.ZipFile(archive, "w") as wheel:
        wheel.writestr(f"{FOLDER}/step/1-1.yaml", "description: one\n")
        wheel.writestr(f"{FOLDER}/wait/2-1.yaml", "description: two\n")
        wheel.writestr("demo_requirements/__init__.py", "")
        wheel.writestr(
            f"{dist}/METADATA",
            f"Metadata-Version: 2.1\nName: demo-requirements\nVersion: {version}\n"
            "Requires-Python: >=3.14\n",
        )
        wheel.writestr(
            f"{dist}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
            "Tag: py3-none-any\n"
        )
        wheel.writestr(f"{dist}/RECORD", "")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    return PinnedWheel("demo-requirements", version, digest, FOLDER)


@pytest.fixture
def offline_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """pip sees only a local folder, and Lamina's cache is empty."""
    index = tmp_path / "index"
    index.mkdir()
    monkeypatch.setenv("LAMINA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(index))
    return index


def test_the_wheel_is_fetched_by_pip_unpacked_and_then_read_from_the_cache(
    offline_index: Path, tmp_path: Path
) -> None:
    wheel = build_wheel(offline_index)
    folder = pinned_requirements(wheel)
    assert folder == tmp_path / "cache" / "conformance" / "demo-requirements-1.0.0"
    assert (folder / "step" / "1-1.yaml").read_text() == "description: one\n"
    assert sorted(p.name for p in folder.iterdir()) == ["step", "wait"]
    for archive in offline_index.iterdir():
        archive.unlink()
    assert pinned_requirements(wheel) == folder  # no second fetch: the index is empty now
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no scratch left


def test_bytes_that_do_not_match_the_pinned_sha256_are_refused(
    offline_index: Path, tmp_path: Path
) -> None:
    wheel = build_wheel(offline_index)
    forged = PinnedWheel(wheel.project, wheel.version, "0" * 64, wheel.folder)
    with pytest.raises(RequirementsUnavailable, match="not the pinned 0000"):
        pinned_requirements(forged)
    assert list((tmp_path / "cache" / "conformance").iterdir()) == []


def test_an_unreachable_index_names_the_command_that_fetches_the_wheel(
    offline_index: Path,
) -> None:
    with pytest.raises(RequirementsUnavailable) as raised:
        pinned_requirements(REQUIREMENTS_WHEEL)
    message = raised.value.message
    assert "could not be fetched" in message
    assert (
        "pip download --no-deps --only-binary=:all: --python-version 3.14"
        in message
    )
    assert "aws-durable-execution-conformance-tests==1.0.0" in message
    assert "--requirements" in message


def test_the_pinned_set_is_awss_155_requirements(requirements_dir: Path) -> None:
    assert len(list(requirements_dir.glob("*/*.yaml"))) == 155
