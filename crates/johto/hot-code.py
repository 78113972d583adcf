#!/usr/bin/env python3
"""The functions of johto that ran, hottest first: the link order of `hot-code.txt`.

Reads the files of `valgrind --tool=callgrind --demangle=no --compress-strings=no`
(what `johto bench --callgrind DIR` writes) and prints each function of the johto
binary (a file whose name begins with `johto`) that ran, by the instructions it ran
itself, most first. The linker lays them out in that order, together (build.rs), so
the code a server runs lies in few pages rather than scattered among code that never
runs (ARCHITECTURE, "Memory").

    crates/johto/hot-code.py DIR/callgrind.* > crates/johto/hot-code.txt
"""
import sys
from collections import Counter


def is_johto(binary):
    return binary is not None and binary.rsplit("/", 1)[-1].startswith("johto")


own = Counter()
for path in sys.argv[1:]:
    binary = fn = None
    after_calls = False
    with open(path, errors="replace") as f:
        for line in f:
            if after_calls:
                after_calls = False  # the cost of a call, counted in the callee
                continue
            if line.startswith("ob="):
                binary = line[3:].strip()
            elif line.startswith("fn="):
                fn = line[3:].strip()
            elif line.startswith("calls="):
                after_calls = True
            elif line[:1].isdigit() or line[:1] in "+-*":
                if fn and is_johto(binary) and not fn.startswith("0x"):
                    parts = line.split()
                    if len(parts) > 1 and parts[1].isdigit():
                        own[fn] += int(parts[1])
for name, _ in sorted(own.items(), key=lambda kv: (-kv[1], kv[0])):
    print(name)
