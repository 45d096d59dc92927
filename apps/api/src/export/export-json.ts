import { withMilligrams } from '@stepdown/core';
import type { PatientRecord } from './patient-record.js';

/** The format's version, so a later reader knows what it holds. */
export const EXPORT_FORMAT_VERSION = 1;

/**
 * The whole record as JSON. Doses are mg everywhere (`amountUg` → `amountMg`,
 * exact decimals, like every other JSON the API sends); nothing else changes.
 */
export const exportJson = (record: PatientRecord, exportedAt: Date): unknown => ({
  format: 'stepdown-export',
  version: EXPORT_FORMAT_VERSION,
  exportedAt: exportedAt.toISOString(),
  ...(withMilligrams(record) as object),
});
