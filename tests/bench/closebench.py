#!/usr/bin/env python3
"""tests/bench/closebench.py - does `serve` give memory back when documents
close? (issue 11: "266 MB after 10,000 documents were opened and closed")

Spawns `BIN serve --no-scan`, opens N .fhirpath documents of 200
expressions each (waiting every 500 for the server to catch up), closes
them all, and prints VmRSS and VmHWM from /proc before, after opening and
after closing. Python 3 standard library; Linux.

    python3 tests/bench/closebench.py build/fhirpath-ls 3000
"""
import json, os, subprocess, sys
p = subprocess.Popen([sys.argv[1], "serve", "--no-scan"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
buf=b""
import threading, queue
q=queue.Queue()
def reader():
    b=b""
    while True:
        c=os.read(p.stdout.fileno(),1<<20)
        if not c: q.put(None); return
        b+=c
        while True:
            i=b.find(b"\r\n\r\n")
            if i<0: break
            n=int(b[:i].split(b":")[1])
            if len(b)<i+4+n: break
            q.put(json.loads(b[i+4:i+4+n])); b=b[i+4+n:]
threading.Thread(target=reader,daemon=True).start()
def send(o):
    b=json.dumps(o).encode(); p.stdin.write(b"Content-Length: %d\r\n\r\n"%len(b)+b)
def recv():
    m=q.get()
    if m is None: raise SystemExit("eof")
    return m
def wait(f):
    while True:
        m=recv()
        if f(m): return m
def rss():
    for l in open("/proc/%d/status"%p.pid):
        if l.startswith("VmRSS") or l.startswith("VmHWM"): print(l.strip(), end="  ")
    print()
send({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":None,"capabilities":{}}}); wait(lambda m:m.get("id")==1)
text = "// @context Patient\n" + "\n".join("name.where(use = 'official').given.first() + '%d' | telecom.where(system = 'phone').value" % i for i in range(200)) + "\n"
rss()
N=int(sys.argv[2])
for i in range(N):
    uri="file:///w/d%d.fhirpath"%i
    send({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":uri,"languageId":"fhirpath","version":1,"text":text}}})
    if i % 500 == 499:
        send({"jsonrpc":"2.0","id":5000+i,"method":"shutdown_probe_unknown"}); wait(lambda m: m.get("id")==5000+i)
print("after opening %d:" % N, end=" "); rss()
for i in range(N):
    send({"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/d%d.fhirpath"%i}}})
send({"jsonrpc":"2.0","id":2,"method":"shutdown_probe_unknown2"}); wait(lambda m: m.get("id")==2)
import time; time.sleep(0.5)
print("after closing:", end=" "); rss()
send({"jsonrpc":"2.0","id":999,"method":"shutdown"}); wait(lambda m:m.get("id")==999); send({"jsonrpc":"2.0","method":"exit"}); p.wait()
