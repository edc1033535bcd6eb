import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES, FORMAT_DESCRIPTIONS } from '../../../core/formats/catalogue';
import { lossCell, lossWarning } from '../../../core/formats/losses';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';

const DOCS = readFileSync(join(__dirname, '../../../docs/formats.md'), 'utf8');

/** The "What each format keeps" table of docs/formats.md: first cell → last cell. */
function docsTable(): Map<string, string> {
  const table = DOCS.slice(DOCS.indexOf('## What each format keeps'));
  const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| format') && !line.startsWith('| ---'));
  return new Map(rows.map((row) => row.slice(2, -2).split(' | ')).map((cells) => [cells[0]!, cells.at(-1)!]));
}

describe('what each format keeps', () => {
  it.each(EXPORT_FORMAT_NAMES)('docs/formats.md says what %s does not carry, exactly as the Export dialog warns', (format) => {
    const label = FORMAT_DESCRIPTIONS[format].label;
    const row = [...docsTable()].find(([first]) => first.startsWith(label));
    expect(row, `a row for ${label}`).toBeDefined();
    expect(row![1]).toBe(lossCell(format));
  });

  it('warns before an export that would drop something, and only of what the chosen types hold', () => {
    expect(lossWarning('gloss', DEFAULT_LABEL_TYPES)).toBeNull();
    expect(lossWarning('brat', DEFAULT_LABEL_TYPES)).toMatch(/^brat standoff will not carry: entity links in a field .*; created and modified times; document metadata\.$/);
    const noFields = DEFAULT_LABEL_TYPES.filter((type) => type.fields.length === 0);
    expect(lossWarning('brat', noFields)).not.toMatch(/entity links/);
    expect(lossWarning('webanno', DEFAULT_LABEL_TYPES)).toMatch(/the type of a number, boolean or date \(they come back as text; a date as 2026-03-01 \(last Sunday\)\)/);
  });
});
