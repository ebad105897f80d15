#!/usr/bin/env python3
"""Writes a gold corpus that says every treatment term of the vocabulary once, one short
dictation each, so the evaluation harness can measure how many terms survive the recognizer.

Usage: tools/term-sweep.py OUT_DIR [PHRASES_PER_TERM_LINE]
then:  ./scribe eval --corpus OUT_DIR --audio --voices slt,awb,rms --out OUT_DIR-report

For each line of terms.tsv whose target is a CPT code (not those flagged "amb", whose code
the stated goal decides), the first phrase and up to two others
(chosen with a fixed seed; typed shorthand with "/" or digits left out) are each said in one
of five carrier sentences with a time in words ("Spent about thirteen minutes on wax bath
today."). The gold is that code with that time, payer "ama" (the AMA midpoint rule), PT.
The sentences are generated, not written by a therapist: they measure the vocabulary and the
recognizer, never how therapists talk, and the sweep is not a corpus split.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "main", "resources", "org", "rehabscribe")
NUMBERS = {8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
           14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
           20: "twenty", 22: "twenty two", 23: "twenty three", 25: "twenty five", 30: "thirty",
           35: "thirty five", 40: "forty"}
CARRIERS = ["Then we did {t} for {n} minutes.",
            "{T}, {n} minutes, patient tolerated it well.",
            "Spent about {n} minutes on {t} today.",
            "We worked on {t}, that was {n} minutes total for that.",
            "Next was {t} times {n} minutes with good tolerance."]


def billing():
    out = {}
    with open(os.path.join(RES, "vocab", "codes.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            out[cols[0]] = (cols[2], cols[3])
    return out


def units(minutes):
    """AMA midpoint rule for one timed code: 8-22 minutes one unit, 23-37 two, ..."""
    return 0 if minutes < 8 else (minutes + 7) // 15


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__.strip().splitlines()[2])
    out_dir, per_line = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
    os.makedirs(out_dir, exist_ok=True)
    codes = billing()
    rnd = random.Random(7)
    k = 0
    with open(os.path.join(RES, "extract", "terms.tsv")) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 3 or cols[1] not in ("category", "activity") \
                    or cols[2] not in codes or len(cols) > 3 and cols[3] == "amb":
                continue
            phrases = [p for p in cols[0].split("|")
                       if "/" not in p and not re.search(r"\d", p) and (len(p) > 4 or " " in p)]
            if not phrases:
                continue
            picked = [phrases[0]] + rnd.sample(phrases[1:], min(per_line - 1, len(phrases) - 1))
            for phrase in dict.fromkeys(picked):
                k += 1
                billed, addon = codes[cols[2]]
                choices = [n for n in NUMBERS if addon == "-" or n <= 22]  # one unit of a code with an add-on
                n = rnd.choice(choices)
                text = CARRIERS[k % len(CARRIERS)].format(t=phrase, T=phrase[0].upper() + phrase[1:], n=NUMBERS[n])
                timed = billed == "timed"
                coded = [] if billed == "bundled" else [{"code": cols[2], "units": units(n) if timed else 1}]
                gold = {"id": f"sweep-{k:04d}",
                        "context": {"discipline": "PT", "payer": "ama", "telehealth": False},
                        "dictation": text,
                        "expected": {"interventions": [{"cpt": cols[2], "minutes": n, "parameters": {}}],
                                     "outcome_measures": [],
                                     "total_timed_minutes": n if timed else 0,
                                     "codes": coded,
                                     "warnings": ["missing_outcome_measure"]}}
                with open(os.path.join(out_dir, gold["id"] + ".json"), "w") as w:
                    json.dump(gold, w, indent=1)
                    w.write("\n")
    print(f"{k} dictations in {out_dir}")


if __name__ == "__main__":
    main()
