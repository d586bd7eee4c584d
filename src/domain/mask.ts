import { devWarn } from './dev';

export const MASK = '•••';

// Short lowercase segments are vocabulary (shop, ch, tt, fr), not identifiers.
const VOCABULARY = /^[a-z]{1,4}$/;

/**
 * Masks an external reference in the seeds' style: vocabulary segments stay, identifier
 * segments become `•••`; when the identifier ends the reference its last character stays
 * visible so that two accounts can be told apart (`shop_ch_20931` → `shop_ch_•••1`,
 * `tt_7034418_fr` → `tt_•••_fr`). Never reveals more than one character of an identifier.
 */
export function maskRef(ref: unknown): string {
  if (typeof ref !== 'string' || ref.trim() === '') {
    devWarn(`externalRef: expected a non-empty string, got ${JSON.stringify(ref)}.`);
    return MASK;
  }
  const segments = ref.split('_');
  return segments
    .map((segment, index) => {
      if (VOCABULARY.test(segment)) return segment;
      const isLast = index === segments.length - 1;
      // A short identifier would be given away by its last character: mask it whole.
      return isLast && segment.length >= 4 ? `${MASK}${segment.slice(-1)}` : MASK;
    })
    .join('_');
}
