import { readFile } from "node:fs/promises";
import { CiudataError, createIssue, fromZodIssues, type Issue, type ZodIssueLike } from "@ciudata/core";
import { type LinkMapping, LinkMappingSchema, type LinkSettings, parseLinkSettings } from "@ciudata/linkage";
import type { CommandContext } from "../../declare";
import { readJson, userPath } from "../../io";
import { locateJson } from "./json-locate";

// `link.json`: `{ "left": LinkMapping, "right": LinkMapping, "settings": Partial<LinkSettings> }`. A file
// that is not JSON is located by `readJson`; one that is JSON but not a configuration is located here, by
// the path and the line and column of the bad value, each problem a `linkage/config` issue.

/** A linkage configuration as read (every part optional: missing mappings are suggested). */
export interface LinkConfig {
  left?: LinkMapping;
  right?: LinkMapping;
  settings?: Partial<LinkSettings>;
}

/** A valid example, shown when the file is not JSON. */
export const CONFIG_EXAMPLE =
  '{"left":{"id":"folio","fullName":"nombre"},"right":{"fullName":"nombre_completo"},"settings":{"threshold":0.9}}';

const KEYS = ["left", "right", "settings", "$schema"] as const;

/** The parts of a zod `safeParse` result this module reads. */
interface Parsed {
  success: boolean;
  data?: unknown;
  error?: { issues: readonly ZodIssueLike[] };
}

/**
 * Reads and checks `--config`. Throws a `CiudataError` of `linkage/config` issues located by path, line
 * and column; a file that cannot be read or is not JSON is a located `UsageError` (from `readJson`).
 *
 * @example
 * ```ts
 * const config = await readConfig(ctx, "link.json");
 * ```
 */
export async function readConfig(ctx: CommandContext, path: string): Promise<LinkConfig> {
  const data = await readJson(ctx, path, CONFIG_EXAMPLE);
  const issues: Issue[] = [];
  const out: LinkConfig = {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    issues.push(
      createIssue("linkage/config", {
        params: { path: "", expected: "type:object", example: CONFIG_EXAMPLE },
      }),
    );
  } else {
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record))
      if (!(KEYS as readonly string[]).includes(key))
        issues.push(
          createIssue("linkage/config", {
            params: { path: key, expected: "known-key", detail: "left, right, settings" },
          }),
        );
    const check = (key: "left" | "right", schema: { safeParse(v: unknown): Parsed }) => {
      if (record[key] === undefined) return;
      const r = schema.safeParse(record[key]);
      if (r.success) (out as Record<string, unknown>)[key] = r.data;
      else
        issues.push(...fromZodIssues(r.error?.issues ?? [], data, { type: "linkage/config", prefix: [key] }));
    };
    check("left", LinkMappingSchema);
    check("right", LinkMappingSchema);
    if (record.settings !== undefined) {
      try {
        out.settings = parseLinkSettings(record.settings);
      } catch (error) {
        if (!(error instanceof CiudataError)) throw error;
        for (const issue of error.errors) {
          const inner = String(issue.params.path ?? "");
          issues.push({
            ...issue,
            params: { ...issue.params, path: inner ? `settings.${inner}` : "settings" },
          });
        }
      }
    }
  }
  if (issues.length === 0) return out;
  const text = (await readFile(userPath(ctx, path), "utf8")).replace(/^\uFEFF/, "");
  throw new CiudataError(issues.map((issue) => located(issue, text, path)) as [Issue, ...Issue[]]);
}

/** The issue with the file, line and column put before its path. */
function located(issue: Issue, text: string, file: string): Issue {
  const where = String(issue.params.path ?? "");
  const keys = where === "" ? [] : pathKeys(where);
  const at = locateJson(text, keys) ?? { line: 1, column: 1 };
  return {
    ...issue,
    params: { ...issue.params, path: `${file}:${at.line}:${at.column}${where ? ` ${where}` : ""}` },
  };
}

/** `settings.blocking[0].on` ⇒ `["settings", "blocking", 0, "on"]`. */
function pathKeys(path: string): PropertyKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] as string),
  );
}
