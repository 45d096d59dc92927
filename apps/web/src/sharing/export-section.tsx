import { exportUrl } from '../api/sharing.js';
import { useI18n } from '../i18n/i18n.js';
import { href } from '../router.js';

const FORMATS = ['json', 'csv', 'fhir'] as const;

/** Plain download links: the browser sends the session cookie and saves the attachment. */
export const ExportSection = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('sharing.export.heading')}</h2>
      <p>{t('sharing.export.intro')}</p>
      <ul className="export-list">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={exportUrl(patientId, format)} download>
              {t(`sharing.export.${format}`)}
            </a>
          </li>
        ))}
        <li>
          <a href={href({ name: 'print', id: patientId, sheet: 'schedule' })}>{t('sharing.export.print')}</a>
        </li>
      </ul>
    </section>
  );
};
