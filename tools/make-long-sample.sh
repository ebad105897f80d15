#!/usr/bin/env bash
# Makes corpus/samples/long-60s.wav: exactly 60 s of dictation (sample-01 then sample-03,
# padded with silence), 16 kHz mono 16-bit, for measuring memory and speed on a long input.
#
# Usage: tools/make-long-sample.sh [--force]
# Needs (Debian): sox; the two samples must exist (tools/make-samples.sh renders them).
set -euo pipefail
cd "$(dirname "$0")/.."

out=corpus/samples/long-60s.wav
if [[ -e $out && ${1:-} != --force ]]; then
    exit 0
fi
part=$(mktemp corpus/samples/.long.XXXXXX)
trap 'rm -f "$part"' EXIT
a=corpus/samples/sample-01.wav b=corpus/samples/sample-03.wav
short=$(( 60 * 16000 - $(soxi -s "$a") - $(soxi -s "$b") ))  # samples of silence to add (or cut)
if (( short >= 0 )); then
    sox -R "$a" "$b" -t wav "$part" pad 0 "${short}s"
else
    sox -R "$a" "$b" -t wav "$part" trim 0 960000s
fi
chmod 644 "$part"
mv "$part" "$out"
echo "$out ($(soxi -D "$out") s, $(stat -c %s "$out") bytes)"
