import type { BenchSuite } from '../types';
import { workspaceSuite } from './workspace';
import { importSuite } from './import';
import { exchangeSuite } from './exchange';
import { readerSuite } from './reader';
import { scaleSuite } from './scale';
import { articlesSuite } from './articles';
import { suggestSuite } from './suggest';
import { analysisSuite } from './analysis';
import { teamSuite } from './team';

/**
 * Every benchmark suite, in the order they run. Each issue adds its own
 * module here; a suite generates its own workload (never ../shared files).
 * `scale` is last: it is the heaviest (5,000 documents, 1,000,000 annotations).
 */
export const SUITES: readonly BenchSuite[] = [importSuite, workspaceSuite, readerSuite, exchangeSuite, articlesSuite, suggestSuite, analysisSuite, teamSuite, scaleSuite];
