/**
 * Text from the workbook (indicator names, sheet names): Thai, whatever the pane's language. In the English pane it
 * is marked lang="th", so that a screen reader switches voice for it instead of spelling Thai with an English one.
 */
import type { ReactNode } from 'react';
import type { Strings } from '../../i18n';

export function OtherLanguage(props: { strings: Strings; children: ReactNode; className?: string; id?: string }) {
  const { strings: s, children, className, id } = props;
  return (
    <span className={className} id={id} lang={s.lang === 'th' ? undefined : 'th'}>
      {children}
    </span>
  );
}
