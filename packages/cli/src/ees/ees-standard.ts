// The DfE open data standard for Explore Education Statistics (EES) files, as far as scpkit
// writes and screens them. Sources (read 2026-12-02):
// - DfE Analysts' Guide, "Open Data Standards",
//   https://dfe-analytical-services.github.io/analysts-guide/statistics-production/ud.html
//   (repository dfe-analytical-services/analysts-guide, statistics-production/ud.qmd):
//   "time_period must contain either a four digit year, or a 6 digit year.", "six digit time_periods
//   must represent consecutive years - e.g. 201718, not 201619.", "All rows must have country_code
//   and country_name completed, regardless of geographic level.", "The metadata file should have
//   exactly the same name as the data file, with a suffix of '.meta'.", the mandatory metadata columns
//   and "col_type ... must be either ‘Filter’ or ‘Indicator’", and the symbols table (z not
//   applicable, x unavailable, c confidential, low; obsolete ":" and "~").
// - The screener's constants, dfe-analytical-services/dfe-published-data-qa `global.R`:
//   `mandatory_data_cols`, `mandatory_meta_cols`, `acceptable_time_identifiers`,
//   `four_digit_identifiers`, `six_digit_identifiers`, `gss_symbols <- c("z", "x", "c", "low")`,
//   `legacy_gss_symbols <- c("~", ":")`, `acceptable_indicatorunits <- c("%", "pp", "£", "£m")` and the
//   geography matrix; its checks are in dfe-analytical-services/eesyscreener (R/check_*.R, e.g.
//   check_ind_invalid_entry.R: a blank or a legacy symbol in an indicator fails).

/** Columns every EES data file must have (`mandatory_data_cols`). */
export const MANDATORY_DATA_COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name'] as const;

/** Columns every EES metadata file must have, in this order (`mandatory_meta_cols`). */
export const MANDATORY_META_COLUMNS = ['col_name', 'col_type', 'label', 'indicator_grouping', 'indicator_unit', 'indicator_dp', 'filter_hint', 'filter_grouping_column'] as const;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weeks = Array.from({ length: 52 }, (_, i) => `Week ${i + 1}`);
const terms = ['Spring term', 'Autumn term', 'Summer term'];
const financialQuarters = ['Financial year Q1', 'Financial year Q2', 'Financial year Q3', 'Financial year Q4'];
const financialHalves = ['Part 1 (April to September)', 'Part 2 (October to March)'];

/** time_identifier values whose time_period has 4 digits (`four_digit_identifiers`). */
export const FOUR_DIGIT_IDENTIFIERS: ReadonlySet<string> = new Set(['Calendar year', 'Reporting year', ...weeks, ...months]);
/** time_identifier values whose time_period has 6 digits, consecutive years (`six_digit_identifiers`). */
export const SIX_DIGIT_IDENTIFIERS: ReadonlySet<string> = new Set(['Autumn and spring term', ...terms, 'Financial year', 'Academic year', 'Tax year', ...financialQuarters, ...financialHalves]);

/**
 * The groups of time_identifier values a file may mix (the Analysts' Guide lists each group in its
 * own table: "You can only mix time_identifiers if they appear within the same table below").
 */
export const TIME_IDENTIFIER_GROUPS: readonly (readonly string[])[] = [
  ['Calendar year'],
  ['Reporting year'],
  ['Academic year'],
  ['Financial year'],
  financialQuarters,
  financialHalves,
  ['Tax year'],
  terms,
  ['Autumn and spring term'],
  months,
  weeks,
];

/** The only symbols an indicator may hold instead of a number (`gss_symbols`). */
export const EES_SYMBOLS: ReadonlySet<string> = new Set(['c', 'x', 'z', 'low']);
/** Obsolete symbols the screener refuses in indicators (`legacy_gss_symbols`). */
export const LEGACY_SYMBOLS: ReadonlySet<string> = new Set([':', '~']);
/** Units an indicator may declare; blank means a number (`acceptable_indicatorunits`). */
export const INDICATOR_UNITS: ReadonlySet<string> = new Set(['', '%', 'pp', '£', '£m']);

/** Columns each geographic level needs filled (the screener's geography matrix, the levels scpkit writes and a few more). */
export const LEVEL_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  National: ['country_code', 'country_name'],
  Regional: ['region_code', 'region_name'],
  'Local authority': ['old_la_code', 'new_la_code', 'la_name'],
  'Local authority district': ['lad_code', 'lad_name'],
  'Parliamentary constituency': ['pcon_code', 'pcon_name'],
  'Local skills improvement plan area': ['lsip_code', 'lsip_name'],
  'English devolved area': ['english_devolved_area_code', 'english_devolved_area_name'],
  Ward: ['ward_code', 'ward_name'],
  School: ['school_urn', 'school_name'],
  Provider: ['provider_ukprn', 'provider_name'],
  Institution: ['institution_id', 'institution_name'],
  'Planning area': ['planning_area_code', 'planning_area_name'],
};

/** Observational-unit columns: time and geography (not filters, need no metadata row). */
export const OBSERVATIONAL_COLUMNS: ReadonlySet<string> = new Set(['time_period', 'time_identifier', 'geographic_level', ...Object.values(LEVEL_COLUMNS).flat()]);

/** England, as the Analysts' Guide's example prints it ("201819 | Academic year | National | E92000001 | England"). */
export const ENGLAND = { code: 'E92000001', name: 'England' } as const;
