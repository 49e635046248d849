// create-ciudata: `npm create ciudata` scaffolds a hackathon starter (a dashboard or an analysis) wired to
// an open-data portal. The same steps are available from code: `scaffold(options)` and `main(argv)`.

export { type CliFlags, parseFlags } from "./args";
export { UsageError, type UsageProblem, usageText } from "./errors";
export { DEFAULT_DIRECTORY, ISSUES_URL, type MainIO, main } from "./main";
export { createCiudataIssues, createCiudataMessages, langFromEnv } from "./messages";
export { type Challenge, parseChallenge, slugify, toProjectName } from "./names";
export { detectPackageManager, type PackageManager, runScript } from "./pm";
export { clackPrompter, type Prompter, type PromptOption } from "./prompts";
export {
  checkPortal,
  checkTarget,
  DEFAULT_PORTAL,
  fill,
  isLocalPortal,
  isTemplate,
  type ScaffoldOptions,
  type ScaffoldResult,
  scaffold,
  TEMPLATES,
  type TemplateName,
  templatesDir,
} from "./scaffold";
export { VERSION } from "./version";
