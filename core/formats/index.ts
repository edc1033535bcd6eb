import { bratFormat } from './brat';
import type { ExchangeFormat } from './bundle';
import { csvFormat } from './csv';
import { doccanoFormat } from './doccano';
import { glossFormat } from './gloss';
import { jsonlFormat } from './jsonl';
import { labelStudioFormat } from './label-studio';
import { qdpxFormat } from './qdpx';
import { w3cFormat } from './w3c';
import { webannoFormat } from './webanno';

/** Every exchange format, by the name the CLI takes. */
export const FORMATS: readonly ExchangeFormat[] = [glossFormat, w3cFormat, bratFormat, qdpxFormat, jsonlFormat, csvFormat, webannoFormat, labelStudioFormat, doccanoFormat];

export function formatNamed(name: string): ExchangeFormat | undefined {
  return FORMATS.find((format) => format.name === name);
}
