import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button, BUTTON_VARIANT_NAMES } from '../../src/internal/Button';
import { en } from '../../src/i18n';

const meta = {
  title: 'Components/Button',
  component: Button,
  parameters: {
    docs: { description: { component: "The library's button (wizard navigation, forms): token colours, a visible focus ring, one primary action per area." } },
  },
  args: { children: en.onboarding.next, onClick: fn() },
  argTypes: { variant: { control: 'inline-radio', options: BUTTON_VARIANT_NAMES } },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  args: { variant: 'primary' },
  // The label is the `children` arg (data given to the button), whatever the toolbar's locale.
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: String(args.children) }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};
export const Secondary: Story = { args: { variant: 'secondary', children: en.onboarding.back } };
export const Disabled: Story = { args: { variant: 'primary', disabled: true } };

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <div className="iu:flex iu:flex-wrap iu:gap-2">
      {BUTTON_VARIANT_NAMES.map((variant) => (
        <Button key={variant} {...args} variant={variant}>
          {variant}
        </Button>
      ))}
      {BUTTON_VARIANT_NAMES.map((variant) => (
        <Button key={`${variant}-disabled`} {...args} variant={variant} disabled>
          {variant} (disabled)
        </Button>
      ))}
    </div>
  ),
};
