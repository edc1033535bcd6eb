import { z } from 'zod';
import { defineCommand } from '../command';
import { emptyReport } from '../report';

export const repairCommand = defineCommand({
  name: 'repair',
  summary: 'list documents an interrupted import left unlisted and remove leftover temporary files, saying what it does',
  access: 'write',
  options: {
    dryRun: { flags: '--dry-run', description: 'say what would be done, and change nothing', schema: z.boolean().optional() },
  },
  examples: ['gloss repair ~/desk --dry-run', 'gloss repair ~/desk'],
  async run({ workspace, options }) {
    const dryRun = options.dryRun === true;
    const leftovers = await workspace.leftovers();
    if (leftovers.length === 0) return emptyReport('Nothing to repair: every file is accounted for.');
    const acted = leftovers.filter((leftover) => leftover.action !== 'keep');
    const kept = leftovers.filter((leftover) => leftover.action === 'keep');
    // What will be done is said first, file by file, whatever the output level: it changes the workspace.
    const lines = [...acted, ...kept].map(({ file, plan }) => `${file}: ${dryRun && !plan.startsWith('left') ? `would ${plan}` : plan}`);
    if (!dryRun && acted.length > 0) {
      const repaired = await workspace.repair(leftovers);
      if (!repaired.ok) {
        return { ...emptyReport(`${lines.join('\n')}\nNot repaired: ${repaired.error.message}`), refused: [{ item: repaired.error.file, reason: repaired.error.message }] };
      }
    }
    const total = `${dryRun ? 'Would mend' : 'Mended'} ${acted.length} file(s)${kept.length > 0 ? `; ${kept.length} left as they are` : ''}.`;
    return {
      ...emptyReport([...lines, total].join('\n')),
      done: acted.map(({ file, plan }) => ({ item: file, reason: plan })),
      details: { adopt: leftovers.filter((l) => l.action === 'adopt').length, remove: leftovers.filter((l) => l.action === 'remove').length, keep: kept.length, dryRun },
    };
  },
});
