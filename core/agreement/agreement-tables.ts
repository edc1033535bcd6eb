import { csvCell } from '../formats/csv';
import type { AgreementReport } from './agreement-report';

/** A figure as a cell: three decimals, `none` (empty in CSV, a dash for people) where it is undefined: no units, or nothing to correct for. */
export const figure = (value: number | null | undefined, none = ''): string => (value === null || value === undefined ? none : value.toFixed(3));

const PAIR_COLUMNS = ['a', 'b', 'type', 'field', 'f1Exact', 'f1Overlap', 'kappa', 'alpha', 'units'] as const;

/** The pairwise matrix as rows of cells, one per pair of sets and type (and field), with the header first. */
export function pairCells(report: AgreementReport, none = ''): string[][] {
  return [
    [...PAIR_COLUMNS],
    ...report.pairs.map((row) => [
      row.a,
      row.b,
      row.type,
      row.field ?? '',
      figure(row.f1Exact, none),
      figure(row.f1Overlap, none),
      row.field === undefined ? '' : figure(row.kappa, none),
      row.field === undefined ? '' : figure(row.alpha, none),
      String(row.units),
    ]),
  ];
}

/** The per-document table as rows of cells, with a column of annotations per set, header first. */
export function documentCells(report: AgreementReport, none = ''): string[][] {
  const sets = report.overall.sets;
  return [
    ['document', 'title', 'type', 'f1Exact', 'f1Overlap', 'alphaU', ...sets.map((set) => `annotations ${set}`)],
    ...report.documents.map((row) => [
      row.document,
      row.title,
      row.type,
      figure(row.f1Exact, none),
      figure(row.f1Overlap, none),
      figure(row.alphaU, none),
      ...sets.map((set) => String(row.annotations[set] ?? 0)),
    ]),
  ];
}

/** RFC 4180 CSV, CRLF line ends, as csv exports write it. */
export function asCsv(cells: readonly (readonly string[])[]): string {
  return cells.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Columns padded to line up, for a terminal. */
export function asTable(cells: readonly (readonly string[])[]): string {
  const widths = (cells[0] ?? []).map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
