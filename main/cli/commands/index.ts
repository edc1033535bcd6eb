import type { Command } from '../command';
import { agreementCommand } from './agreement';
import { exportCommand } from './export';
import { importCommand } from './import';
import { importAnnotationsCommand } from './import-annotations';
import { initCommand } from './init';
import { queryCommand } from './query';
import { repairCommand } from './repair';
import { setMetaCommand } from './set-meta';
import { statsCommand } from './stats';
import { suggestCommand } from './suggest';
import { syncCommand } from './sync';
import { validateCommand } from './validate';

/** Every `gloss` command, in the order `gloss --help` lists them; each is one module beside this one. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  importCommand,
  importAnnotationsCommand,
  exportCommand,
  validateCommand,
  repairCommand,
  statsCommand,
  setMetaCommand,
  queryCommand,
  agreementCommand,
  suggestCommand,
  syncCommand,
];
