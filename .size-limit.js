/**
 * Budgets: what an app pays, measured as its production bundler sees the package — esbuild
 * bundling the built dist/ with `process.env.NODE_ENV = "production"`, minified and gzipped,
 * React external. Dependencies (class-variance-authority, clsx) count unless said.
 * Run after `npm run build`.
 */
const REACT = ['react', 'react-dom'];
const DEPENDENCIES = ['class-variance-authority', 'clsx'];
const production = (config) => ({ ...config, define: { ...config.define, 'process.env.NODE_ENV': '"production"' } });

/** A budget for an import of the package root, as an app writes it. */
const root = (name, names, limit, ignore = REACT) => ({
  name,
  path: 'dist/index.js',
  import: names,
  ignore,
  gzip: true,
  limit,
  modifyEsbuildConfig: production,
});

export default [
  root('Import: { HealthBadge, IntegrationsUIProvider } (English built in)', '{ HealthBadge, IntegrationsUIProvider }', '8 kB'),
  root('Import: { IntegrationsSettingsPage, IntegrationsUIProvider }', '{ IntegrationsSettingsPage, IntegrationsUIProvider }', '45 kB'),
  root('Import: { SourceDetailPage, IntegrationsUIProvider }', '{ SourceDetailPage, IntegrationsUIProvider }', '32 kB'),
  // 30.76 kB before issue 11; 32.38 kB with the wizard's reducer, parts and focus hook and the kit; 31.57 kB once production
  // bundles drop the development warnings whole (their messages were gone already, not what they computed nor devWarn itself).
  root('Import: { AddSourceWizard, IntegrationsUIProvider }', '{ AddSourceWizard, IntegrationsUIProvider }', '32 kB'),
  root('Import: domain functions only', '{ deriveHealth, visibleSources, maskRef }', '2.5 kB'),
  root('Import: everything (with dependencies)', '*', '60 kB'),
  // 51.45 kB before issue 10, 55.04 kB after (top-layer tooltip placement, the one-step wizard, card rows, "Show more" pages).
  root('Import: everything, library code only (dependencies external)', '*', '58 kB', [...REACT, ...DEPENDENCIES]),
  {
    name: 'Entry: integrations-ui/locales/fr',
    path: 'dist/locales/fr.js',
    import: '{ fr }',
    gzip: true,
    limit: '8 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'Entry: integrations-ui/fixtures',
    path: 'dist/fixtures.js',
    import: '*',
    ignore: [...REACT, ...DEPENDENCIES],
    gzip: true,
    limit: '10 kB',
    modifyEsbuildConfig: production,
  },
  { name: 'CSS: integrations-ui/styles.css', path: 'dist/styles.css', gzip: true, limit: '15 kB' },
];
