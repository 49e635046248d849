/** What scripts/snapshot.mjs writes to src/data/snapshot.json (the page reads nothing else). */
export interface Snapshot {
  format: "ciudata-dashboard-snapshot/1";
  generatedAt: string;
  /** Language of the labels (from ciudata.config.json). */
  lang: "es" | "en" | "pt";
  portal: string;
  challenge: { id: string; title: string } | null;
  /** The column to count by, from ciudata.config.json (`null`: chosen by `pickCategory`). */
  category: string | null;
  /** The portal's datasets (the first 100). */
  catalog: { id: string; name: string | null; title: string | null }[];
  dataset: {
    id: string;
    name: string | null;
    title: string | null;
    publisher: string | null;
    license: string | null;
    url: string | null;
  };
  resource: { id: string; name: string | null; format: string | null };
  /** Columns with their Table Schema type (`string`, `integer`, `number`, `date`…). */
  columns: Column[];
  /** The rows as text, up to `maxRows` of the config. */
  rows: Row[];
  totalRows: number;
  /**
   * The rows per territory of the areas in ciudata.config.json (`areas`), as an SVG made by @ciudata/geo
   * (small counts hidden), or `null` without areas.
   */
  map?: {
    svg: string;
    rows: number;
    unassigned: number;
    hidden: number;
    threshold: number;
  } | null;
  quality: {
    overall: number | null;
    outcome: string;
    /** One per quality dimension; `score` is 0–100, or `null` when the dimension was not checked. */
    dimensions: { id: string; label: string; score: number | null; status: string }[];
  };
}

export interface Column {
  name: string;
  type: string;
}

export type Row = Record<string, string>;
