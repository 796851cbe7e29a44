#!/usr/bin/env bash
# Rendering benchmark (issue: official-format rendering). Not a test: it prints figures.
# Imports seed 003 (the ~15-page Đề án) into a fresh portal on the embedded PostgreSQL, then times warm renders of
# its PDF, DOCX and HTML print view over HTTP (p50, p95 over 50 runs each), and LibreOffice converting the same DOCX
# to PDF. Needs: a JDK 17+, and LibreOffice (sudo apt-get install libreoffice-writer-nogui) for the comparison.
# Usage: bench/render-bench.sh [timed runs, default 50]; BENCH_MAX_WARM_UP caps the warm-up runs (default 600).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$cp" bench/java/RenderBench.java
java -Xmx1g -Dbench.maxWarmUp="${BENCH_MAX_WARM_UP:-600}" -cp "target/bench-classes:$cp" RenderBench "$runs" \
	../shared/seeds/003_2d91353767ae391c.txt
