/**
 * Lower and upper confidence limits for the expected value of an observed count.
 *
 * @example
 * const limits: CountInterval = exactPoissonInterval(4); // exact Poisson limits for a count of 4 (Armitage & Berry 2002)
 * limits; // => { lower: 1.09, upper: 10.24 }
 */
export interface CountInterval {
  readonly lower: number;
  readonly upper: number;
}
