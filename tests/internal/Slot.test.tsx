import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeSlotProps, Slot } from '../../src/internal/Slot';
import { expectConsole } from '../helpers';

afterEach(cleanup);

describe('Slot', () => {
  it('renders its child element, not an element of its own, with the slot props the child lacks', () => {
    const { container } = render(
      <Slot data-slot="part" aria-label="Open Shopify France" title="slot">
        <a href="#/sources/1" title="child">
          Open
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link', { name: 'Open Shopify France' });
    expect(container.firstElementChild).toBe(link);
    expect(link).toHaveAttribute('data-slot', 'part');
    expect(link).toHaveAttribute('href', '#/sources/1');
    // The child's own props win…
    expect(link).toHaveAttribute('title', 'child');
  });

  it('joins class names and merges styles, the child’s style keys winning', () => {
    render(
      <Slot className="from-slot" style={{ color: 'red', margin: '1px' }}>
        <a href="#x" className="from-child" style={{ color: 'blue' }}>
          Open
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link');
    expect(link).toHaveClass('from-slot', 'from-child');
    expect(link.style.color).toBe('blue');
    expect(link.style.margin).toBe('1px');
  });

  it('runs both event handlers, the child’s first', async () => {
    const calls: string[] = [];
    render(
      <Slot onClick={() => calls.push('slot')}>
        <button type="button" onClick={() => calls.push('child')}>
          Go
        </button>
      </Slot>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(calls).toEqual(['child', 'slot']);
  });

  it('sets both its own ref and the child’s', () => {
    const slotRef = createRef<HTMLElement>();
    const childRef = createRef<HTMLAnchorElement>();
    render(
      <Slot ref={slotRef}>
        <a ref={childRef} href="#x">
          Open
        </a>
      </Slot>,
    );
    expect(slotRef.current).toBe(screen.getByRole('link'));
    expect(childRef.current).toBe(screen.getByRole('link'));
  });

  it('keeps a handler or class the other side does not have', () => {
    const onFocus = vi.fn();
    const merged = mergeSlotProps({ onFocus, className: 'a' }, { id: 'x' });
    expect(merged).toEqual({ onFocus, className: 'a', id: 'x' });
    expect(mergeSlotProps({ onClick: 'not a function' }, { onClick: onFocus }).onClick).toBe(onFocus);
  });

  it('renders nothing, with a warning, when its child is not one element', () => {
    expectConsole(/Slot: expected one React element/);
    const { container } = render(<Slot>text</Slot>);
    expect(container).toBeEmptyDOMElement();
  });
});
