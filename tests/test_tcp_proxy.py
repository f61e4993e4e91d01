"""The partitioning proxy finds where to cut a PostgreSQL client's stream however TCP splits it."""

from __future__ import annotations

import struct

from tcp_proxy import _ClientMessages

STARTUP = struct.pack("!ii", 8 + 5, 196608) + b"user\x00"  # length, protocol 3.0, body
FLUSH = b"H\x00\x00\x00\x04"
SYNC = b"S\x00\x00\x00\x04"


def message(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("!i", 4 + len(body)) + body


def test_the_cut_comes_right_after_the_flush_of_a_batch_mentioning_the_marker() -> None:
    begin = message(b"Q", b"BEGIN\x00")
    select = message(b"B", b"\x00\x00arn:lamina:abc\x00") + message(b"E", b"\x00\x00\x00\x00\x00")
    commit = message(b"B", b"\x00\x00COMMIT\x00") + SYNC
    stream = STARTUP + begin + select + FLUSH + commit
    cut_after = len(STARTUP + begin + select + FLUSH)
    for split in range(1, len(stream)):  # every way TCP may split it in two
        reader = _ClientMessages()
        first, second = stream[:split], stream[split:]
        asked_first, cut_first = reader.feed(first, b"arn:lamina:abc")
        asked_second, cut_second = reader.feed(second, b"arn:lamina:abc")
        found = cut_first if cut_first is not None else split + (cut_second or 0)
        assert found == cut_after, split
        assert asked_first + asked_second == 3  # Query, Flush, Sync


def test_no_cut_where_the_marker_was_in_an_earlier_batch_or_ended_with_a_sync() -> None:
    reader = _ClientMessages()
    mentioned = message(b"B", b"arn:lamina:abc\x00")
    assert reader.feed(STARTUP + mentioned + SYNC + FLUSH, b"arn:lamina:abc") == (1, None)
    assert reader.feed(mentioned + SYNC, b"arn:lamina:abc") == (1, None)
    assert reader.feed(message(b"B", b"other\x00") + FLUSH, b"arn:lamina:abc") == (1, None)
