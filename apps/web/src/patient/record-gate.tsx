import type { ReactNode } from 'react';
import { LoadFailed } from '../components/load-failed.js';
import type { I18n } from '../i18n/i18n.js';
import { SignInPrompt } from './sign-in-prompt.js';
import type { OwnRecord, OwnRecordReady } from './use-own-record.js';

/** The screen's own words for each state before its content can show. */
export interface GateMessages {
  readonly loading: string;
  readonly loadError: string;
  readonly retry: string;
  /** Said before the sign-in link; some screens show the link alone. */
  readonly signedOut?: string;
  readonly signIn: string;
  readonly notPatient: string;
}

/** The screens whose catalogues name these states alike (`<screen>.loading`, `<screen>.signedOut`, …). */
type GateScreen = 'checkIn' | 'pause' | 'myPlan' | 'onboarding';

export const gateMessages = (t: I18n['t'], screen: GateScreen): GateMessages => ({
  loading: t(`${screen}.loading`),
  loadError: t(`${screen}.loadError`),
  retry: t(`${screen}.retry`),
  signedOut: t(`${screen}.signedOut`),
  signIn: t(`${screen}.signIn`),
  notPatient: t(`${screen}.notPatient`),
});

/**
 * Everything a patient screen shows before it knows whose record it is:
 * loading, a load error with a retry, signed out, another role, no record yet.
 * `noRecord` is the screen's own answer to "no record yet" (a note, a link, a first step).
 */
export const RecordGate = ({
  record,
  retry,
  messages,
  noRecord,
  children,
}: {
  record: OwnRecord;
  retry: () => void;
  messages: GateMessages;
  noRecord: ReactNode;
  children: (ready: OwnRecordReady) => ReactNode;
}) => {
  switch (record.state) {
    case 'loading':
      return <p aria-live="polite">{messages.loading}</p>;
    case 'error':
      return <LoadFailed message={messages.loadError} retryLabel={messages.retry} onRetry={retry} />;
    case 'signed-out':
      return <SignInPrompt text={messages.signedOut} link={messages.signIn} />;
    case 'not-patient':
      return <p>{messages.notPatient}</p>;
    case 'no-record':
      return noRecord;
    case 'ready':
      return children(record);
  }
};
