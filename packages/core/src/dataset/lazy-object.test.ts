import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazyObject } from './lazy-object.js';
import { dataResourceSchema, scpkitMetadataSchema, tableSchemaSchema } from './data-package.js';

describe('lazyObject', () => {
  it('builds on first touch, once, and forwards reads, `in`, keys and the prototype', () => {
    let builds = 0;
    class Thing {
      value = 2;
      twice() {
        return this.value * 2;
      }
    }
    const thing = lazyObject(() => {
      builds += 1;
      return new Thing();
    });
    expect(builds).toBe(0);
    expect(thing.twice()).toBe(4);
    expect('value' in thing).toBe(true);
    expect(Object.keys(thing)).toEqual(['value']);
    expect(thing instanceof Thing).toBe(true);
    expect(builds).toBe(1);
  });
});

describe('the lazily built zod schemas', () => {
  it('are zod schemas that parse as before', () => {
    expect(tableSchemaSchema instanceof z.ZodType).toBe(true);
    expect(tableSchemaSchema.safeParse({ fields: [{ name: 'a', type: 'string' }] }).success).toBe(true);
    expect(tableSchemaSchema.safeParse({ fields: [] }).success).toBe(false);
    const source = { path: 'source.txt', sha256: 'a'.repeat(64) };
    expect(scpkitMetadataSchema.safeParse({ format: '1.0', partnership: 'x', period: '2021/22', source }).success).toBe(true);
    expect(scpkitMetadataSchema.safeParse({ format: '1.1', partnership: 'x', period: '2021/22', source }).success).toBe(true);
    expect(scpkitMetadataSchema.safeParse({ format: '1.1', partnership: 'x', period: '2021/22' }).success).toBe(false);
    expect(scpkitMetadataSchema.safeParse({ format: '1.9', partnership: 'x', period: '2021/22', source }).success).toBe(false);
    expect(scpkitMetadataSchema.safeParse({ format: '2.0', partnership: 'x', period: '2021/22', source }).success).toBe(false);
    expect(dataResourceSchema.shape.schema).toBeDefined();
  });

  it('compose inside other zod schemas', () => {
    const wrapped = z.object({ schema: tableSchemaSchema });
    expect(wrapped.safeParse({ schema: { fields: [{ name: 'a', type: 'string' }] } }).success).toBe(true);
    expect(wrapped.safeParse({ schema: { fields: [{ name: 'a', type: 'nope' }] } }).success).toBe(false);
  });
});
