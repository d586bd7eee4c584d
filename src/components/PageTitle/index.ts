export { PageTitle, PAGE_TITLE_APPEARANCES, PAGE_TITLE_APPEARANCE_NAMES, type PageTitleProps, type PageTitleAppearance } from './PageTitle';
