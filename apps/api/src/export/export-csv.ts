import { type Micrograms, toMilligrams, withMilligrams } from '@stepdown/core';
import type { PatientRecord } from './patient-record.js';

/**
 * One CSV file for the whole record (RFC 4180, CRLF, a header row), one row
 * per stored item, told apart by `record_type`. The columns are shared; each
 * record type fills the ones that apply and puts the rest in `details`
 * (JSON, doses in mg). Amounts are mg as exact decimals.
 */
export const CSV_COLUMNS = [
  'record_type',
  'id',
  'at',
  'date',
  'time',
  'drug',
  'amount_mg',
  'status',
  'code',
  'score',
  'text',
  'details',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/** Columns people type into: a leading `=`, `+`, `-`, `@`, tab or CR would be run as a formula by a spreadsheet. */
const FREE_TEXT: readonly Column[] = ['text', 'drug', 'code', 'status'];
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a field only when it must be, doubling quotes inside. */
const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const cell = (column: Column, value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading apostrophe makes spreadsheets show the text as typed instead of evaluating it.
  return csvField(FREE_TEXT.includes(column) && FORMULA_START.test(text) ? `'${text}` : text);
};

const line = (row: Row): string => `${CSV_COLUMNS.map((c) => cell(c, row[c])).join(',')}\r\n`;

const json = (value: unknown): string => JSON.stringify(withMilligrams(value));
const mg = (ug: number): number => toMilligrams(ug as Micrograms);

/** The steps of a stored plan, read defensively (plan JSON is not validated on the way out). */
const planSteps = (plan: unknown) => {
  const steps = (plan as { steps?: unknown } | null)?.steps;
  return Array.isArray(steps)
    ? (steps as { index?: number; start?: string; end?: string; kind?: string; dailyTotals?: unknown }[])
    : [];
};

export const exportCsv = (record: PatientRecord): string => {
  const rows: Row[] = [];
  const { patient, account } = record;
  rows.push({
    record_type: 'profile',
    id: patient.id,
    at: patient.createdAt,
    date: patient.dateOfBirth,
    code: patient.region,
    text: account.displayName,
    details: json({ email: account.email, locale: account.locale, timeZone: patient.timeZone, weightKg: patient.weightKg }),
  });
  for (const link of record.links)
    rows.push({
      record_type: 'link',
      id: link.id,
      at: link.createdAt,
      status: link.status,
      code: link.kind,
      details: json({
        linkedUserId: link.linkedUserId,
        clinicId: link.clinicId,
        permissions: link.permissions,
        acceptedAt: link.acceptedAt,
        revokedAt: link.revokedAt,
      }),
    });
  for (const feed of record.calendarFeeds)
    rows.push({
      record_type: 'calendar_feed',
      id: feed.id,
      at: feed.createdAt,
      status: feed.revokedAt ? 'revoked' : 'active',
    });
  for (const m of record.medications)
    rows.push({
      record_type: 'medication',
      id: m.id,
      at: m.createdAt,
      status: m.removedAt ? 'removed' : 'active',
      date: m.startedOn,
      drug: m.drug,
      code: m.indication,
      details: json({ regimen: m.regimen }),
    });
  for (const { plan, versions } of record.plans) {
    rows.push({
      record_type: 'plan',
      id: plan.id,
      at: plan.createdAt,
      text: plan.title,
      details: json({ activeVersionId: plan.activeVersionId }),
    });
    for (const v of versions) {
      rows.push({
        record_type: 'plan_version',
        id: v.id,
        at: v.createdAt,
        status: v.approvalState,
        code: String(v.version),
        text: v.reason,
        details: json({ planId: v.planId, authorUserId: v.authorUserId, approvedBy: v.approvedBy, approvedAt: v.approvedAt }),
      });
      // One row per step and drug: the daily amount, from the step's first day.
      for (const step of planSteps(v.plan)) {
        const totals = Array.isArray(step.dailyTotals) ? (step.dailyTotals as { drug?: string; amountUg?: number }[]) : [];
        for (const total of totals)
          rows.push({
            record_type: 'plan_step',
            id: v.id,
            date: step.start ?? null,
            drug: total.drug ?? null,
            amount_mg: typeof total.amountUg === 'number' ? mg(total.amountUg) : null,
            code: step.kind ?? null,
            details: json({ step: (step.index ?? 0) + 1, end: step.end ?? null }),
          });
      }
    }
  }
  for (const d of record.doseLogs)
    rows.push({
      record_type: 'dose',
      id: d.id,
      at: d.takenAt,
      date: d.date,
      time: d.plannedTime,
      drug: d.drug,
      amount_mg: mg(d.amountUg),
      status: d.status,
      text: d.note,
    });
  for (const [type, list] of [
    ['check_in', record.checkIns],
    ['questionnaire_response', record.questionnaireResponses],
  ] as const) {
    for (const r of list)
      rows.push({
        record_type: type,
        id: r.id,
        at: r.completedAt,
        code: r.instrumentId,
        score: r.total,
        status: r.band,
        details: json({ version: r.instrumentVersion, answers: r.answers, flags: r.flags, triggers: r.triggers }),
      });
  }
  for (const s of record.suggestions)
    rows.push({
      record_type: 'suggestion',
      id: s.id,
      at: s.createdAt,
      code: s.kind,
      status: s.state,
      text: s.reason,
      details: json({
        planId: s.planId,
        source: s.source,
        requestedByPatient: s.requestedByPatient,
        decidedBy: s.decidedBy,
        decidedAt: s.decidedAt,
      }),
    });
  for (const a of record.alerts)
    rows.push({
      record_type: 'alert',
      id: a.id,
      at: a.createdAt,
      code: a.kind,
      status: a.urgency,
      text: a.title,
      details: json({ body: a.body, action: a.action, audience: a.audience, acknowledgedAt: a.acknowledgedAt }),
    });
  for (const e of record.accessLog)
    rows.push({
      record_type: 'access',
      id: e.id,
      at: e.at,
      code: e.action,
      status: e.outcome,
      details: json({ actorUserId: e.actorUserId, targetType: e.targetType, targetId: e.targetId, detail: e.detail }),
    });
  return [`${CSV_COLUMNS.join(',')}\r\n`, ...rows.map(line)].join('');
};
