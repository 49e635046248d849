import type { UsageProblem } from "../errors";

/** A language of the messages: Spanish (the default), English or Portuguese. */
export type Lang = "es" | "en" | "pt";

/** Every text `create-ciudata` shows, for one language. Wording only: no logic beyond filling in values. */
export interface Messages {
  /** The first line of the help. */
  title: (version: string) => string;
  /** The whole `--help` text. */
  help: string;
  /** One line saying what was typed wrong and what to do. */
  usageProblem: (problem: UsageProblem) => string;
  /** Shown after a usage problem. */
  seeHelp: string;
  /** An unexpected error: what happened and where to report it. */
  crash: (error: string, issuesUrl: string) => string;
  /** Shown after the crash message when `CIUDATA_DEBUG` is not set. */
  debugHint: string;
  prompts: {
    intro: string;
    directory: string;
    template: string;
    templates: Record<"dashboard" | "analysis", { label: string; hint: string }>;
    portal: string;
    portalHint: string;
    challenge: string;
    challengeHint: string;
    cancelled: string;
  };
  /** `Creating <dir> (template)…` */
  creating: (directory: string, template: string) => string;
  /** The project is ready. */
  created: (directory: string) => string;
  installing: (command: string) => string;
  installFailed: (command: string) => string;
  nextSteps: string;
  /** Next step: start the local portal (only when the portal is the local one). */
  startPortal: string;
  /** Next step for the dashboard: build the snapshot and the page, or develop. */
  dashboardNext: string;
  /** Next step for the analysis: run it. */
  analysisNext: string;
  /** Where the settings are. */
  configHint: string;
}
