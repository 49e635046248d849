import { UsageError } from "./errors";
import type { FlagSpec, FlagSpecs, ParsedArgs } from "./types";

/** How far `parseArgs` reads. */
export interface ParseOptions {
  /** Stop at the first positional and hand back the tokens from there on, unread. */
  stopAtPositional?: boolean;
}

/** `parseArgs` result: the parsed part and, with `stopAtPositional`, the unread tokens. */
export interface ParseResult extends ParsedArgs {
  /** Tokens from the first positional on (empty unless `stopAtPositional`). */
  rest: string[];
}

/**
 * Reads a command line against the known flags: `--flag value`, `--flag=value`, switches,
 * `-x` aliases, and `--` (everything after it is positional). Unknown flags, a missing value or
 * `--switch=maybe` throw `UsageError`. A flag given twice keeps the last value, unless it is
 * `repeatable`: then its values are joined by commas (`--limit a=1 --limit b=2` reads as `a=1,b=2`).
 *
 * @example
 * ```ts
 * parseArgs(["a.csv", "--lang=en", "--json"], {
 *   lang: { type: "string", description: { es: "", en: "", pt: "" } },
 *   json: { type: "boolean", description: { es: "", en: "", pt: "" } },
 * });
 * // { positionals: ["a.csv"], flags: { lang: "en", json: true }, rest: [] }
 * ```
 */
export function parseArgs(
  argv: readonly string[],
  specs: FlagSpecs,
  options: ParseOptions = {},
): ParseResult {
  const result: ParseResult = { positionals: [], flags: {}, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === "--") {
      result.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!isFlag(token)) {
      if (options.stopAtPositional) {
        result.rest = argv.slice(i);
        break;
      }
      result.positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const written = eq === -1 ? token : token.slice(0, eq);
    const name = resolveName(written, specs);
    const spec = lookup(specs, name);
    if (spec === undefined) throw new UsageError({ kind: "unknown-flag", flag: written });
    const inline = eq === -1 ? undefined : token.slice(eq + 1);
    if (spec.type === "boolean") {
      result.flags[name] = readBoolean(written, inline);
      continue;
    }
    if (inline !== undefined) {
      result.flags[name] = keep(result.flags[name], inline, spec);
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || isFlag(next) || next === "--") {
      throw new UsageError({ kind: "missing-value", flag: written });
    }
    result.flags[name] = keep(result.flags[name], next, spec);
    i++;
  }
  return result;
}

/** The value a string flag keeps: the new one, or every one so far when the flag is repeatable. */
function keep(before: string | boolean | undefined, value: string, spec: FlagSpec): string {
  return spec.repeatable && typeof before === "string" ? `${before},${value}` : value;
}

/** `-x` and `--xy` are flags; `-` alone (stdin) and negative numbers are values. */
function isFlag(token: string): boolean {
  return token.length > 1 && token.startsWith("-") && token !== "--" && !/^-\d/.test(token);
}

function resolveName(written: string, specs: FlagSpecs): string {
  if (written.startsWith("--")) return written.slice(2);
  const short = written.slice(1);
  const found = Object.entries(specs).find(([, spec]) => spec.short === short);
  return found ? found[0] : written;
}

function lookup(specs: FlagSpecs, name: string): FlagSpec | undefined {
  return Object.hasOwn(specs, name) ? specs[name] : undefined;
}

function readBoolean(flag: string, inline: string | undefined): boolean {
  if (inline === undefined || inline === "true") return true;
  if (inline === "false") return false;
  throw new UsageError({ kind: "bad-boolean", flag, value: inline });
}
