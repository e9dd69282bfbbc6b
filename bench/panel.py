"""Panel comparators with pandas and numpy: grouped pct_change over the annual panel, and XmR limits
(and limits with the four Making Data Count rules) over every monthly series. Reads the panel written
by bench/run.mjs (bench/.data/panel.json); prints JSON timings in ms. Not a test."""
import json, sys, time
import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view

data = json.load(open(sys.argv[1]))
series, years, months = data['series'], data['years'], data['months']
counts = np.array(data['counts'], dtype=np.float64)
monthly = np.array(data['monthly'], dtype=np.float64).reshape(series, months)
frame = pd.DataFrame({'series': np.repeat(np.arange(series), years), 'count': counts})

def median_time(fn, runs=5):
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[len(times) // 2]

def pct_change():
    return frame.groupby('series')['count'].pct_change() * 100

def limits():
    mean = monthly.mean(axis=1)
    amr = np.abs(np.diff(monthly, axis=1)).mean(axis=1)
    return mean - 2.66 * amr, mean + 2.66 * amr, mean, amr

def limits_and_rules():
    lower, upper, mean, amr = limits()
    near_lower = mean[:, None] - (2 * 2.66 / 3) * amr[:, None]
    near_upper = mean[:, None] + (2 * 2.66 / 3) * amr[:, None]
    outside = (monthly > upper[:, None]) | (monthly < lower[:, None])
    # shift: 7 in a row on one side of the mean
    above = monthly > mean[:, None]
    below = monthly < mean[:, None]
    shift_hi = sliding_window_view(above, 7, axis=1).all(axis=2)
    shift_lo = sliding_window_view(below, 7, axis=1).all(axis=2)
    # trend: 7 points in a row each higher (lower) than the one before = 6 rising steps
    steps = np.diff(monthly, axis=1)
    trend_up = sliding_window_view(steps > 0, 6, axis=1).all(axis=2)
    trend_down = sliding_window_view(steps < 0, 6, axis=1).all(axis=2)
    # two of three beyond the near limits on the same side
    hi3 = sliding_window_view(monthly > near_upper, 3, axis=1).sum(axis=2) >= 2
    lo3 = sliding_window_view(monthly < near_lower, 3, axis=1).sum(axis=2) >= 2
    return outside, shift_hi, shift_lo, trend_up, trend_down, hi3, lo3

print(json.dumps({
    'pandas': pd.__version__, 'numpy': np.__version__,
    'pctChange': median_time(pct_change),
    'xmrLimits': median_time(limits),
    'xmrLimitsAndRules': median_time(limits_and_rules, 3),
}))
