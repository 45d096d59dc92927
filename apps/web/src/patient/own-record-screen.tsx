import type { ReactNode } from 'react';
import { Screen } from '../components/screen.js';
import { type GateMessages, RecordGate } from './record-gate.js';
import { type OwnRecordReady, useOwnRecord } from './use-own-record.js';

/** A patient screen about their own record: the heading, then the gate's states, then the content. */
export const OwnRecordScreen = ({
  title,
  messages,
  noRecord,
  children,
}: {
  title: string;
  messages: GateMessages;
  noRecord: ReactNode;
  children: (ready: OwnRecordReady) => ReactNode;
}) => {
  const { record, retry } = useOwnRecord();
  return (
    <Screen title={title}>
      <RecordGate record={record} retry={retry} messages={messages} noRecord={noRecord}>
        {children}
      </RecordGate>
    </Screen>
  );
};
