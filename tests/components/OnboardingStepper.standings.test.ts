import { describe, expect, it } from 'vitest';
import { stepStandings } from '../../src/components/OnboardingStepper';

/** a (required), b, c (required), d: the gating rule needs two required steps and optional ones between. */
const STEPS = [{ id: 'a', required: true }, { id: 'b', required: false }, { id: 'c', required: true }, { id: 'd' }] as const;

const standings = (currentId: string | null, completed: string[], blockedStepId?: string | null) =>
  stepStandings(STEPS, { currentId, completed: new Set(completed), blockedStepId }).map((s) => `${s.progress}${s.gatedBy ? `<${s.gatedBy}` : ''}`);

describe('stepStandings', () => {
  it.each<[string, string | null, string[], string | null | undefined, string[]]>([
    ['nothing done: everything after the first required step is gated by it', 'a', [], undefined, ['current', 'upcoming<a', 'upcoming<a', 'upcoming<a']],
    ['first required step done: reachable up to the next required one', 'b', ['a'], undefined, ['complete', 'current', 'upcoming', 'upcoming<c']],
    ['an optional step left undone gates nothing', 'c', ['a'], undefined, ['complete', 'upcoming', 'current', 'upcoming<c']],
    ['every required step done: nothing is gated', 'd', ['a', 'c'], undefined, ['complete', 'upcoming', 'complete', 'current']],
    ['finished (no current step): all complete', null, ['a', 'b', 'c', 'd'], undefined, ['complete', 'complete', 'complete', 'complete']],
    ['the current step wins over complete', 'a', ['a'], undefined, ['current', 'upcoming', 'upcoming', 'upcoming<c']],
    ['a blocked step wins over current and is never complete', 'c', ['a', 'c'], 'c', ['complete', 'upcoming', 'blocked', 'upcoming<c']],
    ['a blocked optional step gates nothing', 'b', ['a', 'b'], 'b', ['complete', 'blocked', 'upcoming', 'upcoming<c']],
    ['a null block blocks nothing', 'a', [], null, ['current', 'upcoming<a', 'upcoming<a', 'upcoming<a']],
    ['ids that are not steps change nothing', 'zz', ['zz'], 'zz', ['upcoming', 'upcoming<a', 'upcoming<a', 'upcoming<a']],
  ])('%s', (_name, currentId, completed, blockedStepId, expected) => {
    expect(standings(currentId, completed, blockedStepId)).toEqual(expected);
  });

  it('only `required: true` gates (a truthy non-boolean does not)', () => {
    const steps = [{ id: 'a', required: 'yes' as unknown as boolean }, { id: 'b' }];
    expect(stepStandings(steps, { currentId: 'a', completed: new Set() }).map((s) => s.gatedBy)).toEqual([null, null]);
  });

  it('returns one standing per step, none for no steps', () => {
    expect(stepStandings([], { currentId: null, completed: new Set() })).toEqual([]);
  });
});
