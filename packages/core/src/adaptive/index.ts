export * from './dose-log-alerts.js';
export * from './response-alerts.js';
export * from './suggest-adjustment.js';
export * from './thresholds.js';
