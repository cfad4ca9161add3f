#!/usr/bin/env python3
"""Summarises repeated bench runs: each line of RESULTS is "server<TAB>load<TAB>concurrency<TAB>key=value ...".

  median.py table RESULTS KEY...         markdown rows: server | load | concurrency | median rate | range | KEY...
                                         (the KEYs are taken from the run whose rate is the median)
  median.py rate RESULTS SERVER LOAD C   the median rate of one group
  median.py value RESULTS KEY SERVER LOAD C   the median of KEY (e.g. cpu_us) over the runs of one group
The median of an odd number of runs is a run that happened, so its latencies belong to it.
"""
import re
import statistics
import sys


def groups(path):
    out = {}
    with open(path) as f:
        for line in f:
            server, load, conc, kv = line.rstrip("\n").split("\t", 3)
            values = dict(re.findall(r"(\w+)=(\S+)", kv))
            values["rate"] = float(values.get("rate", "nan").rstrip("/s"))
            out.setdefault((server, load, conc), []).append(values)
    return out


def median_run(runs):
    ranked = sorted(runs, key=lambda v: v["rate"])
    return ranked[(len(ranked) - 1) // 2]


def main(argv):
    cmd, path = argv[1], argv[2]
    data = groups(path)
    if cmd == "value":
        runs = data.get(tuple(argv[4:7]))
        vals = []
        for v in runs or []:
            try:
                vals.append(float(v.get(argv[3], "nan")))
            except ValueError:
                pass
        vals = [x for x in vals if x == x]
        print(f"{statistics.median(vals):.1f}" if vals else "")
        return
    if cmd == "rate":
        runs = data.get(tuple(argv[3:6]))
        print(f"{median_run(runs)['rate']:.0f}" if runs else "")
        return
    for (server, load, conc), runs in data.items():
        m = median_run(runs)
        rates = [v["rate"] for v in runs]
        spread = f"{min(rates):.0f}-{max(rates):.0f} ({len(runs)} runs)"
        cells = [server, load, conc, f"{m['rate']:.0f}", spread] + [m.get(k, "") for k in argv[3:]]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv)
