'use client';

import { useState } from 'react';
import { Notice } from '../components/Notice';
import { useIntegrationsUI } from '../i18n';
import * as english from '../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { patterns: english.patterns };

/**
 * What a preview-only action leaves behind: a polite status line saying what was previewed and
 * that nothing ran. Patterns call `announce` from an ActionPreviewList's `onPreview`.
 */
export function usePreviewMessage() {
  const { t } = useIntegrationsUI(ENGLISH);
  const [message, setMessage] = useState<string | null>(null);
  const announce = (action: string, source: string) => setMessage(t('patterns.previewAnnounced', { action, source }));
  const region = (
    <div role="status" aria-live="polite" data-slot="preview-status">
      {message ? <Notice variant="info">{message}</Notice> : null}
    </div>
  );
  return { announce, region };
}
