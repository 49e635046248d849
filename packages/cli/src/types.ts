import type { Lang } from "@ciudata/core";

export type {
  ArgSpec,
  CliIO,
  Command,
  CommandContext,
  Handler,
  HelpText,
  LocalizedText,
  OptionSpec,
  Outcome,
  ParsedArgs,
  Printable,
  ReportFormat,
} from "./declare";
/** A language the CLI speaks (the kernel's). Spanish first. */
export type { Lang };
