"""Lambda's package limits: 50 MB zipped for an upload in a request, 250 MB unzipped for the
code with its layers, whoever sent them; and the folder digest the development loop watches."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from lamina.errors import InvalidParameterValue, RequestTooLarge
from lamina.functions.packages import (
    MAX_UNZIPPED_BYTES,
    MAX_ZIPPED_BYTES,
    check_package,
    check_upload,
    tree_digest,
)


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_an_upload_over_50_mb_is_refused_but_a_deployed_package_of_that_size_is_not() -> None:
    large = zipped({"app.py": b"", "data.bin": os.urandom(MAX_ZIPPED_BYTES)})
    with pytest.raises(RequestTooLarge, match="Zipped size must be smaller than 52428800"):
        check_upload(large)
    check_package(large, "app.handler")


def test_code_and_layers_together_must_fit_in_250_mb_unzipped() -> None:
    share = MAX_UNZIPPED_BYTES // 2 + 1  # zeros: each zip is small, each part fits alone
    code = zipped({"app.py": b"", "half.bin": bytes(share)})
    layer = zipped({"python/half.bin": bytes(share)})
    check_package(code, "app.handler")
    with pytest.raises(InvalidParameterValue) as refused:
        check_package(code, "app.handler", [layer])
    assert str(refused.value) == (
        "Function code combined with layers exceeds the maximum allowed size of 262144000 "
        f"bytes. The actual size is {2 * share} bytes."
    )


def test_a_package_that_is_not_a_zip_or_lacks_the_handler_is_refused() -> None:
    with pytest.raises(InvalidParameterValue, match="Could not unzip"):
        check_package(b"not a zip", "app.handler")
    with pytest.raises(InvalidParameterValue, match="no module for Handler 'app.handler'"):
        check_package(zipped({"other.py": b""}), "app.handler")


def test_the_folder_digest_follows_files_added_written_and_removed(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("one")
    seen = {tree_digest(tmp_path)}
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "app.cpython-311.pyc").write_bytes(b"compiled")
    assert tree_digest(tmp_path) in seen  # what a package leaves out changes nothing
    (tmp_path / "lib.py").write_text("")
    seen.add(tree_digest(tmp_path))
    (tmp_path / "app.py").write_text("two, longer")
    seen.add(tree_digest(tmp_path))
    (tmp_path / "lib.py").unlink()
    seen.add(tree_digest(tmp_path))
    assert len(seen) == 4


def test_a_node_package_needs_its_handler_module_in_one_of_node_s_extensions() -> None:
    check_package(zipped({"src/app.mjs": b""}), "src/app.handler", node=True)
    check_package(zipped({"index.cjs": b""}), "index.lib.handler", node=True)
    with pytest.raises(InvalidParameterValue, match="expected app.js or app.mjs or app.cjs"):
        check_package(zipped({"app.py": b""}), "app.handler", node=True)
