/** Lower and upper confidence limits for the expected value of an observed count. */
export interface CountInterval {
  readonly lower: number;
  readonly upper: number;
}
