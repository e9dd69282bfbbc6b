import { InvalidInputError } from '../errors/index.js';
import { assertString } from '../stats/validate-input.js';

/**
 * A number as printed in a claim: its text, value and number of decimals.
 *
 * @example
 * const n: PrintedNumber = printedNumbers('£270,300')[0]!;
 * n; // => { text: '270,300', value: 270300, digits: 0 }
 */
export interface PrintedNumber {
  readonly text: string;
  readonly value: number;
  /** Decimals printed: "7.6%" has 1, "29%" and "17,011" have 0, "eight" has 0. */
  readonly digits: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};

// Digits with optional thousands groups ("17,011"; "158, 087" as the report prints it) and decimals,
// or a number word from zero to twenty.
const TOKEN = new RegExp(
  String.raw`(?<![\d.,])(-?\d{1,3}(?:, ?\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?![\d])|\b(${Object.keys(NUMBER_WORDS).join('|')})\b`,
  'gi',
);

/**
 * Every number printed in `text`, in order: digit runs with optional thousands commas and
 * decimals ("17,011", "7.6", "-36", "£270,300" gives 270300) and the number words zero to twenty
 * ("eight", "Three"). `printedNumbers('27 (34%)')` gives 27 and 34.
 *
 * @example
 * printedNumbers('up 29% on last year (17,011 compared with 13,218)').map((n) => n.value); // => [29, 17011, 13218]
 * printedNumbers('7.6% of eight'); // => [{ text: '7.6', value: 7.6, digits: 1 }, { text: 'eight', value: 8, digits: 0 }]
 */
export function printedNumbers(text: string): PrintedNumber[] {
  assertString('printedNumbers', 'text', text);
  const { numbers, tooLarge } = readPrintedNumbers(text);
  if (tooLarge !== undefined) {
    throw new InvalidInputError('printedNumbers', 'text', text, `prints a number too large for a double (${tooLarge.length} digits)`);
  }
  return numbers;
}

/**
 * {@link printedNumbers} for a checked string, without throwing: the numbers, and the first digit
 * run too large for a double (left out of `numbers`), if any. Internal: dataset validation reads
 * a row's quote with it, where such a quote is a problem to report, not an error.
 */
export function readPrintedNumbers(text: string): { numbers: PrintedNumber[]; tooLarge: string | undefined } {
  const numbers: PrintedNumber[] = [];
  let tooLarge: string | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const digitsText = match[1];
    if (digitsText !== undefined) {
      const plain = digitsText.replace(/, ?/g, '');
      const point = plain.indexOf('.');
      const value = Number(plain);
      if (!Number.isFinite(value)) {
        tooLarge ??= digitsText;
        continue;
      }
      numbers.push({ text: digitsText, value, digits: point < 0 ? 0 : plain.length - point - 1 });
    } else {
      const word = (match[2] ?? '').toLowerCase();
      const value = NUMBER_WORDS[word];
      if (value !== undefined) numbers.push({ text: match[2] ?? word, value, digits: 0 });
    }
  }
  return { numbers, tooLarge };
}

/**
 * The number printed in `text` whose magnitude is `|value|` (a claim's stated value is signed, the
 * printed number may not be: "44% reduction" states -44), or `null` when `text` prints no such number.
 */
export function findPrintedNumber(text: string, value: number): PrintedNumber | null {
  return printedNumbers(text).find((n) => Math.abs(n.value) === Math.abs(value)) ?? null;
}
