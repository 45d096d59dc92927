/**
 * The safety wording every export carries. It follows the boxed warning
 * (fda-dsc-2020-benzodiazepines: stopping abruptly or cutting quickly can cause
 * life-threatening withdrawal, including seizures) and the opioid warning
 * (fda-dsc-2016-opioids). It never proposes stopping or skipping a dose.
 */

/** One line, for places with little room: calendar events, FHIR notes. */
export const SAFETY_LINE =
  'Do not stop suddenly or change a dose without your prescriber: stopping a benzodiazepine suddenly can cause seizures. ' +
  'Call your prescriber if withdrawal symptoms are hard to bear; in an emergency call your local emergency number.';

/** The notice at the top of the printed schedule, one point a line. */
export const SAFETY_NOTICE: readonly string[] = [
  'Do not stop suddenly, and do not take less or more than this schedule says without talking to your prescriber. Stopping a benzodiazepine suddenly can cause seizures and can be life-threatening.',
  'Take each dose at the time shown. If you miss a dose, ask your pharmacist or prescriber what to do; do not take two doses together.',
  'Call your prescriber if withdrawal symptoms are hard to bear (for example anxiety, poor sleep, shaking or sweating), if you cannot keep to the schedule, or before you start or stop any other medicine. A step can be held for longer: going slower is allowed.',
  'Do not drink alcohol or take opioids, sleeping pills or other sedating medicines unless your prescriber knows: together they can slow or stop breathing.',
  'Call your local emergency number at once for a seizure, confusion or hallucinations, slow or difficult breathing, being very hard to wake, or thoughts of harming yourself.',
];

/** Said wherever a plan is exported for a clinician: Stepdown drafts, a prescriber decides. */
export const DECISION_SUPPORT_NOTE =
  'Drafted with Stepdown decision support. Not a prescription: a prescriber must review and agree every step with the patient.';

/** Said instead once a prescriber has approved the plan. */
export const APPROVED_NOTE = 'Drafted with Stepdown decision support and approved by the prescriber named on this request.';
