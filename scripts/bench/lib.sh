# Shared by the bench scripts (sourced, not run): a temp dir, processes we started and stop again on any
# exit, free loopback ports and waiting for a port with a deadline. Loopback only.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
OUT=$ROOT/target/bench
JAR=${PITA_JAR:-$ROOT/captive-portal/target/pita.jar}
SECRET=bench-secret-0123
mkdir -p "$OUT"

# world-traversable, since FreeRADIUS and nginx drop privileges to their own users
TMP=$(mktemp -d /tmp/pita-bench.XXXXXX)
chmod 755 "$TMP"
STARTED=()

bench_cleanup() {
    local pid
    for pid in "${STARTED[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${STARTED[@]}"; do
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    done
    STARTED=()
    if [[ -z ${BENCH_KEEP_TMP:-} ]]; then
        rm -rf "$TMP"
    fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# started PID: remember a background process so that it is stopped on exit
started() {
    STARTED+=("$1")
}

# stop PID: stop one process we started, now
stop() {
    local pid=$1
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
}

# free_ports udp|tcp N: prints a base port P such that P .. P+N-1 are all free on 127.0.0.1 and ::1
free_ports() {
    python3 - "$1" "$2" <<'PY'
import random, socket, sys
kind = socket.SOCK_DGRAM if sys.argv[1] == "udp" else socket.SOCK_STREAM
n = int(sys.argv[2])
for _ in range(200):
    base = random.randrange(20000, 60000 - n)
    try:
        held = []
        for p in range(base, base + n):
            for fam, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
                s = socket.socket(fam, kind)
                held.append(s)
                s.bind((host, p))
        for s in held:
            s.close()
        print(base)
        sys.exit(0)
    except OSError:
        for s in held:
            s.close()
sys.exit("no free ports")
PY
}

# wait_port udp|tcp PORT SECONDS PID: waits until something listens on PORT; fails if PID dies or time runs out
wait_port() {
    local proto=$1 port=$2 secs=$3 pid=$4 flag
    flag=$([[ $proto == udp ]] && echo -lun || echo -ltn)
    local deadline=$((SECONDS + secs))
    while ((SECONDS < deadline)); do
        if ss -H "$flag" "sport = :$port" | grep -q .; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "process $pid exited before listening on $proto/$port" >&2
            return 1
        fi
        sleep 0.2
    done
    echo "nothing listened on $proto/$port within ${secs}s" >&2
    return 1
}

# need_pkg COMMAND PACKAGE: installs the Debian package when the command is missing
need_pkg() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "installing $2" >&2
        apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
    fi
}

# need_jar: fails with a clear message when Pita's jar is not built
need_jar() {
    if [[ ! -f $JAR ]]; then
        echo "no $JAR: build it first (mvn -B -ntp -q -DskipTests package)" >&2
        exit 1
    fi
}

# machine_notes: one markdown line about where the figures come from
machine_notes() {
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GB," \
        "load average before the run $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), loopback only," \
        "$(date -u +%Y-%m-%dT%H:%MZ)."
}

# The packaged service's default JVM options (packaging/debian/pita), so that the bench measures what ships.
PITA_SERVICE_OPTS=$(sed -n 's/.*PITA_JAVA_OPTS:-\([^}]*\)}.*/\1/p' "$ROOT/packaging/debian/pita")
# ... and its malloc arenas (MALLOC_ARENA_MAX, exported there), unless the caller's environment sets them
PITA_SERVICE_ARENAS=$(sed -n 's/.*MALLOC_ARENA_MAX:-\([0-9]*\)}.*/\1/p' "$ROOT/packaging/debian/pita")

# cpu_ticks PID: "user system jit" CPU of PID (all its threads) and of its live child processes (nginx's
# workers), in clock ticks, from /proc/PID/stat fields 14 and 15; jit = the part of both used by a JVM's JIT
# compiler threads (/proc/PID/task/*/stat named "C1/C2 CompilerThre"), 0 for other servers.
cpu_ticks() {
    local user=0 sys=0 jit=0 p u s t
    for p in "$1" $(pgrep -P "$1" 2>/dev/null); do
        if [[ -r /proc/$p/stat ]]; then
            read -r u s < <(awk '{print $14, $15}' "/proc/$p/stat")
            user=$((user + u))
            sys=$((sys + s))
        fi
        for t in /proc/"$p"/task/*; do
            if grep -q '^[0-9]* (C[12] CompilerThre' "$t/stat" 2>/dev/null; then
                jit=$((jit + $(sed -E 's/^[0-9]+ \(.*\) [A-Z] (([^ ]+ ){10})([0-9]+) ([0-9]+).*/\3 + \4/' "$t/stat")))
            fi
        done
    done
    echo "$user $sys $jit"
}
CLK_TCK=$(getconf CLK_TCK)

# thread_ticks PID: "ticks name" per thread of PID (threads named alike, digits folded, summed); with
# thread_top BEFORE_FILE AFTER_FILE: the threads that used the most CPU in between, for a report's profile
thread_ticks() {
    local t
    for t in /proc/"$1"/task/*; do
        [[ -r $t/stat ]] && sed -E 's/^[0-9]+ \((.*)\) [A-Z] (([^ ]+ ){10})([0-9]+) ([0-9]+).*/\4 \5 \1/' "$t/stat"
    done | awk '{n = $3; for (i = 4; i <= NF; i++) n = n " " $i; gsub(/[0-9]+/, "N", n); c[n] += $1 + $2} END {for (k in c) print c[k] "\t" k}'
}
thread_top() {
    awk -F'\t' 'NR == FNR {b[$2] = $1; next} {d = $1 - b[$2]; if (d > 0) print d "\t" $2}' "$1" "$2" | sort -rn | head -12
}

# cpu_per_req "BEFORE" "AFTER" REQUESTS: server CPU microseconds per request between two cpu_ticks readings,
# the kernel's share of it, the JIT compiler's share and the CPU without the JIT compiler threads:
# "12.3 sys_pct=40 jit_pct=5 nojit_us=11.7" (a JVM still compiling after its warm-up, as on a loaded machine,
# shows a large jit_pct; nojit_us is then the steady state's cost)
cpu_per_req() {
    python3 -c "import sys
(bu, bs, bj), (au, as_, aj) = (map(float, x.split()) for x in sys.argv[1:3])
n, hz = float(sys.argv[3]), float(sys.argv[4])
total = (au - bu) + (as_ - bs)
pct = lambda x: f'{100 * x / total:.0f}' if total else '0'
print(f'{total * 1e6 / hz / n:.1f} sys_pct={pct(as_ - bs)} jit_pct={pct(aj - bj)} nojit_us={(total - (aj - bj)) * 1e6 / hz / n:.1f}'
      if n > 0 else 'nan sys_pct=nan jit_pct=nan nojit_us=nan')" "$1" "$2" "$3" "$CLK_TCK"
}

# target_row FILE WHAT TARGET MEASURED OK: appends a row of the README's targets table (scripts/bench/readme);
# OK is a python expression that is true when the target is met (e.g. "1.62 >= 1.5"), "-" for a row without target
target_row() {
    local met
    met=$(python3 -c "import sys
if sys.argv[1] == '-':
    print('-')
    sys.exit()
try:
    print('met' if eval(sys.argv[1]) else 'not met')
except Exception:
    print('no figure')" "$5")
    echo "| $2 | $3 | $4 | $met |" >>"$1"
}

# ratio A B: A/B with two decimals
ratio() {
    python3 -c "import sys
try:
    print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')
except (ValueError, ZeroDivisionError):
    print('n/a')" "$1" "$2"
}

# field NAME LINE: the value of key NAME in a key=value line (units after the number dropped)
field() {
    sed -n "s/.*\b$1=\([0-9.NaN]*\).*/\1/p" <<<"$2"
}

# pita_config FILE DB RADIUS_AUTH_PORT WEB_PORT: a Pita config for the bench district, loopback only; its admin
# listener (console, /metrics) on a free port, PITA_ADMIN_PORT
pita_config() {
    PITA_ADMIN_PORT=$(free_ports tcp 1)
    cat >"$1" <<EOC
dataFile: $2
district:
  file: $BENCH_DIR/district.yaml
radius:
  gatewayRate: 0                 # the load comes from one gateway: no per-gateway limit
  bindAddress: 127.0.0.1
  authPort: $3
  accountingPort: $(($3 + 1))
web:
  host: 127.0.0.1
  port: $4
  publicUrl: http://127.0.0.1:$4/
  admin: {host: 127.0.0.1, port: $PITA_ADMIN_PORT}
  # Every benchmark login goes through one hotspot: lift the per-gateway login limit (300, then 20/s by
  # default) so that the figure is the portal's capacity, not that limiter's.
  gatewayBurst: 1000000
  gatewayRefill: 1ms
EOC
    # extra top-level YAML for experiments, e.g. PITA_EXTRA_YAML=$'accounting:\n  maxDelay: 0ms'
    if [[ -n ${PITA_EXTRA_YAML:-} ]]; then
        echo "$PITA_EXTRA_YAML" >>"$1"
    fi
}

# jfr_start PID / jfr_stop PID FILE: with BENCH_JFR=1, a JFR recording (settings=profile) of the measured part
# of a run (not the start-up), written to FILE; summarise it with scripts/bench/jfr-top FILE. No-ops otherwise.
jfr_start() {
    if [[ ${BENCH_JFR:-0} == 1 ]]; then
        jcmd "$1" JFR.start name=bench settings=profile >/dev/null
    fi
}
jfr_stop() {
    if [[ ${BENCH_JFR:-0} == 1 ]]; then
        jcmd "$1" JFR.stop name=bench filename="$2" >/dev/null
        echo "JFR profile: $2" >&2
    fi
}

# start_pita CONFIG LOG RADIUS_AUTH_PORT WEB_PORT: runs the jar in the background (PITA_PID), waits for its ports.
# JVM options: PITA_JAVA_OPTS (default: those of the packaged service, packaging/debian/pita).
start_pita() {
    local opts
    read -r -a opts <<<"${PITA_JAVA_OPTS:-$PITA_SERVICE_OPTS}"
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$PITA_SERVICE_ARENAS} java "${opts[@]}" -jar "$JAR" serve --config "$1" >"$2" 2>&1 &
    PITA_PID=$!
    started "$PITA_PID"
    if ! wait_port udp "$3" 120 "$PITA_PID" || ! wait_port udp "$(($3 + 1))" 30 "$PITA_PID" \
            || ! wait_port tcp "$4" 60 "$PITA_PID"; then
        echo "Pita did not start; the end of its log:" >&2
        tail -n 40 "$2" >&2
        return 1
    fi
}
