import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session.js';

/** The patient's day. This slice has no plans yet: it says so, calmly, and points to what is available. */
const Today = () => {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <Screen title={t('today.title')}>
      {user ? <p className="greeting">{t('today.greeting', { name: user.displayName })}</p> : null}
      <section className="card" aria-labelledby="no-plan">
        <h2 id="no-plan">{t('today.noPlan')}</h2>
        <p>{t('today.noPlanBody')}</p>
      </section>
      {user === null ? (
        <p>
          <a href="#/signin">{t('today.signInPrompt')}</a>
        </p>
      ) : null}
      <p>
        <a href="#/learn">{t('today.learnPrompt')}</a>
      </p>
    </Screen>
  );
};

export default Today;
