import type { Messages } from "./types";

/** English texts. */
export const en: Messages = {
  title: (v) => `create-ciudata ${v} — start a city data project`,
  help: `Usage: npm create ciudata@latest [folder] [options]
       pnpm create ciudata [folder] [options]  ·  yarn create ciudata [folder] [options]

Options:
  --template dashboard|analysis  Template: a web dashboard (Vite + Observable Plot) or a Node analysis
  --portal <url>                 CKAN portal (default: the local portal of "ciudata portal serve --port 5000")
  --challenge <challenge>        Hackathon challenge (id or title): goes into the README and ciudata.config.json
  --yes, -y                      Accept the defaults, ask nothing
  --no-install                   Do not install the dependencies
  --lang es|en|pt                Language of the messages (default: from LANG, else Spanish)
  --help, -h                     Show this help
  --version, -v                  Show the version
`,
  usageProblem: (p) => {
    switch (p.kind) {
      case "unknown-flag":
        return `Unknown option "${p.flag}".`;
      case "missing-value":
        return `The option "${p.flag}" needs a value.`;
      case "extra-argument":
        return `Unexpected argument "${p.argument}": give one folder only.`;
      case "bad-lang":
        return `"${p.value}" is not an available language: use es, en or pt.`;
      case "unknown-template":
        return `"${p.template}" is not a template: use ${p.available.join(" or ")}.`;
      case "bad-portal":
        return `"${p.url}" is not an http(s) portal URL: for example, --portal https://data.city.gov`;
      case "bad-directory":
        return `"${p.directory}" cannot be a project name: use letters, digits and dashes.`;
      case "not-empty":
        return `The folder "${p.directory}" already exists and is not empty. Pick another folder or empty it first; I never overwrite files.`;
      case "not-a-directory":
        return `"${p.directory}" already exists and is a file. Pick another folder name.`;
    }
  },
  seeHelp: "More help: npm create ciudata@latest -- --help",
  crash: (error, url) =>
    `create-ciudata failed unexpectedly: ${error}\nThis is a bug in create-ciudata, not your fault. Please report it at\n  ${url}\n`,
  debugHint: "To see the technical details, run it again with CIUDATA_DEBUG=1.",
  prompts: {
    intro: "New city data project",
    directory: "Which folder should I create it in?",
    template: "Which template?",
    templates: {
      dashboard: { label: "Web dashboard", hint: "Vite + TypeScript + Observable Plot, offline data" },
      analysis: { label: "Analysis", hint: "a Node script: quality, privacy and a report" },
    },
    portal: "Which data portal should it read?",
    portalHint: 'a CKAN URL or the local portal of "ciudata portal serve"',
    challenge: "Which challenge is it for? (optional)",
    challengeHint: "the challenge's id or title",
    cancelled: "Cancelled: nothing was created.",
  },
  creating: (d, t) => `Creating ${d} (${t} template)…`,
  created: (d) => `Done: the project is in ${d}`,
  installing: (c) => `Installing dependencies (${c})…`,
  installFailed: (c) =>
    `Could not install the dependencies. The project was created: go into the folder and run "${c}".`,
  nextSteps: "Next steps:",
  startPortal: "in another terminal, the local sample portal:",
  dashboardNext: 'downloads the data and builds the page (dist/); "dev" shows it while you edit:',
  analysisNext: "downloads the data, reviews it and writes the report to out/:",
  configHint: "The portal, the dataset and the challenge are in ciudata.config.json.",
};
