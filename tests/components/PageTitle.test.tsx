import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageTitle, PAGE_TITLE_VARIANT_NAMES, PAGE_TITLE_VARIANTS } from '../../src/components/PageTitle';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

describe('PageTitle', () => {
  it.each(PAGE_TITLE_VARIANT_NAMES)('%s: an h1 with its classes, className merged', (variant) => {
    renderUI(
      <PageTitle variant={variant} className="mb-2">
        Add Source
      </PageTitle>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Add Source' });
    expect(heading).toHaveAttribute('data-variant', dataState(variant));
    for (const cls of PAGE_TITLE_VARIANTS[variant].split(' ')) expect(heading).toHaveClass(cls);
    expect(heading).toHaveClass('mb-2');
  });
});
