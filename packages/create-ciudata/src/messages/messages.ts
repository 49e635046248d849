import { defineCatalogs } from "@ciudata/core";

/**
 * Every text `create-ciudata` shows (help, prompts, progress, next steps), in es, en and pt. Render it
 * with `translator(createCiudataMessages, lang).t(key, params)`; usage mistakes are worded by
 * `createCiudataIssues`.
 *
 * @example
 * ```ts
 * translator(createCiudataMessages, "en").t("created", { directory: "tablero" }); //=> "Done: the project is in tablero"
 * ```
 */
export const createCiudataMessages = defineCatalogs({
  es: {
    title: (p: { version: string }) =>
      `create-ciudata ${p.version} — arranque un proyecto de datos de la ciudad`,
    help: `Uso: npm create ciudata@latest [carpeta] [opciones]
     pnpm create ciudata [carpeta] [opciones]  ·  yarn create ciudata [carpeta] [opciones]

Opciones:
  --template dashboard|analysis  Plantilla: un tablero web (Vite + Observable Plot) o un análisis en Node
  --portal <url>                 Portal CKAN (por defecto, el portal local de «ciudata portal serve --port 5000»)
  --challenge <desafío>          Desafío de la hackatón (id o título): va al README y a ciudata.config.json
  --yes, -y                      Acepta los valores por defecto, sin preguntas
  --no-install                   No instala las dependencias
  --lang es|en|pt                Idioma de los mensajes (por defecto, según LANG; si no, español)
  --help, -h                     Muestra esta ayuda
  --version, -v                  Muestra la versión
`,
    seeHelp: "Más ayuda: npm create ciudata@latest -- --help",
    crash: (p: { error: string; url: string }) =>
      `create-ciudata falló de forma inesperada: ${p.error}\nEsto es un error de create-ciudata, no suyo. Por favor, repórtelo en\n  ${p.url}\n`,
    debugHint: "Para ver el detalle técnico, vuelva a correrlo con CIUDATA_DEBUG=1.",
    "prompt.intro": "Nuevo proyecto de datos de la ciudad",
    "prompt.directory": "¿En qué carpeta lo creo?",
    "prompt.template": "¿Qué plantilla?",
    "prompt.portal": "¿De qué portal de datos leo?",
    "prompt.portalHint": "una URL de CKAN o el portal local de «ciudata portal serve»",
    "prompt.challenge": "¿Para qué desafío es? (opcional)",
    "prompt.challengeHint": "id o título del desafío",
    "prompt.cancelled": "Cancelado: no creé nada.",
    "template.dashboard": "Tablero web",
    "template.dashboard.hint": "Vite + TypeScript + Observable Plot, datos sin conexión",
    "template.analysis": "Análisis",
    "template.analysis.hint": "script de Node: calidad, privacidad y un informe",

    creating: (p: { directory: string; template: string }) =>
      `Creando ${p.directory} (plantilla ${p.template})…`,
    created: (p: { directory: string }) => `Listo: el proyecto está en ${p.directory}`,
    installing: (p: { command: string }) => `Instalando dependencias (${p.command})…`,
    installFailed: (p: { command: string }) =>
      `No pude instalar las dependencias. El proyecto quedó creado: entre a la carpeta y corra «${p.command}».`,
    nextSteps: "Siguientes pasos:",
    startPortal: "en otra terminal, el portal local de muestra:",
    dashboardNext: "baja los datos y arma la página (dist/); «dev» la muestra mientras edita:",
    analysisNext: "baja los datos, los revisa y escribe el informe en out/:",
    configHint: "El portal, el conjunto de datos y el desafío están en ciudata.config.json.",
  },
  en: {
    title: (p) => `create-ciudata ${p.version} — start a city data project`,
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
    seeHelp: "More help: npm create ciudata@latest -- --help",
    crash: (p) =>
      `create-ciudata failed unexpectedly: ${p.error}\nThis is a bug in create-ciudata, not your fault. Please report it at\n  ${p.url}\n`,
    debugHint: "To see the technical details, run it again with CIUDATA_DEBUG=1.",
    "prompt.intro": "New city data project",
    "prompt.directory": "Which folder should I create it in?",
    "prompt.template": "Which template?",
    "prompt.portal": "Which data portal should it read?",
    "prompt.portalHint": 'a CKAN URL or the local portal of "ciudata portal serve"',
    "prompt.challenge": "Which challenge is it for? (optional)",
    "prompt.challengeHint": "the challenge's id or title",
    "prompt.cancelled": "Cancelled: nothing was created.",
    "template.dashboard": "Web dashboard",
    "template.dashboard.hint": "Vite + TypeScript + Observable Plot, offline data",
    "template.analysis": "Analysis",
    "template.analysis.hint": "a Node script: quality, privacy and a report",

    creating: (p) => `Creating ${p.directory} (${p.template} template)…`,
    created: (p) => `Done: the project is in ${p.directory}`,
    installing: (p) => `Installing dependencies (${p.command})…`,
    installFailed: (p) =>
      `Could not install the dependencies. The project was created: go into the folder and run "${p.command}".`,
    nextSteps: "Next steps:",
    startPortal: "in another terminal, the local sample portal:",
    dashboardNext: 'downloads the data and builds the page (dist/); "dev" shows it while you edit:',
    analysisNext: "downloads the data, reviews it and writes the report to out/:",
    configHint: "The portal, the dataset and the challenge are in ciudata.config.json.",
  },
  pt: {
    title: (p) => `create-ciudata ${p.version} — comece um projeto de dados da cidade`,
    help: `Uso: npm create ciudata@latest [pasta] [opções]
     pnpm create ciudata [pasta] [opções]  ·  yarn create ciudata [pasta] [opções]

Opções:
  --template dashboard|analysis  Modelo: um painel web (Vite + Observable Plot) ou uma análise em Node
  --portal <url>                 Portal CKAN (padrão: o portal local de «ciudata portal serve --port 5000»)
  --challenge <desafio>          Desafio do hackathon (id ou título): vai para o README e o ciudata.config.json
  --yes, -y                      Aceita os valores padrão, sem perguntas
  --no-install                   Não instala as dependências
  --lang es|en|pt                Idioma das mensagens (padrão: conforme LANG; senão, espanhol)
  --help, -h                     Mostra esta ajuda
  --version, -v                  Mostra a versão
`,
    seeHelp: "Mais ajuda: npm create ciudata@latest -- --help",
    crash: (p) =>
      `create-ciudata falhou de forma inesperada: ${p.error}\nIsto é um erro do create-ciudata, não seu. Por favor, informe em\n  ${p.url}\n`,
    debugHint: "Para ver o detalhe técnico, rode de novo com CIUDATA_DEBUG=1.",
    "prompt.intro": "Novo projeto de dados da cidade",
    "prompt.directory": "Em que pasta devo criá-lo?",
    "prompt.template": "Qual modelo?",
    "prompt.portal": "De que portal de dados devo ler?",
    "prompt.portalHint": "uma URL de CKAN ou o portal local de «ciudata portal serve»",
    "prompt.challenge": "Para qual desafio é? (opcional)",
    "prompt.challengeHint": "id ou título do desafio",
    "prompt.cancelled": "Cancelado: nada foi criado.",
    "template.dashboard": "Painel web",
    "template.dashboard.hint": "Vite + TypeScript + Observable Plot, dados offline",
    "template.analysis": "Análise",
    "template.analysis.hint": "script Node: qualidade, privacidade e um relatório",

    creating: (p) => `Criando ${p.directory} (modelo ${p.template})…`,
    created: (p) => `Pronto: o projeto está em ${p.directory}`,
    installing: (p) => `Instalando dependências (${p.command})…`,
    installFailed: (p) =>
      `Não consegui instalar as dependências. O projeto foi criado: entre na pasta e rode «${p.command}».`,
    nextSteps: "Próximos passos:",
    startPortal: "em outro terminal, o portal local de amostra:",
    dashboardNext: "baixa os dados e monta a página (dist/); «dev» a mostra enquanto você edita:",
    analysisNext: "baixa os dados, revisa e escreve o relatório em out/:",
    configHint: "O portal, o conjunto de dados e o desafio estão em ciudata.config.json.",
  },
});
