import { createHash } from 'node:crypto';

/**
 * A pattern's stable id: the first 10 hex digits of SHA-256 over detector, scope and variant,
 * so the same convention keeps its id across scans and machines.
 */
export function patternId(detectorId: string, scope: string, variant: string): string {
  return createHash('sha256')
    .update(`${detectorId}\0${scope}\0${variant}`)
    .digest('hex')
    .slice(0, 10);
}
