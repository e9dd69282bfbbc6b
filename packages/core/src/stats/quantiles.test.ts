import { describe, expect, it } from 'vitest';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import stdlibChiSquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { normalQuantile } from './normal-quantile.js';
import { chiSquareQuantile } from './chi-square-quantile.js';
import reference from './__reference__/quantiles.json';

// The @stdlib packages are devDependencies of @scpkit/core for this test only: they were the
// implementation before issue 10. High-precision values come from __reference__/quantiles.json,
// written by `python3 scripts/generate-quantile-reference.py` (mpmath, 40 digits).

const relative = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs(a / b - 1));

/** 1e-10 .. 1 − 1e-10: decades, half decades and the tails the confidence levels use. */
const probabilities: number[] = (() => {
  const ps = new Set<number>();
  for (let e = -10; e <= -1; e += 0.25) {
    ps.add(10 ** e);
    ps.add(1 - 10 ** e);
  }
  for (let i = 1; i < 100; i += 1) ps.add(i / 100);
  for (const confidence of [0.9, 0.95, 0.99, 0.998, 0.999, 1 - 1e-9]) {
    ps.add((1 - confidence) / 2);
    ps.add(1 - (1 - confidence) / 2);
  }
  return [...ps];
})();

describe('normalQuantile (AS 241)', () => {
  it('agrees with @stdlib to 1e-12 relative for 1e-5 <= p <= 1 − 1e-5 (beyond, @stdlib itself is off by more)', () => {
    for (const p of probabilities.filter((q) => q >= 1e-5 && q <= 1 - 1e-5)) {
      expect(relative(normalQuantile(p), stdlibNormalQuantile(p, 0, 1)), `p = ${p}`).toBeLessThan(1e-12);
    }
  });

  it('agrees with 30-digit values to 1e-14 relative over 1e-10 .. 1 − 1e-10, where @stdlib is off by up to 2e-9', () => {
    for (const [p, value] of reference.normal as [number, string][]) {
      expect(relative(normalQuantile(p), Number(value)), `p = ${p}`).toBeLessThan(1e-14);
    }
    // The old implementation's error in the far tail, kept visible: erfcinv-based, about 2e-9 at p = 1e-10.
    expect(relative(stdlibNormalQuantile(1e-10, 0, 1), normalQuantile(1e-10))).toBeGreaterThan(1e-9);
  });

  it('is antisymmetric about 0.5 and 0 at 0.5', () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of probabilities) expect(normalQuantile(1 - p) + normalQuantile(p)).toBeCloseTo(0, 6);
  });

  it('gives the familiar 1.959963984540054 for 0.975', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
  });
});

describe('chiSquareQuantile (inverse regularized incomplete gamma)', () => {
  // The exact Poisson limits use 2x and 2(x + 1) degrees of freedom.
  const poissonDfs = (counts: number[]) => counts.flatMap((x) => (x === 0 ? [2] : [2 * x, 2 * x + 2]));

  it('agrees with @stdlib to 1e-12 relative for every count 0..799 (df 2..1600) over 1e-10 .. 1 − 1e-10', () => {
    const counts = Array.from({ length: 800 }, (_, x) => x);
    let worst = 0;
    for (const k of poissonDfs(counts)) {
      for (const p of probabilities) {
        const r = relative(chiSquareQuantile(p, k), stdlibChiSquareQuantile(p, k));
        if (!(r <= 1e-12)) expect.fail(`p = ${p}, df = ${k}: relative difference ${r}`);
        worst = Math.max(worst, r);
      }
    }
    expect(worst).toBeLessThan(1e-12);
  }, 60_000);

  it('agrees with 30-digit values to 1e-13 relative for df up to 200002, where @stdlib is off by up to 1e-3 from about df 1700', () => {
    for (const [p, k, value] of reference.chiSquare as [number, number, string][]) {
      const r = relative(chiSquareQuantile(p, k), Number(value));
      if (!(r < 1e-13)) expect.fail(`p = ${p}, df = ${k}: relative error ${r}`);
    }
    // The old implementation's error at 1800 df (the upper limit for a count of 899), kept visible: 6e-5 relative.
    const exact = (reference.chiSquare as [number, number, string][]).find(([p, k]) => k === 1800 && p === 0.9999)!;
    expect(relative(stdlibChiSquareQuantile(0.9999, 1800), Number(exact[2]))).toBeGreaterThan(5e-5);
  });

  it('matches the Cornish–Fisher expansion (Abramowitz & Stegun 26.4.18) to 1e-12 for df 2e8 .. 2^54', () => {
    for (const k of [2e8, 2e10, 2e12, 2e14, 2 * Number.MAX_SAFE_INTEGER + 2]) {
      for (const p of probabilities) {
        const z = normalQuantile(p);
        const s = Math.sqrt(2 * k);
        const expansion = k + z * s + (2 / 3) * (z * z - 1) + (z ** 3 - 7 * z) / (9 * s) - (6 * z ** 4 + 14 * z * z - 32) / (405 * k);
        const r = relative(chiSquareQuantile(p, k), expansion);
        if (!(r < 1e-12)) expect.fail(`p = ${p}, df = ${k}: relative difference ${r}`);
      }
    }
  });
});
