import { WorkspaceManifestSchema } from '../../../core/model/workspace';
import { Workspace } from '../../services/workspace/workspace';
import { defineCommand } from '../command';
import { emptyReport, refusal } from '../report';

export const initCommand = defineCommand({
  name: 'init',
  summary: 'create an empty workspace in a new or empty folder',
  access: 'create',
  options: {
    name: { flags: '--name <name>', description: 'the workspace\'s name (default "Workspace")', schema: WorkspaceManifestSchema.shape.name.optional() },
  },
  examples: ['gloss init ~/desk --name "Wire desk"'],
  async run({ dir, options }) {
    const created = await Workspace.create(dir, options.name ?? 'Workspace');
    if (!created.ok) return refusal(dir, `${created.error.file}: ${created.error.message}`);
    return { ...emptyReport(`Created workspace "${created.value.name}" in ${dir}`), done: [{ item: dir, reason: 'created' }] };
  },
});
