/** One admissible pairing of a left node with a right node: its cost per unit (negative = a saving) and how many units it may take. */
export interface PairEdge {
  left: number;
  right: number;
  cost: number;
  capacity: number;
}

/** Flows and capacities below this are treated as zero. */
const epsilon = 1e-9;

/**
 * A bipartite pairing network whose nodes and edges are fixed and whose node capacities change
 * from one solve to the next (how `choosePairing` re-pairs what is left after setting
 * combinations aside, without rebuilding the graph). Flow arrays returned are the network's
 * own: they change with the next `solve`, `lower` or `reduce`.
 */
export interface PairingNetwork {
  readonly edgeCount: number;
  /** The cheapest pairing under these node capacities (see `pairingNetwork`): the flow of every edge, in edge order. */
  solve(leftCapacity: Float64Array, rightCapacity: Float64Array): Float64Array;
  /**
   * The same as `solve` for capacities no larger than the current ones (after `solve`, `lower`
   * or `reduce`), from the current solution: a node whose flow no longer fits gives back the
   * difference along shortest paths (a few searches per changed node instead of a new solve).
   */
  lower(leftCapacity: Float64Array, rightCapacity: Float64Array): Float64Array;
  /**
   * Takes `amount` units off edge e's flow together with one unit of capacity of each of its
   * nodes per unit (the contracts a combination set aside took from a spread of the solution).
   * The rest stays the cheapest pairing of what is left, with no search: only residual
   * capacity is removed (the edge's and the sink arc's reverse), which creates no negative
   * cycle, and the potentials stay valid.
   */
  reduce(edge: number, amount: number): void;
  /** Σ flow × cost of the current solution. */
  readonly cost: number;
  /**
   * Work done so far by this network (solves, shadow prices): arcs scanned by its shortest-path
   * searches. A count, not a time, so that budgets based on it give the same result on any
   * machine.
   */
  readonly work: number;
  /**
   * The shadow price of every node in the current solution (left nodes, then right nodes): how
   * much the cheapest cost rises when the node's capacity falls by one unit (0 when it has a
   * unit to spare; the saving that is lost, net of the best rerouting, when it has not;
   * Infinity when it has no unit). These are optimal duals of the pairing LP, used to price
   * strategies outside the network. The array is the network's own.
   */
  shadowPrices(): Float64Array;
  /**
   * Optimal duals of the pairing LP from the current solution's node potentials, no search
   * (left nodes, then right nodes; the array is the network's own): α_l = p_l − p_sink for a
   * left node, β_r = max(p_sink − p_r, 0) for a right node, with p the potentials the searches
   * keep (every residual arc's reduced cost c + p_from − p_to ≥ 0). They are feasible — every
   * edge has c + α_l + β_r = c + p_l − p_r ≥ 0 (+ what the clamp adds), α ≥ 0 since the arc
   * straight to the sink is always open — and complementary: α_l = 0 when l sends units
   * straight to the sink, β_r = 0 when r has room, c + α_l + β_r = 0 on edges that carry flow.
   * So a pair (l, r) that is NOT an edge would lower the cost iff c + α_l + β_r < 0, and when no
   * pair would, the solution is the cheapest of the graph with every such pair added (LP
   * duality): what column generation (`TwoLegLadders.price`) prices with. Unlike
   * `shadowPrices`, one optimal dual among several (not each node's own marginal).
   */
  duals(): Float64Array;
}

/**
 * Builds a `PairingNetwork`: `edgeLeft[e]`, `edgeRight[e]` and `edgeCost[e]` describe edge e
 * (costs negative = savings; only those can carry flow in an optimum), `edgeCapacity[e]` its
 * capacity (default unbounded: the node capacities bound it).
 *
 * Algorithm: min-cost flow by successive shortest paths (Ahuja, Magnanti & Orlin, *Network
 * Flows*, §9.7), the Hungarian / Jonker-Volgenant way: every left node supplies its capacity
 * and must send it to the sink, either through a right node (left → right → sink, the edge's
 * cost) or straight to the sink at cost 0 (the units left unpaired), so that "a pairing of any
 * size" becomes a flow of fixed value. Left nodes are served one after the other, best saving
 * per edge first: a shortest path from the node to the sink by Dijkstra on reduced costs with
 * node potentials, then as much flow along it as it takes, until the node's supply is sent.
 * The first potentials are exact distances of the acyclic start (left nodes 0, a right node its
 * cheapest edge, the sink the least of those and 0); after each search every node's potential
 * grows by its distance, capped at the target's (the search stops once the target is settled;
 * the cap keeps every residual reduced cost ≥ 0, so the next search is again a valid Dijkstra;
 * potentials only enter as differences, so the shift common to all is left out).
 * Why the result is optimal: a flow sent along shortest paths of a residual network without
 * negative cycles leaves none (AMO Lemma 9.11, for any node with excess and any node with
 * deficit), the start has none (it is acyclic), and a flow without negative residual cycles is
 * a cheapest flow of its value; a bipartite incidence matrix is totally unimodular, so with
 * whole-number capacities every augmentation moves a whole number of units and the optimum
 * pairs whole contracts. `lower` and `reduce` only remove residual capacity and then route the
 * resulting excesses along shortest paths, so the same argument holds for them.
 *
 * Cost: one search per augmentation, O(E log V) at worst (binary heap over typed arrays, one
 * buffer per network), usually far less: a search stops at its target, skips nodes no nearer
 * than the target's current distance, and from a right node follows only the edges that carry
 * flow. Every augmentation moves at least one whole contract of a node's supply, so there are
 * at most Σ contracts of them — in practice one or two per node (a bench group of 144 legs,
 * ~3,000 edges: ~150 searches, ~50,000 arcs scanned, about a millisecond). No Bellman-Ford,
 * no O(V·E) pass.
 */
export function pairingNetwork(
  nLeft: number,
  nRight: number,
  edgeLeft: ArrayLike<number>,
  edgeRight: ArrayLike<number>,
  edgeCost: ArrayLike<number>,
  edgeCapacity?: ArrayLike<number>,
): PairingNetwork {
  const nEdges = edgeLeft.length;
  const sink = nLeft + nRight;
  const nodes = sink + 1;
  // Residual arcs in pairs, arc a and its reverse a ^ 1: edges first (2e, 2e + 1), then each
  // left node's arc straight to the sink, then each right node's arc to the sink.
  const bypassArc = 2 * nEdges;
  const sinkArc = bypassArc + 2 * nLeft;
  const nArcs = sinkArc + 2 * nRight;
  // Every array of the network as views of one buffer (one allocation instead of twenty: a
  // book has many groups' networks to build), laid out in turn: doubles, then 32-bit integers,
  // then bytes (views past the end would throw, so a wrong count cannot overlap arrays).
  const floats = 2 * nArcs + 2 * nEdges + 4 * nLeft + 2 * nRight + 2 * nodes;
  const ints = nArcs + 3 * nEdges + 3 * nLeft + 3 * nRight + 4 * nodes + 6;
  const buffer = new ArrayBuffer(8 * floats + 4 * ints + nodes);
  let offset = 0;
  const float64 = (length: number): Float64Array => {
    const view = new Float64Array(buffer, offset, length);
    offset += 8 * length;
    return view;
  };
  const int32 = (length: number): Int32Array => {
    const view = new Int32Array(buffer, offset, length);
    offset += 4 * length;
    return view;
  };
  const arcCost = float64(nArcs);
  const capacity = float64(nArcs);
  const firstCapacity = float64(nEdges);
  const best = float64(nLeft);
  const potential = float64(nodes);
  const distance = float64(nodes).fill(Infinity);
  const flow = float64(nEdges);
  const supply = float64(nLeft);
  const prices = float64(nLeft + nRight);
  const dualValues = float64(nLeft + nRight);
  const head = int32(nArcs);
  let largest = 0;
  for (let e = 0; e < nEdges; e++) {
    const l = edgeLeft[e] as number;
    const r = edgeRight[e] as number;
    if (!(l >= 0 && l < nLeft && r >= 0 && r < nRight)) throw new RangeError(`edge ${l}→${r} is outside ${nLeft} × ${nRight} nodes`);
    const c = edgeCost[e] as number;
    head[2 * e] = nLeft + r;
    head[2 * e + 1] = l;
    arcCost[2 * e] = c;
    arcCost[2 * e + 1] = -c;
    firstCapacity[e] = edgeCapacity === undefined ? Infinity : (edgeCapacity[e] as number);
    largest = Math.max(largest, Math.abs(c));
    if (c < (best[l] as number)) best[l] = c;
  }
  for (let i = 0; i < nLeft; i++) {
    head[bypassArc + 2 * i] = sink;
    head[bypassArc + 2 * i + 1] = i;
  }
  for (let j = 0; j < nRight; j++) {
    head[sinkArc + 2 * j] = sink;
    head[sinkArc + 2 * j + 1] = nLeft + j;
  }
  // Left nodes are served best saving first, per edge (fewer paths are rerouted later, and a
  // node with many edges costs more to search from): a matter of speed only, the optimum is
  // the same.
  const degree = new Float64Array(nLeft);
  for (let e = 0; e < nEdges; e++) degree[edgeLeft[e] as number] = (degree[edgeLeft[e] as number] as number) + 1;
  const byBest: number[] = [];
  for (let i = 0; i < nLeft; i++) byBest.push(i);
  const rank = (i: number): number => (best[i] as number) / ((degree[i] as number) + 1);
  byBest.sort((a, b) => rank(a) - rank(b) || a - b);
  const order = Int32Array.from(byBest);
  // Path costs within this of zero are zero (no saving): float noise on sums of edge costs.
  const tolerance = epsilon * (1 + largest);

  // Arcs leaving a left node (compressed rows): its arc straight to the sink first (it gives
  // the search a bound on the sink's distance at once), then its edges.
  const start = int32(nLeft + 1);
  for (let e = 0; e < nEdges; e++) {
    const row = (edgeLeft[e] as number) + 1;
    start[row] = (start[row] as number) + 1;
  }
  for (let i = 0; i < nLeft; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number) + 1;
  const adjacent = int32(nEdges + nLeft);
  const fill = int32(nLeft + 1);
  fill.set(start);
  for (let i = 0; i < nLeft; i++) {
    adjacent[fill[i] as number] = bypassArc + 2 * i;
    fill[i] = (fill[i] as number) + 1;
  }
  for (let e = 0; e < nEdges; e++) {
    const l = edgeLeft[e] as number;
    adjacent[fill[l] as number] = 2 * e;
    fill[l] = (fill[l] as number) + 1;
  }
  // Each right node's edges (compressed rows); the first `carryingCount[j]` of its row are the
  // edges that carry flow, kept up to date so that a search from it skips the others.
  const rowOf = int32(nRight + 1);
  for (let e = 0; e < nEdges; e++) {
    const row = (edgeRight[e] as number) + 1;
    rowOf[row] = (rowOf[row] as number) + 1;
  }
  for (let j = 0; j < nRight; j++) rowOf[j + 1] = (rowOf[j + 1] as number) + (rowOf[j] as number);
  const rightEdges = int32(nEdges);
  const slotOf = int32(nEdges);
  const carryingCount = int32(nRight);
  {
    const at = int32(nRight + 1);
    at.set(rowOf);
    for (let e = 0; e < nEdges; e++) {
      const j = edgeRight[e] as number;
      rightEdges[at[j] as number] = e;
      slotOf[e] = at[j] as number;
      at[j] = (at[j] as number) + 1;
    }
  }
  /** Keeps edge e among the first `carryingCount` of its right node's row exactly while it carries flow. */
  const track = (e: number): void => {
    const j = edgeRight[e] as number;
    const slot = slotOf[e] as number;
    const boundary = (rowOf[j] as number) + (carryingCount[j] as number);
    const carries = (capacity[2 * e + 1] as number) > epsilon;
    if (carries === slot < boundary) return;
    // Swap e with the edge at the boundary (the first non-carrying, or the last carrying).
    const other = carries ? boundary : boundary - 1;
    const moved = rightEdges[other] as number;
    rightEdges[other] = e;
    slotOf[e] = other;
    rightEdges[slot] = moved;
    slotOf[moved] = slot;
    carryingCount[j] = (carryingCount[j] as number) + (carries ? 1 : -1);
  };

  const via = int32(nodes);
  const touched = int32(nodes);
  // Binary heap of the nodes being reached, keyed by `distance`, with each node's place (−1: not in it).
  const heap = int32(nodes);
  const place = int32(nodes).fill(-1);
  // Mutable counters shared by the closures below: heap size, nodes touched by the search.
  const counter = int32(2);
  const settled = new Uint8Array(buffer, offset, nodes);
  const state = { work: 0, total: 0 };

  /** Moves node v (at distance dv) up from heap place i to where it belongs. */
  const siftUp = (v: number, dv: number, from: number): void => {
    let i = from;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] as number;
      if ((distance[above] as number) <= dv) break;
      heap[i] = above;
      place[above] = i;
      i = parent;
    }
    heap[i] = v;
    place[v] = i;
  };
  /** Offers node v at distance dv reached by arc a. */
  const offer = (v: number, dv: number, a: number): void => {
    if (settled[v] === 1) return;
    const old = distance[v] as number;
    if (!(dv < old)) return;
    if (old === Infinity) {
      touched[counter[1] as number] = v;
      counter[1] = (counter[1] as number) + 1;
    }
    distance[v] = dv;
    via[v] = a;
    let at = place[v] as number;
    if (at < 0) {
      at = counter[0] as number;
      counter[0] = at + 1;
    }
    siftUp(v, dv, at);
  };
  /** Removes the heap's top (read heap[0] first). */
  const pop = (): void => {
    place[heap[0] as number] = -1;
    const size = (counter[0] as number) - 1;
    counter[0] = size;
    if (size === 0) return;
    const last = heap[size] as number;
    const key = distance[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (distance[heap[child + 1] as number] as number) < (distance[heap[child] as number] as number)) child++;
      const below = heap[child] as number;
      if ((distance[below] as number) >= key) break;
      heap[i] = below;
      place[below] = i;
      i = child;
    }
    heap[i] = last;
    place[last] = i;
  };
  /** Reduced length of arc a from x to y, never below 0 (float noise). */
  const along = (a: number, x: number, y: number): number => {
    const reduced = (arcCost[a] as number) + (potential[x] as number) - (potential[y] as number);
    return reduced > 0 ? reduced : 0;
  };
  /** Relaxes the residual arcs out of settled node u at distance du; `backward` follows them against their direction (for distances to the sink). */
  const scan = (u: number, du: number, backward: boolean): void => {
    if (u === sink) {
      // Forward: sink → left node (the reverse of its arc straight to the sink, if used),
      // sink → right node (the reverse of its sink arc, if used). Backward: left node → sink
      // (always open), right node → sink (if not full).
      state.work += nLeft + nRight;
      const side = backward ? 0 : 1;
      for (let i = 0; i < nLeft; i++) {
        const a = bypassArc + 2 * i + side;
        if ((capacity[a] as number) > epsilon) offer(i, du + (backward ? along(a, i, sink) : along(a, sink, i)), a);
      }
      for (let j = 0; j < nRight; j++) {
        const a = sinkArc + 2 * j + side;
        if ((capacity[a] as number) > epsilon) offer(nLeft + j, du + (backward ? along(a, nLeft + j, sink) : along(a, sink, nLeft + j)), a);
      }
      return;
    }
    if (u < nLeft) {
      // Forward: along every edge (unbounded) and straight to the sink. Backward: from the
      // right nodes of the edges that carry flow (their reverse arcs end here), and from the
      // sink if some of its units go straight there.
      if (backward) {
        const a = bypassArc + 2 * u + 1;
        if ((capacity[a] as number) > epsilon) offer(sink, du + along(a, sink, u), a);
      }
      const end = start[u + 1] as number;
      state.work += end - (start[u] as number);
      for (let k = start[u] as number; k < end; k++) {
        const a = adjacent[k] as number;
        if (backward) {
          if (a >= bypassArc || !((capacity[a + 1] as number) > epsilon)) continue;
          const v = head[a] as number;
          offer(v, du + along(a + 1, v, u), a + 1);
        } else if ((capacity[a] as number) > epsilon) {
          const v = head[a] as number;
          offer(v, du + along(a, u, v), a);
        }
      }
      return;
    }
    const j = u - nLeft;
    if (backward) {
      // From the left node of every edge (unbounded), and from the sink if it passes units on.
      const back = sinkArc + 2 * j + 1;
      if ((capacity[back] as number) > epsilon) offer(sink, du + along(back, sink, u), back);
      const end = rowOf[j + 1] as number;
      state.work += end - (rowOf[j] as number);
      for (let k = rowOf[j] as number; k < end; k++) {
        const a = 2 * (rightEdges[k] as number);
        if (!((capacity[a] as number) > epsilon)) continue;
        const x = head[a + 1] as number;
        offer(x, du + along(a, x, u), a);
      }
      return;
    }
    // Forward: to the sink if not full, back along the edges that carry flow.
    const a = sinkArc + 2 * j;
    if ((capacity[a] as number) > epsilon) offer(sink, du + along(a, u, sink), a);
    const end = (rowOf[j] as number) + (carryingCount[j] as number);
    state.work += 1 + end - (rowOf[j] as number);
    for (let k = rowOf[j] as number; k < end; k++) {
      const back = 2 * (rightEdges[k] as number) + 1;
      const x = head[back] as number;
      offer(x, du + along(back, u, x), back);
    }
  };
  /**
   * Dijkstra from `from` on reduced costs until `target` is settled (-1: settles every
   * reachable node, no potential update; `backward`: along arcs reversed, i.e. distances to
   * `from`), then, for a target, the potential update: + distance (− when backward) for the
   * settled nodes, + (−) the target's for the others — either keeps every residual reduced
   * cost ≥ 0 and makes the path's 0. Leaves the path in `via` (backward: each node's arc
   * towards `from`); returns the target's reduced distance.
   */
  const search = (from: number, target: number, backward = false): number => {
    counter[0] = 1;
    counter[1] = 1;
    heap[0] = from;
    place[from] = 0;
    distance[from] = 0;
    touched[0] = from;
    let reached = Infinity;
    while ((counter[0] as number) > 0) {
      const u = heap[0] as number;
      const du = distance[u] as number;
      pop();
      settled[u] = 1;
      if (u === target) {
        reached = du;
        break;
      }
      if (backward || u === sink) {
        scan(u, du, backward);
        continue;
      }
      if (u >= nLeft) {
        // Forward from a right node: to the sink if not full, back along the edges that carry flow.
        const j = u - nLeft;
        const pu = potential[u] as number;
        const toSink = sinkArc + 2 * j;
        if ((capacity[toSink] as number) > epsilon) offer(sink, du + along(toSink, u, sink), toSink);
        const first = rowOf[j] as number;
        const end = first + (carryingCount[j] as number);
        state.work += 1 + end - first;
        for (let k = first; k < end; k++) {
          const back = 2 * (rightEdges[k] as number) + 1;
          const x = head[back] as number;
          if (settled[x] === 1) continue;
          const reduced = (arcCost[back] as number) + pu - (potential[x] as number);
          offer(x, reduced > 0 ? du + reduced : du, back);
        }
        continue;
      }
      // Forward from a left node, the hot loop of every solve: inlined.
      const pu = potential[u] as number;
      const end = start[u + 1] as number;
      state.work += end - (start[u] as number);
      // A node no nearer than the target's current distance would be settled after it: skip it.
      const bounded = target >= 0;
      for (let k = start[u] as number; k < end; k++) {
        const a = adjacent[k] as number;
        if (!((capacity[a] as number) > epsilon)) continue;
        const v = head[a] as number;
        if (settled[v] === 1) continue;
        const reduced = (arcCost[a] as number) + pu - (potential[v] as number);
        const dv = reduced > 0 ? du + reduced : du;
        const old = distance[v] as number;
        if (!(dv < old) || (bounded && v !== target && dv >= (distance[target] as number))) continue;
        distance[v] = dv;
        via[v] = a;
        let at = place[v] as number;
        if (old === Infinity) {
          touched[counter[1] as number] = v;
          counter[1] = (counter[1] as number) + 1;
        }
        if (at < 0) {
          at = counter[0] as number;
          counter[0] = at + 1;
        }
        siftUp(v, dv, at);
      }
    }
    if (target >= 0) {
      if (reached === Infinity) throw new RangeError(`pairing network: node ${target} is unreachable from node ${from}`);
      // Potentials only ever enter as differences, so the common shift by the target's
      // distance is left out: only the settled nodes move, by their distance less it.
      const sign = backward ? -1 : 1;
      for (let t = 0, n = counter[1] as number; t < n; t++) {
        const v = touched[t] as number;
        if (settled[v] === 1) potential[v] = (potential[v] as number) + sign * ((distance[v] as number) - reached);
      }
      clear();
    }
    return reached;
  };
  /** Resets the search marks of the nodes the last search touched. */
  const clear = (): void => {
    for (let t = 0, n = counter[1] as number; t < n; t++) {
      const v = touched[t] as number;
      settled[v] = 0;
      distance[v] = Infinity;
      place[v] = -1;
    }
  };
  /** Sends up to `most` units along the path the last search left from `from` to `target`; returns how many. */
  const augment = (from: number, target: number, most: number): number => {
    let amount = most;
    for (let v = target; v !== from; v = head[(via[v] as number) ^ 1] as number) amount = Math.min(amount, capacity[via[v] as number] as number);
    for (let v = target; v !== from; v = head[(via[v] as number) ^ 1] as number) {
      const a = via[v] as number;
      capacity[a] = (capacity[a] as number) - amount;
      capacity[a ^ 1] = (capacity[a ^ 1] as number) + amount;
      if (a < bypassArc) track(a >> 1);
    }
    return amount;
  };
  /** Sends up to `most` units along the path a backward search from `to` left, from `begin` (its target) to `to`; returns how many. */
  const augmentBackward = (begin: number, to: number, most: number): number => {
    let amount = most;
    for (let v = begin; v !== to; v = head[via[v] as number] as number) amount = Math.min(amount, capacity[via[v] as number] as number);
    for (let v = begin; v !== to; v = head[via[v] as number] as number) {
      const a = via[v] as number;
      capacity[a] = (capacity[a] as number) - amount;
      capacity[a ^ 1] = (capacity[a ^ 1] as number) + amount;
      if (a < bypassArc) track(a >> 1);
    }
    return amount;
  };
  /** Sends `excess` units from left node `from` to the sink along successive shortest paths, unpaired once no path saves. */
  const send = (from: number, excess: number): void => {
    while (excess > epsilon) {
      search(from, sink);
      // The path's cost is its reduced cost (0 after the update) plus the potentials' difference.
      if (!((potential[sink] as number) - (potential[from] as number) < -tolerance)) {
        capacity[bypassArc + 2 * from + 1] = (capacity[bypassArc + 2 * from + 1] as number) + excess;
        return;
      }
      excess -= augment(from, sink, excess);
    }
  };
  const finish = (): Float64Array => {
    let total = 0;
    for (let e = 0; e < nEdges; e++) {
      const f = capacity[2 * e + 1] as number;
      flow[e] = f;
      total += f * (arcCost[2 * e] as number);
    }
    state.total = total;
    return flow;
  };
  const checkSizes = (leftCapacity: Float64Array, rightCapacity: Float64Array): void => {
    if (leftCapacity.length !== nLeft || rightCapacity.length !== nRight) throw new RangeError(`expected ${nLeft} left and ${nRight} right capacities`);
  };

  return {
    edgeCount: nEdges,
    get cost() {
      return state.total;
    },
    get work() {
      return state.work;
    },
    solve(leftCapacity, rightCapacity) {
      checkSizes(leftCapacity, rightCapacity);
      for (let e = 0; e < nEdges; e++) {
        capacity[2 * e] = firstCapacity[e] as number;
        capacity[2 * e + 1] = 0;
      }
      carryingCount.fill(0);
      for (let i = 0; i < nLeft; i++) {
        capacity[bypassArc + 2 * i] = Infinity;
        capacity[bypassArc + 2 * i + 1] = 0;
        supply[i] = leftCapacity[i] as number;
      }
      for (let j = 0; j < nRight; j++) {
        capacity[sinkArc + 2 * j] = rightCapacity[j] as number;
        capacity[sinkArc + 2 * j + 1] = 0;
      }
      // Exact distances of the acyclic start: 0 to every left node, a right node's cheapest
      // edge, the sink the least of those and of 0 (the arcs straight to it).
      potential.fill(0);
      for (let e = 0; e < nEdges; e++) {
        const r = nLeft + (edgeRight[e] as number);
        const c = arcCost[2 * e] as number;
        if (c < (potential[r] as number)) potential[r] = c;
      }
      let least = 0;
      for (let j = 0; j < nRight; j++) least = Math.min(least, potential[nLeft + j] as number);
      potential[sink] = least;
      for (let k = 0; k < nLeft; k++) {
        const from = order[k] as number;
        send(from, leftCapacity[from] as number);
      }
      return finish();
    },
    lower(leftCapacity, rightCapacity) {
      checkSizes(leftCapacity, rightCapacity);
      for (let j = 0; j < nRight; j++) {
        const a = sinkArc + 2 * j;
        const used = capacity[a + 1] as number;
        const room = (rightCapacity[j] as number) - used;
        if (room > (capacity[a] as number) + epsilon) throw new RangeError(`right node ${j}: capacity may only fall`);
        if (room >= -epsilon) {
          capacity[a] = Math.max(room, 0);
          continue;
        }
        // Over its new capacity: the excess goes back to the sink another way.
        capacity[a] = 0;
        capacity[a + 1] = rightCapacity[j] as number;
        let excess = -room;
        const v = nLeft + j;
        while (excess > epsilon) {
          search(v, sink);
          excess -= augment(v, sink, excess);
        }
      }
      for (let i = 0; i < nLeft; i++) {
        let cut = (supply[i] as number) - (leftCapacity[i] as number);
        if (cut < -epsilon) throw new RangeError(`left node ${i}: capacity may only fall`);
        supply[i] = leftCapacity[i] as number;
        // Unpaired units go first; what remains is taken back from the sink along shortest paths.
        const bypass = bypassArc + 2 * i + 1;
        const unpaired = Math.min(cut, capacity[bypass] as number);
        capacity[bypass] = (capacity[bypass] as number) - unpaired;
        cut -= unpaired;
        while (cut > epsilon) {
          // A shortest path from the sink to i, found from i's side (few arcs end at i).
          search(i, sink, true);
          cut -= augmentBackward(sink, i, cut);
        }
      }
      return finish();
    },
    reduce(edge, amount) {
      const carried = capacity[2 * edge + 1] as number;
      if (!(amount <= carried + epsilon)) throw new RangeError(`edge ${edge} carries ${carried}, not ${amount}`);
      const l = edgeLeft[edge] as number;
      const j = edgeRight[edge] as number;
      capacity[2 * edge + 1] = carried - amount;
      capacity[sinkArc + 2 * j + 1] = (capacity[sinkArc + 2 * j + 1] as number) - amount;
      supply[l] = (supply[l] as number) - amount;
      track(edge);
      flow[edge] = capacity[2 * edge + 1] as number;
      state.total -= amount * (arcCost[2 * edge] as number);
    },
    duals() {
      const pSink = potential[sink] as number;
      for (let u = 0; u < nLeft; u++) dualValues[u] = Math.max((potential[u] as number) - pSink, 0);
      for (let j = 0; j < nRight; j++) dualValues[nLeft + j] = Math.max(pSink - (potential[nLeft + j] as number), 0);
      return dualValues;
    },
    shadowPrices() {
      const pSink = potential[sink] as number;
      // Left node u loses a unit: one unit must come back from the sink to u, at dist(sink → u).
      search(sink, -1);
      for (let u = 0; u < nLeft; u++) prices[u] = Math.max((distance[u] as number) - pSink + (potential[u] as number), 0);
      clear();
      // Right node v loses a unit: the unit it passed on must reach the sink another way, at dist(v → sink).
      search(sink, -1, true);
      for (let j = 0; j < nRight; j++) prices[nLeft + j] = Math.max((distance[nLeft + j] as number) - (potential[nLeft + j] as number) + pSink, 0);
      clear();
      return prices;
    },
  };
}

/**
 * Minimum-cost bipartite b-matching of any size: how many units of each edge to use so that
 * no left node gives more than `leftCapacity` units, no right node takes more than
 * `rightCapacity`, no edge exceeds its capacity, and the total cost Σ flow × cost is as low as
 * possible (an unused capacity costs nothing). Returns the flow of every edge. Algorithm and
 * proof of optimality: `pairingNetwork`.
 */
export function minCostPairing(leftCapacity: Float64Array, rightCapacity: Float64Array, edges: readonly PairEdge[]): Float64Array {
  const network = pairingNetwork(
    leftCapacity.length,
    rightCapacity.length,
    edges.map((e) => e.left),
    edges.map((e) => e.right),
    edges.map((e) => e.cost),
    edges.map((e) => e.capacity),
  );
  return network.solve(leftCapacity, rightCapacity).slice();
}
