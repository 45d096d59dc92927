import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';

const PatientPlan = (_props: { route: Route }) => {
  const { t } = useI18n();
  return <Screen title={t('patientPlan.title')}>{null}</Screen>;
};

export default PatientPlan;
