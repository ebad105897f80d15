#!/usr/bin/env bash
# Speaks a text file into a 16 kHz mono 16-bit WAV with one synthetic voice.
#
# Usage: tools/tts.sh VOICE TEXT_FILE OUT.wav
#   VOICE: slt | rms | awb | kal16          (flite's built-in voices)
#          cmu_us_slt_arctic_hts            (festival, package festvox-us-slt-hts)
# Needs (Debian): flite, festival, festvox-us-slt-hts, sox.
# The output appears whole or not at all (written aside, then renamed).
set -euo pipefail

if [[ $# -ne 3 ]]; then
    sed -n '2,7p' "$0" >&2
    exit 2
fi
voice=$1 text=$2 out=$3
[[ -s $text ]] || { echo "tts.sh: $text: missing or empty" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $voice in
    slt|rms|awb|kal16)
        flite -voice "$voice" -f "$text" -o "$tmp/raw.wav" ;;
    cmu_us_slt_arctic_hts)
        text2wave -eval "(voice_$voice)" -o "$tmp/raw.wav" "$text" ;;
    *)
        echo "tts.sh: unknown voice '$voice' (slt rms awb kal16 cmu_us_slt_arctic_hts)" >&2
        exit 2 ;;
esac
mkdir -p "$(dirname "$out")"
part=$(mktemp "$(dirname "$out")/.tts.XXXXXX")  # same file system, so mv is a rename
trap 'rm -rf "$tmp" "$part"' EXIT
# -R: repeatable (fixed dither seed), so the same text gives the same bytes
sox -R "$tmp/raw.wav" -t wav -r 16000 -c 1 -b 16 -e signed-integer "$part"
chmod 644 "$part"  # mktemp makes it private
mv "$part" "$out"
