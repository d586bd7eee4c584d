import type { SourceConnection } from '../../src/domain';
import { PROFILES } from '../../src/fixtures';
import { HEADING_LEVELS } from '../../src/internal/heading';

/** The heading levels a section component accepts, as a control. */
export const headingLevelArgType = { control: 'inline-radio', options: HEADING_LEVELS } as const;

/** Controls of a single-choice picker: its `value` among `ids` (or none), and the heading level. */
export function pickerArgTypes(ids: readonly string[]) {
  return { value: { control: 'select', options: [null, ...ids] }, headingLevel: headingLevelArgType } as const;
}

/** The fixture profile a source belongs to (undefined for a foreign or unknown one). */
export const profileOf = (source: SourceConnection) => PROFILES.find((p) => p.id === source.profileId);
