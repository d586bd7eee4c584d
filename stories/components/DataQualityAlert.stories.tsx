import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  DATA_QUALITY_ALERT_STATE_NAMES,
  DATA_QUALITY_ALERT_STATES,
  DataQualityAlert,
  DataQualityAlertList,
  RECOMMENDED_ACTION_IDS,
  type DataQualityAlertState,
  type DataQualityFlagInput,
} from '../../src/components/DataQualityAlert';
import {
  DATA_QUALITY_CODES,
  deriveAllQualityFlags,
  deriveCredentialFlags,
  deriveQualityFlags,
  type DataQualityCode,
  type DataQualityFlag,
} from '../../src/domain';
import { FIXTURE_NOW, GA4_FRANCE, SHOPIFY_FRANCE, SHOPIFY_SUISSE_CREDENTIALS, SOURCES } from '../../src/fixtures';

/** Every flag the fixtures derive: seed 002's six plus seed 001's credential_missing. */
const ALL_FLAGS: DataQualityFlag[] = [...deriveAllQualityFlags(SOURCES, FIXTURE_NOW), ...deriveCredentialFlags(SHOPIFY_SUISSE_CREDENTIALS)];

function flagOf(code: DataQualityCode): DataQualityFlag {
  const flag = ALL_FLAGS.find((f) => f.code === code);
  if (!flag) throw new Error(`no fixture derives ${code}`);
  return flag;
}

const sourceNameOf = (flag: DataQualityFlagInput) => SOURCES.find((s) => s.id === flag.sourceId)?.name;

/** Bad input, built from real flags: a code the library does not know, and a severity it does not know. */
const UNKNOWN_CODE_FLAG: DataQualityFlagInput = { ...flagOf('schema_changed'), code: 'schema_renamed' };
const UNKNOWN_SEVERITY_FLAG: DataQualityFlagInput = { ...flagOf('schema_changed'), severity: 'fatal' };

/** A representative flag per state of the table (the first code of that severity; bad input for unknown). */
function flagForState(state: DataQualityAlertState): DataQualityFlagInput {
  if (state === 'unknown') return UNKNOWN_CODE_FLAG;
  return ALL_FLAGS.find((f) => f.severity === state)!;
}

/** args of a code's story; the story's `name` is written literally at the export (Storybook indexes names statically). */
const codeStory = (code: DataQualityCode): Story => ({
  args: { flag: flagOf(code), sourceName: sourceNameOf(flagOf(code)) },
});

const meta = {
  title: 'Components/DataQualityAlert',
  component: DataQualityAlert,
  subcomponents: { DataQualityAlertList },
  parameters: {
    docs: {
      description: {
        component:
          'One data-quality flag — severity (text, icon and colour, never colour alone), code, message and, optionally, its source and a preview-only recommended action — and `DataQualityAlertList`, which groups many flags by severity (critical, blocking, warning, info) without ever hiding the lower ones: every group is always shown with its count. Use them wherever open flags must be reviewed (source detail, integrations settings, onboarding health preview), fed by `deriveQualityFlags`, `deriveAllQualityFlags` or `deriveCredentialFlags`. Critical and blocking alerts are announced to screen readers (role="alert"); warnings and info are not. An unknown code or severity renders a neutral Unknown alert showing the raw code.',
      },
    },
  },
  args: { flag: flagOf('schema_changed') },
  argTypes: {
    recommendedAction: { control: 'select', options: [false, true, ...RECOMMENDED_ACTION_IDS] },
    showCode: { control: 'boolean' },
    sourceName: { control: 'text' },
  },
} satisfies Meta<typeof DataQualityAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { flag: flagOf('schema_changed'), sourceName: SHOPIFY_FRANCE.name } };

// One story per severity: the state table's rows.
export const Critical: Story = {
  args: { flag: flagForState('critical'), sourceName: sourceNameOf(flagForState('critical')) },
};
export const Blocking: Story = {
  args: { flag: flagForState('blocking'), sourceName: sourceNameOf(flagForState('blocking')) },
};
export const Warning: Story = {
  args: { flag: flagForState('warning'), sourceName: sourceNameOf(flagForState('warning')) },
};
export const Info: Story = {
  args: { flag: flagForState('info'), sourceName: sourceNameOf(flagForState('info')) },
};

// One story per code of DOMAIN.md, named by the code.
export const SchemaChanged: Story = { name: 'schema_changed', ...codeStory('schema_changed') };
export const MappingUnconfirmed: Story = { name: 'mapping_unconfirmed', ...codeStory('mapping_unconfirmed') };
export const SourceStale: Story = { name: 'source_stale', ...codeStory('source_stale') };
export const PermissionMissing: Story = { name: 'permission_missing', ...codeStory('permission_missing') };
export const SourceDisconnected: Story = { name: 'source_disconnected', ...codeStory('source_disconnected') };
export const SourceExpired: Story = { name: 'source_expired', ...codeStory('source_expired') };
export const CredentialMissing: Story = { name: 'credential_missing', ...codeStory('credential_missing') };

/** Seed 001's "Data quality" section: no flag at all. */
export const NoAlerts: Story = {
  name: 'No alerts',
  render: () => <DataQualityAlertList flags={deriveQualityFlags(GA4_FRANCE, FIXTURE_NOW)} />,
};

/** Seed 000's health preview: schema_changed with "Run field mapping check (preview)". */
export const WithRecommendedAction: Story = {
  name: 'With recommended action',
  args: { flag: deriveQualityFlags(SHOPIFY_FRANCE, FIXTURE_NOW)[0]!, sourceName: SHOPIFY_FRANCE.name, recommendedAction: true },
};

/** Seed 002's open flags grouped by severity: every severity shown with its count, Blocking (0) included. */
export const GroupedBySeverity: Story = {
  name: 'Grouped by severity (seed 002)',
  render: () => <DataQualityAlertList flags={deriveAllQualityFlags(SOURCES, FIXTURE_NOW)} sources={SOURCES} />,
};

/** Seed 002's flat list: the given order (source order), no grouping, no code. */
export const FlatSeedOrder: Story = {
  name: 'Flat (seed 002 order)',
  render: () => <DataQualityAlertList flags={deriveAllQualityFlags(SOURCES, FIXTURE_NOW)} grouped={false} showCode={false} />,
};

/** Seed 001 in French: the credential flag reads "Identifiants Shopify non configurés.". */
export const French: Story = {
  name: 'French (seed 001)',
  globals: { locale: 'fr' },
  render: () => <DataQualityAlertList flags={deriveCredentialFlags(SHOPIFY_SUISSE_CREDENTIALS)} sources={SOURCES} recommendedActions />,
};

/** Bad input: a code the library does not know renders neutral, with the raw code, and warns in development. */
export const Unknown: Story = {
  name: 'Unknown code (bad input)',
  args: { flag: UNKNOWN_CODE_FLAG },
  parameters: { expectedConsole: [/DataQualityAlert: unknown code "schema_renamed"/] },
};

/** Bad input: a known code with a severity the library does not know. */
export const UnknownSeverity: Story = {
  name: 'Unknown severity (bad input)',
  args: { flag: UNKNOWN_SEVERITY_FLAG },
  parameters: { expectedConsole: [/DataQualityAlert: unknown severity "fatal"/] },
};

export const AllStates: Story = {
  name: 'All states',
  parameters: { expectedConsole: [/DataQualityAlert: unknown code "schema_renamed"/] },
  render: () => (
    <div className="iu:grid iu:gap-6 iu:md:grid-cols-2">
      <ul className="iu:space-y-2">
        {DATA_QUALITY_ALERT_STATE_NAMES.map((state) => (
          <li key={state} aria-label={DATA_QUALITY_ALERT_STATES[state].story}>
            <DataQualityAlert flag={flagForState(state)} sourceName={sourceNameOf(flagForState(state))} />
          </li>
        ))}
      </ul>
      <ul className="iu:space-y-2">
        {DATA_QUALITY_CODES.map((code) => (
          <li key={code}>
            <DataQualityAlert flag={flagOf(code)} recommendedAction />
          </li>
        ))}
      </ul>
    </div>
  ),
};
