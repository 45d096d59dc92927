import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { activePlan, builderApi, type Medication, type PatientPlan } from '../api/builder.js';
import { ApiError, NETWORK_ERROR, newClientId } from '../api/client.js';
import { DEFAULT_WEIGHT_KG, planFrom } from '../builder/compute.js';
import { currentMedication, PatientRecordCard, regimenLines } from '../builder/patient-record.js';
import { PlanBuilder } from '../builder/plan-builder.js';
import {
  DEFAULT_FORMS,
  type FormsForm,
  newPlanForm,
  type PlanField,
  type PlanForm,
  planField,
  toTaperBody,
} from '../builder/plan-input.js';
import { Field } from '../components/field.js';
import { Screen } from '../components/screen.js';
import { type I18n, isMessageKey, useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import '../styles/builder.css';

type T = I18n['t'];

interface Loaded {
  readonly medication: Medication | undefined;
  readonly active: PatientPlan | undefined;
  readonly weightKg: number;
  readonly market: FormsForm['market'];
}

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly notFound: boolean }
  | ({ readonly state: 'ready' } & Loaded);

/** Inputs that take an API error: the planner's fields and the reason. */
type ApiField = PlanField | 'reason';

const apiFieldOf = (field: string): ApiField => (field === 'reason' ? 'reason' : planField(field));

/** An API refusal in plain words: the catalogue's text for a core code, else the server's own sentence. */
const apiErrors = (error: unknown, t: T): Partial<Record<ApiField, string>> => {
  if (!(error instanceof ApiError) || error.code === NETWORK_ERROR) return { form: t('patientPlan.approve.network') };
  const key = `error.${error.code}`;
  const known = isMessageKey(key) ? t(key) : undefined;
  const out: Partial<Record<ApiField, string>> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const input = apiFieldOf(field);
    out[input] ??= known ?? message;
  }
  if (Object.keys(out).length === 0 || out.form) out.form = t('patientPlan.approve.failed', { detail: known ?? error.message });
  return out;
};

interface Draft {
  readonly planId: string;
  readonly versionId: string;
  readonly version: number;
  /** The body it was made from: a retry approves this draft only if nothing changed since. */
  readonly key: string;
}

type Approval =
  | { readonly state: 'idle' }
  | { readonly state: 'busy' }
  | { readonly state: 'done'; readonly version: number; readonly isNew: boolean }
  | { readonly state: 'rejected'; readonly version: number };

/**
 * Approves a draft and returns how it stands: 'approved', or 'rejected' when someone rejected it first.
 * A 409 PLAN_VERSION_DECIDED usually means an earlier approval arrived but its answer was lost, so the
 * version is read back rather than shown as an error.
 */
const approveDraft = async (patientId: string, made: Draft): Promise<string> => {
  try {
    return (await builderApi.approve(patientId, made.planId, made.versionId)).version.approvalState;
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'PLAN_VERSION_DECIDED')) throw error;
    const now = (await builderApi.versions(patientId, made.planId)).find((v) => v.id === made.versionId);
    if (now?.approvalState === 'approved' || now?.approvalState === 'rejected') return now.approvalState;
    throw error;
  }
};

const Editor = ({ patientId, loaded, onApproved }: { patientId: string; loaded: Loaded; onApproved: () => void }) => {
  const { t } = useI18n();
  const { medication, active } = loaded;
  const [form, setForm] = useState<PlanForm>(() =>
    newPlanForm({
      ...(medication ? { drug: medication.drug, doses: regimenLines(medication) } : {}),
      forms: { ...DEFAULT_FORMS, market: loaded.market },
    }),
  );
  const [reason, setReason] = useState('');
  const [serverErrors, setServerErrors] = useState<Partial<Record<ApiField, string>>>({});
  const [approval, setApproval] = useState<Approval>({ state: 'idle' });
  const busy = useRef(false);
  const draft = useRef<Draft | undefined>(undefined);
  /**
   * The client id of this approval's new plan, kept while the body stays the same: when the answer to
   * "create" is lost, pressing Approve again sends the same id and the server hands back the plan it made.
   */
  const attempt = useRef<{ readonly key: string; readonly clientId: string } | undefined>(undefined);

  const clearServer = (field: ApiField) =>
    setServerErrors((all) => {
      if (!all[field] && !all.form) return all;
      const { [field]: _gone, form: _form, ...rest } = all;
      return rest;
    });
  const edit = (next: PlanForm, field: PlanField) => {
    setForm(next);
    clearServer(field);
    if (approval.state === 'done' || approval.state === 'rejected') setApproval({ state: 'idle' });
  };

  const approve = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    // Checked against the form as it is now, not the deferred preview, so what is sent is what core accepted.
    if (!planFrom(form).ok) {
      setServerErrors({ form: t('patientPlan.approve.fixFirst') });
      return;
    }
    if (reason.trim() === '') {
      setServerErrors({ reason: t('patientPlan.approve.reasonMissing') });
      return;
    }
    busy.current = true;
    setApproval({ state: 'busy' });
    setServerErrors({});
    const body = { ...toTaperBody(form), reason: reason.trim() };
    const key = JSON.stringify(body);
    try {
      // A draft made by an earlier attempt whose approval failed is approved now, not made twice.
      let made = draft.current?.key === key ? draft.current : undefined;
      let state = 'draft';
      if (!made) {
        if (attempt.current?.key !== key) attempt.current = { key, clientId: newClientId() };
        const clientId = attempt.current.clientId;
        const answer = active
          ? { plan: { id: active.id }, ...(await builderApi.addVersion(patientId, active.id, { ...body, clientId })) }
          : await builderApi.createPlan(patientId, { ...body, clientId });
        made = { planId: answer.plan.id, versionId: answer.version.id, version: answer.version.version, key };
        draft.current = made;
        // A retried creation whose version was decided meanwhile needs no approval (and cannot have one).
        state = answer.version.approvalState;
      }
      if (state === 'draft') state = await approveDraft(patientId, made);
      draft.current = undefined;
      attempt.current = undefined;
      if (state === 'rejected') {
        setApproval({ state: 'rejected', version: made.version });
        return;
      }
      setApproval({ state: 'done', version: made.version, isNew: !active });
      onApproved();
    } catch (error) {
      setServerErrors(apiErrors(error, t));
      setApproval({ state: 'idle' });
    } finally {
      busy.current = false;
    }
  };

  return (
    <>
      <PatientRecordCard medication={medication} active={active} />
      <PlanBuilder form={form} onChange={edit} weightKg={loaded.weightKg} errors={serverErrors} />

      <form className="card approve-card" aria-labelledby="pp-approve" onSubmit={(event) => void approve(event)} noValidate>
        <h2 id="pp-approve">{t('patientPlan.approve.heading')}</h2>
        <p>
          {active ? t('patientPlan.approve.introVersion', { next: active.latestVersion + 1 }) : t('patientPlan.approve.introNew')}
        </p>
        <Field label={t('patientPlan.approve.reason')} hint={t('patientPlan.approve.reasonHint')} error={serverErrors.reason}>
          {(props) => (
            <textarea
              {...props}
              name="reason"
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                clearServer('reason');
              }}
            />
          )}
        </Field>
        {serverErrors.form ? (
          <p className="form-error" role="alert">
            {serverErrors.form}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={approval.state === 'busy'}>
          {approval.state === 'busy' ? t('patientPlan.approve.busy') : t('patientPlan.approve.button')}
        </button>
        <div role="status" className="approve-status">
          {approval.state === 'done' ? (
            <>
              <p className="approve-done">{t('patientPlan.approve.done', { version: approval.version })}</p>
              <p>{t(approval.isNew ? 'patientPlan.approve.doneNew' : 'patientPlan.approve.doneVersion')}</p>
              <p>
                <a href={`#/patients/${encodeURIComponent(patientId)}`}>{t('patientPlan.backToPatient')}</a>
              </p>
            </>
          ) : null}
          {approval.state === 'rejected' ? <p>{t('patientPlan.approve.rejected', { version: approval.version })}</p> : null}
        </div>
      </form>
    </>
  );
};

const marketOf = (region: string | undefined): FormsForm['market'] => (region === 'US' || region === 'UK' ? region : '');

/** The clinician builds and approves a plan for a linked patient, starting from the recorded regimen. */
const PatientPlanScreen = ({ route }: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const patientId = route.name === 'patient-plan' ? route.id : '';
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  const fetchAll = useCallback(() => {
    if (user?.role !== 'clinician' || !patientId) return undefined;
    let live = true;
    setLoad({ state: 'loading' });
    Promise.all([
      builderApi.medications(patientId),
      builderApi.plans(patientId),
      // The weight sharpens the model and the region picks the products; neither is needed to plan.
      builderApi.patient(patientId).catch(() => undefined),
    ]).then(
      ([medications, plans, patient]) =>
        live &&
        setLoad({
          state: 'ready',
          medication: currentMedication(medications),
          active: activePlan(plans),
          weightKg: patient?.weightKg ?? DEFAULT_WEIGHT_KG,
          market: marketOf(patient?.region),
        }),
      (error: unknown) =>
        live &&
        setLoad({ state: 'error', notFound: error instanceof ApiError && (error.status === 404 || error.status === 403) }),
    );
    return () => {
      live = false;
    };
  }, [user, patientId]);
  useEffect(() => fetchAll(), [fetchAll]);

  // After an approval the plan list changes (the next approval adds to the new plan): re-read it quietly.
  const refreshPlans = useCallback(() => {
    builderApi.plans(patientId).then(
      (plans) => setLoad((current) => (current.state === 'ready' ? { ...current, active: activePlan(plans) } : current)),
      () => undefined,
    );
  }, [patientId]);

  let body: ReactNode;
  if (user?.role !== 'clinician') body = <p>{t('patientPlan.cliniciansOnly')}</p>;
  else if (load.state === 'loading') body = <p aria-live="polite">{t('patientPlan.loading')}</p>;
  else if (load.state === 'error')
    body = (
      <div role="alert">
        <p>{load.notFound ? t('patientPlan.notFound') : t('patientPlan.loadError')}</p>
        {load.notFound ? null : (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setGeneration((g) => g + 1);
              fetchAll();
            }}
          >
            {t('patientPlan.retry')}
          </button>
        )}
      </div>
    );
  else body = <Editor key={generation} patientId={patientId} loaded={load} onApproved={refreshPlans} />;

  return (
    <Screen title={t('patientPlan.title')}>
      <p>
        <a href={`#/patients/${encodeURIComponent(patientId)}`}>{t('patientPlan.backToPatient')}</a>
      </p>
      {body}
    </Screen>
  );
};

export default PatientPlanScreen;
