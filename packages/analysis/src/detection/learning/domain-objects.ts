import { confidenceLevel, type Pattern, type PatternStatus, type Violation } from '@drift/core';
import type { PatternRow, ViolationRow } from '@drift/storage';
import type { Detector } from '../detector.js';
import { patternSummary } from './messages.js';

/** A stored pattern as the public `Pattern` (name, category, severity from its detector). */
export function patternFromRow(
  row: PatternRow,
  detector: Detector,
  status: PatternStatus,
): Pattern {
  return {
    id: row.id,
    detectorId: row.detectorId,
    category: detector.category,
    subcategory: detector.id.slice(detector.id.indexOf('/') + 1),
    name: detector.name,
    description: patternSummary(detector, row),
    scope: row.scope,
    variant: row.variant,
    confidence: row.confidence,
    confidenceLevel: confidenceLevel(row.confidence),
    occurrences: row.occurrences,
    files: row.files,
    total: row.total,
    outliers: row.outliers,
    status,
    severity: detector.severity,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  };
}

/** A stored violation as the public `Violation`. */
export function violationFromRow(row: ViolationRow, detector: Detector): Violation {
  return {
    fingerprint: row.fingerprint,
    patternId: row.patternId,
    detectorId: row.detectorId,
    category: detector.category,
    severity: row.severity,
    file: row.path,
    line: row.line,
    column: row.column,
    endLine: row.endLine,
    message: row.message,
    snippet: row.snippet,
    enforced: row.enforced,
    firstSeen: row.firstSeen,
  };
}
