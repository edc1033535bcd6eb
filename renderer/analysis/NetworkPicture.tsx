import type { ZoomTransform } from 'd3-zoom';
import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { entityNetwork } from '../../core/query/pictures';
import type { QueryRow } from '../../core/query/query-rows';
import { entityByName } from '../../core/entities/alias-key';
import { useEntities } from '../entities/entities-context';
import { layoutNetwork } from './network-layout';
import type { Picked } from './PicturePane';
import { useSize } from './use-size';
import { useZoom } from './use-zoom';
import { annotationCount } from './annotation-count';

const HEIGHT = 520;
/** Names written beside the most linked entities only: thousands of labels would hide the picture. */
const LABELLED = 80;

/**
 * The entities the query's annotations link to, joined where one annotation
 * links to two (who is quoted about whom, who claims about whom, who acts
 * with whom), the line as thick as the annotations joining them are many.
 * A click on a line lists its annotations; a click on an entity narrows the
 * query to it (its annotations fill the list, its neighbours the picture).
 * The wheel zooms, a drag pans (the layer moves without React re-rendering).
 */
export function NetworkPicture(props: {
  svgRef: RefObject<SVGSVGElement | null>;
  rows: readonly QueryRow[];
  focusEntity: string | undefined;
  onPick: (picked: Picked) => void;
  onEntity: (name: string) => void;
}) {
  const { svgRef, rows, focusEntity, onPick, onEntity } = props;
  const frame = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const moving = useRef<HTMLDivElement>(null);
  const { width } = useSize(frame);
  const network = useMemo(() => entityNetwork(rows), [rows]);
  const placed = useMemo(() => layoutNetwork(network.nodes, network.edges), [network]);
  // The whole network fits the frame at first (a few entities drawn large, thousands small), then zooms from there.
  const fit = useMemo(() => {
    const xs = [...placed.values()].map((node) => node.x);
    const ys = [...placed.values()].map((node) => node.y);
    const [x0, x1, y0, y1] = [Math.min(0, ...xs), Math.max(0, ...xs), Math.min(0, ...ys), Math.max(0, ...ys)];
    const scale = Math.min(3, (width - 160) / Math.max(1, x1 - x0), (HEIGHT - 60) / Math.max(1, y1 - y0));
    return { scale: Math.max(0.05, scale), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
  }, [placed, width]);
  const centre = `translate(${width / 2},${HEIGHT / 2}) scale(${fit.scale}) translate(${-fit.cx},${-fit.cy})`;
  // Panning and zooming move the drawn picture as one layer (a CSS transform the compositor applies), so
  // thousands of lines are not drawn again on every frame; the SVG itself stays the whole network, as exported.
  const apply = useCallback((transform: ZoomTransform) => {
    if (moving.current) moving.current.style.transform = `translate(${transform.x}px, ${transform.y}px) scale(${transform.k})`;
  }, []);
  useZoom(viewport, { maxScale: 12, apply, reset: placed });
  const labelled = useMemo(() => new Set([...network.nodes].sort((a, b) => b.count - a.count).slice(0, LABELLED).map((node) => node.id)), [network]);
  const { entities } = useEntities();
  // The entity the query names, by any of its names, is marked with its links.
  const focused = focusEntity ? entityByName(entities, focusEntity)?.id : undefined;
  const pick = (label: string, indices: readonly number[]) => onPick({ label, rows: indices.map((i) => rows[i]).filter((row) => row !== undefined) });
  const maxWeight = Math.max(1, ...network.edges.map((edge) => edge.rows.length));
  return (
    <div className="picture network" ref={frame}>
      {network.nodes.length === 0 ? <p className="empty">None of these annotations links to an entity.</p> : null}
      <div className="network-viewport" ref={viewport} style={{ height: HEIGHT }}>
      <div className="network-layer" ref={moving}>
      <svg ref={svgRef} className="picture-svg" width={width} height={HEIGHT} role="figure" aria-label={`Network of ${network.nodes.length} entities and ${network.edges.length} links`}>
        <g transform={centre}>
          <g className="edges">
            {network.edges.map((edge) => {
              const [a, b] = [placed.get(edge.source), placed.get(edge.target)];
              if (!a || !b) return null;
              const label = `${a.name} – ${b.name}`;
              const touches = focused !== undefined && (edge.source === focused || edge.target === focused);
              return (
                <line
                  key={`${edge.source}/${edge.target}`}
                  className={touches ? 'edge focused' : 'edge'}
                  data-edge={label}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  strokeWidth={(1 + (5 * edge.rows.length) / maxWeight) / fit.scale}
                  onClick={() => pick(label, edge.rows)}
                >
                  <title>{`${label}: ${edge.rows.length}`}</title>
                </line>
              );
            })}
          </g>
          <g className="nodes">
            {/* Placed by their own coordinates, not a transform on each group: each transform is a paint chunk of its own, and thousands of them made every frame of a pan re-layerize the picture. */}
            {[...placed.values()].map((node) => (
              <g key={node.id} className={node.id === focused ? 'node focused' : 'node'} data-entity={node.name}>
                <circle
                  cx={node.x}
                  cy={node.y}
                  r={(4 + Math.sqrt(node.count) * 1.5) / fit.scale}
                  tabIndex={0}
                  role="button"
                  aria-label={`${node.name}: ${annotationCount(node.count)}; query only these`}
                  onClick={() => onEntity(node.name)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onEntity(node.name);
                  }}
                />
                {labelled.has(node.id) || node.id === focused ? (
                  <text x={node.x + 8 / fit.scale} y={node.y + 4 / fit.scale} fontSize={11 / fit.scale}>
                    {node.name}
                  </text>
                ) : null}
              </g>
            ))}
          </g>
        </g>
      </svg>
      </div>
      </div>
    </div>
  );
}
