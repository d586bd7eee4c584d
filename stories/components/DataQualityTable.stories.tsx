import type { Meta, StoryObj } from '@storybook/react-vite';
import { DataQualityTable } from '../../src/components/DataQualityTable';
import { DATA_QUALITY_CODES, DATA_QUALITY_SEVERITY, deriveAllQualityFlags, isDataOutdated, SEVERITIES, type DataQualityFlag } from '../../src/domain';
import { FIXTURE_NOW, SOURCES } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';

const SEED_FLAGS = deriveAllQualityFlags(SOURCES, FIXTURE_NOW);

/** One flag per severity (critical, blocking, warning, info), from the catalogue's code → severity table. */
const ONE_PER_SEVERITY: DataQualityFlag[] = SEVERITIES.map((severity) => ({
  code: DATA_QUALITY_CODES.find((c) => DATA_QUALITY_SEVERITY[c] === severity)!,
  severity,
  sourceId: 'sample',
}));

const meta = {
  title: 'Components/DataQualityTable',
  component: DataQualityTable,
  parameters: {
    docs: {
      description: {
        component:
          'Seed 002\'s "Data Quality — open flags": one row per flag — Severity (the lowercase code, verbatim in every language, with icon and tone; the localized severity is its description), Code and Message (catalog) — in the given order. Pass `flags={deriveAllQualityFlags(visibleSources(sources, authorizedProfileIds), now)}` for the seed order and `outdated={isDataOutdated(…)}` for the "Data may be outdated" marker. "No data quality alert" when there is none. An unknown code or severity is a neutral Unknown row showing the raw value. For flags as alerts with a recommended action, use DataQualityAlert.',
      },
    },
  },
  args: { flags: SEED_FLAGS, outdated: isDataOutdated(SOURCES, FIXTURE_NOW) },
  argTypes: {
    headingLevel: headingLevelArgType,
    flags: { control: false },
  },
} satisfies Meta<typeof DataQualityTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const Seed002: Story = { parameters: { screenshot: { dark: true } } };

export const SingleFlagPerSeverity: Story = {
  name: 'Single flag per severity',
  args: { flags: ONE_PER_SEVERITY, outdated: false },
};

export const Empty: Story = {
  args: { flags: [], outdated: false },
};

/** Bad input: a code and a severity the library does not know. */
export const UnknownCode: Story = {
  name: 'Unknown code (bad input)',
  args: {
    flags: [SEED_FLAGS[0]!, { code: 'quota_exceeded', severity: 'warning' }, { code: 'source_stale', severity: 'urgent' }],
    outdated: false,
  },
  parameters: { expectedConsole: [/flags\[1\]\.code: unknown code "quota_exceeded"/, /flags\[2\]\.severity: unknown severity "urgent"/] },
};

export const French: Story = {
  globals: { locale: 'fr' },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory };
