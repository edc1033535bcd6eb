import { Unzlib, unzipSync } from 'fflate';

/**
 * What a file may unpack to before it is read. A news article's text is a few
 * hundred kilobytes; pictures, fonts and Word's markup add to that, but not a
 * hundred megabytes. A compressed bomb (a 1 MB file holding 600 MB of text)
 * is refused here, before a parser has held any of it.
 */
export const MAX_UNPACKED_BYTES = 128 * 2 ** 20;

const LIMIT_MB = MAX_UNPACKED_BYTES / 2 ** 20;
const tooLarge = (detail: string) => new Error(`too large when unpacked (${detail})`);

/**
 * Refuses a zip (a .docx) whose entries say they unpack to more than the
 * limit, from its directory alone: nothing is unpacked. An archive that lies
 * about its sizes gets past this, and is stopped by the import worker's
 * memory limit instead. Bytes that are no zip are left to the importer to refuse.
 */
export function checkZipUnpackedSize(bytes: Uint8Array): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return;
  }
  if (total > MAX_UNPACKED_BYTES) throw tooLarge(`${Math.round(total / 2 ** 20)} MB; Gloss reads at most ${LIMIT_MB} MB`);
}

const latin1 = new TextDecoder('latin1');
/** How far back from `stream` its dictionary is looked for; real ones are far shorter. */
const DICTIONARY_WINDOW = 4096;
const CHUNK = 4096;

/**
 * Refuses a PDF whose Flate-compressed streams (other than pictures, which
 * text extraction never unpacks) unpack to more than the limit. Each stream is
 * inflated in pieces that are counted and dropped, so checking costs a few
 * kilobytes of memory whatever the stream holds; counting stops at the limit.
 */
export function checkPdfUnpackedSize(bytes: Uint8Array): void {
  const text = latin1.decode(bytes);
  let total = 0;
  for (let at = text.indexOf('stream'); at !== -1; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dataStart = text.startsWith('\r\n', at + 6) ? at + 8 : text.startsWith('\n', at + 6) ? at + 7 : -1;
    if (dataStart === -1) continue;
    const dictionary = text.slice(Math.max(0, at - DICTIONARY_WINDOW), at);
    const own = dictionary.slice(dictionary.lastIndexOf(' obj') + 1);
    if (!own.includes('/FlateDecode') || /\/Subtype\s*\/Image/.test(own)) continue;
    const end = text.indexOf('endstream', dataStart);
    total += inflatedSize(bytes.subarray(dataStart, end === -1 ? bytes.length : end), MAX_UNPACKED_BYTES - total);
    if (total > MAX_UNPACKED_BYTES) throw tooLarge(`its text streams pass ${LIMIT_MB} MB, the most Gloss reads`);
  }
}

/** How many bytes zlib data inflates to, counting no further than just past `budget`; damaged data counts as what came out of it. */
function inflatedSize(data: Uint8Array, budget: number): number {
  let size = 0;
  let finished = false;
  const inflater = new Unzlib((chunk, final) => {
    size += chunk.length;
    finished ||= final;
  });
  try {
    for (let offset = 0; offset < data.length && !finished && size <= budget; offset += CHUNK) {
      inflater.push(data.subarray(offset, offset + CHUNK), offset + CHUNK >= data.length);
    }
  } catch {
    // Damaged or not zlib at all: pdf.js says so when it reads the file.
  }
  return size;
}
