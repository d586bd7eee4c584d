import type { Meta, StoryObj } from '@storybook/react-vite';
import { PrerequisitesTable } from '../../src/components/PrerequisitesTable';
import { StepPanel, STEP_PANEL_STATE_NAMES, STEP_PANEL_STATES, type StepPanelState } from '../../src/components/StepPanel';
import { en, translate } from '../../src/i18n';
import { SHOPIFY_PREREQUISITES } from '../../src/fixtures';

const content = <PrerequisitesTable prerequisites={SHOPIFY_PREREQUISITES} platformId="SHOPIFY" />;
const REASONS: Partial<Record<StepPanelState, string>> = {
  gated: translate(en, 'onboarding.requiredFirst', { step: en.onboarding.steps.select_profile.title }),
  blocked: translate(en, 'onboarding.blockedPlatform', { platform: 'TikTok Ads', reason: translate(en, 'platformCard.blockedReason', { decision: 'DEC-06' }) }),
};

const meta = {
  title: 'Components/StepPanel',
  component: StepPanel,
  parameters: {
    docs: {
      description: {
        component:
          'One step of a wizard laid out as a page (AddSourceWizard): a status line ("Step 3 of 9 — Current step") and the step\'s content. A gated step keeps its content readable by eye and by assistive tech, its form controls disabled, with the reason; a blocked one says why it cannot go on.',
      },
    },
  },
  args: { number: 3, total: 9, stepTitle: en.onboarding.steps.read_prerequisites.title, children: content },
  argTypes: { state: { control: 'select', options: STEP_PANEL_STATE_NAMES } },
} satisfies Meta<typeof StepPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Current: Story = { args: { state: 'current' } };
export const Complete: Story = { args: { state: 'complete' } };
export const Upcoming: Story = { args: { state: 'upcoming' } };
export const Gated: Story = { args: { state: 'gated', reason: REASONS.gated } };
export const Blocked: Story = { args: { state: 'blocked', reason: REASONS.blocked } };

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <div className="iu:grid iu:gap-4">
      {STEP_PANEL_STATE_NAMES.map((state) => (
        // Plain content: five copies of one titled table would be five landmarks with one name.
        <StepPanel key={state} {...args} state={state} reason={REASONS[state]} stepTitle={`${args.stepTitle} (${STEP_PANEL_STATES[state].story})`}>
          <p className="iu:text-sm">{en.onboarding.steps.read_prerequisites.description}</p>
        </StepPanel>
      ))}
    </div>
  ),
};
