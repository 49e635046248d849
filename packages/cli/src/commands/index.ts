import type { Command } from "../declare";
import { anonymizeCommand } from "./anonymize/command";
import { cleanCommand } from "./clean/command";
import { conformanceCommand } from "./conformance/command";
import { convertCommand } from "./convert/command";
import { dedupeCommand } from "./dedupe/command";
import { demoCommand } from "./demo/command";
import { disaggregationCommand } from "./disaggregation/command";
import { extractCommand } from "./extract/command";
import { geoCommand } from "./geo/command";
import { hackathonCommand } from "./hackathon/command";
import { helpCommand } from "./help/command";
import { idCommand } from "./id/command";
import { inspectCommand } from "./inspect/command";
import { inventoryCommand } from "./inventory/command";
import { linkCommand } from "./link/command";
import { portalCommand } from "./portal/command";
import { privacyCommand } from "./privacy/command";
import { schemaCommand } from "./schema/command";
import { statsCommand } from "./stats/command";
import { strategyCommand } from "./strategy/command";
import { suppressCommand } from "./suppress/command";
import { surveyCommand } from "./survey/command";
import { validateCommand } from "./validate/command";
import { watchCommand } from "./watch/command";

const registry: Command[] = [
  demoCommand,
  inspectCommand,
  validateCommand,
  schemaCommand,
  extractCommand,
  convertCommand,
  statsCommand,
  strategyCommand,
  inventoryCommand,
  surveyCommand,
  privacyCommand,
  anonymizeCommand,
  suppressCommand,
  idCommand,
  disaggregationCommand,
  linkCommand,
  dedupeCommand,
  cleanCommand,
  geoCommand,
  portalCommand,
  hackathonCommand,
  conformanceCommand,
  watchCommand,
  helpCommand,
];

// Declarations only: each command's code is imported when it runs (`load`).

/**
 * Every registered command, in registration order (a live view). To ship a new command, add it
 * to the `registry` array in this file; `registerCommand` is for plugins and tests.
 *
 * @example
 * ```ts
 * commands.map((c) => c.name); // ["help", …]
 * ```
 */
export const commands: readonly Command[] = registry;

/**
 * Adds a command at run time; returns a function that removes it again.
 * Throws if a command with that name exists.
 *
 * @example
 * ```ts
 * const unregister = registerCommand(defineCommand({ name: "hola", summary, usage, load: async () => async (_, ctx) => (ctx.io.stdout("¡hola!\n"), 0) }));
 * await run(["hola"]); // prints "¡hola!"
 * unregister();
 * ```
 */
export function registerCommand(command: Command): () => void {
  const existing = findCommand(command.name);
  // The same command registered twice (a test of a built-in command) is a no-op.
  if (existing === command) return () => {};
  if (existing) throw new Error(`ciudata: command "${command.name}" is already registered`);
  registry.push(command);
  return () => {
    const index = registry.indexOf(command);
    if (index !== -1) registry.splice(index, 1);
  };
}

/**
 * The command with that exact name, if any.
 *
 * @example
 * ```ts
 * findCommand("help")?.name; // "help"
 * ```
 */
export function findCommand(name: string): Command | undefined {
  return registry.find((c) => c.name === name);
}
