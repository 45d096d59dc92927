/** Messages for the Plan for a patient screen(s). English is the reference; Spanish must have the same keys. */
export const patientPlanEn = {
  'patientPlan.title': 'Plan for a patient',
} as const;

export const patientPlanEs: Readonly<Record<keyof typeof patientPlanEn, string>> = {
  'patientPlan.title': 'Plan para un paciente',
};
