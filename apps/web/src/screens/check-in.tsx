import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import type { Route } from '../router.js';

const CheckIn = (_props: { route: Route }) => {
  const { t } = useI18n();
  return <Screen title={t('checkIn.title')}>{null}</Screen>;
};

export default CheckIn;
