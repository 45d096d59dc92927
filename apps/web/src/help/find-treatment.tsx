import { findRegion, type HelpResource, type RegionId, SOURCES } from '@stepdown/core';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { telHref } from './tel.js';

/** Only core's vetted public services that find or refer to treatment; never a paid referral line. */
const TREATMENT_KINDS: readonly HelpResource['kind'][] = ['treatment-locator', 'treatment-referral'];

export const treatmentResources = (region: RegionId): readonly HelpResource[] => {
  const found = findRegion(region);
  if (!found.ok) return [];
  // The locator first: searching needs no phone call.
  return found.value.resources
    .filter((r) => TREATMENT_KINDS.includes(r.kind))
    .sort((a, b) => TREATMENT_KINDS.indexOf(a.kind) - TREATMENT_KINDS.indexOf(b.kind));
};

/** How to find a prescriber or a treatment service in the chosen region, from core's resources only. */
export const FindTreatment = ({ region }: { region: RegionId }) => {
  const { t, locale } = useI18n();
  const resources = treatmentResources(region);
  const regionKey = `help.region.${region}`;
  const regionName = isMessageKey(regionKey) ? t(regionKey) : region;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <section className="help-section" aria-labelledby="find-treatment-heading">
      <h2 id="find-treatment-heading">{t('helpMore.find.heading')}</h2>
      <p>{t('helpMore.find.intro', { region: regionName })}</p>
      <ul className="find-advice">
        <li>{t('helpMore.find.prescriber')}</li>
        {region === 'UK' ? <li>{t('helpMore.find.uk')}</li> : null}
        {resources.length === 0 ? <li>{t('helpMore.find.nothing')}</li> : null}
      </ul>
      {resources.length > 0 ? (
        <ul className="resources">
          {resources.map((resource) => (
            <li key={resource.id} className="resource">
              <h3 lang="en">{resource.name}</h3>
              <p lang="en">{resource.when}</p>
              <p>
                {resource.url ? (
                  <a className="call-link" href={resource.url} rel="noopener noreferrer">
                    {t('helpMore.find.open', { site: resource.name })}
                  </a>
                ) : null}
                {resource.phoneNumbers.map((number) => (
                  <a key={number} className="call-link" href={telHref(number)}>
                    {t('help.callNumber', { number })}
                  </a>
                ))}
              </p>
              <p className="hint">
                {t('helpMore.find.checked', { date: date(resource.lastVerified), source: SOURCES[resource.source].title })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('helpMore.find.beware')}</p>
    </section>
  );
};
