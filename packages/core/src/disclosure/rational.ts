// Exact rational numbers over bigint, for the Gaussian elimination of findDisclosureRisks. Internal
// (not exported from the barrel). Floats would round: a hidden count judged "recoverable" or not
// must be an exact statement, so every value is numerator/denominator in lowest terms with a
// positive denominator.

/** An exact rational number in lowest terms, denominator > 0. Immutable. */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  private constructor(
    readonly numerator: bigint,
    readonly denominator: bigint,
  ) {}

  /** `numerator / denominator` in lowest terms; throws RangeError on a zero denominator. */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    let n = BigInt(numerator);
    let d = BigInt(denominator);
    if (d === 0n) throw new RangeError('Rational: zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  add(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  sub(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator - other.numerator * this.denominator, this.denominator * other.denominator);
  }

  mul(other: Rational): Rational {
    return Rational.of(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /** `this / other`; throws RangeError when `other` is 0. */
  div(other: Rational): Rational {
    return Rational.of(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** The nearest double (exact for the whole numbers a count table holds). */
  toNumber(): number {
    return this.denominator === 1n ? Number(this.numerator) : Number(this.numerator) / Number(this.denominator);
  }
}

/** Greatest common divisor of |a| and |b| (gcd(0, 0) = 0). */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
