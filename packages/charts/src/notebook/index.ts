export { openReport, type NotebookReport, type Needs, type ReportParameters } from './open-report.js';
export { projectDefaults, DEFAULT_FIGURES_DIR, type ProjectDefaults } from './project-defaults.js';
export { readSkipRecord, skipRecordName, writeSkipRecord, removeSkipRecord } from './skip-record.js';
