import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';

const MyPlan = (_props: { route: Route }) => {
  const { t } = useI18n();
  return <Screen title={t('myPlan.title')}>{null}</Screen>;
};

export default MyPlan;
