#!/usr/bin/python3
"""Reads an Excel workbook on stdin with openpyxl and prints its sheets as JSON (each a
name and its rows of cell values), so johto's tests check its workbooks with a reader
that is not its own."""
import io
import json
import sys

import openpyxl

book = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()), read_only=True)
print(json.dumps([
    {"name": sheet.title, "rows": [list(row) for row in sheet.iter_rows(values_only=True)]}
    for sheet in book.worksheets
]))
