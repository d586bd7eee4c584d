export { IntegrationsUIProvider, useIntegrationsUI, type IntegrationsUIProviderProps, type IntegrationsUIContextValue } from './IntegrationsUIProvider';
export { CATALOGS, LOCALES, translate, translateList, interpolate, hasMessage, isLocale, type MessageParams } from './translate';
export { useContentLocale, type ContentLocale } from './useContentLocale';
export { formatInstant, formatRelative, formatAbsolute, formatNumber, safeTimeZone, type FormattedInstant } from './format';
export type { Locale, Messages, MessageKey, MessageListKey } from './messages/types';
export { en } from './messages/en';
export { fr } from './messages/fr';
