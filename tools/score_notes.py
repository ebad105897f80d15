#!/usr/bin/env python3
"""Independent scorer: checks the figures of `./scribe eval` from the product's own JSON.

Scores a directory of `./scribe note --format json` outputs (one <id>.json per gold file)
against the gold files of a corpus split (CONTRACT s.3), by the rules of CONTRACT s.4, written
here a second time without sharing any code with the Java scorer (org.rehabscribe.eval.Scorer):

  interventions  P/R/F1 over the multiset of `cpt`
  measures       P/R/F1 over (measure, value) pairs; a value matches within 0.05; each gold
                 value, in order, takes the closest unmatched predicted value of its measure
  codes          P/R/F1 over the multiset of (code, units) pairs
  claim_exact    share of dictations whose (code, units) multiset is exactly the gold one

Micro-averaged: counts are summed over the corpus, then turned into rates. Nothing expected and
nothing predicted counts as 1 (precision, recall and F1); an empty answer to a non-empty gold list
scores 0. A missing note file is scored as an empty answer (and said on stderr).
Python 3 standard library only.

Usage:
  python3 tools/score_notes.py CORPUS_DIR NOTES_DIR [--report evaluation/report-dev.json]
      prints the metrics; with --report, also compares them with that `./scribe eval` report
      and exits 1 unless codes_f1, claim_exact, interventions_f1 and measures_f1 agree exactly.
  python3 tools/score_notes.py --flags GOLD.json       the `note` context flags of a gold file
  python3 tools/score_notes.py --dictation GOLD.json   its dictation text

Making the note JSONs for corpus/dev (from the repository root):
  mkdir -p /tmp/notes /tmp/dictations
  for g in corpus/dev/*.json; do
    id=$(basename "$g" .json)
    python3 tools/score_notes.py --dictation "$g" > /tmp/dictations/$id.txt
    ./scribe note /tmp/dictations/$id.txt --format json $(python3 tools/score_notes.py --flags "$g") \\
        > /tmp/notes/$id.json
  done
  python3 tools/score_notes.py corpus/dev /tmp/notes --report evaluation/report-dev.json
"""

import json
import os
import sys
from collections import Counter

TOLERANCE = 0.05
EPSILON = 1e-9  # 14.65 - 14.6 is 0.0500000000000007 in binary floating point
CHECKED = ("codes_f1", "claim_exact", "interventions_f1", "measures_f1")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def flags(gold):
    ctx = gold["context"]
    out = ["--payer", ctx["payer"], "--discipline", ctx["discipline"]]
    if ctx["telehealth"]:
        out.append("--telehealth")
    return " ".join(out)


class Counts:
    """True positives, false positives, false negatives."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def precision(self):
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    def recall(self):
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    def f1(self):
        p, r = self.precision(), self.recall()
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def multiset_counts(gold_items, predicted_items):
    gold, pred = Counter(gold_items), Counter(predicted_items)
    tp = sum((gold & pred).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def measure_counts(gold, predicted):
    taken = [False] * len(predicted)
    tp = 0
    for g in gold:
        best = None
        for j, p in enumerate(predicted):
            if taken[j] or p["measure"] != g["measure"]:
                continue
            diff = abs(float(p["value"]) - float(g["value"]))
            if diff <= TOLERANCE + EPSILON and (best is None or diff < best[1]):
                best = (j, diff)
        if best is not None:
            taken[best[0]] = True
            tp += 1
    return tp, len(predicted) - tp, len(gold) - tp


def score(corpus_dir, notes_dir):
    interventions, measures, codes = Counts(), Counts(), Counts()
    exact = dictations = 0
    for name in sorted(os.listdir(corpus_dir)):
        if not name.endswith(".json"):
            continue
        gold = load(os.path.join(corpus_dir, name))
        expected = gold["expected"]
        note_path = os.path.join(notes_dir, gold["id"] + ".json")
        if os.path.exists(note_path):
            note = load(note_path)
        else:
            print(f"score_notes: {note_path}: missing, scored as an empty answer", file=sys.stderr)
            note = {}
        dictations += 1
        interventions.add(*multiset_counts([i["cpt"] for i in expected["interventions"]],
                                           [i["cpt"] for i in note.get("interventions", [])]))
        measures.add(*measure_counts(expected["outcome_measures"], note.get("outcome_measures", [])))
        gold_codes = [(c["code"], c["units"]) for c in expected["codes"]]
        note_codes = [(c["code"], c["units"]) for c in note.get("codes", [])]
        codes.add(*multiset_counts(gold_codes, note_codes))
        exact += Counter(gold_codes) == Counter(note_codes)
    return {
        "dictations": dictations,
        "interventions_precision": interventions.precision(),
        "interventions_recall": interventions.recall(),
        "interventions_f1": interventions.f1(),
        "measures_precision": measures.precision(),
        "measures_recall": measures.recall(),
        "measures_f1": measures.f1(),
        "codes_precision": codes.precision(),
        "codes_recall": codes.recall(),
        "codes_f1": codes.f1(),
        "claim_exact": exact / dictations if dictations else float("nan"),
        "counts": {
            "interventions": [interventions.tp, interventions.fp, interventions.fn],
            "measures": [measures.tp, measures.fp, measures.fn],
            "codes": [codes.tp, codes.fp, codes.fn],
            "claim_exact": [exact, dictations],
        },
    }


def main(argv):
    if len(argv) == 2 and argv[0] in ("--flags", "--dictation"):
        gold = load(argv[1])
        print(flags(gold) if argv[0] == "--flags" else gold["dictation"])
        return 0
    report = None
    if len(argv) == 4 and argv[2] == "--report":
        report = load(argv[3])
        argv = argv[:2]
    if len(argv) != 2 or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    corpus_dir, notes_dir = argv
    result = score(corpus_dir, notes_dir)
    print(f"score_notes: {corpus_dir} against {notes_dir} ({result['dictations']} dictations)")
    for key, value in result.items():
        if key in ("dictations", "counts"):
            continue
        print(f"{key:24s} {value:.6f}")
    for key, (tp, fp, fn) in ((k, v) for k, v in result["counts"].items() if len(v) == 3):
        print(f"{key + ' counts':24s} tp {tp} fp {fp} fn {fn}")
    if report is None:
        return 0
    disagree = [k for k in CHECKED if report.get(k) != result[k]]
    for key in CHECKED:
        mark = "agrees" if key not in disagree else "DISAGREES"
        print(f"{key:24s} python {result[key]!r}  eval report {report.get(key)!r}  {mark}")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
