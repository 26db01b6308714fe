#!/usr/bin/env bash
# Measures the Spark job against analyze on the same articles, in one run:
#   analyze --threads 1 and 2, spark analyze on local[1] and local[2], and on a standalone cluster of one
#   master and two one-core workers started here on 127.0.0.1 from the Maven class path (Spark's
#   deploy.master.Master and deploy.worker.Worker), stopped at the end.
# Usage: spark/bench/standalone-bench.sh DIR [WORKDIR]   (WORKDIR default /tmp/newsgraph-spark-bench)
# Each figure is wall time of the whole command, model loading (one per JVM) included.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
input="${1:?usage: standalone-bench.sh DIR [WORKDIR]}"
work="${2:-/tmp/newsgraph-spark-bench}"
mkdir -p "$work"
n=$(find "$input" -type f -name '*.txt' | wc -l)
ng="$here/newsgraph"
"$ng" spark --help >/dev/null  # builds the module and its class path file
cp="$here/spark/target/newsgraph-spark-0.1.0-SNAPSHOT.jar:$(cat "$here/spark/target/classpath.txt")"
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done

run() {  # label command...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/$label.out" 2>"$work/$label.err" || { echo "$label failed; see $work/$label.err" >&2; return 1; }
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%-22s %6.1f s  %5.2f documents/s\n", l, e - s, n / (e - s) }'
}

echo "$n articles from $input; $(nproc) cores; $(date -u +%FT%TZ)"
run "analyze --threads 1" "$ng" analyze --threads 1 --format jsonl --output "$work/analyze1.jsonl" "$input"
run "analyze --threads 2" "$ng" analyze --threads 2 --format jsonl --output "$work/analyze2.jsonl" "$input"
run "spark local[1]" "$ng" spark analyze --master 'local[1]' --output "$work/local1" "$input"
run "spark local[2]" "$ng" spark analyze --master 'local[2]' --output "$work/local2" "$input"

# The standalone cluster. SPARK_TESTING lets the worker launch executors without a Spark distribution
# (the executor class path comes from spark.executor.extraClassPath).
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT
export SPARK_LOCAL_IP=127.0.0.1 SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13 SPARK_HOME="$work/spark-home"
mkdir -p "$SPARK_HOME"
port=$((20000 + RANDOM % 20000))
java -Xmx512m $opens -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
  >"$work/master.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  sleep 3
  java -Xmx512m $opens -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 0 \
    --cores 1 --memory 3g --work-dir "$work/worker$i" "spark://127.0.0.1:$port" >"$work/worker$i.log" 2>&1 &
  pids+=($!)
done
sleep 5
JAVA_OPTS="-Xmx1g -Dspark.executor.memory=3g -Dspark.executor.cores=1 -Dspark.cores.max=2 \
-Dspark.executor.extraClassPath=$cp -Dspark.executor.extraJavaOptions=-Dlog4j2.configurationFile=$here/spark/conf/log4j2.properties" \
  run "spark standalone 2x1" "$ng" spark analyze --master "spark://127.0.0.1:$port" --output "$work/standalone" "$input"
# Each job's own summary line (the run() label names its output file).
grep -h "documents," "$work/spark local[1].out" "$work/spark local[2].out" "$work/spark standalone 2x1.out"
grep -h "Launch command\|Executor.*finished\|memory" "$work"/worker*.log | head -4 || true
