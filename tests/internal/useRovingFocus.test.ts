import { describe, expect, it } from 'vitest';
import { moveFocus } from '../../src/internal/useRovingFocus';

describe('moveFocus', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowRight', 1, 2],
    ['ArrowUp', 2, 1],
    ['ArrowLeft', 1, 0],
    ['Home', 2, 0],
    ['End', 0, 3],
  ])('%s from %i moves to %i (both orientations)', (key, from, to) => {
    expect(moveFocus(key, from, 4, { loop: false })).toBe(to);
    expect(moveFocus(key, from, 4, { loop: true })).toBe(to);
  });

  it('loop: wraps past either end', () => {
    expect(moveFocus('ArrowDown', 3, 4, { loop: true })).toBe(0);
    expect(moveFocus('ArrowRight', 3, 4, { loop: true })).toBe(0);
    expect(moveFocus('ArrowUp', 0, 4, { loop: true })).toBe(3);
    expect(moveFocus('ArrowLeft', 0, 4, { loop: true })).toBe(3);
  });

  it('no loop: stops at either end', () => {
    expect(moveFocus('ArrowDown', 3, 4, { loop: false })).toBe(3);
    expect(moveFocus('ArrowUp', 0, 4, { loop: false })).toBe(0);
  });

  it('orientation keeps only its own arrows', () => {
    expect(moveFocus('ArrowRight', 0, 4, { loop: true, orientation: 'vertical' })).toBeNull();
    expect(moveFocus('ArrowDown', 0, 4, { loop: true, orientation: 'vertical' })).toBe(1);
    expect(moveFocus('ArrowDown', 0, 4, { loop: true, orientation: 'horizontal' })).toBeNull();
    expect(moveFocus('ArrowLeft', 1, 4, { loop: true, orientation: 'horizontal' })).toBe(0);
    expect(moveFocus('Home', 3, 4, { loop: false, orientation: 'horizontal' })).toBe(0);
  });

  it('other keys and empty lists move nothing', () => {
    expect(moveFocus('Enter', 1, 4, { loop: true })).toBeNull();
    expect(moveFocus('a', 1, 4, { loop: false })).toBeNull();
    expect(moveFocus('ArrowDown', 0, 0, { loop: true })).toBeNull();
    expect(moveFocus('End', 0, 0, { loop: false })).toBeNull();
  });

  it('a single item stays put', () => {
    expect(moveFocus('ArrowDown', 0, 1, { loop: true })).toBe(0);
    expect(moveFocus('ArrowUp', 0, 1, { loop: false })).toBe(0);
  });
});
