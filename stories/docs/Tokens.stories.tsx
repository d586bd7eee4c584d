import type { Meta, StoryObj } from '@storybook/react-vite';
import { TokenPalette } from './TokenPalette';

const meta = {
  title: 'Tokens',
  component: TokenPalette,
  // The Tokens.mdx page is this entry's documentation.
  tags: ['!autodocs'],
} satisfies Meta<typeof TokenPalette>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Palette: Story = { parameters: { screenshot: { dark: true } } };
