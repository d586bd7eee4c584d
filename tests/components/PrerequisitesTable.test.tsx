import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PREREQUISITE_STATUS_STATE_NAMES,
  PREREQUISITE_STATUS_STATES,
  PREREQUISITES_TABLE_STATE_NAMES,
  PrerequisitesTable,
  type PrerequisitesTableState,
} from '../../src/components/PrerequisitesTable';
import type { Prerequisite } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { SHOPIFY_PREREQUISITES } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const rowTexts = () => screen.getAllByRole('row').map((row) => row.textContent);
const withStatus = (status: string, mock = false): Prerequisite[] => SHOPIFY_PREREQUISITES.map((p) => ({ ...p, status: status as never, mock }));

const ROWS_OF_STATE: Record<PrerequisitesTableState, readonly Prerequisite[]> = {
  pending: SHOPIFY_PREREQUISITES,
  ok: withStatus('ok'),
  failed: [SHOPIFY_PREREQUISITES[0]!, { ...SHOPIFY_PREREQUISITES[1]!, status: 'failed', mock: false }],
  empty: [],
};

describe('PrerequisitesTable', () => {
  it('shows the seed 000 title, header and rows verbatim', () => {
    renderUI(<PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES} platformId="SHOPIFY" />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Prerequisites — Shopify$/);
    expect(rowTexts()).toEqual([
      'PrerequisiteRequiredStatus',
      'Shopify storeAn accessible Shopify store (owned by your org for client credentials).Yesnot_checked (mock)',
      'read_orders scopeRead orders only (read_all_orders is out of V1).Yesnot_checked (mock)',
      'Client ID + Client SecretDev Dashboard app credentials; exchanged for a temporary access token via the client credentials grant (PATCH-011). No permanent token, no user OAuth in V1.Yesnot_checked (mock)',
    ]);
  });

  it('is a table named by its title, each row headed by its prerequisite, description below the title', () => {
    renderUI(<PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES} platformId="SHOPIFY" />);
    const table = screen.getByRole('table', { name: 'Prerequisites — Shopify' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Prerequisite', 'Required', 'Status']);
    const rowHeader = within(table).getAllByRole('rowheader')[0]!;
    expect(rowHeader.querySelector('[data-slot="prerequisites-table-title"]')).toHaveTextContent('Shopify store');
    expect(rowHeader.querySelector('[data-slot="prerequisites-table-description"]')).toHaveTextContent(en.prerequisites.items.shopify_store.description);
    expect(table.parentElement).toHaveClass('iu:overflow-x-auto');
  });

  it.each(PREREQUISITE_STATUS_STATE_NAMES.filter((s) => s !== 'unknown'))('status %s shows its code, icon and tone', (status) => {
    const { container } = renderUI(<PrerequisitesTable prerequisites={withStatus(status).slice(0, 1)} platformId="SHOPIFY" />);
    const cell = container.querySelector('[data-slot="prerequisites-table-status"]')!;
    expect(cell.textContent).toBe(messageAt(PREREQUISITE_STATUS_STATES[status].label, en));
    expect(cell.textContent).toBe(status);
    expect(cell).toHaveAttribute('data-tone', PREREQUISITE_STATUS_STATES[status].tone);
    expect(cell.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('appends "(mock)" to a simulated check', () => {
    const { container } = renderUI(<PrerequisitesTable prerequisites={withStatus('ok', true).slice(0, 1)} platformId="SHOPIFY" />);
    expect(container.querySelector('[data-slot="prerequisites-table-status"]')!.textContent).toBe('ok (mock)');
  });

  it.each(PREREQUISITES_TABLE_STATE_NAMES)('table state %s is reflected on the root', (state) => {
    const { container } = renderUI(<PrerequisitesTable prerequisites={ROWS_OF_STATE[state]} platformId="SHOPIFY" />);
    expect(container.querySelector('[data-slot="prerequisites-table"]')).toHaveAttribute('data-state', dataState(state));
  });

  it('shows "No" for an optional prerequisite', () => {
    renderUI(<PrerequisitesTable prerequisites={[{ ...SHOPIFY_PREREQUISITES[0]!, required: false }]} platformId="SHOPIFY" />);
    expect(screen.getByRole('cell', { name: 'No' })).toBeInTheDocument();
  });

  it('renders an unknown status as Unknown with the raw code', () => {
    expectConsole(/prerequisite.status: unknown status "pending_review"/);
    const { container } = renderUI(<PrerequisitesTable prerequisites={withStatus('pending_review', true).slice(0, 1)} platformId="SHOPIFY" />);
    const cell = container.querySelector('[data-slot="prerequisites-table-status"]')!;
    expect(cell).toHaveTextContent('Unknown (pending_review) (mock)');
    expect(cell).toHaveAttribute('data-tone', 'neutral');
    expect(cell).toHaveAttribute('data-raw-code', 'pending_review');
  });

  it('renders an unknown prerequisite id as its raw id, without description', () => {
    expectConsole(/prerequisite.id: unknown prerequisite "webhooks_scope"/);
    const { container } = renderUI(<PrerequisitesTable prerequisites={[{ ...SHOPIFY_PREREQUISITES[0]!, id: 'webhooks_scope' }]} platformId="SHOPIFY" />);
    expect(container.querySelector('[data-slot="prerequisites-table-title"]')).toHaveTextContent('webhooks_scope');
    expect(container.querySelector('[data-slot="prerequisites-table-description"]')).toBeNull();
  });

  it('does not show the prerequisites of another platform', () => {
    expectConsole(/"shopify_store" belongs to "SHOPIFY", not "GA4"/);
    const { container } = renderUI(<PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES.slice(0, 1)} platformId="GA4" />);
    expect(screen.getByRole('heading')).toHaveTextContent('Prerequisites — Google Analytics 4');
    expect(container.querySelector('[data-slot="empty-state"]')).toHaveTextContent(en.prerequisites.empty);
  });

  it('shows an empty state without prerequisites, and survives a non-array', () => {
    const { container } = renderUI(<PrerequisitesTable prerequisites={[]} platformId="SHOPIFY" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(container.querySelector('[data-slot="empty-state"]')).toHaveTextContent(en.prerequisites.empty);
    cleanup();
    expectConsole(/`prerequisites` must be an array/);
    renderUI(<PrerequisitesTable prerequisites={null as never} platformId="SHOPIFY" />);
    expect(screen.getByText(en.prerequisites.empty)).toBeInTheDocument();
  });

  it('names an unknown platform by its raw id', () => {
    expectConsole(/platformId: unknown platform "LINKEDIN"/);
    renderUI(<PrerequisitesTable prerequisites={[]} platformId={'LINKEDIN' as never} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Prerequisites — LINKEDIN');
  });

  it('uses the heading level it is given', () => {
    renderUI(<PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES} platformId="SHOPIFY" headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
  });

  it('renders in French from the fr catalog, codes unchanged', () => {
    renderUI(<PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES} platformId="SHOPIFY" />, { locale: 'fr' });
    expect(screen.getByRole('heading')).toHaveTextContent('Prérequis — Shopify');
    expect(screen.getByText(fr.prerequisites.items.shopify_store.title)).toBeInTheDocument();
    expect(screen.getAllByText('not_checked (simulé)')).toHaveLength(3);
    expect(screen.getAllByRole('cell', { name: fr.common.yes })).toHaveLength(3);
  });
});
