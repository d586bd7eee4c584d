/**
 * The French catalog, as its own entry point: `import { fr } from 'integrations-ui/locales/fr'`,
 * then `<IntegrationsUIProvider locale="fr" catalogs={{ fr }}>`. An app that never imports it
 * never ships it.
 */
export { fr } from '../i18n/messages/fr';
