export { IntegrationsUIProvider, useIntegrationsUI, type IntegrationsUIProviderProps, type IntegrationsUIContextValue } from './IntegrationsUIProvider';
export { translate, translateList, interpolate, hasMessage, canonicalLocale, type MessageParams, type CatalogChain, type CatalogSource } from './translate';
export { useContentLocale, type ContentLocale } from './useContentLocale';
export { formatInstant, formatRelative, formatAbsolute, formatNumber, safeTimeZone, type FormattedInstant } from './format';
export type { Locale, Catalogs, Messages, MessageKey, MessageListKey } from './messages/types';
export { en } from './messages/en';
