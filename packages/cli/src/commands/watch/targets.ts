// What `ciudata watch` looks at: the datasets of an inventory file, or of a portal's catalog.
import { dirname, resolve } from "node:path";
import { translator } from "@ciudata/core";
import { createPortal, type Dataset } from "@ciudata/open-data";
import { redactUrl } from "@ciudata/table";
import type { CommandContext } from "../../declare";
import { UsageError } from "../../errors";
import { userPath } from "../../io";
import { perLang } from "../../messages";
import { watchMessages } from "../../messages/watch";
import { listInvalid, readInventory } from "../inventory/file";
import { portalFailure } from "../inventory/portal";

/** One dataset to watch. */
export interface Target {
  id: string;
  title: string;
  /** An http(s) URL, or a local path (already resolved against the inventory's folder). */
  location: string;
  /** How it is shown and recorded: a URL without query string, or the path as written. */
  shown: string;
  periodicity: string | null;
  /** The last update the metadata records (`YYYY-MM-DD`), if any. */
  modified: string | null;
  personalData: boolean;
}

/** The datasets to watch and how the source is named in the history. */
export interface Targets {
  /** The inventory's path as given, or the catalog URL without query string. */
  source: string;
  /** The catalog's URL when watching a portal (downloads go through its client). */
  portal: string | null;
  targets: Target[];
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const day = (s: string | null | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);

/** Reads the datasets to watch from an inventory file or a catalog URL; bad input is a located usage error. */
export async function readTargets(source: string, ctx: CommandContext): Promise<Targets | number> {
  if (isUrl(source)) return catalogTargets(source);
  const read = await readInventory(ctx, source);
  if (!read.ok) {
    listInvalid(ctx, source, read.issues);
    return 2;
  }
  const base = dirname(userPath(ctx, source));
  const targets: Target[] = [];
  for (const d of read.inventory.datasets) {
    if (d.state === "planned" || d.state === "retired") continue;
    const dist = d.distribution.find((x) => x.downloadURL ?? x.accessURL);
    const where = dist?.downloadURL ?? dist?.accessURL;
    if (where === undefined) continue;
    targets.push({
      id: d.id,
      title: d.title,
      location: isUrl(where) ? where : resolve(base, where),
      shown: isUrl(where) ? redactUrl(where) : where,
      periodicity: d.accrualPeriodicity ?? null,
      modified: day(d.modified),
      personalData: d.personalData,
    });
  }
  return { source, portal: null, targets };
}

async function catalogTargets(url: string): Promise<Targets> {
  const datasets: Dataset[] = [];
  try {
    for await (const d of createPortal(url).datasets()) datasets.push(d);
  } catch (error) {
    throw new UsageError({
      kind: "custom",
      message: perLang((lang) =>
        translator(watchMessages, lang).t("catalogFailed", {
          url: redactUrl(url),
          reason: portalFailure(error, lang),
        }),
      ),
    });
  }
  const targets: Target[] = [];
  for (const d of datasets) {
    // The first table the dataset offers (CSV first), else its first file.
    const withUrl = d.resources.filter((r) => r.url && isUrl(r.url));
    const r = withUrl.find((x) => /csv/i.test(x.format ?? "")) ?? withUrl[0];
    if (!r?.url) continue;
    targets.push({
      id: d.name ?? d.id,
      title: d.title ?? d.name ?? d.id,
      location: r.url,
      shown: redactUrl(r.url),
      periodicity: d.accrualPeriodicity,
      modified: day(d.modified),
      personalData: false,
    });
  }
  return { source: redactUrl(url), portal: url, targets };
}
