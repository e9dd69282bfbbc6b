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
