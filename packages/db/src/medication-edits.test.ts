/**
 * Correcting the record (migration 0005): a medication changed or removed (kept as history, left out of
 * the current list), and the patient's time zone, region, birth date and weight changed. On SQLite and,
 * when STEPDOWN_TEST_PG names a server, on PostgreSQL in a private schema.
 */
import { describe, expect, it } from 'vitest';
import { createRepositories } from './index.js';
import { expectMigrationReversible, newTestPatient, testEngines, useMigratedDatabase } from './testing/engines.js';

const engines = testEngines();

describe.each(engines)('correcting medications and the patient record ($name)', (engineCase) => {
  let now = new Date('2026-12-06T10:00:00.000Z');
  const clock = () => now;
  const { repos, ids } = useMigratedDatabase(engineCase, clock);

  const regimen = { doses: [{ time: '08:00', amountUg: 500 }] };
  const newMedication = async (patientId: string) =>
    repos().medications.create({ patientId, drug: 'clonazepam', indication: 'panic', regimen, startedOn: '2024-05-01' });

  it('changes a current medication in place and keeps its id', async () => {
    const patient = await newTestPatient(repos(), ids());
    const medication = await newMedication(patient.id);
    expect(medication.removedAt).toBeNull();
    const changed = await repos().medications.update(patient.id, medication.id, {
      drug: 'lorazepam',
      indication: 'anxiety',
      regimen: { doses: [{ time: '22:00', amountUg: 1000 }] },
    });
    expect(changed).toMatchObject({
      id: medication.id,
      drug: 'lorazepam',
      indication: 'anxiety',
      startedOn: null,
      regimen: { doses: [{ time: '22:00', amountUg: 1000 }] },
      removedAt: null,
    });
    expect(await repos().medications.listForPatient(patient.id)).toEqual([changed]);
  });

  it('removes softly: the current list leaves it out, the history keeps it, a second removal finds nothing', async () => {
    const patient = await newTestPatient(repos(), ids());
    const kept = await newMedication(patient.id);
    const removed = await newMedication(patient.id);
    now = new Date('2026-12-06T11:00:00.000Z');
    const result = await repos().medications.remove(patient.id, removed.id);
    expect(result?.removedAt).toBe('2026-12-06T11:00:00.000Z');
    expect((await repos().medications.listForPatient(patient.id)).map((m) => m.id)).toEqual([kept.id]);
    expect((await repos().medications.listForPatient(patient.id, { includeRemoved: true })).map((m) => m.id)).toEqual([
      kept.id,
      removed.id,
    ]);
    expect(await repos().medications.remove(patient.id, removed.id)).toBeUndefined();
    expect(await repos().medications.findCurrent(patient.id, removed.id)).toBeUndefined();
    expect(await repos().medications.update(patient.id, removed.id, { drug: 'x', indication: 'panic', regimen })).toBeUndefined();
  });

  it("never touches another patient's medication", async () => {
    const owner = await newTestPatient(repos(), ids());
    const other = await newTestPatient(repos(), ids());
    const medication = await newMedication(owner.id);
    expect(await repos().medications.findCurrent(other.id, medication.id)).toBeUndefined();
    expect(
      await repos().medications.update(other.id, medication.id, { drug: 'x', indication: 'panic', regimen }),
    ).toBeUndefined();
    expect(await repos().medications.remove(other.id, medication.id)).toBeUndefined();
    expect(await repos().medications.findCurrent(owner.id, medication.id)).toMatchObject({ drug: 'clonazepam' });
  });

  it('updates only the patient fields given and refuses an unknown time zone', async () => {
    const patient = await newTestPatient(repos(), ids());
    const moved = await repos().patients.update(patient.id, { timeZone: 'America/New_York', region: 'US' });
    expect(moved.ok && moved.value).toMatchObject({ timeZone: 'America/New_York', region: 'US', dateOfBirth: null });
    const more = await repos().patients.update(patient.id, { dateOfBirth: '1980-02-03', weightKg: 70.5 });
    expect(more.ok && more.value).toMatchObject({ timeZone: 'America/New_York', dateOfBirth: '1980-02-03', weightKg: 70.5 });
    const cleared = await repos().patients.update(patient.id, { weightKg: null });
    expect(cleared.ok && cleared.value.weightKg).toBeNull();
    const bad = await repos().patients.update(patient.id, { timeZone: 'Mars/Olympus' });
    expect(bad.ok ? null : bad.error.code).toBe('TIME_ZONE_UNKNOWN');
    expect((await repos().patients.findById(patient.id))?.timeZone).toBe('America/New_York');
    const none = await repos().patients.update(ids(), { region: 'UK' });
    expect(none.ok ? null : none.error.code).toBe('PATIENT_NOT_FOUND');
  });

  it('migration 0005 adds removed_at and takes it away again', () =>
    expectMigrationReversible(engineCase, {
      migration: '0005-medication-removal',
      adds: ['medications.removed_at'],
      afterwards: async (fresh) => {
        const patient = await newTestPatient(createRepositories(fresh.db, { clock, ids }), ids());
        const freshRepos = createRepositories(fresh.db, { clock, ids });
        const medication = await freshRepos.medications.create({
          patientId: patient.id,
          drug: 'x',
          indication: 'panic',
          regimen,
        });
        expect((await freshRepos.medications.remove(patient.id, medication.id))?.removedAt).not.toBeNull();
      },
    }));
});
