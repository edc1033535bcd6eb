import type { EntityMention } from '../../../core/api/contract';
import { entityLinksOf } from '../../../core/entities/entity-links';
import { readEveryAnnotationsFile } from './every-annotations-file';
import type { Workspace } from './workspace';

/** Enough of an annotation's words to recognise it in a list. */
const MENTION_TEXT = 160;

/**
 * Every link from an annotation to an entity, across the workspace, as the
 * files on disk hold them (the caller saves pending changes first). Ids are
 * as stored: one merged away still names the entity it was merged into.
 */
export async function entityMentions(workspace: Workspace): Promise<{ mentions: EntityMention[]; problems: string[] }> {
  const { byDocument, problems } = await readEveryAnnotationsFile(workspace);
  const titles = new Map(workspace.entries.map((entry) => [entry.id, entry.title]));
  const mentions: EntityMention[] = [];
  for (const [documentId, annotations] of byDocument) {
    for (const annotation of annotations) {
      const links = entityLinksOf(annotation);
      if (links.length === 0) continue;
      const words = annotation.fragments.map((fragment) => fragment.exact).join(' … ');
      const text = words.length > MENTION_TEXT ? `${words.slice(0, MENTION_TEXT - 1)}…` : words;
      for (const { entityId, field } of links) {
        mentions.push({ entityId, field, documentId, documentTitle: titles.get(documentId) ?? documentId, annotationId: annotation.id, type: annotation.type, text });
      }
    }
  }
  return { mentions, problems };
}
