import type { ExportFormatName, ImportFormatName } from '../../../core/formats/catalogue';
import type { Query } from '../../../core/query/query';

/**
 * What the bench asks a child process to do, and what the child reports.
 * Each measured export, import, open and floor runs in a fresh Node process,
 * so its peak memory is its own and no earlier work warms or burdens it.
 */
export type ChildJob =
  | { task: 'open'; dir: string; runs: number }
  | { task: 'export'; dir: string; format: ExportFormatName; out: string }
  | { task: 'import'; dir: string; format: ImportFormatName; files: string[]; set: string }
  | { task: 'floor'; read: string[]; write: { from: string; to: string }[] }
  | { task: 'index'; dir: string; queries: Query[]; runs: number; limit: number };

/** Starts the stderr line in which a failed child says why, for the parent to report. */
export const FAILURE_PREFIX = 'bench child failed: ';

export interface OpenReport {
  /** Services' open plus document list, each run after the first (which warms the code). */
  openMs: number[];
  /** The first, cold run: in the app this is what start-up pays. */
  coldOpenMs: number;
  /** Reading and parsing the files the open reads, alternating with the runs. */
  floorMs: number[];
  /** The heap after the last open, the workspace kept, after a full collection. */
  heapMb: number;
}

export interface IndexReport {
  /** Building the workspace index as the app does when a workspace opens. */
  buildMs: number;
  /** Every query of every run, answered with its first `limit` rows. */
  queryMs: number[];
  /** The heap with the workspace and its index kept, after a full collection. */
  heapMb: number;
}

export interface WorkReport {
  ms: number;
}

export interface FloorReport {
  ms: number;
  readMs: number;
  writeMs: number;
}

export type ChildReport<J extends ChildJob> = (J extends { task: 'open' } ? OpenReport : J extends { task: 'floor' } ? FloorReport : J extends { task: 'index' } ? IndexReport : WorkReport) & {
  /** The child's peak resident memory (process.resourceUsage().maxRSS). */
  peakRssMb: number;
};
