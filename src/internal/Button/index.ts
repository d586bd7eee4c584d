export { Button, buttonVariants, BUTTON_VARIANTS, BUTTON_VARIANT_NAMES, type ButtonProps, type ButtonVariant } from './Button';
