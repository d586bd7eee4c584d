/**
 * What the SSR tests render: every pattern (the seed screens and their main states) and the
 * main state of the components that carry their own behaviour. Imported both by the "server"
 * (server.worker.ts: no DOM) and by the test page that hydrates the server's HTML, so both sides
 * build the very same element.
 */
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { deriveAllQualityFlags, ONBOARDING_STEP_IDS, type SourceConnection } from '../../src/domain';
import {
  ADD_SOURCE_SCREEN,
  AUTHORIZED_PROFILE_IDS,
  DISCOVERED_ACCOUNTS,
  FIXTURE_NOW,
  SETTINGS_GUARDRAILS,
  SHOPIFY_PREREQUISITES,
  SHOPIFY_SUISSE_CREDENTIALS,
  accountsOf,
  syncRunsOf,
  GA4_SUISSE,
  PLATFORMS,
  PROFILES,
  PROFILE_FRANCE,
  PROFILE_SUISSE,
  SETTINGS_SCREEN,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SOURCES,
  TIKTOK_ADS_FRANCE,
  sourceDetailScreen,
} from '../../src/fixtures';
import { IntegrationsUIProvider, type Locale } from '../../src/i18n';
import { AddSourceWizard, IntegrationsSettingsPage, SourceDetailPage } from '../../src/patterns';
import { fr } from '../../src/locales/fr';
import {
  AccountPicker,
  CredentialReadiness,
  CredentialsPanel,
  DataQualityTable,
  ExternalAccountsTable,
  FreshnessCell,
  GuardrailList,
  HealthBadge,
  HealthSummary,
  OnboardingStepper,
  PlatformPicker,
  PrerequisitesTable,
  ProfilePicker,
  SourceHeader,
  SourceHealthPanel,
  SourceSettingsForm,
  SourceStatusTable,
  SourceTable,
  StepPanel,
  SyncHistoryTable,
  TechnicalStatusList,
  WriteOnlyCredentialField,
} from '../../src';

export interface SsrCase {
  name: string;
  /** The page, in the provider on the fixture clock; `onCommit` runs once it is mounted or hydrated. */
  element: (onCommit?: () => void) => ReactElement;
  /** A wizard state with at least one gated step (readable, its controls disabled). */
  gated?: boolean;
}

/** Calls `onCommit` in a passive effect: after every effect of the page below it has run. */
function Committed({ onCommit, children }: { onCommit?: () => void; children: ReactNode }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return <>{children}</>;
}

const page =
  (ui: ReactNode, locale: Locale = 'en') =>
  (onCommit?: () => void) => (
    <IntegrationsUIProvider locale={locale} catalogs={{ fr }} timeZone="Europe/Paris" now={FIXTURE_NOW}>
      <Committed onCommit={onCommit}>{ui}</Committed>
    </IntegrationsUIProvider>
  );

const SEED_DETAILS = [SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE];
const profileOf = (source: SourceConnection) => PROFILES.find((p) => p.id === source.profileId);

export const SSR_CASES: readonly SsrCase[] = [
  // IntegrationsSettingsPage (seed 002).
  {
    name: 'IntegrationsSettingsPage (seed 002)',
    element: page(<IntegrationsSettingsPage {...SETTINGS_SCREEN} noticeContentLocales={{ legacy_route: 'fr' }} />),
  },
  { name: 'IntegrationsSettingsPage, French', element: page(<IntegrationsSettingsPage {...SETTINGS_SCREEN} />, 'fr') },
  { name: 'IntegrationsSettingsPage, one profile', element: page(<IntegrationsSettingsPage {...SETTINGS_SCREEN} authorizedProfileIds={['profile-fr']} />) },
  { name: 'IntegrationsSettingsPage, loading', element: page(<IntegrationsSettingsPage {...SETTINGS_SCREEN} loading />) },
  // SourceDetailPage: the seeds (001, 003/004) and every other source.
  {
    name: 'SourceDetailPage, Shopify Suisse (seed 001)',
    element: page(<SourceDetailPage {...sourceDetailScreen(SHOPIFY_SUISSE)} credentialContentLocale="fr" />),
  },
  ...SOURCES.map((source) => ({
    name: `SourceDetailPage, ${source.name}${SEED_DETAILS.includes(source) ? ' (seed)' : ''}`,
    element: page(<SourceDetailPage {...sourceDetailScreen(source)} />),
  })),
  { name: 'SourceDetailPage, Shopify Suisse, French', element: page(<SourceDetailPage {...sourceDetailScreen(SHOPIFY_SUISSE)} />, 'fr') },
  // AddSourceWizard (seed 000).
  {
    name: 'AddSourceWizard (seed 000), nothing chosen',
    gated: true,
    element: page(<AddSourceWizard {...ADD_SOURCE_SCREEN} layout="all-steps" noticeContentLocales={{ shopify_onboarding: 'fr' }} />),
  },
  { name: 'AddSourceWizard, one step at a time', element: page(<AddSourceWizard {...ADD_SOURCE_SCREEN} />) },
  {
    name: 'AddSourceWizard, one step at a time, middle step',
    element: page(
      <AddSourceWizard
        {...ADD_SOURCE_SCREEN}
        defaultProfileId="profile-fr"
        defaultPlatformId="SHOPIFY"
        defaultStepId="select_accounts"
        defaultCompletedStepIds={ONBOARDING_STEP_IDS.slice(0, 5)}
      />,
    ),
  },
  { name: 'AddSourceWizard, French', gated: true, element: page(<AddSourceWizard {...ADD_SOURCE_SCREEN} layout="all-steps" />, 'fr') },
  {
    name: 'AddSourceWizard, profile chosen',
    gated: true,
    element: page(<AddSourceWizard {...ADD_SOURCE_SCREEN} layout="all-steps" defaultProfileId="profile-fr" />),
  },
  {
    name: 'AddSourceWizard, review step',
    element: page(
      <AddSourceWizard
        {...ADD_SOURCE_SCREEN}
        defaultProfileId="profile-fr"
        defaultPlatformId="SHOPIFY"
        defaultAccountIds={['disc-shopify-fr']}
        defaultSourceName="Shopify France"
        defaultStepId="review_health"
        defaultCompletedStepIds={ONBOARDING_STEP_IDS.slice(0, 8)}
      />,
    ),
  },
  {
    name: 'AddSourceWizard, no authorized profile',
    gated: true,
    element: page(<AddSourceWizard {...ADD_SOURCE_SCREEN} layout="all-steps" authorizedProfileIds={[]} />),
  },
  // Components with their own state, ids or time formatting.
  { name: 'HealthBadge', element: page(<HealthBadge source={SHOPIFY_FRANCE} view="health" />) },
  { name: 'FreshnessCell, absolute time in Zurich', element: page(<FreshnessCell source={GA4_SUISSE} profile={PROFILE_SUISSE} showAbsolute />) },
  { name: 'SourceTable', element: page(<SourceTable sources={SOURCES} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />) },
  {
    name: 'SourceTable, details as links',
    element: page(
      <SourceTable
        sources={SOURCES}
        profiles={PROFILES}
        authorizedProfileIds={AUTHORIZED_PROFILE_IDS}
        renderDetailsLink={(source) => <a href={`#/sources/${source.id}`} />}
      />,
    ),
  },
  { name: 'OnboardingStepper', element: page(<OnboardingStepper steps={ADD_SOURCE_SCREEN.steps} currentStepId="select_profile" completedStepIds={[]} />) },
  { name: 'PlatformPicker', element: page(<PlatformPicker platforms={PLATFORMS} />) },
  {
    name: 'StepPanel, gated',
    gated: true,
    element: page(
      <StepPanel number={3} total={9} stepTitle="Read prerequisites" state="gated" reason="Choose a profile first.">
        <button type="button">Continue</button>
      </StepPanel>,
    ),
  },
  { name: 'WriteOnlyCredentialField', element: page(<WriteOnlyCredentialField field="clientSecret" onSubmit={() => undefined} />) },
  // The main story of the other components (their meta args).
  {
    name: 'AccountPicker',
    element: page(
      <AccountPicker accounts={DISCOVERED_ACCOUNTS} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profileId={PROFILE_FRANCE.id} platformId="SHOPIFY" />,
    ),
  },
  { name: 'CredentialReadiness', element: page(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} />) },
  { name: 'CredentialsPanel', element: page(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} onSubmit={() => undefined} />) },
  { name: 'DataQualityTable', element: page(<DataQualityTable flags={deriveAllQualityFlags(SOURCES, FIXTURE_NOW)} outdated />) },
  { name: 'ExternalAccountsTable', element: page(<ExternalAccountsTable accounts={accountsOf('shopify-ch')} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />) },
  { name: 'GuardrailList', element: page(<GuardrailList guardrails={SETTINGS_GUARDRAILS} />) },
  { name: 'HealthSummary', element: page(<HealthSummary sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />) },
  { name: 'PrerequisitesTable', element: page(<PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES} platformId="SHOPIFY" />) },
  { name: 'ProfilePicker', element: page(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />) },
  { name: 'SourceHeader', element: page(<SourceHeader source={TIKTOK_ADS_FRANCE} profile={profileOf(TIKTOK_ADS_FRANCE)} />) },
  { name: 'SourceHealthPanel', element: page(<SourceHealthPanel source={SHOPIFY_SUISSE} />) },
  { name: 'SourceSettingsForm', element: page(<SourceSettingsForm />) },
  {
    name: 'SourceStatusTable',
    element: page(<SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} />),
  },
  { name: 'SyncHistoryTable', element: page(<SyncHistoryTable runs={syncRunsOf('shopify-ch')} />) },
  { name: 'TechnicalStatusList', element: page(<TechnicalStatusList source={SHOPIFY_SUISSE} profile={profileOf(SHOPIFY_SUISSE)} />) },
];
