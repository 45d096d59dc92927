import type { DoseCheck, Severity } from '@stepdown/core';
import type { MessageKey } from '../i18n/en.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { formatMgNumber } from '../my-plan/format.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Core's dose check in plain words: a short translated title per finding with
 * core's own sentence as the detail (English for now, marked as such). Only an
 * `error` finding (above the labelled maximum) is styled as danger; the words
 * "Important" / "Please note" carry the level too, not colour alone.
 */
export const DoseFindings = ({ check }: { check: DoseCheck | undefined }) => {
  const { t, locale } = useI18n();
  if (!check) return <p className="hint">{t('onboarding.check.waiting')}</p>;
  const important = check.findings.filter((f) => f.severity === 'error').length;
  const notes = check.findings.length - important;
  const count =
    check.findings.length === 0
      ? t('onboarding.check.count.none')
      : important > 0
        ? t('onboarding.check.count.important', { important, notes })
        : t('onboarding.check.count.some', { notes });
  const total = formatMgNumber(locale, check.dailyTotalUg);
  return (
    <>
      <p className="check-summary" aria-live="polite">
        {t('onboarding.check.summary', { total, count })}
      </p>
      <ul className="findings-list">
        {SEVERITIES.flatMap((severity) => check.findings.filter((f) => f.severity === severity)).map((finding) => {
          const key = `onboarding.finding.${finding.code}`;
          const title = isMessageKey(key) ? t(key) : t('onboarding.finding.other');
          return (
            <li key={finding.code} className={`finding finding-${finding.severity}`}>
              <p className="finding-title">
                <strong>{t(`onboarding.check.severity.${finding.severity}` as MessageKey)}:</strong> {title}
              </p>
              {finding.severity === 'error' ? <p>{t('onboarding.check.error.body')}</p> : null}
              <p className="finding-detail" lang="en">
                {finding.message}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
};
