export { PageTitle, PAGE_TITLE_VARIANTS, PAGE_TITLE_VARIANT_NAMES, type PageTitleProps, type PageTitleVariant } from './PageTitle';
