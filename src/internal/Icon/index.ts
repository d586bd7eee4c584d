export { Icon, ICON_PATHS, type IconName, type IconProps } from './Icon';
