"""Servers that fail the way real ones do, on 127.0.0.1, for the fault tests and
bench/faults.py.

HangingProxy relays TCP to a real server (PostgreSQL, Redis) until `hang()`: from then on it
accepts new connections and keeps them open without a word, and stops relaying on the ones
it has, in both directions, as a server that is stopped or swapping would. `resume()` lets
everything through again. With no target it is a server that accepts and never answers.
"""

import contextlib
import selectors
import socket
import threading


class HangingProxy:
    def __init__(self, target=None):
        self.target = target  # (host, port), or None: never answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._hung = threading.Event()
        self._stopped = threading.Event()
        self._sockets = []
        self._lock = threading.Lock()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        threading.Thread(target=self._accept, daemon=True, name="proxy-accept").start()

    def hang(self):
        self._hung.set()

    def resume(self):
        self._hung.clear()

    def stop(self):
        self._stopped.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.close()

    def _keep(self, sock):
        with self._lock:
            self._sockets.append(sock)

    def _accept(self):
        while not self._stopped.is_set():
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            self._keep(client)
            if self.target is None or self._hung.is_set():
                continue  # accepted, never answered
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self._keep(upstream)
            threading.Thread(
                target=self._relay, args=(client, upstream), daemon=True, name="proxy-relay"
            ).start()

    def _relay(self, client, upstream):
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, upstream)
        selector.register(upstream, selectors.EVENT_READ, client)
        try:
            while not self._stopped.is_set():
                if self._hung.is_set():
                    self._stopped.wait(0.05)  # the bytes wait in the kernel's buffers
                    continue
                for key, _events in selector.select(timeout=0.05):
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        except OSError:
            return
        finally:
            selector.close()
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.close()
