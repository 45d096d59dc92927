/** Messages about writes saved on the device while offline. English is the reference; Spanish must have the same keys. */
export const outboxEn = {
  'outbox.refused.heading': 'Something saved on this device could not be sent',
  'outbox.refused.item': 'Your {what} from {when} was not accepted: {reason}',
  'outbox.refused.what.dose': 'dose entry',
  'outbox.refused.what.pause': 'request for a pause',
  'outbox.refused.what.checkIn': 'check-in',
  'outbox.refused.what.questionnaire': 'questionnaire',
  'outbox.refused.dismiss': 'I have read this',
} as const;

export const outboxEs: Readonly<Record<keyof typeof outboxEn, string>> = {
  'outbox.refused.heading': 'Algo guardado en este dispositivo no se pudo enviar',
  'outbox.refused.item': 'Su {what} del {when} no se aceptó: {reason}',
  'outbox.refused.what.dose': 'registro de dosis',
  'outbox.refused.what.pause': 'solicitud de pausa',
  'outbox.refused.what.checkIn': 'registro diario',
  'outbox.refused.what.questionnaire': 'cuestionario',
  'outbox.refused.dismiss': 'Lo he leído',
};
