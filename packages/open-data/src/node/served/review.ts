import type { Lang } from "@ciudata/core";

/** One quality dimension's score, as a badge of the HTML catalog. */
export interface DimensionBadge {
  /** The dimension (`completeness`, `validity`…). */
  id: string;
  /** Its name in each language. */
  label: Readonly<Record<Lang, string>>;
  /** 0–100, or `null` when nothing was checked for it. */
  score: number | null;
  /** `"pass"`, `"warn"`, `"fail"` or `"skipped"`. */
  status: string;
}

/** What the start-up review found in one table (quality review and privacy scan, run by the caller). */
export interface TableReview {
  /** The quality score, 0–100 (`null` when nothing could be scored). */
  score: number | null;
  /** The review's outcome (`"pass"`, `"warn"`, `"fail"`…), shown beside the score. */
  outcome: string | null;
  /** How many issues the review found. */
  issues: number;
  /** Columns the privacy scan classes as direct identifiers (names, ID numbers…). */
  direct: string[];
  /** Other personal columns (quasi-identifiers, sensitive): served, and listed. */
  personal: string[];
  /** The score of each quality dimension, in order (the HTML catalog's badges). */
  dimensions?: DimensionBadge[];
  /** When the review ran (ISO 8601; the HTML catalog shows the server's start when left out). */
  validatedAt?: string;
  /**
   * The full validation report as one HTML page in a language (as `ciudata validate --format html`
   * writes it, personal values masked): linked from the HTML catalog.
   */
  reportHtml?: (lang: Lang) => string;
}

/** One served table's state, as the catalog shows it. */
export interface ServedTable {
  id: string;
  title: string;
  file: string;
  review: TableReview;
  /** `true` when its rows answer `datastore_search`; `false` when refused (see `refusedColumns`). */
  served: boolean;
  /** Direct identifiers the config does not mask, drop or allow: why the table is not served. */
  refusedColumns: string[];
  masked: string[];
  dropped: string[];
  rows: number | null;
}
