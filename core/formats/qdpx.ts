import type { ExchangeFormat } from './bundle';
import { parseQdpx } from './qdpx-read';
import { serializeQdpx } from './qdpx-write';

export const qdpxFormat: ExchangeFormat = { name: 'qdpx', output: 'file', serialize: serializeQdpx, parse: parseQdpx };
