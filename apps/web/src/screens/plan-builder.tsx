import { useState } from 'react';
import { PlanBuilder } from '../builder/plan-builder.js';
import { newPlanForm } from '../builder/plan-input.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session.js';
import '../styles/builder.css';

/** An example to start from when there is no patient: a common clonazepam regimen. */
export const EXAMPLE_DOSES = '0.5mg@08:00\n1mg@22:00';

/** The clinician's free-standing plan builder (`#/plan`): the same builder as a patient's, with nothing saved. */
const PlanBuilderScreen = () => {
  const { t } = useI18n();
  const { user } = useSession();
  const [form, setForm] = useState(() => newPlanForm({ doses: EXAMPLE_DOSES }));

  if (user?.role !== 'clinician') {
    return (
      <Screen title={t('plan.title')}>
        <p>{t('plan.cliniciansOnly')}</p>
        {user ? null : (
          <p>
            <a href="#/signin">{t('nav.signIn')}</a>
          </p>
        )}
      </Screen>
    );
  }

  return (
    <Screen title={t('plan.title')}>
      <p>{t('plan.intro')}</p>
      <PlanBuilder form={form} onChange={setForm} />
    </Screen>
  );
};

export default PlanBuilderScreen;
