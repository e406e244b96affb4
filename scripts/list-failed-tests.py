#!/usr/bin/env python3
"""Prints each failed test of the given .trx files with the first lines of its error, so that the
tail of a CI log says what failed."""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"(could not read {path}: {error})")
        continue
    for result in root.iterfind(".//t:UnitTestResult", NS):
        if result.get("outcome") != "Failed":
            continue
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS)
        stack = result.findtext("t:Output/t:ErrorInfo/t:StackTrace", default="", namespaces=NS)
        print(f"FAILED {result.get('testName')} [{result.get('duration')}] at {result.get('startTime')}")
        for line in (message.strip().splitlines()[:6] + stack.strip().splitlines()[:4]):
            print(f"    {line[:300]}")
