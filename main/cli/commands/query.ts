import { z } from 'zod';
import { DATE_BASES, ENTITY_ROLES, QuerySchema } from '../../../core/query/query';
import { rowsToCsv, rowsToJsonl, rowsToTable } from '../../../core/query/rows-table';
import { WorkspaceIndex } from '../../services/query/workspace-index';
import { defineCommand } from '../command';
import { emptyReport } from '../report';

const query = QuerySchema.shape;

/** "key=value": the field (its id or name) and words of its readable value. */
const FieldOption = z
  .string()
  .regex(/^[^=]+=.*$/, 'must be key=value, such as stance=opposes')
  .transform((typed) => {
    const at = typed.indexOf('=');
    return { key: typed.slice(0, at), value: typed.slice(at + 1) };
  })
  .pipe(query.fields.unwrap().element);

export const queryCommand = defineCommand({
  name: 'query',
  summary: 'list the annotations a query keeps, across the workspace (the query view\'s engine)',
  access: 'read',
  options: {
    types: {
      flags: '--type <ids>',
      description: 'only these types (comma-separated ids)',
      schema: z.string().transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean)).pipe(query.types.unwrap()).optional(),
    },
    set: { flags: '--set <name>', description: 'only this set', schema: query.set },
    entity: { flags: '--entity <name>', description: 'linked to this entity (its name or any alias)', schema: query.entity },
    entityRole: { flags: '--as <role>', description: `where --entity must be: ${ENTITY_ROLES.join(' or ')} (key: the speaker, actor or claimant, or the words naming it)`, schema: query.entityRole },
    field: { flags: '--field <key=value>', description: "a field (id or name) whose readable value holds these words", schema: FieldOption.optional() },
    document: { flags: '--document <words>', description: 'in documents whose title holds these words (or with this id)', schema: query.document },
    outlet: { flags: '--outlet <words>', description: 'in documents from this outlet', schema: query.outlet },
    from: { flags: '--from <date>', description: 'on or after this day (ISO 8601)', schema: query.from },
    to: { flags: '--to <date>', description: 'on or before this day (ISO 8601)', schema: query.to },
    dateBasis: { flags: '--by <date>', description: `which date --from and --to hold to: ${DATE_BASES.join(' or ')} (event: its own date, else the article's)`, schema: query.dateBasis },
    text: { flags: '--text <words>', description: 'with these words in the annotated text or its note', schema: query.text },
    format: { flags: '--format <name>', description: 'table (the default), csv or jsonl', schema: z.enum(['table', 'csv', 'jsonl']).default('table') },
  },
  examples: [
    'gloss query ~/desk --type quote --entity Pashinian --as key',
    'gloss query ~/desk --type event --from 2022-10-01 --to 2022-10-31 --format csv > october.csv',
    'gloss query ~/desk --field stance=opposes --text CSTO --format jsonl',
  ],
  async run({ workspace, options }) {
    const { format, field, ...filters } = options;
    const index = await WorkspaceIndex.build(workspace);
    const answer = await index.query({ ...filters, ...(field ? { fields: [field] } : {}) });
    const output = format === 'csv' ? rowsToCsv(answer.rows, workspace.labelTypes) : format === 'jsonl' ? rowsToJsonl(answer.rows) : rowsToTable(answer.rows);
    return {
      // The rows are the output: written whole to standard output, without the last line break the printer adds.
      ...emptyReport(output.replace(/\r?\n$/, '')),
      problems: answer.problems.map((problem) => ({ item: 'annotations', reason: `${problem}; what could be read of it was searched` })),
      details: { total: answer.total, rows: answer.rows },
    };
  },
});
