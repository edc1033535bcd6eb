import type { CSSProperties } from 'react';
import type { LabelType } from '../../core/model/label-types';

/**
 * The translucent fill of a type's badge or swatch, from its schema colour
 * (a React style prop, which the CSP allows because React sets it through
 * CSSOM). Unknown types get none.
 */
export function typeTint(type: LabelType | undefined): CSSProperties | undefined {
  return type ? { backgroundColor: `${type.color}73` } : undefined;
}
