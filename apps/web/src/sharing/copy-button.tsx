import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/**
 * Copies a text to the clipboard and says so in a live region. Where the
 * clipboard is not available (old browsers, insecure origins) it says to copy by hand.
 */
export const CopyButton = ({ text, label }: { text: string; label: string }) => {
  const { t } = useI18n();
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await globalThis.navigator.clipboard.writeText(text);
      setSaid(t('sharing.copied'));
    } catch {
      setSaid(t('sharing.copyFailed'));
    }
  };
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>{' '}
      <span role="status" className="copy-status">
        {said}
      </span>
    </span>
  );
};
