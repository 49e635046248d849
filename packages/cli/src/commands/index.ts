import type { Command } from "../types";
import { anonymizeCommand } from "./anonymize";
import { conformanceCommand } from "./conformance";
import { demoCommand } from "./demo";
import { disaggregationCommand } from "./disaggregation";
import { hackathonCommand } from "./hackathon";
import { helpCommand } from "./help";
import { idCommand } from "./id";
import { inspectCommand } from "./inspect";
import { portalCommand } from "./portal";
import { privacyCommand } from "./privacy";
import { schemaCommand } from "./schema";
import { strategyCommand } from "./strategy";
import { suppressCommand } from "./suppress";
import { validateCommand } from "./validate";

const registry: Command[] = [
  demoCommand,
  inspectCommand,
  validateCommand,
  schemaCommand,
  strategyCommand,
  privacyCommand,
  anonymizeCommand,
  suppressCommand,
  idCommand,
  disaggregationCommand,
  portalCommand,
  hackathonCommand,
  conformanceCommand,
  helpCommand,
];

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
 * const unregister = registerCommand({ name: "hola", summary, usage, run: async (_, ctx) => { ctx.io.stdout("¡hola!\n"); return 0; } });
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
