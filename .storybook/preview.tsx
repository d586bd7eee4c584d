import '@fontsource-variable/inter';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, type ReactNode } from 'react';
import { FIXTURE_NOW } from '../src/fixtures';
import { IntegrationsUIProvider, type Locale } from '../src/i18n';
import { fr } from '../src/locales/fr';
import { themeModes } from './modes';

/** The toolbar's locales: English (built in) and French (the `integrations-ui/locales/fr` entry). */
const CATALOGS = { fr };
const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'fr';

type Theme = 'light' | 'dark' | 'system';
const isTheme = (value: unknown): value is Theme => value === 'light' || value === 'dark' || value === 'system';
/** The class each toolbar theme puts on an ancestor: "System" is the library's `iu-theme-system` (the OS's colour scheme). */
const THEME_CLASS: Record<Theme, string> = { light: 'light', dark: 'dark', system: 'iu-theme-system' };

/**
 * Every story renders inside the library's provider on the fixture clock (never the real one),
 * in the toolbar's locale and theme. The theme class goes on the story's own wrapper (so docs
 * pages can show both) and on <html> (so portalled tooltips follow it).
 */
function StoryFrame({ theme, locale, children }: { theme: Theme; locale: Locale; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    document.documentElement.classList.toggle('iu-theme-system', theme === 'system');
    document.documentElement.lang = locale;
  }, [theme, locale]);
  return (
    <IntegrationsUIProvider locale={locale} catalogs={CATALOGS} timeZone="Europe/Paris" now={FIXTURE_NOW}>
      <div data-story-root data-theme={theme} className={`${THEME_CLASS[theme]} iu:bg-background iu:p-4 iu:font-sans iu:text-foreground iu:antialiased`}>
        {children}
      </div>
    </IntegrationsUIProvider>
  );
}

const withProviderAndTheme: Decorator = (Story, context) => (
  <StoryFrame
    theme={isTheme(context.globals.theme) ? context.globals.theme : 'light'}
    locale={isLocale(context.globals.locale) ? context.globals.locale : 'en'}
  >
    <Story />
  </StoryFrame>
);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withProviderAndTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          // The app's `iu-theme-system` class: light or dark as the OS (prefers-color-scheme) says.
          { value: 'system', title: 'System' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of every visible string',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { date: /At$/ } },
    // Axe runs on every story in the test run and fails it on any violation.
    a11y: { test: 'error' },
    // Chromatic snapshots every story in light and dark (pattern stories add French: see modes.ts).
    chromatic: { modes: themeModes },
    options: {
      storySort: { order: ['Introduction', 'Tokens', 'Components', 'Patterns'] },
    },
  },
};

export default preview;
