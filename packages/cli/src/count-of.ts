/** `count` and the noun, with a plural `s` unless the count is 1: `countOf(1, 'figure')` is `1 figure`, `countOf(0, 'figure')` `0 figures`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
