import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SOURCE_TABLE_COLUMNS, SourceTable } from '../../src/components/SourceTable';
import { en } from '../../src/i18n';
import { AUTHORIZED_PROFILE_IDS, FIXTURE_NOW, makeSources, PROFILES, SOURCES } from '../../src/fixtures';
import { revealFocused } from '../../src/internal/reveal';
import { renderUI } from '../render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SourceTable card layout (narrow container)', () => {
  it('names every value cell of a card by its column header (data-label), never the Detail button', () => {
    renderUI(<SourceTable sources={SOURCES} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const cells = screen.getAllByRole('row').slice(1)[0]!.querySelectorAll('td');
    const labels = [...cells].map((cell) => cell.getAttribute('data-label'));
    const header = (id: keyof typeof SOURCE_TABLE_COLUMNS) =>
      en.sourceTable.columns[SOURCE_TABLE_COLUMNS[id].header.split('.').at(-1) as keyof typeof en.sourceTable.columns];
    expect(labels).toEqual([header('profile'), header('platform'), header('status'), header('lastSync'), null]);
    // Generated content only: the cell's text stays the value alone.
    expect(cells[0]).toHaveTextContent(/^Profile France$/);
  });

  it('keeps a virtualized body a plain table (fixed row height): no card labels', () => {
    renderUI(<SourceTable sources={makeSources(501, FIXTURE_NOW)} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(document.querySelector('[data-slot="source-table"]')).toHaveAttribute('data-virtualized', 'true');
    expect(document.querySelectorAll('td[data-label]')).toHaveLength(0);
  });
});

describe('revealFocused', () => {
  it('scrolls a focused control fully into view, and leaves the container itself alone', () => {
    const scrollIntoView = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { configurable: true, value: scrollIntoView });
    render(
      <div data-testid="box" tabIndex={0} onFocus={revealFocused}>
        <button type="button">inside</button>
      </div>,
    );
    fireEvent.focus(screen.getByTestId('box'));
    expect(scrollIntoView).not.toHaveBeenCalled();
    fireEvent.focus(screen.getByRole('button'));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' });
    expect(scrollIntoView.mock.contexts[0]).toBe(screen.getByRole('button'));
  });
});
