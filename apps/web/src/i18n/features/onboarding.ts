/** Messages for the Set up your record screen(s). English is the reference; Spanish must have the same keys. */
export const onboardingEn = {
  'onboarding.title': 'Set up your record',
} as const;

export const onboardingEs: Readonly<Record<keyof typeof onboardingEn, string>> = {
  'onboarding.title': 'Configure su registro',
};
