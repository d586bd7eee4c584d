import type { Meta, StoryObj } from '@storybook/react-vite';
import { Notice, NOTICE_STATE_NAMES, NOTICE_STATES, NOTICE_VARIANTS, NoticeStack } from '../../src/components/Notice';
import { NOTICE_IDS } from '../../src/domain';
import { SCREEN_NOTICES } from '../../src/fixtures';
import { en } from '../../src/i18n';
import { narrowStory } from '../support/viewports';

const meta = {
  title: 'Components/Notice',
  component: Notice,
  subcomponents: { NoticeStack },
  parameters: {
    docs: {
      description: {
        component:
          'A static banner of context at the top of a screen or section: mock data, legacy route, information, warning, critical. Pass a catalog `noticeId` (its text is rendered verbatim and picks the variant) or free `children` (e.g. a flag message). Icon with an accessible name plus text, never colour alone; `role="note"`, so it never interrupts. `NoticeStack` renders a screen\'s notices (`SCREEN_NOTICES.*`) and joins "Mock data." to the mock shell text as one banner, as seeds 001/003/004 show it. `contentLocale` renders a notice in another language than the page (seed 002: the legacy route in French).',
      },
    },
  },
  argTypes: {
    variant: { control: 'select', options: NOTICE_VARIANTS },
    noticeId: { control: 'select', options: [undefined, ...NOTICE_IDS] },
    contentLocale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] },
  },
} satisfies Meta<typeof Notice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { noticeId: 'mock_settings' } };

export const Mock: Story = { args: { noticeId: 'mock_settings' } };
export const Legacy: Story = { args: { noticeId: 'legacy_route' } };
export const Info: Story = { args: { noticeId: 'shopify_credentials_settings' } };
export const Warning: Story = { args: { variant: 'warning', children: en.flags.schema_changed } };
export const Critical: Story = { args: { variant: 'critical', children: en.flags.source_expired } };
export const WithTitle: Story = {
  name: 'With title',
  args: { variant: 'warning', title: 'Schema changed.', children: 'Review the field mapping before trusting the orders.' },
};

/** Seeds 001/003/004: "Mock data." joined to the mock shell text, one banner. */
export const SourceDetailNotices: Story = {
  name: 'Source detail notices (seeds 001/003/004)',
  render: () => <NoticeStack ids={SCREEN_NOTICES.sourceDetail} />,
};

/** Seed 000: scenario, mock shell, and the Shopify onboarding notice (French in the seed). */
export const AddSourceNotices: Story = {
  name: 'Add source notices (seed 000)',
  render: () => <NoticeStack ids={SCREEN_NOTICES.addSource} contentLocales={{ shopify_onboarding: 'fr' }} />,
};

/** Seed 002: the legacy-route notice is in French on the English page. */
export const IntegrationsSettingsNotices: Story = {
  name: 'Integrations settings notices (seed 002)',
  render: () => <NoticeStack ids={SCREEN_NOTICES.integrationsSettings} contentLocales={{ legacy_route: 'fr' }} />,
};

export const French: Story = {
  render: () => (
    <div className="iu:grid iu:gap-2">
      <NoticeStack ids={SCREEN_NOTICES.integrationsSettings} />
      <NoticeStack ids={SCREEN_NOTICES.sourceDetail} />
    </div>
  ),
  globals: { locale: 'fr' },
};

/** Bad input: a notice id the catalog lacks renders neutral with its raw id. */
export const UnknownNotice: Story = {
  name: 'Unknown notice id',
  args: { noticeId: 'maintenance_window' },
  parameters: { expectedConsole: [/Notice noticeId: unknown notice "maintenance_window"/] },
};

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...narrowStory,
  render: () => (
    <div className="iu:grid iu:gap-2">
      <NoticeStack ids={SCREEN_NOTICES.integrationsSettings} contentLocales={{ legacy_route: 'fr' }} />
      <NoticeStack ids={SCREEN_NOTICES.sourceDetail} />
    </div>
  ),
};

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <ul className="iu:grid iu:gap-2">
      {NOTICE_STATE_NAMES.map((state) => (
        <li key={state} aria-label={NOTICE_STATES[state].story}>
          {state === 'unknown' ? (
            <Notice noticeId="maintenance_window" />
          ) : (
            <Notice variant={state}>
              {NOTICE_STATES[state].story}: {en.flags.schema_changed}
            </Notice>
          )}
        </li>
      ))}
    </ul>
  ),
  parameters: { expectedConsole: [/Notice noticeId: unknown notice "maintenance_window"/] },
};
