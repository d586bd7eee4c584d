'use client';

import { useState } from 'react';
import { Notice } from '../components/Notice';
import { useIntegrationsUI } from '../i18n';

/**
 * What a preview-only action leaves behind: a polite status line saying what was previewed and
 * that nothing ran. Patterns call `announce` from an ActionPreviewList's `onPreview`.
 */
export function usePreviewMessage() {
  const { t } = useIntegrationsUI();
  const [message, setMessage] = useState<string | null>(null);
  const announce = (action: string, source: string) => setMessage(t('patterns.previewAnnounced', { action, source }));
  const region = (
    <div role="status" aria-live="polite" data-slot="preview-status">
      {message ? <Notice variant="info">{message}</Notice> : null}
    </div>
  );
  return { announce, region };
}
