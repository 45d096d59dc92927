import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';

const NotFound = () => {
  const { t } = useI18n();
  return (
    <Screen title={t('app.notFound.title')}>
      <p>{t('app.notFound.body')}</p>
      <p>
        <a href="#/today">{t('app.goToday')}</a>
      </p>
    </Screen>
  );
};

export default NotFound;
