import type { CSSProperties } from 'react';
import type { LabelType } from '../../core/model/label-types';

/**
 * The translucent fill of a type's badge or swatch, from its schema colour
 * (a React style prop, which the CSP allows because React sets it through
 * CSSOM). How strong the tint is comes from the theme (`--tint-strength` in
 * styles.css): weak enough in either theme that the badge's text keeps a
 * contrast of 4.5:1 whatever colour the schema gives the type. Unknown types
 * get none.
 */
export function typeTint(type: LabelType | undefined): CSSProperties | undefined {
  return type ? { backgroundColor: `color-mix(in srgb, ${type.color} var(--tint-strength), transparent)` } : undefined;
}
