#!/usr/bin/env bash
# Renders gold dictations as speech, for evaluating the whole chain from audio.
#
# Usage: corpus/render.sh [options] SPLIT...
#   SPLIT               train, dev or test: renders every corpus/SPLIT/*.json ("dictation" field)
#   --voice V           slt (default) | rms | awb | kal16 (flite) | cmu_us_slt_arctic_hts (festival)
#   --snr DB            mix in background noise at DB decibels signal-to-noise (e.g. 20)
#   --noise COLOUR      pink (default) | brown | white; used with --snr
#   --only ID[,ID...]   render only these ids
#   --corpus DIR        where the splits are (default: the directory of this script)
#   --out DIR           where audio goes (default: DIR/audio of --corpus)
#
# Writes 16 kHz mono 16-bit WAVs to OUT/VOICE/SPLIT/ID.wav, or with --snr to
# OUT/VOICE-COLOUR-snrDB/SPLIT/ID.wav. Idempotent: a WAV that exists is skipped, and each appears
# whole or not at all, so an interrupted run can simply be started again.
# SNR is measured over the whole file (speech RMS including pauses against noise RMS); the
# noise is repeatable (sox -R), so a rendition can be remade byte for byte.
# Needs (Debian): flite, festival, festvox-us-slt-hts, sox; jq or python3.
# Example: corpus/render.sh --voice rms --snr 20 --noise brown dev
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tts=$here/../tools/tts.sh
voice=slt snr='' noise=pink only='' corpus=$here out=''
splits=()
usage() { sed -n '2,20p' "$0" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
    case $1 in
        --voice) voice=${2:?}; shift 2 ;;
        --snr) snr=${2:?}; shift 2 ;;
        --noise) noise=${2:?}; shift 2 ;;
        --only) only=${2:?}; shift 2 ;;
        --corpus) corpus=${2:?}; shift 2 ;;
        --out) out=${2:?}; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "render.sh: unknown option $1" >&2; usage ;;
        *) splits+=("$1"); shift ;;
    esac
done
[[ ${#splits[@]} -gt 0 ]] || usage
case $voice in slt|rms|awb|kal16|cmu_us_slt_arctic_hts) ;; *) echo "render.sh: unknown voice $voice" >&2; exit 2 ;; esac
case $noise in pink|brown|white) ;; *) echo "render.sh: unknown noise $noise" >&2; exit 2 ;; esac
if [[ -n $snr && ! $snr =~ ^-?[0-9]+([.][0-9]+)?$ ]]; then
    echo "render.sh: --snr wants a number of decibels, not '$snr'" >&2; exit 2
fi
out=${out:-$corpus/audio}
variant=$voice${snr:+-$noise-snr$snr}

# The dictation text of one gold file, on stdout.
dictation() {
    if command -v jq >/dev/null; then
        jq -er '.dictation' "$1"
    else
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["dictation"])' "$1"
    fi
}

# RMS amplitude of a WAV (0..1).
rms() { sox "$1" -n stat 2>&1 | awk '/^RMS +amplitude/ {print $3}'; }

# Mixes noise of $noise colour into $1 at $snr dB, writing $2.
add_noise() {
    local clean=$1 noisy=$2 dir
    dir=$(dirname "$noisy")
    sox -R -n -r 16000 -c 1 -b 16 "$dir/noise.wav" synth "$(soxi -D "$clean")" "${noise}noise"
    local gain
    gain=$(awk -v s="$(rms "$clean")" -v n="$(rms "$dir/noise.wav")" -v db="$snr" \
        'BEGIN { printf "%.6f", s / (n * 10 ^ (db / 20)) }')
    # both halved so that speech peaks plus noise do not clip; the ratio is what matters
    sox -R -m -v 0.5 "$clean" -v "$(awk -v g="$gain" 'BEGIN { print g / 2 }')" "$dir/noise.wav" \
        -r 16000 -c 1 -b 16 "$noisy"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rendered=0 skipped=0 failed=0
for split in "${splits[@]}"; do
    [[ -d $corpus/$split ]] || { echo "render.sh: no split $corpus/$split" >&2; exit 1; }
    dest=$out/$variant/$split
    mkdir -p "$dest"
    for gold in "$corpus/$split"/*.json; do
        [[ -e $gold ]] || continue
        id=$(basename "$gold" .json)
        if [[ -n $only && ",$only," != *",$id,"* ]]; then continue; fi
        wav=$dest/$id.wav
        if [[ -e $wav ]]; then skipped=$((skipped + 1)); continue; fi
        if ! dictation "$gold" > "$tmp/text.txt" || [[ ! -s $tmp/text.txt ]]; then
            echo "render.sh: $gold: no \"dictation\" field" >&2; failed=$((failed + 1)); continue
        fi
        if [[ -z $snr ]]; then
            "$tts" "$voice" "$tmp/text.txt" "$wav"
        else
            "$tts" "$voice" "$tmp/text.txt" "$tmp/clean.wav"
            add_noise "$tmp/clean.wav" "$tmp/noisy.wav"
            part=$(mktemp "$dest/.render.XXXXXX")
            mv "$tmp/noisy.wav" "$part" && chmod 644 "$part" && mv "$part" "$wav"
        fi
        rendered=$((rendered + 1))
    done
done
echo "render.sh: $variant: $rendered rendered, $skipped already there, $failed failed" >&2
[[ $failed -eq 0 ]]
