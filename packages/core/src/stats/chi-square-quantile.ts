import { logGamma, logPoissonTerm, lowerRegularizedGamma, upperRegularizedGamma } from './regularized-gamma.js';

/**
 * Quantile of the chi-square distribution with `k` degrees of freedom: the x with
 * P(χ²ₖ <= x) = p, for 0 < p < 1 and k > 0, from χ²ₖ = 2·Gamma(k/2, 1):
 *
 *     qchisq(p, k) = 2 · P⁻¹(k/2, p)
 *
 * where P⁻¹(a, ·) inverts the regularized lower incomplete gamma function P(a, x). The inversion is
 * Numerical Recipes' `invgammp` (Press et al. 2007, §6.2.1): a start from the Wilson–Hilferty cube
 * (a > 1) or from the small-x behaviour of P (a <= 1), then Halley steps
 * x ← x − u / (1 − ½·min(1, u·((a − 1)/x − 1))) with u = (P(a, x) − p)/P′(a, x). Unlike NR, for p > ½
 * it solves Q(a, x) = 1 − p (exact in binary for p >= ½), so the upper tail keeps its precision, and it
 * stops when a step is below 10⁻¹⁰·x (Halley converges cubically, so the next error is below 10⁻³⁰).
 * O(1) steps, each one evaluation of P or Q (see `regularized-gamma.ts`).
 *
 * Reference: Press WH, Teukolsky SA, Vetterling WT, Flannery BP. Numerical Recipes: the art of
 * scientific computing, 3rd edn. Cambridge University Press; 2007. §6.2 (incomplete gamma function),
 * §6.14.9 (chi-square distribution). Wilson EB, Hilferty MM. The distribution of chi-square. PNAS
 * 1931; 17: 684–688.
 *
 * Internal: callers check 0 < p < 1 and k > 0.
 *
 * @example
 * chiSquareQuantile(0.975, 12); // => 23.336664158645323
 */
export function chiSquareQuantile(p: number, k: number): number {
  return 2 * inverseLowerRegularizedGamma(p, k / 2);
}

/** The x with P(a, x) = p (0 < p < 1, a > 0); see {@link chiSquareQuantile}. */
export function inverseLowerRegularizedGamma(p: number, a: number): number {
  const a1 = a - 1;
  const upper = p > 0.5;
  const q = 1 - p;
  let x: number;
  if (a > 1) {
    const pp = upper ? q : p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (!upper) z = -z;
    x = Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3));
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }
  const logGammaA = a > 1 ? 0 : logGamma(a);
  for (let j = 0; j < 100; j += 1) {
    if (x <= 0) return 0;
    const err = upper ? q - upperRegularizedGamma(a, x) : lowerRegularizedGamma(a, x) - p;
    // P′(a, x) = xᵃ⁻¹e⁻ˣ/Γ(a)
    const density = a > 1 ? Math.exp(logPoissonTerm(a1, x)) : Math.exp(-x + a1 * Math.log(x) - logGammaA);
    if (density === 0) break;
    const u = err / density;
    const step = u / (1 - 0.5 * Math.min(1, u * (a1 / x - 1)));
    x -= step;
    if (x <= 0) x = 0.5 * (x + step);
    if (Math.abs(step) < 1e-10 * x) break;
  }
  return x;
}
