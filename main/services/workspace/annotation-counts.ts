/** Annotations per type, as the document list shows them (the same count the reader shows). */
export { countByType } from '../../../core/annotations/annotation-queries';
