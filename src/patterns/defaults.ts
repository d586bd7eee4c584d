import type { NoticeId } from '../domain';

/** The notices at the top of each screen, in the seeds' order (the product's copy, not fixtures). */
export const INTEGRATIONS_SETTINGS_NOTICES = ['legacy_route', 'mock_settings', 'shopify_credentials_settings'] as const satisfies readonly NoticeId[];
export const SOURCE_DETAIL_NOTICES = ['mock_data', 'mock_shell'] as const satisfies readonly NoticeId[];
export const ADD_SOURCE_NOTICES = ['onboarding_scenario', 'mock_shell', 'shopify_onboarding'] as const satisfies readonly NoticeId[];
