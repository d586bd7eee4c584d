/**
 * Issue 9, part B: every exported component and pattern holds under hostile props. Valid props
 * come from the fixtures (each component's story defaults), then up to three props are replaced,
 * removed or nulled with the part A arbitraries. A run passes when nothing throws out of the
 * component (an error boundary of the test catches it), React prints no error and the only
 * console warnings are the library's `[integrations-ui]` dev warnings. Plus the anti-leak
 * property: no name, id or ref of an unauthorized item in the HTML or in a callback payload.
 *
 * Runs per component: FC_RUNS / 6 (10 by default); FC_RUNS scales it.
 */
import { cleanup, fireEvent } from '@testing-library/react';
import fc from 'fast-check';
import { Component, createElement, isValidElement, type ComponentType, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import * as Public from '../../src';
import { PlatformCard } from '../../src/components/PlatformPicker';
import { Button } from '../../src/internal/Button';
import { Icon } from '../../src/internal/Icon';
import { TableFrame } from '../../src/internal/TableFrame';
import { VisuallyHidden } from '../../src/internal/VisuallyHidden';

// The public components and the kit's, which the public ones render.
const UI = { ...Public, Button, Icon, PlatformCard, TableFrame, VisuallyHidden };
import {
  checkCredentialState,
  checkSource,
  credentialActionsFor,
  deriveAllQualityFlags,
  deriveCredentialFlags,
  type Profile,
  type SourceConnection,
} from '../../src/domain';
import { describe as describe_, resetDevWarnings } from '../../src/domain/dev';
import { LastSyncTime } from '../../src/internal/LastSyncTime';
import {
  ADD_SOURCE_SCREEN,
  AUTHORIZED_PROFILE_IDS,
  CREDENTIAL_ACTIONS,
  DISCOVERED_ACCOUNTS,
  EXTERNAL_ACCOUNTS,
  FIXTURE_NOW,
  FOREIGN_ACCOUNTS,
  FOREIGN_PROFILE,
  FOREIGN_SOURCE,
  makeCredentialState,
  ONBOARDING_GUARDRAILS,
  ONBOARDING_STEPS,
  PLATFORMS,
  PROFILE_FRANCE,
  PROFILES,
  SETTINGS_GUARDRAILS,
  SETTINGS_SCREEN,
  SHOPIFY_FRANCE,
  SHOPIFY_PREREQUISITES,
  SHOPIFY_SUISSE,
  SHOPIFY_SUISSE_CREDENTIALS,
  SOURCE_ACTIONS,
  SOURCES,
  sourceDetailScreen,
  SYNC_RUNS,
  syncRunsOf,
} from '../../src/fixtures';
import { renderUI } from '../render';
import {
  corrupt,
  FC_PARAMS,
  hostileAuthorizedIds,
  hostileDatum,
  hostileList,
  hostileSource,
  PROPERTY_TIMEOUT_MS,
  validAccount,
  validProfile,
  validSource,
} from './arbitraries';

// ---------------------------------------------------------------- harness

/** The test's own boundary: whatever a component throws lands here, never in the test runner. */
class Boundary extends Component<{ onError: (error: unknown) => void; children?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? <p data-slot="test-boundary">crashed</p> : this.props.children;
  }
}

interface Outcome {
  thrown: unknown[];
  errors: string[];
  /** Warnings that are not the library's dev warnings. */
  strayWarnings: string[];
  warnings: string[];
  html: string;
}

const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : describe_(a))).join(' ');

/** Renders inside the test boundary with console.error/warn captured; `act` runs before unmounting. */
function renderHostile(element: ReactNode, act?: (root: HTMLElement) => void): Outcome {
  const outcome: Outcome = { thrown: [], errors: [], strayWarnings: [], warnings: [], html: '' };
  const original = { error: console.error, warn: console.warn };
  resetDevWarnings();
  console.error = (...args: unknown[]) => void outcome.errors.push(text(args));
  console.warn = (...args: unknown[]) => {
    const message = text(args);
    outcome.warnings.push(message);
    if (!message.startsWith('[integrations-ui] ')) outcome.strayWarnings.push(message);
  };
  try {
    const { container } = renderUI(<Boundary onError={(error) => outcome.thrown.push(error)}>{element}</Boundary>);
    act?.(container);
    outcome.html = container.innerHTML;
  } catch (error) {
    outcome.thrown.push(error);
  } finally {
    cleanup();
    console.error = original.error;
    console.warn = original.warn;
    resetDevWarnings();
  }
  return outcome;
}

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : describe_(error));

function expectClean(outcome: Outcome) {
  expect(outcome.thrown.map(message)).toEqual([]);
  expect(outcome.errors).toEqual([]);
  expect(outcome.strayWarnings).toEqual([]);
  // A section's contained error is a crash of the component inside it: none expected either.
  expect(outcome.warnings.filter((w) => w.includes('render failed'))).toEqual([]);
}

/** hostileList without the 10,000-item case (kept for the domain suite; too slow to mount per run here). */
const list = <T,>(item: fc.Arbitrary<T>) => hostileList(item).map((value) => (Array.isArray(value) && value.length > 60 ? value.slice(0, 60) : value));

const isRecord = (value: unknown): value is object => value !== null && typeof value === 'object' && !isValidElement(value);

/** Hostile values for one prop, shaped after its valid value (lists get hostile items, records corrupted fields). */
function hostileFor(valid: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(valid) && valid.length > 0) {
    const objects = valid.filter(isRecord) as object[];
    const item =
      objects.length > 0
        ? fc.oneof(fc.constantFrom(...objects), corrupt(fc.constantFrom(...objects)), hostileDatum)
        : fc.oneof(fc.constantFrom(...(valid as unknown[])), hostileDatum);
    return fc.oneof({ weight: 4, arbitrary: list(item) }, { weight: 1, arbitrary: hostileDatum });
  }
  if (isRecord(valid)) return fc.oneof({ weight: 3, arbitrary: corrupt(fc.constant(valid)) }, { weight: 1, arbitrary: hostileDatum });
  return hostileDatum;
}

/** Valid props with one to three of them replaced, removed or nulled. `children` and callbacks stay. */
function hostileProps(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid).filter((key) => key !== 'children' && typeof valid[key] !== 'function');
  if (keys.length === 0) return fc.constant(valid);
  const edit = fc
    .constantFrom(...keys)
    .chain((key) => fc.tuple(fc.constant(key), fc.constantFrom('set', 'set', 'set', 'delete', 'null'), hostileFor(valid[key])));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const props = { ...valid };
    for (const [key, kind, value] of edits) {
      if (kind === 'delete') delete props[key];
      else props[key] = kind === 'null' ? null : value;
    }
    return props;
  });
}

const RUNS = Math.max(3, Math.round(FC_PARAMS.numRuns / 6));
const params = { ...FC_PARAMS, numRuns: RUNS };

// ---------------------------------------------------------------- every component

const noop = () => {};
const FLAGS = [...deriveAllQualityFlags(SOURCES, FIXTURE_NOW), ...deriveCredentialFlags(SHOPIFY_SUISSE_CREDENTIALS)];

/** Each exported component and pattern with its story's default props. */
const CASES: Record<string, [ComponentType<never>, Record<string, unknown>]> = {
  AccountPicker: [
    UI.AccountPicker,
    {
      accounts: DISCOVERED_ACCOUNTS,
      authorizedProfileIds: AUTHORIZED_PROFILE_IDS,
      profileId: PROFILE_FRANCE.id,
      platformId: 'SHOPIFY',
      value: ['disc-shopify-fr'],
      onValueChange: noop,
      headingLevel: 2,
    },
  ],
  ActionPreviewList: [UI.ActionPreviewList, { kind: 'source', actions: SOURCE_ACTIONS, sourceName: SHOPIFY_FRANCE.name, onPreview: noop, headingLevel: 3 }],
  ActionPreviewListCredential: [UI.ActionPreviewList, { kind: 'credential', actions: CREDENTIAL_ACTIONS, sourceName: SHOPIFY_SUISSE.name, onPreview: noop }],
  Button: [UI.Button, { children: 'Next', variant: 'primary', onClick: noop }],
  CredentialReadiness: [UI.CredentialReadiness, { credentials: SHOPIFY_SUISSE_CREDENTIALS, headingLevel: 2 }],
  CredentialsPanel: [UI.CredentialsPanel, { credentials: makeCredentialState({ persistenceEnabled: true }), onSubmit: noop, headingLevel: 2 }],
  DataOutdatedBadge: [UI.DataOutdatedBadge, { outdated: true }],
  DataQualityAlert: [UI.DataQualityAlert, { flag: FLAGS[0], sourceName: SHOPIFY_FRANCE.name }],
  DataQualityAlertList: [UI.DataQualityAlertList, { flags: FLAGS, sources: SOURCES, grouped: true, headingLevel: 3 }],
  DataQualityTable: [UI.DataQualityTable, { flags: FLAGS, outdated: true, headingLevel: 3 }],
  ExternalAccountsTable: [UI.ExternalAccountsTable, { accounts: EXTERNAL_ACCOUNTS, authorizedProfileIds: AUTHORIZED_PROFILE_IDS }],
  FreshnessCell: [UI.FreshnessCell, { source: SHOPIFY_FRANCE, profile: PROFILE_FRANCE, showAbsolute: true, layout: 'stacked', now: FIXTURE_NOW }],
  GuardrailList: [UI.GuardrailList, { guardrails: SETTINGS_GUARDRAILS, headingLevel: 2 }],
  HealthBadge: [UI.HealthBadge, { source: SHOPIFY_FRANCE, view: 'health', now: FIXTURE_NOW }],
  HealthSummary: [UI.HealthSummary, { sources: [...SOURCES, FOREIGN_SOURCE], authorizedProfileIds: AUTHORIZED_PROFILE_IDS, headingLevel: 3 }],
  Icon: [UI.Icon, { name: 'octagon', size: 16 }],
  LastSyncTime: [LastSyncTime, { value: SHOPIFY_FRANCE.lastSuccessfulSyncAt, timeZone: 'Europe/Paris', now: FIXTURE_NOW, display: 'relative' }],
  Notice: [UI.Notice, { variant: 'warning', title: 'Schema changed.', children: 'Review the field mapping.' }],
  NoticeById: [UI.Notice, { noticeId: 'mock_settings' }],
  NoticeStack: [UI.NoticeStack, { ids: ['mock_settings', 'legacy_route'], contentLocales: { legacy_route: 'fr' } }],
  OnboardingStepper: [
    UI.OnboardingStepper,
    {
      steps: ONBOARDING_STEPS,
      currentStepId: 'choose_platform',
      completedStepIds: ['select_profile'],
      blocked: { stepId: 'choose_platform', reason: 'Blocked.' },
      onStepChange: noop,
    },
  ],
  PageSection: [UI.PageSection, { title: 'Sync status', label: 'Sync status', headingLevel: 2, description: 'Runs.', problem: null, children: 'content' }],
  PageTitle: [UI.PageTitle, { children: 'Add source', variant: 'visible' }],
  PlatformCard: [UI.PlatformCard, { platform: PLATFORMS[0] }],
  PlatformPicker: [UI.PlatformPicker, { platforms: PLATFORMS, value: 'SHOPIFY', onValueChange: noop, onUnavailableSelect: noop, headingLevel: 2 }],
  PrerequisitesTable: [UI.PrerequisitesTable, { prerequisites: SHOPIFY_PREREQUISITES, platformId: 'SHOPIFY', headingLevel: 2 }],
  ProfilePicker: [
    UI.ProfilePicker,
    { profiles: PROFILES, authorizedProfileIds: AUTHORIZED_PROFILE_IDS, value: PROFILE_FRANCE.id, onValueChange: noop, headingLevel: 2 },
  ],
  SourceHeader: [UI.SourceHeader, { source: SHOPIFY_FRANCE, profile: PROFILE_FRANCE }],
  SourceHealthPanel: [UI.SourceHealthPanel, { source: SHOPIFY_SUISSE, now: FIXTURE_NOW, headingLevel: 2 }],
  SourceSettingsForm: [UI.SourceSettingsForm, { value: 'Shopify France', suggestedName: SHOPIFY_FRANCE.name, onValueChange: noop, headingLevel: 2 }],
  SourceStatusTable: [
    UI.SourceStatusTable,
    {
      view: 'sync',
      sources: [...SOURCES, FOREIGN_SOURCE],
      authorizedProfileIds: AUTHORIZED_PROFILE_IDS,
      profiles: [...PROFILES, FOREIGN_PROFILE],
      headingLevel: 3,
    },
  ],
  SourceTable: [
    UI.SourceTable,
    {
      sources: [...SOURCES, FOREIGN_SOURCE],
      profiles: [...PROFILES, FOREIGN_PROFILE],
      authorizedProfileIds: AUTHORIZED_PROFILE_IDS,
      onOpenSource: noop,
      headingLevel: 2,
    },
  ],
  StepPanel: [
    UI.StepPanel,
    { number: 3, total: 9, stepTitle: 'Read prerequisites', state: 'blocked', reason: 'Choose a platform first.', children: 'content' },
  ],
  SyncHistoryTable: [UI.SyncHistoryTable, { runs: syncRunsOf('shopify-ch') }],
  TableFrame: [
    UI.TableFrame,
    {
      titleId: 't',
      slot: 'table-frame',
      columns: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      children: null,
      variant: 'overview',
    },
  ],
  TechnicalStatusList: [UI.TechnicalStatusList, { source: SHOPIFY_SUISSE, profile: PROFILES[1] }],
  VisuallyHidden: [UI.VisuallyHidden, { children: 'hidden' }],
  WriteOnlyCredentialField: [
    UI.WriteOnlyCredentialField,
    { field: 'clientSecret', configured: true, persistenceEnabled: true, onSubmit: noop, maxLength: 512, label: 'Client Secret' },
  ],
  AccessTokenStatus: [UI.AccessTokenStatus, { cache: 'inactive' }],
  IntegrationsSettingsPage: [
    UI.IntegrationsSettingsPage,
    { ...SETTINGS_SCREEN, sources: [...SOURCES, FOREIGN_SOURCE], profiles: [...PROFILES, FOREIGN_PROFILE], onOpenSource: noop, now: FIXTURE_NOW },
  ],
  SourceDetailPage: [
    UI.SourceDetailPage,
    { ...sourceDetailScreen(SHOPIFY_SUISSE), credentialActions: credentialActionsFor(SHOPIFY_SUISSE_CREDENTIALS), now: FIXTURE_NOW },
  ],
  AddSourceWizard: [
    UI.AddSourceWizard,
    {
      ...ADD_SOURCE_SCREEN,
      profiles: [...PROFILES, FOREIGN_PROFILE],
      defaultProfileId: PROFILE_FRANCE.id,
      defaultPlatformId: 'SHOPIFY',
      defaultAccountIds: ['disc-shopify-fr'],
      defaultSourceName: 'Shopify France',
      now: FIXTURE_NOW,
    },
  ],
};

const PATTERNS = new Set(['IntegrationsSettingsPage', 'SourceDetailPage', 'AddSourceWizard']);

describe('every component under hostile props', () => {
  it('renders its valid props cleanly (the baseline of the properties)', () => {
    for (const [name, [Comp, props]] of Object.entries(CASES)) {
      const outcome = renderHostile(createElement(Comp, props as never));
      expect({ name, thrown: outcome.thrown.map(message), errors: outcome.errors, warnings: outcome.warnings }).toEqual({
        name,
        thrown: [],
        errors: [],
        warnings: [],
      });
    }
  });

  for (const [name, [Comp, valid]] of Object.entries(CASES)) {
    it(
      `${name}: never throws, no React error, only the library's dev warnings`,
      () => {
        fc.assert(
          fc.property(hostileProps(valid), (props) => {
            const outcome = renderHostile(createElement(Comp, props as never));
            expectClean(outcome);
            // Patterns: the page itself always renders; a bad section shows its own error.
            if (PATTERNS.has(name)) expect(outcome.html).toMatch(/data-slot="(integrations-settings-page|source-detail-page|add-source-wizard)"/);
          }),
          params,
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  }
});

// ---------------------------------------------------------------- patterns: contained section errors

/** For each pattern, props whose section checks its data: a bad value there shows that section's error only. */
const SECTIONED: Record<string, readonly string[]> = {
  IntegrationsSettingsPage: ['guardrails'],
  SourceDetailPage: ['syncRuns', 'accounts', 'actions', 'credentialActions'],
  AddSourceWizard: ['steps', 'platforms', 'prerequisites', 'guardrails'],
};
/** Props that put every section on the page: the wizard's all-steps layout (its default shows the current step's section only). */
const ALL_SECTIONS: Record<string, object> = { AddSourceWizard: { layout: 'all-steps' } };

describe('patterns: a bad section shows its contained error and the rest renders', () => {
  for (const [name, keys] of Object.entries(SECTIONED)) {
    it(
      name,
      () => {
        const [Comp, valid] = CASES[name]!;
        const notAList = hostileDatum.filter((value) => value !== undefined && !Array.isArray(value)); // undefined: an optional list left out
        fc.assert(
          fc.property(fc.constantFrom(...keys), notAList, (key, value) => {
            const outcome = renderHostile(createElement(Comp, { ...valid, ...ALL_SECTIONS[name], [key]: value } as never));
            expectClean(outcome);
            expect(outcome.html).toMatch(/data-slot="[a-z-]*section-error"/);
            // The rest of the page: its title and more than one section.
            expect(outcome.html).toMatch(/<h1\b/);
            expect(outcome.html.split('data-slot="page-section"').length - 1).toBeGreaterThan(1);
          }),
          params,
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  }
});

describe('SourceDetailPage: the sections that check the source and its credentials', () => {
  const [Comp, valid] = CASES.SourceDetailPage!;
  const malformed = hostileDatum.filter((value) => value != null && (typeof value !== 'object' || Array.isArray(value)));

  it(
    'malformed credentials: both credential sections show their contained error, the rest of the page renders',
    () => {
      const corrupted = fc.oneof(
        malformed,
        corrupt(fc.constant(makeCredentialState({ persistenceEnabled: true }))).filter((value) => checkCredentialState(value as never) !== null),
      );
      fc.assert(
        fc.property(corrupted, (credentials) => {
          const outcome = renderHostile(createElement(Comp, { ...valid, credentials } as never));
          expectClean(outcome);
          expect(outcome.html.match(/data-slot="[a-z-]*section-error"/g)).toHaveLength(2);
          expect(outcome.html).toMatch(/<h1\b/);
          expect(outcome.html).toContain('data-slot="sync-history-table"');
        }),
        params,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "a malformed source: the page shows the source section's contained error (and its notices), nothing of the source",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            malformed,
            corrupt(fc.constant(SHOPIFY_SUISSE)).filter((value) => checkSource(value) !== null),
          ),
          (source) => {
            const outcome = renderHostile(createElement(Comp, { ...valid, source } as never));
            expectClean(outcome);
            expect(outcome.html).toMatch(/data-slot="[a-z-]*section-error"/);
            expect(outcome.html).toMatch(/data-slot="source-detail-page"[^>]*data-state="error"|data-state="error"[^>]*data-slot="source-detail-page"/);
            expect(outcome.html).not.toContain('data-slot="sync-history-table"');
          },
        ),
        params,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------- anti-leak

const authorizedOf = (ids: unknown): string[] =>
  (Array.isArray(ids) ? Array.prototype.filter.call(ids, (id: unknown) => typeof id === 'string' && id !== '') : []) as string[];

/** Strings of an item worth looking for (ids, names, refs), at least 4 characters. */
function tokensOf(item: unknown): string[] {
  if (!isRecord(item)) return [];
  const record = item as Record<string, unknown>;
  return ['id', 'name', 'externalRef'].map((key) => record[key]).filter((v): v is string => typeof v === 'string' && v.length >= 4);
}

/** What must never show: tokens of items outside the authorized profiles, unless an authorized item (or the UI itself) has the same text. */
function forbiddenTokens(
  items: readonly { item: unknown; profileOf: (item: Record<string, unknown>) => unknown }[],
  authorized: readonly string[],
  baseline: string,
): string[] {
  const allowed: string[] = [];
  const denied: string[] = [];
  for (const { item, profileOf } of items) {
    if (!isRecord(item)) continue;
    const profileId = profileOf(item as Record<string, unknown>);
    (typeof profileId === 'string' && authorized.includes(profileId) ? allowed : denied).push(...tokensOf(item));
  }
  return [...new Set(denied)].filter((token) => !allowed.some((a) => a.includes(token)) && !baseline.includes(token));
}

const payloadText = (calls: unknown[][]) => calls.map((call) => describe_(call)).join('\n');

/** Clicks every enabled button, radio and checkbox once (the callbacks under test). */
function pressEverything(root: HTMLElement) {
  for (const element of root.querySelectorAll<HTMLElement>(
    'button:not([disabled]), input[type="radio"]:not([disabled]), input[type="checkbox"]:not([disabled])',
  )) {
    if (element.isConnected) fireEvent.click(element);
  }
}

const profilesArb = fc.oneof(fc.constant([...PROFILES, FOREIGN_PROFILE] as unknown[]), list(fc.oneof(validProfile, corrupt(validProfile))));
const sourcesArb = fc.array(
  fc.oneof({ weight: 3, arbitrary: validSource }, { weight: 1, arbitrary: fc.constant(FOREIGN_SOURCE) }, { weight: 1, arbitrary: hostileSource }),
  { maxLength: 14 },
);
const accountsArb = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS, ...DISCOVERED_ACCOUNTS) },
    { weight: 1, arbitrary: validAccount.chain((a) => corrupt(fc.constant(a))) },
  ),
  { maxLength: 12 },
);

interface LeakScenario {
  profiles: unknown[];
  sources: unknown[];
  accounts: unknown[];
  authorizedProfileIds: unknown;
  defaults: { profileId: unknown; accountIds: unknown };
}

const scenarioArb: fc.Arbitrary<LeakScenario> = fc.record({
  profiles: profilesArb.map((p) => (Array.isArray(p) ? p : [])),
  sources: sourcesArb,
  accounts: accountsArb,
  authorizedProfileIds: hostileAuthorizedIds,
  defaults: fc.record({
    profileId: fc.oneof(fc.constantFrom(...PROFILES.map((p) => p.id), FOREIGN_PROFILE.id, null), hostileDatum),
    accountIds: fc.oneof(fc.subarray(DISCOVERED_ACCOUNTS.map((a) => a.id)), hostileDatum),
  }),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one spy for every callback signature
type Spy = (...args: any[]) => void;
type LeakCase = (s: LeakScenario, spy: Spy) => ReactNode;

const LEAK_CASES: Record<string, LeakCase> = {
  SourceTable: (s, spy) => (
    <UI.SourceTable sources={s.sources as never} profiles={s.profiles as never} authorizedProfileIds={s.authorizedProfileIds as never} onOpenSource={spy} />
  ),
  SourceStatusTable: (s) => (
    <UI.SourceStatusTable view="sync" sources={s.sources as never} profiles={s.profiles as never} authorizedProfileIds={s.authorizedProfileIds as never} />
  ),
  ExternalAccountsTable: (s) => <UI.ExternalAccountsTable accounts={s.accounts as never} authorizedProfileIds={s.authorizedProfileIds as never} />,
  AccountPicker: (s, spy) => (
    <UI.AccountPicker
      accounts={s.accounts as never}
      authorizedProfileIds={s.authorizedProfileIds as never}
      profileId={s.defaults.profileId as never}
      platformId="SHOPIFY"
      value={s.defaults.accountIds as never}
      onValueChange={spy}
    />
  ),
  ProfilePicker: (s, spy) => (
    <UI.ProfilePicker
      profiles={s.profiles as never}
      authorizedProfileIds={s.authorizedProfileIds as never}
      value={s.defaults.profileId as never}
      onValueChange={spy}
    />
  ),
  IntegrationsSettingsPage: (s, spy) => (
    <UI.IntegrationsSettingsPage
      {...SETTINGS_SCREEN}
      sources={s.sources as never}
      profiles={s.profiles as never}
      authorizedProfileIds={s.authorizedProfileIds as never}
      onOpenSource={spy}
      now={FIXTURE_NOW}
    />
  ),
  SourceDetailPage: (s, spy) => (
    <UI.SourceDetailPage
      {...sourceDetailScreen((s.sources.find(isRecord) as SourceConnection | undefined) ?? FOREIGN_SOURCE)}
      profiles={s.profiles as never}
      accounts={s.accounts as never}
      syncRuns={SYNC_RUNS}
      authorizedProfileIds={s.authorizedProfileIds as never}
      onPreviewAction={spy}
      now={FIXTURE_NOW}
    />
  ),
  AddSourceWizard: (s, spy) => (
    <UI.AddSourceWizard
      {...ADD_SOURCE_SCREEN}
      profiles={s.profiles as Profile[]}
      discoveredAccounts={s.accounts as never}
      authorizedProfileIds={s.authorizedProfileIds as never}
      defaultProfileId={s.defaults.profileId as never}
      defaultPlatformId="SHOPIFY"
      defaultAccountIds={s.defaults.accountIds as never}
      defaultSourceName="Shopify France"
      defaultCompletedStepIds={ONBOARDING_STEPS.map((step) => step.id)}
      defaultStepId="review_health"
      guardrails={ONBOARDING_GUARDRAILS}
      onFinish={spy}
      onProfileChange={spy}
      now={FIXTURE_NOW}
    />
  ),
};

describe('anti-leak under hostile data', () => {
  for (const [name, render] of Object.entries(LEAK_CASES)) {
    it(
      `${name}: no name, id or ref of an unauthorized item in the HTML or a callback payload`,
      () => {
        // The UI's own text with nothing in it, so that a token the chrome happens to contain is not a leak.
        const baseline = renderHostile(
          render({ profiles: [], sources: [], accounts: [], authorizedProfileIds: [], defaults: { profileId: null, accountIds: [] } }, vi.fn<Spy>()),
        ).html;
        fc.assert(
          fc.property(scenarioArb, (scenario) => {
            const spy = vi.fn<Spy>();
            const authorized = authorizedOf(scenario.authorizedProfileIds);
            // One pool: an unauthorized account's text may equal an authorized source's (and is then no leak).
            // Array.from, not map: the lists may have holes.
            const items = [
              ...Array.from(scenario.profiles, (p) => ({ item: p, profileOf: (r: Record<string, unknown>) => r.id })),
              ...Array.from([...scenario.sources, ...scenario.accounts], (i) => ({ item: i, profileOf: (r: Record<string, unknown>) => r.profileId })),
            ];
            const forbidden = forbiddenTokens(items, authorized, baseline);
            const outcome = renderHostile(render(scenario, spy), pressEverything);
            expect(outcome.thrown.map(message)).toEqual([]);
            const payloads = payloadText(spy.mock.calls);
            expect(forbidden.filter((token) => outcome.html.includes(token) || payloads.includes(token))).toEqual([]);
          }),
          params,
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  }
});
