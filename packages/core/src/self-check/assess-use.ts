import { DEPENDENCE_RISK_THRESHOLDS } from '../dose-check/dependence-risk.js';
import type { Answers } from '../questionnaires/instrument.js';
import { DSM5_CHECKLIST } from '../questionnaires/instruments/dsm5-checklist.js';
import { SDS } from '../questionnaires/instruments/sds.js';
import { scoreInstrument } from '../questionnaires/score.js';
import { err, ok, type Result } from '../result.js';
import type { SourceId } from '../sources/registry.js';

/** The guided self-check's answers. Booleans are yes/no answers; questionnaires are optional. */
export interface UseSelfCheckInput {
  readonly prescribed: boolean;
  readonly takenAsDirected: boolean;
  readonly moreOrMoreOftenThanPrescribed: boolean;
  readonly someoneElsesPills: boolean;
  readonly moreThanOnePrescriber: boolean;
  readonly crushingOrSnorting: boolean;
  readonly mixingWithAlcoholOrOpioids: boolean;
  readonly withdrawalOnMissedDoses: boolean;
  readonly durationDays?: number;
  readonly daysPerWeek?: number;
  readonly sds?: Answers;
  readonly dsm5?: Answers;
  readonly olderAdult?: boolean;
}

export type NextStep = 'keep-talking-to-prescriber' | 'talk-to-prescriber-about-taper' | 'seek-assessment' | 'urgent-safety';

export interface UseFinding {
  readonly id: 'physical-dependence' | 'misuse-signals' | 'possible-use-disorder' | 'dangerous-mixing';
  readonly title: string;
  readonly explanation: string;
  readonly because: readonly string[];
  readonly nextStep: NextStep;
  readonly nextStepText: string;
  readonly severity?: 'mild' | 'moderate' | 'severe';
  readonly source: SourceId;
}

export interface UseSelfCheck {
  readonly findings: readonly UseFinding[];
  readonly summary: string;
  readonly articles: readonly string[];
}

const NEXT_STEPS: Readonly<Record<NextStep, string>> = {
  'keep-talking-to-prescriber': 'Keep talking with your prescriber about how the medicine is working for you.',
  'talk-to-prescriber-about-taper':
    'Talk to your prescriber about whether to continue, and if you want to stop, about a slow taper. Do not stop suddenly on your own.',
  'seek-assessment':
    'Ask for an assessment with your prescriber or a substance-use service. Help works, and you do not have to stop suddenly to get it.',
  'urgent-safety':
    'This combination can stop breathing. Talk to your prescriber soon; keep naloxone at home if opioids are involved; call the emergency number for slow breathing or if someone cannot be woken.',
};

/**
 * Sorts a person's answers into what applies to them: physical dependence
 * (expected with regular use, not addiction), signs of misuse, a possible
 * use disorder, or dangerous mixing — each with a plain explanation and the
 * next step. The distinction the public pages blur is kept: dependence alone
 * is not a use disorder.
 */
export const assessUse = (input: UseSelfCheckInput): Result<UseSelfCheck> => {
  const findings: UseFinding[] = [];
  const regular = (input.daysPerWeek ?? 7) >= DEPENDENCE_RISK_THRESHOLDS.frequentUseMinDaysPerWeek;
  const longEnough = input.durationDays !== undefined && input.durationDays > DEPENDENCE_RISK_THRESHOLDS.oneMonthDays;
  if (input.withdrawalOnMissedDoses || (regular && longEnough)) {
    findings.push({
      id: 'physical-dependence',
      title: 'Physical dependence is likely',
      explanation:
        'Your body has adapted to the medicine, so missing doses or stopping can cause withdrawal. This happens to nearly everyone who takes it most days for more than a month — it is not the same as addiction.',
      because: [
        ...(input.withdrawalOnMissedDoses ? ['You get withdrawal symptoms when you miss a dose.'] : []),
        ...(regular && longEnough ? ['You have taken it most days for more than a month.'] : []),
      ],
      nextStep: 'talk-to-prescriber-about-taper',
      nextStepText: NEXT_STEPS['talk-to-prescriber-about-taper'],
      source: 'joint-cpg-2025',
    });
  }
  const misuse = [
    ...(!input.prescribed ? ['It was not prescribed for you.'] : []),
    ...(input.someoneElsesPills ? ['You have taken someone else’s pills.'] : []),
    ...(input.prescribed && !input.takenAsDirected ? ['You do not always take it as directed.'] : []),
    ...(input.moreOrMoreOftenThanPrescribed ? ['You take more, or more often, than prescribed.'] : []),
    ...(input.moreThanOnePrescriber ? ['You get it from more than one prescriber.'] : []),
    ...(input.crushingOrSnorting ? ['You crush, snort or inject it.'] : []),
  ];
  if (misuse.length > 0) {
    findings.push({
      id: 'misuse-signals',
      title: 'Some answers are signs of misuse',
      explanation:
        'Using it in ways other than prescribed raises the risk of overdose and of a use disorder. Many people end up here while trying to cope; it can be talked about openly.',
      because: misuse,
      nextStep: 'seek-assessment',
      nextStepText: NEXT_STEPS['seek-assessment'],
      source: 'fda-dsc-2020-benzodiazepines',
    });
  }
  let severity: UseFinding['severity'];
  const because: string[] = [];
  if (input.dsm5) {
    const dsm = scoreInstrument(DSM5_CHECKLIST, input.dsm5);
    if (!dsm.ok) return { ok: false, error: { ...dsm.error, field: `dsm5.${dsm.error.field ?? ''}` } };
    const band = dsm.value.band?.id;
    if (band === 'mild' || band === 'moderate' || band === 'severe') {
      severity = band;
      because.push(`${dsm.value.total} of the 11 criteria based on DSM-5 apply (${band}).`);
    }
  }
  if (input.sds) {
    const sds = scoreInstrument(SDS, input.sds, { sdsCutOff: input.olderAdult ? 6 : 7 });
    if (!sds.ok) return { ok: false, error: { ...sds.error, field: `sds.${sds.error.field ?? ''}` } };
    if (sds.value.band?.id === 'suggests-dependence')
      because.push(`Your Severity of Dependence Scale score is ${sds.value.total}, at or above the cut-off.`);
  }
  if (because.length > 0) {
    findings.push({
      id: 'possible-use-disorder',
      title: severity ? `A possible ${severity} use disorder` : 'Possible dependence beyond the physical',
      explanation:
        'Your answers fit a pattern that is more than physical dependence: the medicine may be causing problems or feel hard to control. Only an assessment can say for sure, and treatment helps.',
      because,
      nextStep: 'seek-assessment',
      nextStepText: NEXT_STEPS['seek-assessment'],
      ...(severity ? { severity } : {}),
      source: severity ? 'dsm5-sud-criteria' : 'de-las-cuevas-2000',
    });
  }
  if (input.mixingWithAlcoholOrOpioids) {
    findings.push({
      id: 'dangerous-mixing',
      title: 'Mixing with alcohol or opioids is dangerous',
      explanation:
        'Together they can slow or stop breathing. This is the most common way benzodiazepines contribute to overdose deaths.',
      because: ['You take it with alcohol or opioids.'],
      nextStep: 'urgent-safety',
      nextStepText: NEXT_STEPS['urgent-safety'],
      source: 'fda-dsc-2016-opioids',
    });
  }
  if (input.durationDays !== undefined && !(input.durationDays >= 0)) {
    return err('INPUT_OUT_OF_RANGE', 'The duration of use must be zero or more days.', {
      field: 'durationDays',
      expected: 'a number of days',
    });
  }
  const summary =
    findings.length === 0
      ? 'Your answers show no signs of dependence or misuse. Keep taking it as prescribed and talk to your prescriber about any concerns.'
      : findings.map((f) => f.title).join('; ');
  const articles = [
    'tolerance-dependence-addiction',
    ...(findings.some((f) => f.id === 'physical-dependence') ? ['why-taper-slowly'] : []),
    ...(findings.some((f) => f.id === 'possible-use-disorder' || f.id === 'misuse-signals') ? ['treatment-options'] : []),
    ...(findings.some((f) => f.id === 'dangerous-mixing') ? ['mixing-with-alcohol-or-opioids'] : []),
  ];
  return ok({ findings, summary, articles });
};
