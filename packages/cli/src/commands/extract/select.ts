import { expectedText, translator } from "@ciudata/core";
import { type Node, parseExpression, qualityIssues } from "@ciudata/quality";
import { UsageError } from "../../errors";
import { localized, perLang } from "../../messages";
import { extractMessages } from "../../messages/extract";
import { suggest } from "../../suggest";

/** A `--where` formula read: its tree and the column names it uses. */
export interface Where {
  readonly node: Node;
  readonly names: readonly string[];
}

/**
 * Reads a `--where` formula with the quality formula language. A syntax error is a usage error (exit 2)
 * pointing at the character, in every language: what was expected there and what was found.
 *
 * @example
 * ```ts
 * parseWhere("edad >= 18 and barrio == 'Centro'").names; //=> ["edad", "barrio"]
 * parseWhere("edad >= )"); // throws: at character 9 a value was expected, found ")"
 * ```
 */
export function parseWhere(formula: string): Where {
  const parsed = parseExpression(formula);
  if (parsed.ok) return { node: parsed.node, names: parsed.names };
  const { position, expected, detail, received } = parsed.issue;
  const pointer = `  ${formula}\n  ${" ".repeat(position)}^`;
  throw new UsageError({
    kind: "custom",
    message: perLang((lang) =>
      translator(extractMessages, lang).t("whereSyntax", {
        position: position + 1,
        expected: expectedText(expected, detail, lang, qualityIssues),
        received,
        pointer,
      }),
    ),
  });
}

/**
 * The positions of the columns asked for, in the order asked; every column when none is asked. An unknown
 * name is a usage error listing the columns that exist, with a "did you mean".
 *
 * @example
 * ```ts
 * pickColumns(["id", "edad", "barrio"], "barrio,id", "--columns"); //=> [2, 0]
 * pickColumns(["id", "edad"], "eda", "--columns"); // throws: no column "eda"; did you mean "edad"?
 * ```
 */
export function pickColumns(
  names: readonly string[],
  asked: readonly string[] | undefined,
  flag: string,
): number[] {
  if (asked === undefined) return names.map((_, i) => i);
  return asked.map((column) => {
    const at = names.indexOf(column);
    if (at !== -1) return at;
    throw new UsageError({
      kind: "custom",
      message: localized(extractMessages, "unknownColumn", {
        flag,
        column,
        columns: names.join(", "),
        suggestion:
          suggest(column, names) ?? names.find((n) => n.toLowerCase() === column.toLowerCase()) ?? "",
      }),
    });
  });
}
