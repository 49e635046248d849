import type { Messages } from "./types";

/** Textos en español (el idioma por defecto). */
export const es: Messages = {
  title: (v) => `create-ciudata ${v} — arranque un proyecto de datos de la ciudad`,
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
  usageProblem: (p) => {
    switch (p.kind) {
      case "unknown-flag":
        return `No conozco la opción «${p.flag}».`;
      case "missing-value":
        return `Falta el valor de la opción «${p.flag}».`;
      case "extra-argument":
        return `Sobra el argumento «${p.argument}»: indique una sola carpeta.`;
      case "bad-lang":
        return `«${p.value}» no es un idioma disponible: use es, en o pt.`;
      case "unknown-template":
        return `«${p.template}» no es una plantilla: use ${p.available.join(" o ")}.`;
      case "bad-portal":
        return `«${p.url}» no es una URL http(s) de un portal: por ejemplo, --portal https://datos.ciudad.gob.ar`;
      case "bad-directory":
        return `«${p.directory}» no sirve como nombre de proyecto: use letras, números y guiones.`;
      case "not-empty":
        return `La carpeta «${p.directory}» ya existe y no está vacía. Elija otra carpeta o vacíela antes; no sobrescribo archivos.`;
      case "not-a-directory":
        return `«${p.directory}» ya existe y es un archivo. Elija otro nombre de carpeta.`;
    }
  },
  seeHelp: "Más ayuda: npm create ciudata@latest -- --help",
  crash: (error, url) =>
    `create-ciudata falló de forma inesperada: ${error}\nEsto es un error de create-ciudata, no suyo. Por favor, repórtelo en\n  ${url}\n`,
  debugHint: "Para ver el detalle técnico, vuelva a correrlo con CIUDATA_DEBUG=1.",
  prompts: {
    intro: "Nuevo proyecto de datos de la ciudad",
    directory: "¿En qué carpeta lo creo?",
    template: "¿Qué plantilla?",
    templates: {
      dashboard: { label: "Tablero web", hint: "Vite + TypeScript + Observable Plot, datos sin conexión" },
      analysis: { label: "Análisis", hint: "script de Node: calidad, privacidad y un informe" },
    },
    portal: "¿De qué portal de datos leo?",
    portalHint: "una URL de CKAN o el portal local de «ciudata portal serve»",
    challenge: "¿Para qué desafío es? (opcional)",
    challengeHint: "id o título del desafío",
    cancelled: "Cancelado: no creé nada.",
  },
  creating: (d, t) => `Creando ${d} (plantilla ${t})…`,
  created: (d) => `Listo: el proyecto está en ${d}`,
  installing: (c) => `Instalando dependencias (${c})…`,
  installFailed: (c) =>
    `No pude instalar las dependencias. El proyecto quedó creado: entre a la carpeta y corra «${c}».`,
  nextSteps: "Siguientes pasos:",
  startPortal: "en otra terminal, el portal local de muestra:",
  dashboardNext: "baja los datos y arma la página (dist/); «dev» la muestra mientras edita:",
  analysisNext: "baja los datos, los revisa y escribe el informe en out/:",
  configHint: "El portal, el conjunto de datos y el desafío están en ciudata.config.json.",
};
