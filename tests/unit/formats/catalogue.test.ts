import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES, FORMAT_DESCRIPTIONS, IMPORT_FORMAT_NAMES } from '../../../core/formats/catalogue';
import { FORMATS } from '../../../core/formats/index';

describe('the format catalogue the app offers', () => {
  it('names every format the exporters know, and only those', () => {
    expect([...EXPORT_FORMAT_NAMES].sort()).toEqual(FORMATS.map((format) => format.name).sort());
  });

  it('offers import for exactly the formats that can be parsed', () => {
    expect([...IMPORT_FORMAT_NAMES].sort()).toEqual(FORMATS.filter((format) => format.parse).map((format) => format.name).sort());
  });

  it('suggests a file extension for one-file formats and none for folders', () => {
    for (const format of FORMATS) {
      expect(FORMAT_DESCRIPTIONS[format.name as keyof typeof FORMAT_DESCRIPTIONS].extension === null).toBe(format.output === 'folder');
    }
  });
});
