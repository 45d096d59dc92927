import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';

const Clinic = (_props: { route: Route }) => {
  const { t } = useI18n();
  return <Screen title={t('clinic.title')}>{null}</Screen>;
};

export default Clinic;
