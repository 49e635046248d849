import { UsageError } from "./errors";

/** The command line of `create-ciudata`, parsed. Validation of values (template, URL) comes later. */
export interface CliFlags {
  /** The target folder (the one positional argument). */
  directory?: string;
  template?: string;
  portal?: string;
  challenge?: string;
  lang?: string;
  /** `--yes`: accept the defaults, no prompts. */
  yes: boolean;
  /** `--no-install` sets it to false. */
  install: boolean;
  help: boolean;
  version: boolean;
}

const VALUE_FLAGS = {
  template: "template",
  t: "template",
  portal: "portal",
  challenge: "challenge",
  lang: "lang",
} as const;
const BOOLEAN_FLAGS: Record<string, (f: CliFlags) => void> = {
  yes: (f) => {
    f.yes = true;
  },
  y: (f) => {
    f.yes = true;
  },
  install: (f) => {
    f.install = true;
  },
  "no-install": (f) => {
    f.install = false;
  },
  help: (f) => {
    f.help = true;
  },
  h: (f) => {
    f.help = true;
  },
  version: (f) => {
    f.version = true;
  },
  v: (f) => {
    f.version = true;
  },
};

/**
 * Parses the arguments after `create-ciudata`: `[folder] [--template x] [--portal url] [--challenge c]
 * [--yes] [--no-install] [--lang es|en|pt]`, with `--flag=value` too. Throws {@link UsageError}.
 *
 * @example
 * ```ts
 * parseFlags(["mi-tablero", "--template=analysis", "--yes"]);
 * //=> { directory: "mi-tablero", template: "analysis", yes: true, install: true, help: false, version: false }
 * ```
 */
export function parseFlags(argv: readonly string[]): CliFlags {
  const flags: CliFlags = { yes: false, install: true, help: false, version: false };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      if (flags.directory !== undefined) throw new UsageError({ kind: "extra-argument", argument: arg });
      flags.directory = arg;
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const body = arg.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq === -1 ? body : body.slice(0, eq);
    const key = VALUE_FLAGS[name as keyof typeof VALUE_FLAGS];
    if (key !== undefined) {
      let value = eq === -1 ? argv[i + 1] : body.slice(eq + 1);
      if (eq === -1) i++;
      if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
        throw new UsageError({ kind: "missing-value", flag: `--${key}` });
      }
      value = value.trim();
      flags[key] = value;
      continue;
    }
    const set = BOOLEAN_FLAGS[name];
    if (set === undefined || eq !== -1) throw new UsageError({ kind: "unknown-flag", flag: arg });
    set(flags);
  }
  return flags;
}
