import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FIXTURE_NOW } from '../src/fixtures';
import { IntegrationsUIProvider, type IntegrationsUIProviderProps } from '../src/i18n';
import { fr } from '../src/locales/fr';

/** Renders inside the library's provider on the fixture clock (en, Europe/Paris unless told; the French catalog available). */
export function renderUI(ui: ReactElement, provider: Omit<IntegrationsUIProviderProps, 'children'> = {}, options?: RenderOptions) {
  return render(
    <IntegrationsUIProvider locale="en" catalogs={{ fr }} timeZone="Europe/Paris" now={FIXTURE_NOW} {...provider}>
      {ui}
    </IntegrationsUIProvider>,
    options,
  );
}
