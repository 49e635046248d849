import type { Messages } from "./types";

/** Textos em português. */
export const pt: Messages = {
  title: (v) => `create-ciudata ${v} — comece um projeto de dados da cidade`,
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
  usageProblem: (p) => {
    switch (p.kind) {
      case "unknown-flag":
        return `Não conheço a opção «${p.flag}».`;
      case "missing-value":
        return `Falta o valor da opção «${p.flag}».`;
      case "extra-argument":
        return `Argumento a mais «${p.argument}»: indique uma só pasta.`;
      case "bad-lang":
        return `«${p.value}» não é um idioma disponível: use es, en ou pt.`;
      case "unknown-template":
        return `«${p.template}» não é um modelo: use ${p.available.join(" ou ")}.`;
      case "bad-portal":
        return `«${p.url}» não é uma URL http(s) de portal: por exemplo, --portal https://dados.cidade.gov.br`;
      case "bad-directory":
        return `«${p.directory}» não serve como nome de projeto: use letras, números e hífens.`;
      case "not-empty":
        return `A pasta «${p.directory}» já existe e não está vazia. Escolha outra pasta ou esvazie-a antes; não sobrescrevo arquivos.`;
      case "not-a-directory":
        return `«${p.directory}» já existe e é um arquivo. Escolha outro nome de pasta.`;
    }
  },
  seeHelp: "Mais ajuda: npm create ciudata@latest -- --help",
  crash: (error, url) =>
    `create-ciudata falhou de forma inesperada: ${error}\nIsto é um erro do create-ciudata, não seu. Por favor, informe em\n  ${url}\n`,
  debugHint: "Para ver o detalhe técnico, rode de novo com CIUDATA_DEBUG=1.",
  prompts: {
    intro: "Novo projeto de dados da cidade",
    directory: "Em que pasta devo criá-lo?",
    template: "Qual modelo?",
    templates: {
      dashboard: { label: "Painel web", hint: "Vite + TypeScript + Observable Plot, dados offline" },
      analysis: { label: "Análise", hint: "script Node: qualidade, privacidade e um relatório" },
    },
    portal: "De que portal de dados devo ler?",
    portalHint: "uma URL de CKAN ou o portal local de «ciudata portal serve»",
    challenge: "Para qual desafio é? (opcional)",
    challengeHint: "id ou título do desafio",
    cancelled: "Cancelado: nada foi criado.",
  },
  creating: (d, t) => `Criando ${d} (modelo ${t})…`,
  created: (d) => `Pronto: o projeto está em ${d}`,
  installing: (c) => `Instalando dependências (${c})…`,
  installFailed: (c) =>
    `Não consegui instalar as dependências. O projeto foi criado: entre na pasta e rode «${c}».`,
  nextSteps: "Próximos passos:",
  startPortal: "em outro terminal, o portal local de amostra:",
  dashboardNext: "baixa os dados e monta a página (dist/); «dev» a mostra enquanto você edita:",
  analysisNext: "baixa os dados, revisa e escreve o relatório em out/:",
  configHint: "O portal, o conjunto de dados e o desafio estão em ciudata.config.json.",
};
