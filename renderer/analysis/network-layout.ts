import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { NetworkEdge, NetworkNode } from '../../core/query/pictures';

export type PlacedNode = NetworkNode & { x: number; y: number };

/** Ticks of the force layout: enough to settle a few hundred entities, bounded for thousands. */
const TICKS = 160;

/**
 * Places the network's entities with d3-force (linked entities pulled
 * together by how often they are joined, all others pushed apart), run to
 * rest before the first paint so the picture does not drift while read.
 */
export function layoutNetwork(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): Map<string, PlacedNode> {
  const placed: (PlacedNode & SimulationNodeDatum)[] = nodes.map((node) => ({ ...node, x: 0, y: 0 }));
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target, weight: edge.rows.length }));
  const simulation = forceSimulation(placed)
    .force('link', forceLink<PlacedNode & SimulationNodeDatum, (typeof links)[number]>(links).id((node) => node.id).distance(60).strength((link) => Math.min(1, 0.2 + link.weight / 10)))
    .force('charge', forceManyBody().strength(-120).distanceMax(400))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(nodes.length > 1000 ? TICKS / 2 : TICKS);
  return new Map(placed.map((node) => [node.id, { id: node.id, name: node.name, count: node.count, x: node.x ?? 0, y: node.y ?? 0 }]));
}
