#!/usr/bin/env bash
# Measures the speech stage: model load time, speed on one core, WER on the samples, and peak
# memory (RSS) for a 25-second and a 60-second recording, to show it does not grow with length.
#
# Usage: tools/speech-benchmark.sh [WAV...]   (default: corpus/samples/*.wav)
# Needs: a built project (mvn -o test-compile), /usr/bin/time (Debian package time).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/benchmark.classpath)"
run() { taskset -c 0 java -Dscribe.home="$PWD" -cp "$cp" org.rehabscribe.speech.SpeechBenchmark "$@"; }

if [[ $# -gt 0 ]]; then files=("$@"); else files=(corpus/samples/sample-*.wav corpus/samples/long-60s.wav); fi
echo "== speed and accuracy (pinned to one core)"
run "${files[@]}"
echo "== peak memory"
tools/make-long-sample.sh
for f in corpus/samples/sample-01.wav corpus/samples/long-60s.wav; do
    /usr/bin/time -f "$f: peak RSS %M KB" taskset -c 0 java -Dscribe.home="$PWD" -cp "$cp" \
        org.rehabscribe.speech.SpeechBenchmark "$f" >/dev/null
done
