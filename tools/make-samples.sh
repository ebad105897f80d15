#!/usr/bin/env bash
# Re-renders corpus/samples/sample-NN.wav from the reference transcript sample-NN.txt beside
# it, each with the voice listed below, then the 60-second sample used to measure memory.
#
# Usage: tools/make-samples.sh [--force]
#   --force  render again even when the WAV exists (otherwise existing files are kept)
# Needs (Debian): flite, festival, festvox-us-slt-hts, sox.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A VOICE=(
    [sample-01]=slt
    [sample-02]=rms
    [sample-03]=cmu_us_slt_arctic_hts
    [sample-04]=kal16
)
force=${1:-}
for id in "${!VOICE[@]}"; do
    wav=corpus/samples/$id.wav
    if [[ $force == --force || ! -e $wav ]]; then
        tools/tts.sh "${VOICE[$id]}" "corpus/samples/$id.txt" "$wav"
        echo "$wav (${VOICE[$id]}, $(soxi -D "$wav") s)"
    fi
done
tools/make-long-sample.sh $force
