import { describe, devWarn } from './dev';

export const MASK = '•••';

// Short lowercase segments are vocabulary (shop, ch, tt, fr), not identifiers.
const VOCABULARY = /^[a-z]{1,4}$/;

/**
 * Masks an external reference in the product's style: vocabulary segments stay, identifier
 * segments become `•••`; when the identifier ends the reference its last character stays
 * visible so that two accounts can be told apart (`shop_ch_20931` → `shop_ch_•••1`,
 * `tt_7034418_fr` → `tt_•••_fr`). Never reveals more than one character of an identifier, and
 * never returns a reference as it was given (`fgh_ij` → `•••_•••`).
 */
export function maskRef(ref: unknown): string {
  if (typeof ref !== 'string' || ref.trim() === '') {
    devWarn(`externalRef: expected a non-empty string, got ${describe(ref)}.`);
    return MASK;
  }
  const segments = ref.split('_');
  const masked = segments
    .map((segment, index) => {
      if (VOCABULARY.test(segment)) return segment;
      const isLast = index === segments.length - 1;
      // A short identifier would be given away by its last character: mask it whole.
      return isLast && segment.length >= 4 ? `${MASK}${segment.slice(-1)}` : MASK;
    })
    .join('_');
  // Nothing hidden (a short ref such as `fgh_ij` reads as vocabulary, `•••1` as masked already):
  // a reference is an identifier, so every segment is masked whole. Only a ref made of masks
  // alone (`•••`, `•••_•••`) comes back unchanged: there is nothing left in it to hide.
  return masked === ref ? segments.map(() => MASK).join('_') : masked;
}
