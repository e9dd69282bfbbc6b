#!/usr/bin/env python3
"""Reference values of the normal and chi-square quantiles, to 30 significant digits, computed
with mpmath (arbitrary precision) for packages/core/src/stats/*-quantile.test.ts.

    python3 scripts/generate-quantile-reference.py > packages/core/src/stats/__reference__/quantiles.json

Needs mpmath (Debian: apt-get install python3-mpmath). Generated with mpmath 1.3.0.
"""
import json
import mpmath as mp
import sys

mp.mp.dps = 40

def probabilities():
    ps = []
    for e in range(-20, -1):  # 1e-10 .. 10^-1.5 in half decades
        ps.append(mp.mpf(10) ** (mp.mpf(e) / 2))
    ps += [mp.mpf(v) for v in ('0.025', '0.05', '0.1', '0.2', '0.3', '0.4', '0.5')]
    ps += [mp.mpf('5e-10'), mp.mpf('0.001'), mp.mpf('0.0005')]  # alpha/2 of 1 - 1e-9, 0.998, 0.999
    both = []
    for p in ps:
        lo = float(p)
        both.append(lo)
        both.append(1 - lo)  # the double the code computes as 1 - alpha/2
    return sorted(set(both))

def chisq(p, k):
    a = mp.mpf(k) / 2
    p = mp.mpf(p)
    # start from Wilson-Hilferty, then solve P(a, x) = p (or Q(a, x) = 1 - p in the upper tail)
    z = mp.sqrt(2) * mp.erfinv(2 * p - 1)
    x0 = a * (1 - 1 / (9 * a) + z / (3 * mp.sqrt(a))) ** 3 if a > 1 else a
    if p <= 0.5:
        f = lambda x: mp.gammainc(a, 0, x, regularized=True) - p
    else:
        f = lambda x: (1 - p) - mp.gammainc(a, x, mp.inf, regularized=True)
    dens = lambda x: mp.exp((a - 1) * mp.log(x) - x - mp.loggamma(a))
    x = max(x0, mp.mpf('1e-6'))
    for _ in range(200):  # Newton steps on P (or -Q), kept positive
        step = f(x) / dens(x)
        nxt = x - step
        x = nxt if nxt > 0 else x / 2
        if abs(step) < mp.mpf(10) ** -32 * x:
            break
    else:
        raise RuntimeError('no convergence at p=%s k=%s' % (p, k))
    return 2 * x

ps = probabilities()
normal = [[p, mp.nstr(mp.sqrt(2) * mp.erfinv(2 * mp.mpf(p) - 1), 30)] for p in ps]
counts = [1, 2, 5, 9, 10, 30, 99, 100, 101, 500, 799, 800, 900, 1000, 5000, 10**4, 10**5]
dfs = sorted({2 * x for x in counts} | {2 * x + 2 for x in counts} | {2, 1, 3})
chi = [[p, k, mp.nstr(chisq(p, k), 30)] for k in dfs for p in ps]
print(json.dumps({"generator": "python3 scripts/generate-quantile-reference.py (mpmath %s, 40 digits)" % mp.__version__,
                  "normal": normal, "chiSquare": chi}, indent=0))
