#!/usr/bin/env python3
"""Draws the SaudiNewsNet articles of the quotation gold set (eval/gold/quotes-*.tsv), reproducibly.

Every article of ../shared/data/saudinewsnet/*.zip (files and entries in name order, records in array order)
whose content is 200 to 5,000 characters (shorter ones are stubs: a title and a line); per outlet (in name order) one shuffle with a fixed seed; the first
3 articles of each outlet (skipping repeats of a text already drawn) are the development part, the next 1 the
held-out part. Writes JSON Lines for `marsad analyze --jsonl` on standard output, with an extra "part" field.
Usage: python3 eval/gold/quotes-sample.py ../shared/data/saudinewsnet > sample.jsonl
"""
import glob, json, os, random, sys, zipfile

SEED = 20261201
DEVELOPMENT, HELD_OUT, MIN_CHARS, MAX_CHARS = 3, 1, 200, 5000

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/saudinewsnet"
by_outlet = {}
for path in sorted(glob.glob(os.path.join(folder, "*.zip"))):
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            for record in json.loads(archive.read(name).decode("utf-8")):
                if MIN_CHARS <= len(record["content"].strip()) <= MAX_CHARS:
                    by_outlet.setdefault(record["source"], []).append(record)

rng = random.Random(SEED)
seen = set()
for outlet in sorted(by_outlet):
    records = by_outlet[outlet]
    order = list(range(len(records)))
    rng.shuffle(order)
    taken = 0
    for index in order:
        record = records[index]
        text = " ".join(record["content"].split())
        if text in seen:
            continue
        seen.add(text)
        part = "development" if taken < DEVELOPMENT else "held-out"
        taken += 1
        line = dict(record, id=f"{outlet}-{taken}", part=part)
        print(json.dumps(line, ensure_ascii=False))
        if taken == DEVELOPMENT + HELD_OUT:
            break
