import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageSection, PAGE_SECTION_STATE_NAMES } from '../../src/components/PageSection';
import { checkSyncRuns } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

function Unreadable(): never {
  throw new Error('cannot read the payload');
}

describe('PageSection', () => {
  it('has the states ready and error', () => {
    expect(PAGE_SECTION_STATE_NAMES).toEqual(['ready', 'error']);
  });

  it('renders its heading, description and content, named by the heading', () => {
    renderUI(
      <PageSection title="Source Sync Status" description="Every source's last sync.">
        <p>content</p>
      </PageSection>,
    );
    const region = screen.getByRole('region', { name: 'Source Sync Status' });
    expect(region).toHaveAttribute('data-state', 'ready');
    expect(region).toHaveTextContent("Every source's last sync.");
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('is not a named landmark without a title (its content brings its own)', () => {
    renderUI(
      <PageSection label="Sync history (preview)">
        <p>content</p>
      </PageSection>,
    );
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows a contained error instead of malformed data, naming the section, and warns once', () => {
    expectConsole(/PageSection "Sync history \(preview\)": syncRuns\[0\]\.fetched is missing or has the wrong type; the section shows an error instead\./);
    const problem = checkSyncRuns([{ id: 'r', status: 'completed', fetched: 'many', processed: 1, failed: 0, apiVersion: null, error: null }]);
    renderUI(
      <PageSection label={en.syncHistory.title} problem={problem}>
        <p>never shown</p>
      </PageSection>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(`${en.syncHistory.title}: this section could not be displayed — its data is malformed.`);
    expect(screen.queryByText('never shown')).toBeNull();
  });

  it('says it in French', () => {
    expectConsole(/is not an array/);
    renderUI(<PageSection label={fr.syncHistory.title} problem={checkSyncRuns('x')} />, { locale: 'fr' });
    expect(screen.getByRole('alert')).toHaveTextContent(`${fr.syncHistory.title} : cette section ne peut pas être affichée`);
  });

  it('contains a child that throws: the section shows its error and its siblings still render', () => {
    expectConsole(/cannot read the payload/, /PageSection "Technical status": render failed \(cannot read the payload\)/);
    renderUI(
      <main>
        <PageSection title="Technical status" label="Technical status">
          <Unreadable />
        </PageSection>
        <PageSection title="Sync history">
          <p>still here</p>
        </PageSection>
      </main>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Technical status: this section could not be displayed');
    expect(screen.getByRole('heading', { name: 'Technical status' })).toBeInTheDocument();
    expect(screen.getByText('still here')).toBeInTheDocument();
  });

  it('merges className on the root', () => {
    const { container } = renderUI(<PageSection className="mt-8" label="x" />);
    expect(container.firstElementChild).toHaveClass('mt-8', 'iu:min-w-0');
  });

  it('falls back to h2 for an invalid headingLevel instead of throwing InvalidCharacterError', () => {
    expectConsole(/PageSection headingLevel: expected 2, 3 or 4, got "2; x"/, /PageSection headingLevel: expected 2, 3 or 4, got \{\}/);
    renderUI(<PageSection title="Sync status" headingLevel={'2; x' as never} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sync status' })).toBeInTheDocument();
    cleanup();
    renderUI(<PageSection title="Sync status" headingLevel={{} as never} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it('shows nothing, not a crash, for a title, label or problem that is an object, and names them safely in the warning', () => {
    expectConsole(
      /PageSection title: expected a text or an element, got \{"a":1\}/,
      /PageSection label: expected a text/,
      /PageSection problem: expected a text/,
      /malformed data/,
    );
    const { container } = renderUI(<PageSection title={{ a: 1 } as never} label={new Date(0) as never} problem={[1] as never} />);
    expect(container.querySelector('[data-slot="page-section-error"]')).toBeInTheDocument();
  });
});
