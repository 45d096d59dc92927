import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { hasNavigated } from '../router.js';

/**
 * A screen's heading and body. After a route change the heading takes focus,
 * so screen-reader users hear where they are and keyboard users start from
 * the top of the new content; the document title follows.
 */
export const Screen = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.title', { screen: title });
    if (hasNavigated()) heading.current?.focus();
  }, [title, t]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
};
