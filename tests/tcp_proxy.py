"""A TCP forwarder a test can partition: `cut()` blackholes it, `restore()` heals it. It also
counts the round trips PostgreSQL clients make through it (`answer_requests`) and the
statements they run (`statements`).

A cut forwards nothing in either direction but closes nothing: both ends keep connections
that look alive and calls that wait for an answer, as across a real network partition.
Bytes sent meanwhile stay in the socket buffers (TCP would retransmit them) and arrive
after `restore()`, in order. A connection accepted during a cut reaches the upstream only
once the cut heals.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from urllib.parse import urlsplit

_TICK_S = 0.05  # how often a waiting thread looks whether the proxy was stopped
_CHUNK = 65536
# PostgreSQL's Flush message: a pipelining client (psycopg) asks for its answers so far and
# sends nothing more until they come. Lamina's writes are pipelines that begin with BEGIN,
# so after a Flush the server's session sits inside a transaction, holding its row locks.
_FLUSH = b"H\x00\x00\x00\x04"
# Messages after which a PostgreSQL client waits for the server's answers: Sync (the end of
# an extended-protocol batch or pipeline), Flush (answers so far, mid-pipeline), Query.
_ANSWER_REQUESTS = frozenset(b"SHQ")
# Messages that run a statement: Execute (extended protocol), Query (simple protocol).
_STATEMENTS = frozenset(b"EQ")
# Requests without a type byte that may come before the startup message.
_PRE_STARTUP = (80877103, 80877104)  # SSLRequest, GSSENCRequest


class _ClientMessages:
    """Reads the stream a PostgreSQL client sends (unencrypted: sslmode=disable) and counts
    the messages that ask for answers; several in a row (psycopg ends a pipeline with Sync
    and Flush) are one wait. It also finds where to cut inside a transaction: right after a
    Flush that ends a batch mentioning a marker, wherever TCP split the batch."""

    def __init__(self) -> None:
        self._buffer = b""
        self._started = False
        self._asking = False  # the last message asked for answers
        self._mentioned = False  # a message since the last answer request held the marker
        self.statements = 0  # Execute and Query messages so far

    def feed(self, data: bytes, marker: bytes | None = None) -> tuple[int, int | None]:
        """How many answer requests `data` completes, and the offset in `data` just after
        the first Flush that ends a batch mentioning `marker` (None: no such Flush)."""
        offset = -len(self._buffer)  # where the buffer's first byte is, relative to `data`
        self._buffer += data
        found, cut_at = 0, None
        while True:
            if not self._started:  # length-prefixed, no type byte
                if len(self._buffer) < 8:
                    return found, cut_at
                length = int.from_bytes(self._buffer[:4], "big")
                code = int.from_bytes(self._buffer[4:8], "big")
                if len(self._buffer) < length:
                    return found, cut_at
                self._buffer = self._buffer[length:]
                offset += length
                self._started = code not in _PRE_STARTUP
                continue
            if len(self._buffer) < 5:
                return found, cut_at
            size = 1 + int.from_bytes(self._buffer[1:5], "big")
            if len(self._buffer) < size:
                return found, cut_at
            message, self._buffer = self._buffer[:size], self._buffer[size:]
            offset += size
            self._mentioned |= marker is not None and marker in message
            if message == _FLUSH and self._mentioned and cut_at is None:
                cut_at = offset
            self.statements += message[0] in _STATEMENTS
            asks = message[0] in _ANSWER_REQUESTS
            found += asks and not self._asking
            self._asking = asks
            if asks:
                self._mentioned = False


class TcpProxy:
    """Forwards 127.0.0.1:<port> to `upstream`, one thread per direction per connection."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_TICK_S)
        self.port: int = self._listener.getsockname()[1]
        self.connections = 0  # accepted so far
        self.answer_requests = 0  # round trips asked for by clients, on every connection
        self.statements = 0  # statements clients ran, on every connection
        self._flowing = threading.Event()
        self._flowing.set()
        self._cut_after: bytes | None = None
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._spawn(self._accept, "accept")

    def route(self, database_url: str, query: str | None = None) -> str:
        """`database_url` with this proxy in place of the server (and `query`, if given)."""
        parts = urlsplit(database_url)
        user = parts.netloc.rpartition("@")[0]
        netloc = f"{user}@127.0.0.1:{self.port}" if user else f"127.0.0.1:{self.port}"
        routed = parts._replace(netloc=netloc)
        return (routed if query is None else routed._replace(query=query)).geturl()

    @property
    def cut_now(self) -> bool:
        return not self._flowing.is_set()

    def cut(self) -> None:
        """Stop forwarding both ways; every socket stays open."""
        self._flowing.clear()

    def cut_inside_a_transaction(self, mentioning: bytes) -> None:
        """Cut right after a client's next Flush reaches the server, before its answer, if
        what it sent since its last answer request mentions `mentioning` (a query parameter
        such as a row's key).

        The server runs what came before the Flush (a BEGIN, a `SELECT ... FOR UPDATE`) and
        its session then waits inside that transaction, holding its row locks, for as long
        as the partition lasts.
        """
        self._cut_after = mentioning

    def restore(self) -> None:
        """Forward again, starting with what waited during the cut."""
        self._flowing.set()

    def stop(self) -> None:
        """Close the listener and every connection, and wait for the threads."""
        self._stopped.set()
        with self._lock:
            sockets = list(self._sockets)
            threads = list(self._threads)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(timeout=5)
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()
        self._listener.close()

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, name=f"tcp-proxy-{name}", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()
        return thread

    def _track(self, sock: socket.socket) -> bool:
        """Remember `sock` for `stop`; False (and `sock` closed) if the proxy is stopping."""
        with self._lock:
            if self._stopped.is_set():
                sock.close()
                return False
            self._sockets.add(sock)
            return True

    def _forget(self, *socks: socket.socket) -> None:
        with self._lock:
            for sock in socks:
                self._sockets.discard(sock)
                sock.close()

    def _wait_flowing(self) -> bool:
        """Wait out a cut; False once the proxy is stopped."""
        while not self._flowing.wait(_TICK_S):
            if self._stopped.is_set():
                return False
        return not self._stopped.is_set()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            if not self._track(client):
                return
            self.connections += 1
            self._spawn(self._connect, "connect", client)

    def _connect(self, client: socket.socket) -> None:
        if not self._wait_flowing():
            self._forget(client)
            return
        try:
            upstream = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            self._forget(client)
            return
        upstream.settimeout(None)
        if not self._track(upstream):
            self._forget(client)
            return
        up = self._spawn(self._pump, "up", client, upstream, _ClientMessages())
        self._pump(upstream, client)
        up.join()
        self._forget(client, upstream)

    def _pump(
        self, source: socket.socket, sink: socket.socket, messages: _ClientMessages | None = None
    ) -> None:
        """Copy `source` to `sink` while not cut; on EOF or error, end the connection."""
        try:
            while self._wait_flowing():
                readable, _, _ = select.select([source], [], [], _TICK_S)
                if not readable:
                    continue
                data = source.recv(_CHUNK)
                if not data:
                    break
                # Read just before a cut: it waits for the restore like the rest.
                if not self._wait_flowing():
                    break
                cut_at = None
                if messages is not None:
                    ran = messages.statements
                    asked, cut_at = messages.feed(data, self._cut_after)
                    with self._lock:
                        self.answer_requests += asked
                        self.statements += messages.statements - ran
                if cut_at is None:
                    sink.sendall(data)
                    continue
                # The server gets the batch up to its Flush; the rest waits out the cut.
                sink.sendall(data[:cut_at])
                self._cut_after = None
                self._flowing.clear()
                if not self._wait_flowing():
                    break
                sink.sendall(data[cut_at:])
        except (OSError, ValueError):
            pass  # the other direction or `stop` shut the connection down
        for sock in (source, sink):  # wakes the other direction up: it ends too
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
