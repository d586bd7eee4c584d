import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from '../../src/internal/useControllableState';
import { expectConsole } from '../helpers';

afterEach(cleanup);

type Setter = (next: string) => void;

/** Renders the hook; `probe.value` is the last value rendered, `probe.set` its setter. */
function renderHookState(props: { value?: string; defaultValue?: string | (() => string); onChange?: Setter; name?: string }) {
  const probe: { value: string | null; set: Setter | null } = { value: null, set: null };
  function Probe(p: typeof props) {
    const [value, set] = useControllableState<string>({
      value: p.value,
      defaultValue: p.defaultValue ?? 'first',
      onChange: p.onChange,
      name: p.name ?? 'Probe value',
    });
    probe.value = value;
    probe.set = set;
    return <output>{value}</output>;
  }
  const view = render(<Probe {...props} />);
  return { probe, rerender: (next: typeof props) => view.rerender(<Probe {...next} />) };
}

describe('useControllableState', () => {
  it('uncontrolled: starts at defaultValue, keeps what it is set to and reports it', () => {
    const onChange = vi.fn();
    const { probe } = renderHookState({ defaultValue: 'a', onChange });
    expect(probe.value).toBe('a');
    act(() => probe.set!('b'));
    expect(probe.value).toBe('b');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('uncontrolled: a lazy defaultValue is read once', () => {
    const init = vi.fn(() => 'lazy');
    const { probe } = renderHookState({ defaultValue: init });
    act(() => probe.set!('next'));
    expect(probe.value).toBe('next');
    expect(init).toHaveBeenCalledTimes(1);
  });

  it('controlled: shows value, reports a set without keeping it, follows the new value', () => {
    const onChange = vi.fn();
    const { probe, rerender } = renderHookState({ value: 'x', defaultValue: 'ignored', onChange });
    expect(probe.value).toBe('x');
    act(() => probe.set!('y'));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('y');
    expect(probe.value).toBe('x');
    rerender({ value: 'y', onChange });
    expect(probe.value).toBe('y');
  });

  it('warns once in development when switching from uncontrolled to controlled', () => {
    expectConsole(/Switching value: switched from uncontrolled to controlled/);
    const { probe, rerender } = renderHookState({ name: 'Switching value' });
    rerender({ value: 'now controlled', name: 'Switching value' });
    expect(probe.value).toBe('now controlled');
  });

  it('warns in development when switching from controlled to uncontrolled, then keeps its own state', () => {
    expectConsole(/Releasing value: switched from controlled to uncontrolled/);
    const { probe, rerender } = renderHookState({ value: 'held', defaultValue: 'own', name: 'Releasing value' });
    rerender({ name: 'Releasing value' });
    expect(probe.value).toBe('own');
    act(() => probe.set!('typed'));
    expect(probe.value).toBe('typed');
  });

  it('stays quiet while the mode does not change', () => {
    const { probe, rerender } = renderHookState({ value: 'a', name: 'Steady value' });
    rerender({ value: 'b', name: 'Steady value' });
    rerender({ value: 'c', name: 'Steady value' });
    expect(probe.value).toBe('c');
    expect(globalThis.__consoleGuard!.messages()).toEqual([]);
  });
});
