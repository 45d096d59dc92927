import type { RosterFlag } from '../api/clinician.js';
import { useI18n } from '../i18n/i18n.js';

/** A glyph per flag, so status never rests on colour alone; decorative, the word says it. */
const GLYPHS: Readonly<Record<RosterFlag, string>> = {
  'red-flag': '▲',
  'hold-requested': '❚❚',
  suggestion: '◆',
  'missed-doses': '○',
  'review-due': '◷',
  'on-track': '✓',
};

export const FlagBadge = ({ flag }: { flag: RosterFlag }) => {
  const { t } = useI18n();
  return (
    <span className={`flag flag-${flag}`}>
      <span className="flag-glyph" aria-hidden="true">
        {GLYPHS[flag]}
      </span>{' '}
      {t(`roster.flag.${flag}`)}
    </span>
  );
};
