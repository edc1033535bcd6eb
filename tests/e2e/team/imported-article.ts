import type { GlossFixture } from '../support/gloss';

/** Imports one article through the harness and gives its id and its text as the services hold it. */
export async function importedArticle(gloss: GlossFixture, path: string): Promise<{ documentId: string; text: string }> {
  const imported = await gloss.harness.importFiles([path]);
  if (!imported.ok) throw new Error(imported.error.message);
  const documentId = imported.value.outcomes[0]?.documentId as string;
  const loaded = await gloss.harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { documentId, text: loaded.value.document.text };
}
