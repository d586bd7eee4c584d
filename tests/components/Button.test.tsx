import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, BUTTON_VARIANT_NAMES, BUTTON_VARIANTS } from '../../src/internal/Button';
import { renderUI } from '../render';

afterEach(cleanup);

describe('Button', () => {
  it.each(BUTTON_VARIANT_NAMES)('variant %s: a native button (type=button) with its classes', (variant) => {
    renderUI(<Button variant={variant}>Next</Button>);
    const button = screen.getByRole('button', { name: 'Next' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-variant', variant);
    for (const cls of BUTTON_VARIANTS[variant].split(' ')) expect(button).toHaveClass(cls);
  });

  it('calls onClick, and not when disabled', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const { rerender } = renderUI(<Button onClick={onClick}>Next</Button>);
    await user.click(screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
    rerender(
      <Button onClick={onClick} disabled>
        Next
      </Button>,
    );
    await user.click(screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
