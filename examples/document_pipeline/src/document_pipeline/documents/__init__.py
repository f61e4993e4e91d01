"""Reading documents into text: PDF (with Factur-X / ZUGFeRD), e-mail, HTML and plain text."""

from document_pipeline.documents.model import Document
from document_pipeline.documents.reader import read_document, read_document_bytes, sniff_media_type

__all__ = ["Document", "read_document", "read_document_bytes", "sniff_media_type"]
