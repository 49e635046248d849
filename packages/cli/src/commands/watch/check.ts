// One dataset in one watch run: read only what changed (a conditional request, then the SHA-256 of the
// bytes), review it when it did, and say when it is next due.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { CiudataError, type Lang } from "@ciudata/core";
import type { Portal } from "@ciudata/open-data";
import { staleness } from "@ciudata/strategy";
import { perLang } from "../../messages";
import { portalFailure } from "../inventory/portal";
import { reasonOf, reviewBytes } from "../inventory/validate";
import { latestDay, type WatchResult } from "./alerts";
import type { Target } from "./targets";

/** What the run before knew of the dataset. */
export type Before = { last: WatchResult; reviewed: WatchResult | undefined } | undefined;

/** Reads a download body whole. */
async function bytesOf(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** A `Last-Modified` header as a day (UTC), when it reads as a date. */
function headerDay(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * Checks one dataset: a URL through the portal client (conditional on the last ETag / Last-Modified seen),
 * a local path read and hashed; reviewed again only when the bytes changed, else the last review's scores
 * are carried (with the day they were made). An unreachable dataset comes back with why, in every language.
 */
export async function checkTarget(
  t: Target,
  before: Before,
  o: { portal: Portal; asOf: string; lang: Lang; maxBytes: number },
): Promise<WatchResult> {
  const reviewed = before?.reviewed;
  const base = {
    datasetId: t.id,
    title: t.title,
    url: t.shown,
    periodicity: t.periodicity,
  };
  let bytes: Uint8Array | null = null;
  let etag: string | null = null;
  let lastModified: string | null = null;
  let downloaded = false;
  try {
    if (/^https?:\/\//i.test(t.location)) {
      const conditional =
        reviewed?.sha256 && (reviewed.etag || reviewed.lastModified)
          ? { etag: reviewed.etag, lastModified: reviewed.lastModified }
          : undefined;
      const dl = await o.portal.download(new URL(t.location), {
        maxBytes: o.maxBytes,
        ...(conditional ? { conditional } : {}),
      });
      if (!dl.notModified) {
        bytes = await bytesOf(dl.body);
        downloaded = true;
      } else await dl.body.cancel();
      etag = dl.etag ?? (dl.notModified ? (reviewed?.etag ?? null) : null);
      lastModified = dl.lastModified ?? (dl.notModified ? (reviewed?.lastModified ?? null) : null);
    } else bytes = new Uint8Array(await readFile(t.location));
  } catch (error) {
    const reason =
      error instanceof CiudataError ? perLang((lang) => portalFailure(error, lang)) : reasonOf(error);
    const stale = staleness(t.periodicity, latestDay(t.modified, reviewed?.changedOn), o.asOf);
    return {
      ...base,
      ...EMPTY,
      status: "unreachable",
      downloaded: false,
      lastUpdate: latestDay(t.modified, reviewed?.changedOn),
      changedOn: reviewed?.changedOn ?? null,
      ...stale,
      reason,
    };
  }
  const sha256 = bytes ? createHash("sha256").update(bytes).digest("hex") : (reviewed?.sha256 ?? null);
  const same = reviewed !== undefined && sha256 === reviewed.sha256;
  const changedOn = same ? reviewed.changedOn : reviewed ? o.asOf : null;
  const lastUpdate = latestDay(t.modified, headerDay(lastModified), changedOn);
  const due = staleness(t.periodicity, lastUpdate, o.asOf);
  const common = { ...base, downloaded, etag, lastModified, lastUpdate, changedOn, ...due, reason: null };
  if (same || bytes === null) {
    // Unchanged: the scores of the review of these same bytes, dated as they were made.
    const r = reviewed as WatchResult;
    return { ...r, ...common, status: "unchanged", bytes: r.bytes, sha256 };
  }
  const { review, fields } = await reviewBytes(bytes, {
    source: t.shown,
    personalData: t.personalData,
    asOf: o.asOf,
    lang: o.lang,
  });
  return {
    ...common,
    status: reviewed ? "changed" : "new",
    sha256,
    bytes: bytes.byteLength,
    validatedAsOf: o.asOf,
    rows: review.rows,
    score: review.quality.overall,
    outcome: review.quality.outcome,
    formulaVersion: review.quality.formulaVersion,
    errors: review.quality.errors,
    dimensions: review.quality.dimensions,
    fields,
    directIdentifiers: review.privacy.directIdentifiers,
    personalColumns: review.privacy.personalColumns,
  };
}

const EMPTY: Omit<
  WatchResult,
  | "datasetId"
  | "title"
  | "url"
  | "periodicity"
  | "status"
  | "downloaded"
  | "lastUpdate"
  | "changedOn"
  | "due"
  | "stale"
  | "reason"
> = {
  etag: null,
  lastModified: null,
  sha256: null,
  bytes: null,
  validatedAsOf: null,
  rows: null,
  score: null,
  outcome: null,
  formulaVersion: null,
  errors: null,
  dimensions: {},
  fields: [],
  directIdentifiers: null,
  personalColumns: [],
};
