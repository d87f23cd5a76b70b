#!/usr/bin/env python3
"""A real SMTP server for the fan-out benchmark: listens on loopback, accepts every mail (with
PIPELINING), keeps nothing but each mail's arrival time, Message-ID, recipient and, for confirmation mails, the
token of the link, and writes them to a file. Not part of the application."""
import asyncio, quopri, re, sys, time

PORT = int(sys.argv[1])
OUT = sys.argv[2]
TOKENS = sys.argv[3]
MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.I | re.M)
TOKEN = re.compile(rb"/subscribe/confirm\?token=([A-Za-z0-9_-]+)")
log = open(OUT, "a", buffering=1)
tokens = open(TOKENS, "a", buffering=1)


async def session(reader, writer):
    writer.write(b"220 sink ESMTP\r\n")
    rcpt = b""
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line[:4].upper()
        if cmd in (b"EHLO", b"HELO"):
            writer.write(b"250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
        elif cmd == b"MAIL":
            writer.write(b"250 ok\r\n")
        elif cmd == b"RCPT":
            rcpt = line[8:].strip().strip(b"<>")
            writer.write(b"250 ok\r\n")
        elif cmd == b"DATA":
            writer.write(b"354 go\r\n")
            await writer.drain()
            data = await reader.readuntil(b"\r\n.\r\n")
            now = time.time()
            m = MESSAGE_ID.search(data)
            # The raw text first: decoding a 7-bit body as quoted-printable would turn "token=d6…"
            # into a byte. Decoded only when the raw text does not hold the link whole (a soft line
            # break of a quoted-printable body may fall inside it).
            found = TOKEN.search(data) or TOKEN.search(quopri.decodestring(data))
            if found:
                tokens.write(rcpt.decode() + " " + found.group(1).decode() + "\n")
            else:
                log.write("%.6f %s %s\n" % (now, m.group(1).decode() if m else "-", rcpt.decode() or "-"))
            writer.write(b"250 queued\r\n")
        elif cmd == b"RSET" or cmd == b"NOOP":
            writer.write(b"250 ok\r\n")
        elif cmd == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"502 no\r\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()

asyncio.run(main())
