/** One admissible pairing of a left node with a right node: its cost per unit (negative = a saving) and how many units it may take. */
export interface PairEdge {
  left: number;
  right: number;
  cost: number;
  capacity: number;
}

/** Flows below this are treated as zero; path costs within it of zero as zero (no saving). */
const epsilon = 1e-9;

/**
 * Minimum-cost bipartite b-matching of any size: how many units of each edge to use so that
 * no left node gives more than `leftCapacity` units, no right node takes more than
 * `rightCapacity`, no edge exceeds its capacity, and the total cost Σ flow × cost is as low as
 * possible (an unused capacity costs nothing). Returns the flow of every edge.
 *
 * Algorithm: min-cost flow by successive shortest paths (Ahuja, Magnanti & Orlin, *Network
 * Flows*, §9.7) on source → left → right → sink, shortest paths by Bellman-Ford because edge
 * costs are negative. Why it is optimal:
 * - the residual graph starts acyclic and successive shortest paths never create a negative
 *   cycle, so after each augmentation the flow is the cheapest flow of its value;
 * - the cheapest cost as a function of the flow value is convex and piecewise linear, the
 *   slopes being the successive path costs, so the cheapest flow of ANY value is reached when
 *   the next shortest path costs ≥ 0: the loop stops there;
 * - a bipartite incidence matrix is totally unimodular, so with whole-number capacities every
 *   augmentation moves a whole number of units and the optimum pairs whole contracts.
 * Cost: at most one augmentation per saturated edge or node, each O(nodes × edges).
 */
export function minCostPairing(leftCapacity: Float64Array, rightCapacity: Float64Array, edges: readonly PairEdge[]): Float64Array {
  const nLeft = leftCapacity.length;
  const nRight = rightCapacity.length;
  const source = nLeft + nRight;
  const sink = source + 1;
  const nodes = sink + 1;
  // Residual arcs in pairs: arc a and its reverse a ^ 1.
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: nodes }, () => []);
  const addArc = (from: number, target: number, capacity: number, unitCost: number): number => {
    const a = to.length;
    to.push(target, from);
    cap.push(capacity, 0);
    cost.push(unitCost, -unitCost);
    (out[from] as number[]).push(a);
    (out[target] as number[]).push(a + 1);
    return a;
  };
  for (let i = 0; i < nLeft; i++) addArc(source, i, leftCapacity[i] as number, 0);
  for (let j = 0; j < nRight; j++) addArc(nLeft + j, sink, rightCapacity[j] as number, 0);
  const edgeArc = edges.map((e) => {
    if (e.left < 0 || e.left >= nLeft || e.right < 0 || e.right >= nRight) throw new RangeError(`edge ${e.left}→${e.right} is outside ${nLeft} × ${nRight} nodes`);
    return addArc(e.left, nLeft + e.right, e.capacity, e.cost);
  });

  const distance = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  for (;;) {
    distance.fill(Infinity);
    via.fill(-1);
    distance[source] = 0;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let u = 0; u < nodes; u++) {
        const du = distance[u] as number;
        if (du === Infinity) continue;
        for (const a of out[u] as number[]) {
          if ((cap[a] as number) <= epsilon) continue;
          const v = to[a] as number;
          const dv = du + (cost[a] as number);
          if (dv < (distance[v] as number) - epsilon) {
            distance[v] = dv;
            via[v] = a;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if (!((distance[sink] as number) < -epsilon)) break;
    let amount = Infinity;
    for (let v = sink; v !== source; v = to[(via[v] as number) ^ 1] as number) amount = Math.min(amount, cap[via[v] as number] as number);
    for (let v = sink; v !== source; v = to[(via[v] as number) ^ 1] as number) {
      const a = via[v] as number;
      cap[a] = (cap[a] as number) - amount;
      cap[a ^ 1] = (cap[a ^ 1] as number) + amount;
    }
  }
  return Float64Array.from(edgeArc, (a) => cap[a ^ 1] as number);
}
