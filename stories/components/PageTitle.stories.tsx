import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PageTitle, PAGE_TITLE_VARIANT_NAMES } from '../../src/components/PageTitle';
import { en } from '../../src/i18n';

const meta = {
  title: 'Components/PageTitle',
  component: PageTitle,
  parameters: {
    docs: {
      description: {
        component: 'The one h1 of a screen pattern. A screen that opens with notices (Integrations settings) keeps its h1 for assistive technology only.',
      },
    },
  },
  args: { children: en.onboarding.title },
  argTypes: { variant: { control: 'inline-radio', options: PAGE_TITLE_VARIANT_NAMES } },
} satisfies Meta<typeof PageTitle>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Visible: Story = { args: { variant: 'visible' }, parameters: { screenshot: { dark: true } } };

/** Not on screen, still the page's h1. */
export const VisuallyHidden: Story = {
  name: 'Visually hidden',
  args: { variant: 'visuallyHidden', children: en.patterns.settings.title },
  // The heading's text is the `children` arg (data), whatever the toolbar's locale.
  play: async ({ args, canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1, name: String(args.children) })).toHaveClass('iu:sr-only');
  },
};
