/** "1 annotation", "7 annotations": how the query view counts what a query or a mark holds. */
export function annotationCount(count: number): string {
  return `${count} ${count === 1 ? 'annotation' : 'annotations'}`;
}
