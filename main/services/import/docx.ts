import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { ArticleDraft, Importer } from './article-draft';
import { blocksFromElement } from './html-blocks';
import { articleFromBlocks } from './headline';
import { checkZipUnpackedSize } from './unpacked-size';

/** Word's own Title and Subtitle styles are headings too; mammoth maps only "Heading n" by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];
/** Images are not text: an empty element instead of mammoth's default base64 copy of every picture. */
const DROP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * A Word document: mammoth turns its paragraphs, headings and lists into
 * HTML, which is laid out into blocks like a web page's article. Linked
 * (external) files are never opened.
 */
async function parseDocx(bytes: Uint8Array, fallbackTitle: string): Promise<ArticleDraft> {
  checkZipUnpackedSize(bytes);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, convertImage: DROP_IMAGES, externalFileAccess: false },
    ));
  } catch (error) {
    throw new Error(`not a readable Word (.docx) document (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return articleFromBlocks(blocksFromElement(document.body), {}, fallbackTitle);
}

export const docxImporter: Importer = {
  name: 'docx-mammoth',
  extensions: ['.docx'],
  parse: parseDocx,
};
