/**
 * {@code scribe batch}: every recording ({@code .wav}) and typed transcript ({@code .txt}) under a
 * folder to a transcript, a note and its codes, in parallel, resumably.
 *
 * <p>Layout (CONTRACT s.1): for {@code IN/a/b.wav} or {@code IN/a/b.txt} the run writes
 * {@code OUT/a/b.transcript.txt}, {@code OUT/a/b.md} and, last, {@code OUT/a/b.json}; then
 * {@code OUT/summary.csv}, one row a file. Every file is written aside ({@link AtomicFiles}) and
 * renamed into place, so each appears whole or not at all; a file is done when its three outputs
 * exist, and a later run skips it. A run killed at any moment and started again removes the
 * temporary files left behind and finishes the rest.
 *
 * <p>Stages: {@link InputScan} (what is there, where its outputs go, which names collide),
 * {@link BatchRunner} (validate, skip what is done, transcribe and write on worker threads),
 * {@link SummaryCsv}, and a {@link Progress} display on stderr. Nothing is written to stdout.
 */
package org.rehabscribe.batch;
