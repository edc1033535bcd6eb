/**
 * The CRC-32 of two byte runs joined, as zip stores it (IEEE 802.3,
 * reflected, polynomial 0xEDB88320), from each run's CRC and the second's
 * length (zlib's crc32_combine), for an entry whose parts are made apart.
 * The runs' own CRCs come from the packing (Node's zlib in the services).
 */
const POLYNOMIAL = 0xedb88320;

/** A 32×32 matrix over GF(2), as 32 columns, applied to a vector. */
function times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0, v = vector >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) sum ^= matrix[i] as number;
  return sum >>> 0;
}

function square(matrix: Uint32Array): Uint32Array {
  const result = new Uint32Array(32);
  for (let n = 0; n < 32; n++) result[n] = times(matrix, matrix[n] as number);
  return result;
}

/** The CRC of A followed by B, given CRC(A), CRC(B) and B's length in bytes. */
export function crc32Combine(first: number, second: number, secondLength: number): number {
  if (secondLength <= 0) return first >>> 0;
  // The operator that appends one zero bit to a CRC, then squared: two bits, four bits, and on by powers of two.
  let operator: Uint32Array = new Uint32Array(32);
  operator[0] = POLYNOMIAL;
  for (let n = 1; n < 32; n++) operator[n] = (1 << (n - 1)) >>> 0;
  operator = square(square(operator));
  let crc = first >>> 0;
  // Apply 8·length zero bits, one power of two of bytes at a time.
  for (let length = secondLength; length > 0; length = Math.floor(length / 2)) {
    operator = square(operator);
    if (length % 2 === 1) crc = times(operator, crc);
  }
  return (crc ^ second) >>> 0;
}
