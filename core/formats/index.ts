import { bratFormat } from './brat';
import type { ExchangeFormat } from './bundle';
import { csvFormat } from './csv';
import { glossFormat } from './gloss';
import { jsonlFormat } from './jsonl';
import { qdpxFormat } from './qdpx';
import { w3cFormat } from './w3c';

/** Every exchange format, by the name the CLI takes. */
export const FORMATS: readonly ExchangeFormat[] = [glossFormat, w3cFormat, bratFormat, qdpxFormat, jsonlFormat, csvFormat];

export function formatNamed(name: string): ExchangeFormat | undefined {
  return FORMATS.find((format) => format.name === name);
}
