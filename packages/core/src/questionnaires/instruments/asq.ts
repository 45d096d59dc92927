import type { Instrument } from '../instrument.js';

const ANY_YES = { anyOf: ['q1', 'q2', 'q3', 'q4'].map((item) => ({ item, values: [1] })) };

/**
 * NIMH Ask Suicide-Screening Questions (public domain): four questions and,
 * after any "yes", the acuity question. Any yes is a positive screen; yes to
 * the acuity question is an acute positive: emergency, do not leave the person alone.
 */
export const ASQ: Instrument = {
  id: 'asq',
  version: '1',
  title: 'Ask Suicide-Screening Questions (ASQ)',
  shortTitle: 'ASQ',
  completedBy: 'patient',
  timeframe: 'the past few weeks',
  intro: 'These questions are asked of everyone who may be at risk. Answer yes or no.',
  wording: 'official',
  licence: 'Public domain (US National Institute of Mental Health).',
  items: [
    { id: 'q1', kind: 'yes-no', text: 'In the past few weeks, have you wished you were dead?' },
    {
      id: 'q2',
      kind: 'yes-no',
      text: 'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
    },
    { id: 'q3', kind: 'yes-no', text: 'In the past week, have you been having thoughts about killing yourself?' },
    { id: 'q4', kind: 'yes-no', text: 'Have you ever tried to kill yourself?' },
    { id: 'q5', kind: 'yes-no', text: 'Are you having thoughts of killing yourself right now?', enableWhen: ANY_YES },
  ],
  scoredItems: [],
  bands: [],
  source: 'nimh-asq',
  evaluate: (answers) => {
    const anyYes = ['q1', 'q2', 'q3', 'q4'].some((id) => answers[id] === 1);
    if (!anyYes) return { band: { min: 0, max: 0, id: 'negative', label: 'Negative screen', source: 'nimh-asq' } };
    if (answers.q5 === 1) {
      return {
        band: { min: 1, max: 1, id: 'acute-positive', label: 'Acute positive screen: imminent risk', source: 'nimh-asq' },
        triggers: [{ kind: 'triage', urgency: 'emergency', reason: 'Thoughts of suicide right now (ASQ acute positive)' }],
      };
    }
    return {
      band: {
        min: 1,
        max: 1,
        id: 'non-acute-positive',
        label: 'Non-acute positive screen: needs a suicide safety assessment',
        source: 'nimh-asq',
      },
      triggers: [
        {
          kind: 'triage',
          urgency: 'urgent',
          reason: 'Positive suicide screen (ASQ non-acute positive): safety assessment today',
        },
      ],
    };
  },
};
