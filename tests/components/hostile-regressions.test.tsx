/**
 * Issue 9, part B: one plain regression test per component defect found on main or by the
 * component properties (tests/properties/components.properties.test.tsx). Each rendered the
 * error below before its fix.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionPreviewList,
  FreshnessCell,
  HealthBadge,
  Notice,
  NoticeStack,
  PageTitle,
  ProfilePicker,
  SourceTable,
  StepPanel,
  SyncHistoryTable,
  TechnicalStatusList,
  WriteOnlyCredentialField,
} from '../../src';
import { PlatformCard } from '../../src/components/PlatformPicker';
import { Button } from '../../src/internal/Button';
import { Icon } from '../../src/internal/Icon';
import { LastSyncTime } from '../../src/internal/LastSyncTime';
import { TableFrame } from '../../src/internal/TableFrame';
import { AddSourceWizard } from '../../src/patterns';
import {
  ADD_SOURCE_SCREEN,
  AUTHORIZED_PROFILE_IDS,
  FIXTURE_NOW,
  PROFILE_FRANCE,
  PROFILES,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SOURCE_ACTIONS,
  SOURCES,
  syncRunsOf,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

/** Any other dev warning of the library is fine here; a React error never is. */
const DEV = /^\[integrations-ui\] /;

const throwingToString = () => ({
  toString() {
    throw new Error('toString');
  },
});

describe('holes and null items are skipped with a warning, never a crash', () => {
  it('ActionPreviewList skips a hole and a null action', () => {
    expectConsole(/ActionPreviewList actions\[2\]: expected an action, got a hole; skipped/, /actions\[3\]: expected an action, got null/);
    const actions: unknown[] = [...SOURCE_ACTIONS.slice(0, 2)];
    actions[3] = null; // actions[2] is a hole
    renderUI(<ActionPreviewList kind="source" actions={actions as never} sourceName="Shopify France" onPreview={vi.fn()} />);
    expect(document.querySelectorAll('[data-action]')).toHaveLength(2);
  });

  it('PlatformCard renders Unknown for a null or missing platform', () => {
    expectConsole(/PlatformCard platform: expected a platform, got null/, /PlatformCard platform: expected a platform, got undefined/, DEV);
    renderUI(<PlatformCard platform={null as never} />);
    renderUI(<PlatformCard platform={undefined as never} />);
    expect(document.querySelectorAll('[data-slot="platform-card"]')).toHaveLength(2);
  });

  it('TableFrame shows no header for columns that are not an array, and skips null columns', () => {
    expectConsole(/TableFrame columns: expected an array, got "a,b"/, /TableFrame columns\[0\]: expected a column, got null/);
    renderUI(
      <TableFrame titleId="t" slot="frame" columns={'a,b' as never}>
        {null}
      </TableFrame>,
    );
    expect(document.querySelectorAll('th')).toHaveLength(0);
    cleanup();
    renderUI(
      <TableFrame titleId="t" slot="frame" columns={[null, { id: 'b', label: 'B' }] as never}>
        {null}
      </TableFrame>,
    );
    expect([...document.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['B']);
  });

  it('AddSourceWizard skips a hole in its steps', () => {
    expectConsole(/AddSourceWizard steps: skipped 1 item/);
    const steps: unknown[] = [...ADD_SOURCE_SCREEN.steps];
    delete steps[2];
    renderUI(<AddSourceWizard {...ADD_SOURCE_SCREEN} steps={steps as never} />);
    expect(document.querySelector('[data-slot="add-source-wizard"]')).toBeInTheDocument();
  });

  it('AddSourceWizard ignores a default platform that is not an offered one (a symbol here)', () => {
    expectConsole(/AddSourceWizard: defaultPlatformId Symbol\(x\) is not an offered platform; ignored/, DEV);
    renderUI(<AddSourceWizard {...ADD_SOURCE_SCREEN} defaultProfileId="profile-fr" defaultPlatformId={Symbol('x') as never} />);
    expect(document.querySelector('[data-slot="add-source-wizard"]')).toBeInTheDocument();
  });

  it('ProfilePicker lists a duplicated profile id once', () => {
    expectConsole(/ProfilePicker profiles: skipped a duplicate profile id "profile-fr"/);
    renderUI(<ProfilePicker profiles={[PROFILE_FRANCE, PROFILE_FRANCE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getAllByRole('radio')).toHaveLength(1);
  });

  it('SourceTable shows a duplicated source id once, and never lists a non-string authorized id as a profile', () => {
    expectConsole(/SourceTable sources: skipped a source with a duplicate id "shopify-fr"/, DEV);
    renderUI(<SourceTable sources={[SHOPIFY_FRANCE, SHOPIFY_FRANCE]} profiles={PROFILES} authorizedProfileIds={[PROFILE_FRANCE.id, {} as never]} />);
    expect(document.querySelectorAll('[data-slot="source-table-row"]')).toHaveLength(1);
    expect(document.body.innerHTML).not.toContain('[object Object]');
  });
});

describe('objects, arrays and Dates where text is expected', () => {
  it('Notice shows no title for an object, an array or a Date', () => {
    expectConsole(
      /Notice title: expected a text, got \{"a":1\}/,
      /Notice title: expected a text, got \[1,2\]/,
      /Notice title: expected a text, got "1970-01-01T00:00:00.000Z"/,
    );
    for (const title of [{ a: 1 }, [1, 2], new Date(0)]) {
      renderUI(<Notice title={title as never}>Body</Notice>);
    }
    expect(screen.getAllByText('Body')).toHaveLength(3);
  });

  it('StepPanel shows no title or reason that is not text', () => {
    expectConsole(/StepPanel stepTitle: expected a text/, /StepPanel reason: expected a text or an element/);
    renderUI(
      <StepPanel number={1} total={2} stepTitle={{ x: 1 } as never} state="blocked" reason={new Date(0) as never}>
        content
      </StepPanel>,
    );
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('ProfilePicker falls back to the id for a profile name that is an object', () => {
    expectConsole(/ProfilePicker profile.name: expected a text, got \{"first":"Profile"\}/);
    renderUI(<ProfilePicker profiles={[{ ...PROFILE_FRANCE, name: { first: 'Profile' } as never }]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByRole('radio', { name: /profile-fr/ })).toBeInTheDocument();
  });

  it('WriteOnlyCredentialField survives a field that is an object without a prototype', () => {
    renderUI(<WriteOnlyCredentialField field={Object.create(null) as never} persistenceEnabled onSubmit={vi.fn()} label="Key" />);
    expect(document.querySelector('[data-slot="write-only-credential-field"]')).toHaveAttribute('data-field', 'unknown');
  });

  it('WriteOnlyCredentialField uses the catalog label for a label that is a symbol', () => {
    expectConsole(/WriteOnlyCredentialField label: expected a text, got symbol/);
    renderUI(<WriteOnlyCredentialField field="clientSecret" persistenceEnabled onSubmit={vi.fn()} label={Symbol('x') as never} />);
    expect(screen.getByLabelText('Client Secret', { selector: 'input' })).toBeInTheDocument();
  });
});

describe('unknown enum values and unprintable raw values', () => {
  it('Button, PageTitle, Icon and FreshnessCell fall back for a value that is not one of theirs', () => {
    expectConsole(
      /Button variant: unknown variant \[function/,
      /PageTitle variant: unknown variant/,
      /Icon name: unknown icon/,
      /FreshnessCell layout: unknown layout NaN/,
    );
    renderUI(
      <>
        <Button variant={(() => 'x') as never}>Next</Button>
        <PageTitle variant={Symbol('a') as never}>Title</PageTitle>
        <Icon name={throwingToString() as never} />
        <FreshnessCell source={SHOPIFY_FRANCE} profile={PROFILE_FRANCE} layout={Number.NaN as never} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('data-variant', 'secondary');
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-variant', 'visible');
  });

  it('ActionPreviewList and Notice survive a kind or notice id whose toString throws', () => {
    expectConsole(/ActionPreviewList: unknown kind/, /Notice noticeId: unknown notice/, DEV);
    renderUI(<ActionPreviewList kind={throwingToString() as never} actions={SOURCE_ACTIONS} sourceName="Shopify France" onPreview={vi.fn()} />);
    renderUI(<Notice noticeId={throwingToString() as never} />);
    renderUI(<NoticeStack ids={[Object.create(null) as never]} />);
    expect(document.querySelector('[data-slot="action-preview-list"]')).toHaveAttribute('data-kind', 'source');
  });

  it('timestamps out of range (1.8e308 → Infinity) or exotic never throw (SyncHistoryTable, TechnicalStatusList, FreshnessCell, HealthBadge, LastSyncTime)', () => {
    expectConsole(DEV);
    const exotic: unknown[] = [Number.MAX_VALUE * 2, Symbol('t'), Object.create(null), throwingToString(), 10n, new Date(Number.NaN), -8.64e15 - 1];
    for (const value of exotic) {
      const source = { ...SHOPIFY_SUISSE, lastSuccessfulSyncAt: value } as never;
      renderUI(
        <>
          <SyncHistoryTable runs={syncRunsOf('shopify-ch').map((run) => ({ ...run, id: value, fetched: value, status: value })) as never} />
          <TechnicalStatusList source={source} profile={PROFILES[1]} />
          <FreshnessCell source={source} profile={PROFILES[1]} showAbsolute />
          <HealthBadge source={source} />
          <LastSyncTime value={value as never} timeZone="Europe/Paris" now={FIXTURE_NOW} display="relative" />
          <LastSyncTime value={value as never} timeZone="Europe/Paris" now={FIXTURE_NOW} display="iso" />
        </>,
      );
      cleanup();
    }
    renderUI(
      <SourceTable
        sources={SOURCES.map((s) => ({ ...s, lastSuccessfulSyncAt: Number.MAX_VALUE * 2 })) as never}
        profiles={PROFILES}
        authorizedProfileIds={AUTHORIZED_PROFILE_IDS}
      />,
    );
    expect(document.querySelectorAll('[data-slot="source-table-row"]')).toHaveLength(SOURCES.length);
  });
});

describe('a typed secret stays inside its field (found by tests/properties/secrets.properties.test.tsx)', () => {
  it("neither a page's onChange/onKeyDown nor a document listener sees the secret's input or keys; Escape and Tab still reach the host", () => {
    const page = vi.fn();
    const documentInput = vi.fn();
    const hostKeys: string[] = [];
    const onDocumentKey = (event: KeyboardEvent) => void hostKeys.push(event.key);
    document.addEventListener('input', documentInput);
    document.addEventListener('keydown', onDocumentKey);
    try {
      // Before: SourceDetailPage passed onChange to its root, and it received the change event of the secret's input.
      renderUI(
        <div onChange={page} onInput={page} onKeyDown={page} onPaste={page}>
          <WriteOnlyCredentialField field="clientSecret" persistenceEnabled onSubmit={() => {}} />
        </div>,
      );
      const input = screen.getByLabelText('Client Secret', { selector: 'input' });
      fireEvent.paste(input);
      fireEvent.input(input, { target: { value: 'sk_live_secret' } });
      for (const key of ['s', 'k', 'Escape', 'Tab']) fireEvent.keyDown(input, { key });
      // The page sees only the two keys that carry no character.
      expect(page.mock.calls.map(([event]) => `${(event as KeyboardEvent).type} ${(event as KeyboardEvent).key}`)).toEqual(['keydown Escape', 'keydown Tab']);
      expect(documentInput.mock.calls.length).toBe(0);
      expect(hostKeys).toEqual(['Escape', 'Tab']);
    } finally {
      document.removeEventListener('input', documentInput);
      document.removeEventListener('keydown', onDocumentKey);
    }
  });
});
