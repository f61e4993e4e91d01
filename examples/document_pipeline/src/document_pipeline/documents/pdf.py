"""PDF: text with pypdfium2 (fast, tolerant); encryption and embedded files with pypdf."""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from pypdf import PasswordType, PdfReader

from document_pipeline.documents.einvoice import (
    EInvoiceError,
    declared_type,
    einvoice_fields,
    is_einvoice,
    is_einvoice_name,
    parse_xml,
)
from document_pipeline.documents.model import PDF, Document
from document_pipeline.documents.plain import normalise_whitespace

MAX_PAGES = 500
# PDFium is not thread-safe; agents may read documents from several threads of one process.
PDFIUM_LOCK = threading.Lock()


@dataclass
class _Structure:
    """What pypdf finds: whether the text is locked, and the files embedded in the PDF."""

    locked: bool = False
    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_pdf(data: bytes, name: str) -> Document:
    structure = _read_structure(data)
    if structure.locked:
        return Document(name, PDF, "", len(data), problems=("encrypted PDF",))
    text, pages, problems = _extract_text(data)
    damage = _damage(data)
    if damage:
        # The damage explains the failures that follow from it; say it once.
        problems = [damage, *(p for p in problems if not p.startswith("corrupt PDF: Failed"))]
    if damage or pages is None:
        structure.problems.clear()
    if pages and not text.strip():
        problems.append("PDF has no text layer (a scanned image?)")
    invoice, declared, invoice_problems = _embedded_invoice(structure.files)
    return Document(
        name=name,
        media_type=PDF,
        text=text,
        size=len(data),
        pages=pages,
        attachments=tuple(structure.files),
        embedded_invoice=invoice,
        problems=tuple(dict.fromkeys([*problems, *structure.problems, *invoice_problems])),
        declared_type=declared,
    )


def _read_structure(data: bytes) -> _Structure:
    structure = _Structure()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            # Only a PDF with an empty user password (permissions only) can be read.
            structure.locked = True
            return structure
        structure.files = _attachments(reader)
    except Exception as error:
        if b"/Encrypt" in data:
            structure.locked = True
        elif data.lstrip()[:5] == b"%PDF-":
            structure.problems.append(f"embedded files unreadable: {_describe(error)}")
    return structure


def _damage(data: bytes) -> str | None:
    if b"%PDF-" not in data[:1024]:
        return "corrupt PDF: no %PDF- header"
    if b"%%EOF" not in data[-2048:]:
        return "corrupt PDF: truncated (no %%EOF marker at the end)"
    return None


def _attachments(reader: PdfReader) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name, contents in reader.attachments.items():
        # A damaged name tree can hand back names and contents of any PDF object type.
        text = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        if contents and isinstance(contents[0], bytes):
            files[text] = contents[0]
    return files


def _extract_text(data: bytes) -> tuple[str, int | None, list[str]]:
    problems: list[str] = []
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            return "", None, [f"corrupt PDF: {_describe(error)}"]
        try:
            pages = len(pdf)
            texts = [_page_text(pdf, index, problems) for index in range(min(pages, MAX_PAGES))]
        finally:
            pdf.close()
    if pages > MAX_PAGES:
        problems.append(f"only the first {MAX_PAGES} of {pages} pages read")
    return normalise_whitespace("\n\n".join(texts)), pages, problems


def _page_text(pdf: Any, index: int, problems: list[str]) -> str:
    try:
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                return str(textpage.get_text_range())
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError as error:
        problems.append(f"corrupt PDF: page {index + 1}: {_describe(error)}")
        return ""


def _embedded_invoice(
    files: dict[str, bytes],
) -> tuple[dict[str, Any] | None, str | None, list[str]]:
    """The e-invoice embedded in a PDF (Factur-X, ZUGFeRD, XRechnung), and the type the
    embedded business XML declares (an Order-X PDF is an order)."""
    named = [name for name in files if is_einvoice_name(name)]
    others = [name for name in files if name.lower().endswith(".xml") and name not in named]
    problems: list[str] = []
    declared = None
    for name in [*named, *others]:
        try:
            root = parse_xml(files[name])
            if is_einvoice(root):
                return einvoice_fields(root), "invoice", problems
            declared = declared or declared_type(root)
            if name in named:
                problems.append(
                    f"embedded {name}: not a CII or UBL invoice: root element {root.tag}")
        except EInvoiceError as error:
            if name in named:
                problems.append(f"embedded {name}: {error}")
    return None, declared, problems


def _describe(error: Exception) -> str:
    return str(error) or type(error).__name__
