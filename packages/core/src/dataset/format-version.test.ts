import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT_VERSION } from './data-package.js';
import { fieldsAddedAfter, isReportFormatVersion, REPORT_FORMAT_VERSIONS, standardSchemaOf } from './format-version.js';
import { standardSchemas, type StandardResourceName } from './schemas/index.js';

describe('report format versions', () => {
  it('reads 1.0 and 1.1 and writes the last', () => {
    expect(REPORT_FORMAT_VERSIONS).toEqual(['1.0', '1.1']);
    expect(REPORT_FORMAT_VERSION).toBe('1.1');
    expect(isReportFormatVersion('1.0')).toBe(true);
    expect(isReportFormatVersion('1.2')).toBe(false);
    expect(isReportFormatVersion(1.1)).toBe(false);
  });

  it('gives the current standard schema for the current version, and 1.0 chart-series without value_printed', () => {
    for (const name of Object.keys(standardSchemas) as StandardResourceName[]) {
      expect(standardSchemaOf(name, REPORT_FORMAT_VERSION)).toBe(standardSchemas[name]);
    }
    expect(fieldsAddedAfter('chart-series', '1.0')).toEqual(['value_printed']);
    expect(fieldsAddedAfter('chart-series', '1.1')).toEqual([]);
    expect(fieldsAddedAfter('figures', '1.0')).toEqual([]);
    const old = standardSchemaOf('chart-series', '1.0');
    expect(old.fields.map((f) => f.name)).toEqual(['chart', 'title', 'position', 'label', 'value', 'section', 'quote']);
    // Only fields are removed: the rest of the schema, and the other fields, are the current ones.
    expect({ ...old, fields: undefined }).toEqual({ ...standardSchemas['chart-series'], fields: undefined });
    expect(standardSchemaOf('figures', '1.0')).toBe(standardSchemas.figures);
  });

  it('only ever adds fields in a minor version, so an older folder stays valid', () => {
    for (const name of Object.keys(standardSchemas) as StandardResourceName[]) {
      for (const version of REPORT_FORMAT_VERSIONS) {
        for (const field of fieldsAddedAfter(name, version)) {
          const descriptor = standardSchemas[name].fields.find((f) => f.name === field);
          // A field added later must be one a row may leave empty.
          expect(descriptor?.constraints && 'required' in descriptor.constraints ? descriptor.constraints.required : false, `${name}.${field}`).not.toBe(true);
        }
      }
    }
  });
});
