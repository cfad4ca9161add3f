#!/usr/bin/env python3
"""Simulated gateways' CoA ports for scripts/bench/switch: one UDP socket per gateway on its own loopback
address (127.1.(g / 250).(g % 250 + 1):PORT, as SessionLoad.java and the bench district number them), one
thread. A CoA-Request or Disconnect-Request with a correct Request Authenticator [RFC 5176 §3.5] is
answered at once with a CoA-ACK (Disconnect-ACK) signed with the secret; anything else is counted and not
answered. Every request is written to OUT as it arrives: "epoch_ms gateway code session rate" (session =
Acct-Session-Id, rate = Mikrotik-Rate-Limit, "-" when absent). Runs until SIGTERM or SECONDS have passed.

    coa-gateways.py PORT SECRET GATEWAYS OUT SECONDS
"""
import hashlib
import selectors
import signal
import socket
import sys
import time

port, secret, gateways, out_path, seconds = int(sys.argv[1]), sys.argv[2].encode(), int(sys.argv[3]), \
    sys.argv[4], float(sys.argv[5])
MIKROTIK, RATE_LIMIT = 14988, 8
stop = False


def on_term(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGINT, on_term)

sel = selectors.DefaultSelector()
for g in range(gateways):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    s.bind((f"127.1.{g // 250}.{g % 250 + 1}", port))
    s.setblocking(False)
    sel.register(s, selectors.EVENT_READ, g)


def attributes(body):
    i = 0
    while i + 2 <= len(body):
        t, n = body[i], body[i + 1]
        if n < 2 or i + n > len(body):
            return
        yield t, body[i + 2:i + n]
        i += n


def handle(data):
    """(answer bytes or None, code, session, rate)"""
    if len(data) < 20 or int.from_bytes(data[2:4], "big") != len(data):
        return None, "malformed", "-", "-"
    code, ident = data[0], data[1]
    if code not in (40, 43):
        return None, f"code{code}", "-", "-"
    expected = hashlib.md5(data[:4] + bytes(16) + data[20:] + secret).digest()
    if expected != data[4:20]:
        return None, "badauth", "-", "-"
    session, rate = "-", "-"
    for t, v in attributes(data[20:]):
        if t == 44:
            session = v.decode("ascii", "replace")
        elif t == 26 and len(v) > 6 and int.from_bytes(v[:4], "big") == MIKROTIK and v[4] == RATE_LIMIT:
            rate = v[6:6 + v[5] - 2].decode("ascii", "replace").replace(" ", "_")
    reply_code = 44 if code == 43 else 41
    head = bytes([reply_code, ident, 0, 20])
    auth = hashlib.md5(head + data[4:20] + secret).digest()
    return head + auth, "coa" if code == 43 else "disconnect", session, rate


deadline = time.monotonic() + seconds
with open(out_path, "w", buffering=1 << 16) as out:
    print(f"listening on {gateways} gateways, port {port}", file=sys.stderr, flush=True)
    while not stop and time.monotonic() < deadline:
        for key, _ in sel.select(timeout=0.2):
            s, g = key.fileobj, key.data
            while True:
                try:
                    data, peer = s.recvfrom(4096)
                except BlockingIOError:
                    break
                now_ms = time.time() * 1000
                answer, code, session, rate = handle(data)
                if answer is not None:
                    s.sendto(answer, peer)
                out.write(f"{now_ms:.1f} {g} {code} {session} {rate}\n")
