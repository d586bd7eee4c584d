import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { messagesOf, re } from '../support/l10n';
import { HealthBadge, HEALTH_BADGE_STATE_NAMES, HEALTH_BADGE_STATES, type HealthBadgeProps } from '../../src/components/HealthBadge';
import {
  GA4_FRANCE,
  GOOGLE_ADS_SUISSE,
  makeSource,
  META_ADS_SUISSE,
  SHOPIFY_ESPAGNE,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  TIKTOK_ADS_FRANCE,
} from '../../src/fixtures';
import { afterGracePeriod, expectTooltipFullyVisible, expectTooltipStyled, pointBetween, tooltipOf } from '../support/tooltip';

const meta = {
  title: 'Components/HealthBadge',
  component: HealthBadge,
  parameters: {
    docs: {
      description: {
        component:
          "A source's state at a glance — icon, text and colour, never colour alone. Use it wherever a source's connection status or health must be read in one look (tables, headers, cards). Give it a `source` and it derives the state and the reason (flag message and the time it applies) from the domain functions; give it a `state` to show one explicitly. An unknown value renders a neutral Unknown badge that shows the raw code.",
      },
    },
  },
  argTypes: {
    state: { control: 'select', options: [...HEALTH_BADGE_STATE_NAMES, 'SUSPENDED'] },
    view: { control: 'inline-radio', options: ['connection', 'health'] },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
  },
} satisfies Meta<typeof HealthBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { source: SHOPIFY_FRANCE, view: 'health' } };

// Connection states (seed 002, "Source Sync Status").
export const Connected: Story = { args: { source: SHOPIFY_SUISSE } };
export const ConnectedDisabled: Story = { name: 'Connected (disabled)', args: { source: TIKTOK_ADS_FRANCE } };
export const Expired: Story = { args: { source: SHOPIFY_ESPAGNE } };
export const PermissionMissing: Story = { name: 'Permission missing', args: { source: GOOGLE_ADS_SUISSE } };
export const Disconnected: Story = { args: { source: META_ADS_SUISSE } };

// Health states (flags: critical > warning > info).
export const Healthy: Story = { args: { source: GA4_FRANCE, view: 'health' } };
export const Warning: Story = { args: { source: SHOPIFY_FRANCE, view: 'health' } };
export const Critical: Story = { args: { source: SHOPIFY_ESPAGNE, view: 'health' } };
export const HealthyWithInfo: Story = { name: 'Healthy with info', args: { source: TIKTOK_ADS_FRANCE, view: 'health' } };
export const Unknown: Story = { args: { state: 'unknown' } };

/** Bad input: a status the library does not know is shown, neutral, with its raw code. */
export const UnknownRawCode: Story = {
  name: 'Unknown status (raw code)',
  args: { source: makeSource({ connectionStatus: 'SUSPENDED' as never }) },
  parameters: { expectedConsole: [/connectionStatus: unknown status "SUSPENDED"/] },
};

export const Small: Story = { args: { source: SHOPIFY_FRANCE, view: 'health', size: 'sm' } };

/** Room above the badge, where the tooltip opens, so it is inside the screenshot. */
const withRoomAbove = (args: Story['args']) => (
  <div className="iu:pt-24">
    <HealthBadge {...(args as HealthBadgeProps)} />
  </div>
);

/** The Warning badge of a story (its name is the catalog's, in the story's locale). */
const warningBadge = (context: Parameters<NonNullable<Story['play']>>[0]) =>
  within(context.canvasElement).getByRole('button', { name: re(messagesOf(context).health.warning) });

/** The tooltip gives the reason and the time it applies, on keyboard focus as on hover; the dotted underline says it is there. */
export const ReasonTooltip: Story = {
  name: 'Reason tooltip',
  args: { source: SHOPIFY_FRANCE, view: 'health' },
  render: withRoomAbove,
  play: async (context) => {
    await userEvent.tab();
    const trigger = warningBadge(context);
    await expect(trigger).toHaveFocus();
    const tooltip = tooltipOf(trigger);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveAttribute('data-side', 'top');
    await expectTooltipFullyVisible(tooltip);
  },
};

/**
 * Hoverable (WCAG 1.4.13): the pointer moves from the badge across the gap onto the tooltip, and
 * the tooltip stays open to be read (the gap is bridged; staying open until the pointer leaves
 * both is the unit test's).
 */
export const ReasonTooltipHovered: Story = {
  name: 'Reason tooltip (pointer on the tooltip)',
  args: { source: SHOPIFY_FRANCE, view: 'health' },
  render: withRoomAbove,
  play: async (context) => {
    const trigger = warningBadge(context);
    await userEvent.hover(trigger);
    const tooltip = tooltipOf(trigger);
    await expect(tooltip).toBeVisible();
    // The pointer crosses the gap: what is under it there belongs to the tooltip (its bridge).
    const gap = pointBetween(trigger, tooltip);
    const underPointer = document.elementFromPoint(gap.x, gap.y) as HTMLElement;
    await expect(tooltip.contains(underPointer), 'the gap between badge and tooltip is bridged').toBe(true);
    await userEvent.hover(underPointer);
    await afterGracePeriod();
    await expect(tooltip).toBeVisible();
    await expectTooltipFullyVisible(tooltip);
    await expectTooltipStyled(tooltip);
  },
};

/** No room above (here the top of the window): the tooltip flips below. */
export const ReasonTooltipBelow: Story = {
  name: 'Reason tooltip (opens below)',
  args: { source: SHOPIFY_FRANCE, view: 'health' },
  // Room under the badge, so the open tooltip is inside the screenshot.
  render: (args) => (
    <div className="iu:min-h-32">
      <HealthBadge {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const tooltip = tooltipOf(within(canvasElement).getByRole('button'));
    await expect(tooltip).toHaveAttribute('data-side', 'bottom');
    await expectTooltipFullyVisible(tooltip);
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <ul className="iu:flex iu:flex-wrap iu:gap-2">
      {HEALTH_BADGE_STATE_NAMES.map((state) => (
        <li key={state} aria-label={HEALTH_BADGE_STATES[state].story}>
          <HealthBadge {...args} state={state} />
        </li>
      ))}
    </ul>
  ),
};
