import { useCallback, useEffect, useRef, useState } from 'react';
import { clinician, type PlanSummary, type VersionSummary } from '../api/clinician.js';
import { useInlineAction } from '../components/inline-action.js';
import { InlineError } from '../components/inline-error.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { href } from '../router.js';
import { errorText } from './error-text.js';
import { formatDateTime } from './format.js';
import { InForcePlan } from './in-force-plan.js';
import { ScrollTable } from './scroll-table.js';
import { SectionState } from './section-state.js';

const STATE_GLYPHS: Readonly<Record<VersionSummary['approvalState'], string>> = { draft: '✎', approved: '✓', rejected: '✕' };

const VersionRow = ({
  plan,
  version,
  busy,
  onDecide,
}: {
  plan: PlanSummary;
  version: VersionSummary;
  busy: boolean;
  onDecide: (plan: PlanSummary, version: VersionSummary, decision: 'approve' | 'reject') => void;
}) => {
  const { t, locale } = useI18n();
  const inForce = plan.activeVersionId === version.id;
  return (
    <tr className={inForce ? 'version-in-force' : undefined}>
      <th scope="row">{t('patient.plan.versionNumber', { version: version.version })}</th>
      <td>
        <span aria-hidden="true">{STATE_GLYPHS[version.approvalState]}</span> {t(`patient.plan.state.${version.approvalState}`)}
        {inForce ? <strong className="in-force"> {t('patient.plan.inForceTag')}</strong> : null}
      </td>
      <td>{version.reason}</td>
      <td>
        {formatDateTime(locale, version.createdAt)}
        {version.approvedAt ? (
          <>
            <br />
            {t(`patient.plan.decidedOn.${version.approvalState === 'rejected' ? 'rejected' : 'approved'}`, {
              when: formatDateTime(locale, version.approvedAt),
            })}
          </>
        ) : null}
      </td>
      <td>
        {version.approvalState === 'draft' ? (
          <div className="decision-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => onDecide(plan, version, 'approve')}>
              {t('patient.plan.approve', { version: version.version })}
            </button>
            <button type="button" disabled={busy} onClick={() => onDecide(plan, version, 'reject')}>
              {t('patient.plan.reject', { version: version.version })}
            </button>
          </div>
        ) : (
          <span className="hint">{t('patient.plan.noAction')}</span>
        )}
      </td>
    </tr>
  );
};

/** The patient's plans: every version with its state, and approve / reject for drafts. */
export const PlanSection = ({
  patientId,
  refreshKey,
  today,
}: {
  patientId: string;
  refreshKey: number;
  /** The patient's date, to mark the step in force today. */
  today?: string | undefined;
}) => {
  const { t, locale } = useI18n();
  const fetcher = useCallback(() => clinician.plans(patientId), [patientId]);
  const [load, reload] = useLoad(fetcher);
  // A decision elsewhere on the screen made a new version: fetch the list again.
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);
  const [announcement, setAnnouncement] = useState('');
  const action = useInlineAction((failure) => errorText(t, failure));
  const busy = action.busy;
  const heading = useRef<HTMLHeadingElement>(null);

  const decide = (plan: PlanSummary, version: VersionSummary, decision: 'approve' | 'reject') =>
    action.run(async () => {
      await clinician.decideVersion(patientId, plan.id, version.id, decision);
      setAnnouncement(t(`patient.plan.decided.${decision}`, { version: version.version }));
      reload();
      // The decided row loses its buttons: keep the keyboard in this section.
      heading.current?.focus();
    });

  return (
    <section className="patient-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading" ref={heading} tabIndex={-1}>
        {t('patient.plan.heading')}
      </h2>
      <p>
        <a className="primary" href={href({ name: 'patient-plan', id: patientId })}>
          {t('patient.plan.build')}
        </a>
      </p>
      <SectionState load={load} onRetry={reload} />
      <p role="status">{announcement}</p>
      <InlineError message={action.error} />
      {load.state === 'ready' && load.data.length === 0 ? <p>{t('patient.plan.none')}</p> : null}
      {load.state === 'ready'
        ? load.data.map((plan) => {
            const active = plan.versions.find((v) => v.id === plan.activeVersionId);
            return (
              <div key={plan.id} className="plan-block">
                <h3>{plan.title}</h3>
                <p className="plan-in-force">
                  {active
                    ? t('patient.plan.inForce', {
                        version: active.version,
                        when: active.approvedAt ? formatDateTime(locale, active.approvedAt) : '—',
                      })
                    : t('patient.plan.noneInForce')}
                </p>
                <ScrollTable label={t('patient.plan.caption', { title: plan.title })}>
                  <table className="plan-table version-table">
                    <caption>{t('patient.plan.caption', { title: plan.title })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('patient.plan.col.version')}</th>
                        <th scope="col">{t('patient.plan.col.state')}</th>
                        <th scope="col">{t('patient.plan.col.reason')}</th>
                        <th scope="col">{t('patient.plan.col.date')}</th>
                        <th scope="col">{t('patient.plan.col.action')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.versions
                        .toSorted((a, b) => b.version - a.version)
                        .map((version) => (
                          <VersionRow
                            key={version.id}
                            plan={plan}
                            version={version}
                            busy={busy}
                            onDecide={(...a) => void decide(...a)}
                          />
                        ))}
                    </tbody>
                  </table>
                </ScrollTable>
                {active ? (
                  <InForcePlan key={active.id} patientId={patientId} planId={plan.id} versionId={active.id} today={today} />
                ) : null}
              </div>
            );
          })
        : null}
    </section>
  );
};
