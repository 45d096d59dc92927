import { useCallback, useEffect, useRef, useState } from 'react';
import { whoAmI } from '../api/client.js';
import { type MedicationRecord, type MedicationSaved, type PatientRecord, records } from '../api/records.js';
import { LoadFailed } from '../components/load-failed.js';
import { useI18n } from '../i18n/i18n.js';
import { clearDraft, type Draft, loadDraft, saveDraft, whereFromRecord } from '../onboarding/draft.js';
import { MedicineStep } from '../onboarding/medicine-step.js';
import { WhereStep } from '../onboarding/where-step.js';
import { OwnRecordScreen } from '../patient/own-record-screen.js';
import { gateMessages } from '../patient/record-gate.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import '../styles/onboarding.css';

type Stage =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'where' }
  /** Correcting where someone lives on a record that exists; back to their medicines afterwards. */
  | {
      readonly state: 'edit-where';
      readonly patientId: string;
      readonly patient: PatientRecord;
      readonly medications: readonly MedicationRecord[];
    }
  | {
      readonly state: 'medicine';
      readonly patientId: string;
      readonly patient: PatientRecord | undefined;
      readonly medications: readonly MedicationRecord[];
      /** Set just after a correction of where they live was saved. */
      readonly whereSaved?: boolean;
    }
  | { readonly state: 'done'; readonly patientId: string; readonly patient: PatientRecord | undefined; readonly saved: boolean };

const TOTAL_STEPS = 3;

/**
 * Step 2 with the medicines already on the record. Without an id (a record made
 * in another tab while step 1 was open) it first asks whose record it is.
 */
const loadStage = async (known: string | undefined): Promise<Stage> => {
  const patientId = known ?? (await whoAmI()).patientId;
  if (!patientId) return { state: 'where' };
  const [patient, medications] = await Promise.all([
    records.patient(patientId).catch(() => undefined),
    records.medications(patientId).catch(() => []),
  ]);
  return { state: 'medicine', patientId, patient, medications };
};

const StepHeading = ({ number, title, focus }: { number: number; title: string; focus: boolean }) => {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving between steps is like a new page: the new step's heading takes focus (on first load Screen does that).
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <>
      <p className="onboarding-progress">{t('onboarding.step', { number, total: TOTAL_STEPS })}</p>
      <h2 ref={heading} tabIndex={-1} className="onboarding-step-heading">
        {title}
      </h2>
    </>
  );
};

const Done = ({ saved, onAddAnother }: { saved: boolean; onAddAnother: () => void }) => {
  const { t } = useI18n();
  return (
    <>
      {saved ? (
        <p className="onboarding-saved" role="status">
          {t('onboarding.done.saved')}
        </p>
      ) : null}
      <ul className="next-list">
        <li>{t('onboarding.done.invite')}</li>
        <li>{t('onboarding.done.keepTaking')}</li>
        <li>
          <strong>{t('onboarding.done.neverStop')}</strong>
        </li>
      </ul>
      <p className="onboarding-links">
        <a className="primary" href="#/sharing">
          {t('onboarding.done.sharing')}
        </a>
        <a className="secondary-link" href="#/today">
          {t('onboarding.done.today')}
        </a>
      </p>
      <button type="button" className="link-button" onClick={onAddAnother}>
        {t('onboarding.done.addAnother')}
      </button>
    </>
  );
};

/** The three steps, once it is known whether the person has a record (none yet → step 1; a record → step 2). */
const Steps = ({ patientId, userId }: { patientId: string | undefined; userId: string }) => {
  const { t } = useI18n();
  const [stage, setStageState] = useState<Stage>(patientId ? { state: 'loading' } : { state: 'where' });
  // True once the person has moved between steps: only then does a step heading take focus.
  const moved = useRef(false);
  const setStage = useCallback((next: Stage, byPerson = true) => {
    if (byPerson) moved.current = true;
    setStageState(next);
  }, []);
  const [draft, setDraftState] = useState<Draft>(() => loadDraft(userId));
  const setDraft = useCallback(
    (next: Draft) => {
      setDraftState(next);
      if (userId) saveDraft(userId, next);
    },
    [userId],
  );
  // The session can arrive after the first render: pick up that account's draft then.
  useEffect(() => {
    if (userId) setDraftState(loadDraft(userId));
  }, [userId]);

  const load = useCallback(
    (known: string | undefined) => {
      let live = true;
      setStage({ state: 'loading' }, false);
      loadStage(known).then(
        (next) => live && setStage(next, false),
        () => live && setStage({ state: 'error' }, false),
      );
      return () => {
        live = false;
      };
    },
    [setStage],
  );
  useEffect(() => (patientId ? load(patientId) : undefined), [patientId, load]);

  const afterCreated = async (patient: PatientRecord | undefined) => {
    if (patient) {
      setStage({ state: 'medicine', patientId: patient.id, patient, medications: [] });
      return;
    }
    try {
      setStage(await loadStage(undefined));
    } catch {
      setStage({ state: 'error' });
    }
  };

  const afterSaved = (patientId: string, patient: PatientRecord | undefined) => (_saved: MedicationSaved) => {
    // The medicine is on the record: the draft has done its job, a second medicine starts fresh.
    clearDraft(userId);
    setDraftState(loadDraft(userId));
    setStage({ state: 'done', patientId, patient, saved: true });
  };

  switch (stage.state) {
    case 'loading':
      return <p aria-live="polite">{t('onboarding.loading')}</p>;
    case 'error':
      return (
        <LoadFailed message={t('onboarding.loadError')} retryLabel={t('onboarding.retry')} onRetry={() => load(patientId)} />
      );
    case 'where':
      return (
        <>
          <p>{t('onboarding.intro')}</p>
          <StepHeading key="where" number={1} title={t('onboarding.where.heading')} focus={moved.current} />
          <WhereStep
            where={draft.where}
            onChange={(where) => setDraft({ ...draft, where })}
            onCreated={(patient) => void afterCreated(patient)}
          />
        </>
      );
    case 'edit-where':
      return (
        <>
          <StepHeading key="edit-where" number={1} title={t('onboarding.where.heading')} focus={moved.current} />
          <WhereStep
            where={draft.where}
            existingId={stage.patientId}
            onChange={(where) => setDraft({ ...draft, where })}
            onCreated={(patient) =>
              setStage({
                state: 'medicine',
                patientId: stage.patientId,
                patient: patient ?? stage.patient,
                medications: stage.medications,
                whereSaved: true,
              })
            }
            onCancel={() =>
              setStage({ state: 'medicine', patientId: stage.patientId, patient: stage.patient, medications: stage.medications })
            }
          />
        </>
      );
    case 'medicine': {
      const { patientId: id, patient, medications } = stage;
      return (
        <>
          <StepHeading key="medicine" number={2} title={t('onboarding.medicine.heading')} focus={moved.current} />
          {stage.whereSaved ? (
            <p className="onboarding-saved" role="status">
              {t('onboarding.where.saved')}
            </p>
          ) : null}
          <MedicineStep
            patientId={id}
            patient={patient}
            medications={medications}
            medicine={draft.medicine}
            onChange={(medicine) => setDraft({ ...draft, medicine })}
            onSaved={afterSaved(id, patient)}
            onFinish={() => setStage({ state: 'done', patientId: id, patient, saved: false })}
            onMedicationsChange={(next) => setStage({ state: 'medicine', patientId: id, patient, medications: next }, false)}
            onEditWhere={
              patient
                ? () => {
                    // The form starts from what the record says, not from an older draft.
                    setDraft({ ...draft, where: whereFromRecord(patient) });
                    setStage({ state: 'edit-where', patientId: id, patient, medications });
                  }
                : undefined
            }
          />
        </>
      );
    }
    case 'done':
      return (
        <>
          <StepHeading key="done" number={3} title={t('onboarding.done.heading')} focus={moved.current} />
          <Done
            saved={stage.saved}
            onAddAnother={() => {
              moved.current = true;
              load(stage.patientId);
            }}
          />
        </>
      );
  }
};

/** A new patient's first visit: where they live, what they take (checked live by core), what happens next. */
const Onboarding = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const userId = user?.id ?? '';
  return (
    <OwnRecordScreen
      title={t('onboarding.title')}
      messages={gateMessages(t, 'onboarding')}
      noRecord={<Steps patientId={undefined} userId={userId} />}
    >
      {({ patientId }) => <Steps patientId={patientId} userId={userId} />}
    </OwnRecordScreen>
  );
};

export default Onboarding;
