import type { BenchSuite } from '../types';
import { workspaceSuite } from './workspace';
import { importSuite } from './import';
import { exchangeSuite } from './exchange';
import { readerSuite } from './reader';

/**
 * Every benchmark suite, in the order they run. Each issue adds its own
 * module here; a suite generates its own workload (never ../shared files).
 */
export const SUITES: readonly BenchSuite[] = [importSuite, workspaceSuite, readerSuite, exchangeSuite];
