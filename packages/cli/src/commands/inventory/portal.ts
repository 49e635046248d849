// `inventory import --from-portal <url>`: a portal's catalog as inventory entries, through @ciudata/open-data.
import { CiudataError, type Lang, translator } from "@ciudata/core";
import { createPortal, type Dataset, describePortalError, isPortalError } from "@ciudata/open-data";
import { isPeriodicity, SUPER_THEMES } from "@ciudata/strategy";
import { issueText } from "../../catalogs";
import type { CommandContext } from "../../declare";
import { UsageError } from "../../errors";
import { perLang } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";
import { type Incoming, slugOf } from "./file";

const day = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);
const THEMES = new Set<string>(SUPER_THEMES);

/** One portal dataset as an inventory entry: published, so public; personal data unknown until validated. */
function entryOf(d: Dataset): { entry: Record<string, unknown>; area: string; areaName: string } {
  const area = slugOf(d.organization?.name ?? d.publisher?.name ?? "portal");
  const themes = d.themes.map((t) => t.toUpperCase()).filter((t) => THEMES.has(t));
  const periodicity =
    d.accrualPeriodicity && isPeriodicity(d.accrualPeriodicity) ? d.accrualPeriodicity : undefined;
  const resources = d.resources.filter((r) => r.url);
  return {
    area,
    areaName: d.organization?.title ?? d.organization?.name ?? area,
    entry: {
      id: slugOf(d.name ?? d.id),
      title: d.title ?? d.name ?? d.id,
      ...(d.description ? { description: d.description } : {}),
      ...(d.publisher
        ? { publisher: { name: d.publisher.name, ...(d.publisher.email ? { mbox: d.publisher.email } : {}) } }
        : {}),
      ...(themes.length ? { superTheme: themes } : {}),
      ...(d.tags.length ? { keyword: d.tags } : {}),
      ...(day(d.issued) ? { issued: day(d.issued) } : {}),
      ...(day(d.modified) ? { modified: day(d.modified) } : {}),
      ...(periodicity ? { accrualPeriodicity: periodicity } : {}),
      ...(d.license ? { license: d.license } : {}),
      distribution: resources.map((r, i) => ({
        identifier: slugOf(r.id) || `${i + 1}`,
        title: r.name ?? r.format ?? `${i + 1}`,
        downloadURL: r.url,
        ...(r.format ? { format: r.format } : {}),
        ...(day(r.modified) ? { issued: day(r.modified) } : {}),
      })),
      accessLevel: "public",
      personalData: false,
      state: "published",
      orgUnitId: area,
    },
  };
}

/** Every dataset of the portal's catalog; a portal that cannot be read is a usage error naming it. */
export async function portalEntries(url: string, ctx: CommandContext): Promise<Incoming> {
  const incoming: Incoming = { entries: [], areas: new Map(), notes: [] };
  try {
    for await (const d of createPortal(url).datasets()) {
      const { entry, area, areaName } = entryOf(d);
      incoming.entries.push({ entry, row: null });
      if (!incoming.areas.has(area)) incoming.areas.set(area, areaName);
    }
  } catch (error) {
    throw new UsageError({
      kind: "custom",
      message: perLang((lang) =>
        translator(inventoryMessages, lang).t("portalFailed", { url, reason: portalFailure(error, lang) }),
      ),
    });
  }
  const { t } = translator(inventoryMessages, ctx.lang);
  if (incoming.entries.length) incoming.notes.push(t("portalGuess", { count: incoming.entries.length }));
  return incoming;
}

/** Why a portal could not be read, in one language: the portal's own wording, never a query string. */
export function portalFailure(error: unknown, lang: Lang): string {
  return isPortalError(error)
    ? describePortalError(error, lang)
    : error instanceof CiudataError && error.errors[0]
      ? issueText(error.errors[0], lang)
      : String((error as Error)?.message ?? error);
}
