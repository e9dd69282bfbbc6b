// Shared reference series for the SPC tests (test data only; not exported from any barrel).

/**
 * R 4.x `set.seed(123); rnorm(20)`, to 8 decimals: the series NHSRplotthedots' own tests use
 * (tests/testthat/test-ptd_spc_standard.R, test-ptd_spc.R). Its snapshot
 * tests/testthat/_snaps/ptd_spc_standard.md prints the first four values to 8 decimals and the
 * mean and limits to 7 significant digits; the limits these values give agree with all of them,
 * which checks the values themselves.
 */
export const RNORM_SEED_123: readonly number[] = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
  0.49785048, -1.96661716, 0.7013559, -0.47279141,
];

/** Commit of nhs-r-community/NHSRplotthedots the expectations were read from. */
export const NHSR_COMMIT = '050b07d7eacc011767532732f69b8fd7d6a28fd3';

/**
 * The series of NHSRplotthedots' vignette "Deviations from Excel defaults" (vignettes/deviations.Rmd):
 * `c(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1)`. Published captions: with
 * `screen_outliers = FALSE` (the Excel tools) UPL 6.95, mean 1.94, LPL −3.06; with the default
 * screening UPL 4.6, mean 1.94, LPL −0.72; the fifth point is special cause improvement, the rest
 * common cause.
 */
export const VIGNETTE_DEVIATIONS: readonly number[] = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

/** Commit of nhs-r-community/NHSRdatasets the A&E series below were read from (data/ae_attendances.rda, last changed in d8cab55). */
export const NHSRDATASETS_COMMIT = '7fe35a54a3aa380ad6008d872ae465d092aa11b0';

/**
 * NHSRdatasets `ae_attendances`, `org_code == "RQM"`, `type == 1`, `breaches`, monthly from
 * April 2016 to March 2018 (`period < as.Date("2018-04-01")`): the series of NHSRplotthedots'
 * README (README.Rmd / README.md at commit 050b07d). Read from the .rda file of NHSRdatasets at
 * {@link NHSRDATASETS_COMMIT}. Published there, with `improvement_direction = "decrease"` and the
 * default `screen_outliers = TRUE`: the plot `man/figures/README-limits-example-1.png` labels the
 * lower limit 740, mean 1 545, upper limit 2 350, colours May and June 2016 "Special Cause
 * Improvement", December 2016 and January 2017 "Special Cause Concern", the rest "Common Cause";
 * `summary()` with `target = 1200` prints `variation_type` "common_cause" and `assurance_type`
 * "inconsistent".
 */
export const AE_RQM_2016_2018: readonly number[] = [
  1199, 929, 970, 1178, 1110, 1388, 2061, 1985, 2675, 3141, 1942, 2030, 1309, 1960, 1169, 1117, 1085, 1492, 1280,
  1197, 1569, 1406, 1328, 1564,
];

/**
 * NHSRdatasets `ae_attendances`, `org_code == "RRK"`, `type == 1`, `breaches`, monthly from
 * April 2016 to March 2019 (36 points; the first 24 are `period < 2018-04-01`). The series of
 * NHSRplotthedots' vignette "Introduction" (vignettes/NHSRplotthedots.Rmd at commit 050b07d), whose
 * figures were deployed from that commit to the gh-pages branch (commit ced117d):
 * - "Stable period" (first 24 points, `improvement_direction = "decrease"`), figure
 *   `articles/NHSRplotthedots_files/figure-html/stableperiod-1.png`: January 2017 "Special Cause
 *   Concern", February to September 2017 "Special Cause Improvement" (the text: "We can see 8
 *   sequential points coloured in blue. This is triggered by a rule that looks for >=7 points on one
 *   side of the mean."), the rest "Common Cause"; variation icon common cause.
 * - "Change point" (all 36, `rebase = ptd_rebase(as.Date("2018-07-01"))`), figure `changepoint-1.png`:
 *   the same before the rebase; after it July to September 2018 improvement, October to December
 *   2018 common cause, January to March 2019 concern; the icon is concern (high); the caption
 *   warns of trial limits from a group of fewer than 12 points.
 */
export const AE_RRK_2016_2019: readonly number[] = [
  1195, 1843, 1397, 1333, 1771, 1751, 2013, 1759, 2179, 2585, 1654, 1543, 1632, 1558, 1190, 1357, 1279, 1683, 2190,
  1804, 986, 2181, 2048, 2154, 1759, 1637, 1488, 6499, 5983, 6599, 7089, 8120, 8981, 12502, 11376, 10670,
];

/** Month labels `YYYY-MM` from April 2016, one per point of the A&E series above. */
export const monthsFromApril2016 = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${2016 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`);
