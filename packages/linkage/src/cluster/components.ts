import type { Cluster, ClusterFlag, Records } from "../types";

/** Record-index pairs: `left[k]` of the left side with `right[k]` of the right side (or the same side). */
export interface IndexPairs {
  left: Int32Array;
  right: Int32Array;
  length: number;
}

/** The key that names a record in clusters and reports: `source:id`. */
export function recordKey(source: string, id: string): string {
  return `${source}:${id}`;
}

/**
 * Connected components of the links, as clusters of two or more records. A cluster's id is its smallest
 * member key (`source:id`), so it does not depend on row order or on which link was found first; members
 * and clusters are sorted by key. A cluster is flagged `large` when it has more members than a person
 * usually has (over 4 in two-source linkage, over 10 in dedupe) and `conflicting-ids` when it holds two
 * different valid national IDs (`nationalId` with `nationalIdValid` = `1`).
 *
 * @example
 * ```ts
 * clusterPairs({ left: Int32Array.of(0), right: Int32Array.of(2), length: 1 }, a, b);
 * //=> [{ id: "a:1", members: [{ source: "a", id: "1" }, { source: "b", id: "7" }] }]
 * ```
 */
export function clusterPairs(links: IndexPairs, left: Records, right: Records | null): Cluster[] {
  const nl = left.ids.length;
  const n = nl + (right === null ? 0 : right.ids.length);
  const offset = right === null ? 0 : nl;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    let y = x;
    while (parent[y] !== root) {
      const next = parent[y] as number;
      parent[y] = root;
      y = next;
    }
    return root;
  };
  for (let k = 0; k < links.length; k++) {
    const a = find(links.left[k] as number);
    const b = find((links.right[k] as number) + offset);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  // Only records on some link can share a cluster: those, grouped by root with a counting sort (no
  // array per group: half a million groups would be half a million arrays).
  const size = new Int32Array(n + 1);
  const touched = new Uint8Array(n);
  for (let k = 0; k < links.length; k++) {
    touched[links.left[k] as number] = 1;
    touched[(links.right[k] as number) + offset] = 1;
  }
  for (let x = 0; x < n; x++) {
    if (touched[x] === 0) continue;
    const r = find(x);
    size[r + 1] = (size[r + 1] as number) + 1;
  }
  // Prefix sums: the touched records of root r are byRoot[start[r] … start[r + 1]).
  const start = size;
  for (let r = 0; r < n; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const next = start.slice(0, n);
  const byRoot = new Int32Array(start[n] as number);
  for (let x = 0; x < n; x++) {
    if (touched[x] === 0) continue;
    // find() above left every touched record pointing at its root.
    const r = parent[x] as number;
    byRoot[next[r] as number] = x;
    next[r] = (next[r] as number) + 1;
  }
  const side = (x: number): [Records, number] =>
    x < offset || right === null ? [left, x] : [right, x - offset];
  const large = right === null ? 10 : 4;
  const clusters: Cluster[] = [];
  for (let r = 0; r < n; r++) {
    if ((start[r + 1] as number) - (start[r] as number) < 2) continue;
    const members = Array.from(byRoot.subarray(start[r] as number, start[r + 1] as number))
      .map((x) => {
        const [records, i] = side(x);
        return { source: records.source, id: records.ids[i] as string, records, i };
      })
      .sort((a, b) => compareKeys(a.source, a.id, b.source, b.id));
    const flags: ClusterFlag[] = [];
    if (members.length > large) flags.push("large");
    // Two different valid national IDs in one cluster.
    let first: string | undefined;
    let conflicting = false;
    for (const { records, i } of members) {
      const id = records.fields.nationalId?.[i];
      if (id === null || id === undefined || records.fields.nationalIdValid?.[i] !== "1") continue;
      if (first === undefined) first = id;
      else if (id !== first) conflicting = true;
    }
    if (conflicting) flags.push("conflicting-ids");
    const head = members[0] as { source: string; id: string };
    clusters.push({
      id: recordKey(head.source, head.id),
      members: members.map(({ source, id }) => ({ source, id })),
      ...(flags.length > 0 ? { flags } : {}),
    });
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Orders records as their keys `source:id` sort, without making the keys: by source, then id, unless one
 * source is the start of the other (then the keys themselves are compared).
 */
function compareKeys(sa: string, ia: string, sb: string, ib: string): number {
  if (sa === sb) return ia < ib ? -1 : ia > ib ? 1 : 0;
  if (!sa.startsWith(sb) && !sb.startsWith(sa)) return sa < sb ? -1 : 1;
  const a = recordKey(sa, ia);
  const b = recordKey(sb, ib);
  return a < b ? -1 : a > b ? 1 : 0;
}
