import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageTitle, PAGE_TITLE_APPEARANCE_NAMES, PAGE_TITLE_APPEARANCES } from '../../src/components/PageTitle';
import { renderUI } from '../render';

afterEach(cleanup);

describe('PageTitle', () => {
  it.each(PAGE_TITLE_APPEARANCE_NAMES)('%s: an h1 with its classes, className merged', (appearance) => {
    renderUI(
      <PageTitle appearance={appearance} className="mb-2">
        Add Source
      </PageTitle>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Add Source' });
    expect(heading).toHaveAttribute('data-appearance', appearance);
    for (const cls of PAGE_TITLE_APPEARANCES[appearance].split(' ')) expect(heading).toHaveClass(cls);
    expect(heading).toHaveClass('mb-2');
  });
});
