import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { useEffect, useState, type RefObject } from 'react';

/**
 * Zoom (wheel, pinch, double-click) and pan (drag) on an element through d3-zoom,
 * as a transform the picture draws with; `apply` is called on every frame
 * when given, for pictures that move their layer themselves rather than re-render.
 */
export function useZoom(targetRef: RefObject<Element | null>, options: { maxScale: number; apply?: (transform: ZoomTransform) => void; reset?: unknown }) {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const { maxScale, apply, reset } = options;
  useEffect(() => {
    const target = targetRef.current;
    if (!target) return;
    const behaviour = zoom<Element, unknown>()
      .scaleExtent([0.2, maxScale])
      .on('zoom', (event: { transform: ZoomTransform }) => (apply ? apply(event.transform) : setTransform(event.transform)));
    const selection = select(target);
    selection.call(behaviour);
    selection.call(behaviour.transform, zoomIdentity);
    return () => {
      selection.on('.zoom', null);
    };
  }, [targetRef, maxScale, apply, reset]);
  return transform;
}
