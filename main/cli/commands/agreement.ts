import { z } from 'zod';
import { AgreementRequestSchema } from '../../../core/api/contract';
import { asCsv, asTable, documentCells, figure, pairCells } from '../../../core/agreement/agreement-tables';
import type { AgreementReport } from '../../../core/agreement/agreement-report';
import { fromFiles, workspaceAgreement } from '../../services/agreement/workspace-agreement';
import { defineCommand } from '../command';
import { emptyReport, refusal } from '../report';
import { commaList } from './comma-list';

const request = AgreementRequestSchema.shape;

/** The figures over all sets, one line per type and one per field, for people. */
function overallLines(report: AgreementReport): string[] {
  const { sets, documents, types } = report.overall;
  const shown = (value: number | null) => figure(value, '—');
  return [
    `Agreement of ${sets.join(', ')} over ${documents} document(s) (— where there is nothing to measure):`,
    ...types.flatMap((type) => [
      `  ${type.type}: F1 exact ${shown(type.f1Exact)}, by overlap ${shown(type.f1Overlap)}; αu ${shown(type.alphaU)} (${type.alphaUUnits} units)`,
      ...type.fields.map(
        (field) =>
          `    ${field.field}: κ (${field.kappaKind === 'cohen' ? 'Cohen' : 'Fleiss'}) ${shown(field.kappa)} (${field.kappaUnits} units), α ${shown(field.alpha)} (${field.alphaUnits} units)`,
      ),
    ]),
  ];
}

export const agreementCommand = defineCommand({
  name: 'agreement',
  summary: 'agreement between annotation sets: span F1, κ and α per field, unitizing α per type',
  access: 'read',
  options: {
    sets: { flags: '--sets <names>', description: 'the sets to compare, two or more (comma-separated)', schema: commaList(request.sets) },
    types: { flags: '--types <ids>', description: 'only these types (comma-separated ids; all when absent)', schema: commaList(request.types.unwrap()).optional() },
    documentIds: { flags: '--docs <ids>', description: 'only these documents (comma-separated ids; all when absent)', schema: commaList(request.documentIds.unwrap()).optional() },
    format: { flags: '--format <name>', description: 'json (pairs, overall and documents), csv or table (the default)', schema: z.enum(['json', 'csv', 'table']).default('table') },
    by: { flags: '--by <rows>', description: 'csv and table: a row per pair of sets (the default) or per document', schema: z.enum(['pair', 'document']).default('pair') },
  },
  examples: [
    'gloss agreement ~/desk --sets alice,bob',
    'gloss agreement ~/desk --sets alice,bob,carol --types quote,claim --format json > agreement.json',
    'gloss agreement ~/desk --sets alice,bob --format csv --by document > per-document.csv',
  ],
  async run({ dir, workspace, options }) {
    const measured = await workspaceAgreement(workspace, options, fromFiles(workspace));
    if (!measured.ok) return refusal(dir, measured.error);
    const { report, problems } = measured.value;
    // People read a dash where a figure is undefined; a spreadsheet gets an empty cell.
    const none = options.format === 'table' ? '—' : '';
    const cells = options.by === 'pair' ? pairCells(report, none) : documentCells(report, none);
    const output =
      options.format === 'json'
        ? JSON.stringify(report, null, 2)
        : options.format === 'csv'
          ? asCsv(cells).trimEnd()
          : [asTable(cells), '', ...(options.by === 'pair' ? overallLines(report) : [])].join('\n').trimEnd();
    return {
      ...emptyReport(output),
      problems: problems.map((message) => ({ item: 'annotations', reason: `${message}; what could be read of it was counted` })),
      details: report,
    };
  },
});
