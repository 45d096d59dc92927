/** Messages for the My plan screen(s). English is the reference; Spanish must have the same keys. */
export const myPlanEn = {
  'myPlan.title': 'My plan',
} as const;

export const myPlanEs: Readonly<Record<keyof typeof myPlanEn, string>> = {
  'myPlan.title': 'Mi plan',
};
