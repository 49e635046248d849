import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import { detectedOf } from "../../../../checks/_shared/detected";
import { defineFileRule } from "../../../define-rule";
import { type RuleOptions, ruleError } from "../../../rule";
import { encodingTexts } from "./messages";

const UTF8 = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii"]);

/**
 * Guide rule: files are encoded in UTF-8 (a BOM is a warning: UTF-8 without BOM is recommended).
 * Reads what the reader detected (`task.detected.encoding`, `task.detected.bom`).
 *
 * @example
 * ```ts
 * encodingFindings(report.tasks[0], {}, "es");
 * //=> [{ type: "quality/profile/encoding", params: { expected: "UTF-8", received: "windows-1252", … } }]
 * ```
 */
export function encodingFindings(
  task: { readonly detected: Readonly<Record<string, unknown>> },
  options: RuleOptions = {},
  lang: Lang = "es",
): TableError[] {
  const severity = options.severity ?? "error";
  const detected = detectedOf(task.detected);
  const encoding = detected.encoding;
  if (encoding === undefined) return [];
  const out: TableError[] = [];
  if (!UTF8.has(encoding.toLowerCase())) {
    out.push(
      ruleError("encoding", severity, {
        tags: ["#source", "#encoding"],
        note: `encoding is "${encoding}", expected "utf-8"`,
        params: { expected: "UTF-8", received: encoding, example: "UTF-8", hint: encodingTexts[lang].hint },
      }),
    );
  } else if (detected.bom === true) {
    out.push(
      ruleError("encoding", "warning", {
        tags: ["#source", "#encoding"],
        note: "UTF-8 with a BOM",
        params: {
          expected: "UTF-8",
          received: "UTF-8 + BOM",
          reason: "bom",
          hint: encodingTexts[lang].bomHint,
        },
      }),
    );
  }
  return out;
}

/** The `encoding` rule of the publishing guide as a check descriptor (a profile lists it as `"encoding"`). */
export const encodingRule = defineFileRule("encoding", encodingFindings);
