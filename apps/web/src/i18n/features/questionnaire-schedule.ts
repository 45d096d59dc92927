/**
 * Messages for the questionnaire schedule: the clinician's section on a patient's record and the
 * patient's Check-in wording. English is the reference; Spanish must have the same keys.
 */
export const questionnaireScheduleEn = {
  'qSchedule.heading': 'Questionnaire schedule',
  'qSchedule.intro':
    'How often the patient’s Check-in asks for each questionnaire: it is due again once that many days have passed since the last one.',
  'qSchedule.defaults': 'Not set yet: the standard schedule is shown (BWSQ every 7 days, PHQ-9 and GAD-7 every 14 days).',
  'qSchedule.bwsq': 'BWSQ every … days',
  'qSchedule.bwsq.hint': 'Withdrawal symptoms. Whole days from 0 to 90; 0 = not asked.',
  'qSchedule.phq9': 'PHQ-9 every … days',
  'qSchedule.phq9.hint': 'Mood. Whole days from 0 to 90; 0 = not asked.',
  'qSchedule.gad7': 'GAD-7 every … days',
  'qSchedule.gad7.hint': 'Anxiety. Whole days from 0 to 90; 0 = not asked.',
  'qSchedule.invalid': 'Enter a whole number of days from 0 to 90.',
  'qSchedule.save': 'Save schedule',
  'qSchedule.saving': 'Saving…',
  'qSchedule.saved': 'Schedule saved. The patient’s Check-in now follows it.',

  'qSchedule.patient.every': 'Your care team asks for this every {days} days.',
  'qSchedule.patient.everyDay': 'Your care team asks for this every day.',
  'qSchedule.patient.none': 'Your care team is not asking you for any questionnaires at the moment.',
} as const;

export const questionnaireScheduleEs: Readonly<Record<keyof typeof questionnaireScheduleEn, string>> = {
  'qSchedule.heading': 'Calendario de cuestionarios',
  'qSchedule.intro':
    'Con qué frecuencia el registro diario del paciente le pide cada cuestionario: vuelve a tocar cuando han pasado esos días desde el último.',
  'qSchedule.defaults': 'Aún no se ha fijado: se muestra el calendario habitual (BWSQ cada 7 días, PHQ-9 y GAD-7 cada 14 días).',
  'qSchedule.bwsq': 'BWSQ cada … días',
  'qSchedule.bwsq.hint': 'Síntomas de abstinencia. Días enteros de 0 a 90; 0 = no se pide.',
  'qSchedule.phq9': 'PHQ-9 cada … días',
  'qSchedule.phq9.hint': 'Estado de ánimo. Días enteros de 0 a 90; 0 = no se pide.',
  'qSchedule.gad7': 'GAD-7 cada … días',
  'qSchedule.gad7.hint': 'Ansiedad. Días enteros de 0 a 90; 0 = no se pide.',
  'qSchedule.invalid': 'Escriba un número entero de días de 0 a 90.',
  'qSchedule.save': 'Guardar calendario',
  'qSchedule.saving': 'Guardando…',
  'qSchedule.saved': 'Calendario guardado. El registro diario del paciente ya lo sigue.',

  'qSchedule.patient.every': 'Su equipo de atención se lo pide cada {days} días.',
  'qSchedule.patient.everyDay': 'Su equipo de atención se lo pide cada día.',
  'qSchedule.patient.none': 'Ahora mismo su equipo de atención no le pide ningún cuestionario.',
};
