export { TableFrame, type TableFrameProps, type TableFrameColumn } from './TableFrame';
export { TABLE_FRAME_VARIANTS, TABLE_FRAME_VARIANT_NAMES, TABLE_FRAME_ALIGNS, type TableFrameVariant, type TableFrameAlign } from './TableFrame.props';
