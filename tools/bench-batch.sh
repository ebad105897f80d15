#!/usr/bin/env bash
# Benchmarks `scribe batch`: throughput with 1 and 2 workers (or the counts given) on the same
# folder of recordings, and how well a second worker scales.
#
# Usage: tools/bench-batch.sh [--minutes M] [--threads "1 2"] [--dir DIR]
#   --minutes M    audio to build the input folder from, at least (default 15)
#   --threads LIST worker counts to run, in order (default "1 2")
#   --dir DIR      where the input and output folders go (default target/bench-batch)
#
# Input: copies of the committed recordings corpus/samples/*.wav (about 3.2 minutes a set,
# synthetic voices, 16 kHz mono) until M minutes are reached; reused when already there. Each
# run writes to a fresh output folder, so every file is transcribed. The scribe is run through
# the launcher ($SCRIBE, default ./scribe), which builds the jar first if sources changed; the
# build is not timed. Each run is a new JVM, as a user would start it.
#
# Prints, per run: audio hours, wall time (whole command, JVM start and model load included),
# throughput in audio-hours per wall-hour, the real-time factor and the real-time factor per
# worker (wall x workers / audio: the share of one core a second of audio costs), the CPU
# seconds used (user + system), cpu_share (CPU seconds / (wall x workers): near 1 when every
# worker had a core to itself), and the speed-up over the first run. Scaling figures mean
# something only on an otherwise idle machine: the load average is printed before and after,
# and a warning when cpu_share shows the workers were kept waiting for a CPU.
# Needs nothing beyond Java and Maven; no sox.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

minutes=15 threads="1 2" dir=target/bench-batch
while [[ $# -gt 0 ]]; do
    case $1 in
        --minutes) minutes=${2:?}; shift 2 ;;
        --threads) threads=${2:?}; shift 2 ;;
        --dir) dir=${2:?}; shift 2 ;;
        -h|--help) sed -n '2,23p' "$0" >&2; exit 0 ;;
        *) echo "bench-batch.sh: unknown argument $1" >&2; sed -n '2,23p' "$0" >&2; exit 2 ;;
    esac
done
scribe=${SCRIBE:-$root/scribe}
in=$dir/in

# WAV length in seconds from the header (16-bit PCM, canonical 44-byte header, as the samples are)
seconds() { od -An -t u4 -j 40 -N 4 "$1" | awk '{ printf "%.3f", $1 / 32000 }'; }

samples=("$root"/corpus/samples/*.wav)
mkdir -p "$in"
total=$(find "$in" -name '*.wav' -exec od -An -t u4 -j 40 -N 4 {} \; | awk '{ s += $1 } END { printf "%.0f", s / 32000 }')
copy=0
while (( total < minutes * 60 )); do
    copy=$((copy + 1))
    if [[ -d $in/set-$copy ]]; then continue; fi
    mkdir -p "$in/set-$copy.part"
    for s in "${samples[@]}"; do
        cp "$s" "$in/set-$copy.part/"
        total=$(awk -v t="$total" -v s="$(seconds "$s")" 'BEGIN { printf "%.0f", t + s }')
    done
    mv "$in/set-$copy.part" "$in/set-$copy"
done
files=$(find "$in" -name '*.wav' | wc -l)
echo "bench-batch: $files recordings, $(awk -v t="$total" 'BEGIN { printf "%.1f", t / 60 }') min of audio in $in"
echo "bench-batch: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# build outside the timed runs
"$scribe" --version >/dev/null

printf '%-8s %9s %8s %14s %7s %15s %8s %10s %9s\n' workers audio_h wall_s audio_h/wall_h rtf rtf_per_worker cpu_s cpu_share speedup
contended=''
base=''
TIMEFORMAT='%R %U %S'
for n in $threads; do
    out=$dir/out-$n
    rm -rf "$out"
    status=0
    # bash's time keyword: wall, user and system seconds of the whole command, JVM included
    { time "$scribe" batch "$in" --out "$out" --threads "$n" 2>"$dir/run-$n.log" || status=$?; } 2>"$dir/time-$n"
    if [[ $status -ne 0 ]]; then
        echo "bench-batch: the run with $n workers failed (status $status); see $dir/run-$n.log" >&2
        tail -3 "$dir/run-$n.log" >&2
        exit 1
    fi
    read -r wall user sys < "$dir/time-$n"
    audio=$(awk -F, 'NR > 1 && $2 == "ok" { s += $3 } END { printf "%.3f", s }' "$out/summary.csv")
    tp=$(awk -v a="$audio" -v w="$wall" 'BEGIN { printf "%.6f", a / w }')
    awk -v n="$n" -v a="$audio" -v w="$wall" -v cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
        -v tp="$tp" -v base="$base" 'BEGIN {
        rtf = w / a
        printf "%-8d %9.3f %8.1f %14.2f %7.3f %15.3f %8.1f %10.2f %9s\n", n, a / 3600, w, tp, rtf, rtf * n, cpu,
            cpu / (w * n), base == "" ? "1.00x" : sprintf("%.2fx", tp / base)
    }'
    # workers are CPU-bound: if together they got much less than n cores, other processes had the rest
    if awk -v u="$user" -v s="$sys" -v w="$wall" -v n="$n" 'BEGIN { exit !((u + s) / (w * n) < 0.85) }'; then
        contended="$contended $n"
    fi
    base=${base:-$tp}
    echo "         $(tail -1 "$dir/run-$n.log")"
done
echo "bench-batch: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n $contended ]]; then
    echo "bench-batch: WARNING: with$contended worker(s) the run got less than 85% of a core per worker" \
        "(cpu_share): other processes competed for the CPU, so the speed-up measures the machine, not the batch" >&2
fi
# outputs of every run must agree: the transcript of a recording does not depend on the worker count
first=''
for n in $threads; do
    if [[ -z $first ]]; then first=$n; continue; fi
    if diff -r -q -x summary.csv "$dir/out-$first" "$dir/out-$n" >/dev/null; then
        echo "bench-batch: outputs with $n workers are identical to those with $first"
    else
        echo "bench-batch: WARNING: outputs with $n workers differ from those with $first" >&2
    fi
done
