export type * from './table-schema.js';
export { standardSchemas, type StandardResourceName } from './schemas/index.js';
export { provenanceFields, gssMissingValues } from './schemas/provenance.js';
export { figureUnits } from './schemas/figure.js';
export type { ContextIndicator } from './schemas/context-indicator.js';
export type { ContextValue } from './schemas/context-value.js';
export type { ChartSeriesPoint } from './schemas/chart-series.js';
export type { BudgetStatementRecord } from './schemas/budget-statement.js';
export type { BudgetLine } from './schemas/budget-line.js';
export type { BudgetTotal } from './schemas/budget-total.js';
export type { BoardMember } from './schemas/board-member.js';
export type { PartnershipGroup } from './schemas/partnership-group.js';
export type { Priority } from './schemas/priority.js';
export type { Acronym } from './schemas/acronym.js';
export type { Figure } from './schemas/figure.js';
export { quarterlyIndicatorUnits, type QuarterlyIndicator } from './schemas/quarterly-indicator.js';
export type { Escalation } from './schemas/escalation.js';
export { claimKinds, type Claim, type ClaimKind } from './schemas/claim.js';
export { datasetProblemCodes, formatDatasetProblem, type DatasetProblem, type DatasetProblemCode } from './dataset-problem.js';
export { DatasetError } from './dataset-error.js';
export { parseCsv, type CsvRecord, type ParsedCsv } from './parse-csv.js';
export { convertCell, type CellValue, type CellConversion } from './convert-cell.js';
export { validateTable, type TableInput, type CheckedTable, type CheckedRecord } from './validate-table.js';
export {
  dataPackageMetadataSchema,
  dataResourceSchema,
  scpkitMetadataSchema,
  tableSchemaSchema,
  keyFields,
  REPORT_FORMAT_VERSION,
  DATASET_KINDS,
  type DatasetKind,
  type DataPackage,
  type DataResource,
  type ScpkitMetadata,
} from './data-package.js';
export type { Dataset, DatasetRecord, DatasetSummary, ResourceSummary, StandardRecord, StandardTables } from './dataset.js';
export { validateDataset, parseDataset, DESCRIPTOR_FILE, type DatasetInput, type DatasetValidation, type FileText } from './validate-dataset.js';
export { describeDataset, formatDescriptor, type DatasetMetadata, type DescribeInput, type DescribeResult, type DescribeDrop } from './describe-dataset.js';
export { renderDataDictionary, replaceDataDictionary, DATA_DICTIONARY_START, DATA_DICTIONARY_END } from './data-dictionary.js';
