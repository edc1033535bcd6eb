/**
 * How Gloss names map to WebAnno TSV's: a type is a custom span layer
 * (`webanno.custom.Quote`), its fields are features (UIMA feature names are
 * Java identifiers, so `check-worthy` becomes `check_worthy`), the note a
 * `Note` feature, and span fields one slot feature `links` whose roles are
 * the fields' ids. A discontinuous annotation is one annotation per
 * fragment, the later ones linked from the first with the role
 * `gloss-fragment`. Reading back, layer and feature names become ids through
 * slugId, which turns `_` back into `-`.
 */
const CUSTOM_LAYER_PREFIX = 'webanno.custom.';
export const NOTE_FEATURE = 'Note';
const LINKS_FEATURE = 'links';
export const FRAGMENT_ROLE = 'gloss-fragment';
export const ANY_ANNOTATION = 'uima.tcas.Annotation';
export const FORMAT_LINE = '#FORMAT=WebAnno TSV 3.3';

const identifier = (id: string) => id.replace(/-/g, '_');

export const layerName = (typeId: string) => `${CUSTOM_LAYER_PREFIX}${identifier(typeId).charAt(0).toUpperCase()}${identifier(typeId).slice(1)}`;
export const featureName = (fieldId: string) => identifier(fieldId);
export const linkFeature = (layer: string) => `ROLE_${layer}:${LINKS_FEATURE}_${layer}LinksLink`;

/** A layer's short name ("NamedEntity" of de.tudarmstadt…ner.type.NamedEntity), what INCEpTION shows. */
export const shortName = (layer: string) => layer.slice(layer.lastIndexOf('.') + 1);
