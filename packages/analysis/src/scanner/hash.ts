import { xxh3, xxh64 } from '@node-rs/xxhash';

/** A content hash algorithm (`scan.hash_algorithm`). */
export type HashAlgorithm = 'xxh64' | 'xxh3';

/**
 * The 64-bit content hash of `bytes` as 16 lowercase hex digits: XXH64 (default, 6.5 GB/s
 * measured, ARCHITECTURE §1) or XXH3-64.
 */
export function hashContent(bytes: Uint8Array, algorithm: HashAlgorithm = 'xxh64'): string {
  const value = algorithm === 'xxh3' ? xxh3.xxh64(bytes) : xxh64(bytes);
  return value.toString(16).padStart(16, '0');
}
