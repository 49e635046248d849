import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata watch`, in es, en and pt. */
export const watchMessages = defineCatalogs({
  es: {
    summary:
      "Vigila la calidad de los datos en el tiempo: revisa cada conjunto, guarda el historial y avisa cuando algo cambia",
    usage:
      'ciudata watch <inventario.json|url-del-catálogo> [--once] [--every "0 6 * * *"] [--db history.duckdb|--database postgres://…] [--threshold 80] [--webhook URL] [--as-of AAAA-MM-DD] [--format text|json|md|html]\nciudata watch report [--db history.duckdb|--database postgres://…] [--format html|md|json|text] [--out archivo]\n\nRevisa cada conjunto del inventario o del catálogo descargando solo lo que cambió (pedido condicional con ETag / Last-Modified, luego la huella SHA-256), guarda cada resultado en el historial (un archivo DuckDB, o PostgreSQL con --database) y avisa cuando un conjunto queda desactualizado para su periodicidad, su puntaje baja del umbral, cambian sus campos (agregados, quitados o de otro tipo) o deja de poder leerse. Un aviso se da cuando la situación empieza, no en cada corrida mientras dura. Sale con 0 sin avisos, 1 con avisos y 2 si la entrada no sirve. --once (lo que llama un cron o un CI) hace una corrida; --every repite según una expresión cron de cinco campos hasta SIGINT/SIGTERM. El webhook (o la variable CIUDATA_WEBHOOK_URL) recibe los avisos como JSON por POST; su URL nunca se muestra.',
    "flag.once": "una sola corrida (lo que llama cron o un CI); es lo que se hace sin --every",
    "flag.every": 'repetir según una expresión cron de cinco campos ("0 6 * * *": todos los días a las 6:00)',
    "flag.db": "archivo DuckDB del historial (history.duckdb en la carpeta actual por omisión)",
    "flag.database":
      "guardar el historial en PostgreSQL (postgres://usuario@servidor:puerto/base, esquema ciudata_watch) en vez de un archivo DuckDB; la contraseña va en PGPASSWORD o ~/.pgpass, no en la línea de comandos",
    dbOrDatabase:
      "--db y --database no van juntos: el historial está en un archivo DuckDB (--db) o en PostgreSQL (--database). Qué hacer: deje solo uno.",
    "flag.threshold": "puntaje de calidad (0–100) bajo el cual se avisa (80 por omisión)",
    "flag.webhook":
      "URL que recibe los avisos por POST (o la variable CIUDATA_WEBHOOK_URL); nunca se muestra",
    "flag.asOf": "fecha de la revisión (AAAA-MM-DD; hoy por omisión)",
    duckdbMissing:
      "El historial de watch se guarda en DuckDB y el paquete @duckdb/node-api no está instalado. Qué hacer: npm install @duckdb/node-api",
    badHistory: (p: { path: string; detail: string }) =>
      `${p.path} no se pudo abrir como historial de watch (${p.detail}). Qué hacer: indique con --db un archivo de historial de ciudata watch, o un nombre nuevo para empezar uno.`,
    noHistoryDatabase: (p: { url: string }) =>
      `No hay historial de watch en ${p.url} (esquema ciudata_watch). Qué hacer: corra antes «ciudata watch <inventario|url> --database <la misma dirección>».`,
    noHistory: (p: { path: string }) =>
      `No hay historial en ${p.path}. Qué hacer: corra antes «ciudata watch <inventario|url> --db ${p.path}», o indique con --db dónde está.`,
    catalogFailed: (p: { url: string; reason: string }) =>
      `No se pudo leer el catálogo de ${p.url}: ${p.reason}. Qué hacer: revise la URL del portal (CKAN, DCAT, Socrata…) y la conexión.`,
    badWebhook: (p: { from: string }) =>
      `${p.from} no es una URL http(s) (no se muestra porque puede llevar una clave). Qué hacer: escriba la URL completa, por ejemplo https://hooks.ejemplo.org/…`,
    webhookFailed: (p: { detail: string }) =>
      `El webhook no recibió los avisos (${p.detail}); quedan en el historial. Qué hacer: revise la URL del webhook y que el servicio esté en línea.`,
    webhookTitle: (p: { source: string; count: number }, w) =>
      `ciudata watch — ${p.source}: ${w.count(p.count, { one: "aviso", other: "avisos" })}`,
    onceOrEvery: "--once y --every no van juntos: --once hace una corrida, --every repite. Elija uno.",
    badThreshold: (p: { value: string }) =>
      `--threshold espera un puntaje entre 0 y 100, por ejemplo 80; se recibió «${p.value}».`,
    badCron: (p: { expression: string; why: string }) =>
      `--every «${p.expression}»: ${p.why}. Se esperan cinco campos: minuto hora día-del-mes mes día-de-la-semana, por ejemplo «0 6 * * *» (todos los días a las 6:00) o «*/30 8-18 * * 1-5».`,
    cronCount: (p: { count: number }, w) =>
      `tiene ${w.count(p.count, { one: "campo", other: "campos" })} en lugar de cinco`,
    cronNever: "ninguna fecha cumple esa expresión (por ejemplo, 30 de febrero)",
    cronRange: (p: { field: string; found: string; min: number; max: number }) =>
      `el campo ${p.field} vale «${p.found}», fuera de ${p.min}–${p.max}`,
    cronSyntax: (p: { field: string; found: string }) =>
      `el campo ${p.field} vale «${p.found}», que no es un número, un rango (1-5), una lista (1,15) ni un paso (*/15)`,
    cronField1: "1 (minuto)",
    cronField2: "2 (hora)",
    cronField3: "3 (día del mes)",
    cronField4: "4 (mes)",
    cronField5: "5 (día de la semana)",
    nextRun: (p: { at: string }) => `Próxima corrida: ${p.at}. Ctrl+C para terminar.`,
    stopped: "watch terminó (señal recibida).",
    unreachable: (p: { id: string; url: string; reason: string }) =>
      `Conjunto «${p.id}»: no se pudo leer ${p.url} (${p.reason}).`,
    alertStale: (p: { id: string; periodicity: string; lastUpdate: string; due: string; days: number }, w) =>
      `«${p.id}» está desactualizado: periodicidad ${p.periodicity}, última actualización ${p.lastUpdate}, vencía ${p.due} (${w.count(p.days, { one: "día", other: "días" })} de atraso).`,
    alertScore: (p: { id: string; score: string; threshold: string; previous: string }) =>
      `«${p.id}»: puntaje de calidad ${p.score}, bajo el umbral ${p.threshold}${p.previous ? ` (antes ${p.previous})` : ""}.`,
    alertSchema: (p: { id: string; changes: string }) => `«${p.id}»: cambiaron sus campos — ${p.changes}.`,
    alertUnreachable: (p: { id: string; reason: string }) => `«${p.id}»: no se pudo leer (${p.reason}).`,
    fieldsAdded: (p: { names: string }) => `agregados: ${p.names}`,
    fieldsRemoved: (p: { names: string }) => `quitados: ${p.names}`,
    fieldsRetyped: (p: { names: string }) => `con otro tipo: ${p.names}`,
    unknown: "desconocida",
    runTitle: (p: { source: string; asOf: string; runId: number }) =>
      `Vigilancia de ${p.source} — ${p.asOf} (corrida ${p.runId})`,
    runSummary: (p: { datasets: number; downloaded: number; alerts: number; threshold: string }, w) =>
      `${w.count(p.datasets, { one: "conjunto revisado", other: "conjuntos revisados" })}, ${w.count(p.downloaded, { one: "descargado", other: "descargados" })} (los demás no cambiaron), ${w.count(p.alerts, { one: "aviso", other: "avisos" })}; umbral de puntaje ${p.threshold}.`,
    dataset: "Conjunto",
    status: "Estado",
    score: "Puntaje",
    lastUpdate: "Última actualización",
    due: "Vence",
    "status.new": "nuevo",
    "status.changed": "cambió",
    "status.unchanged": "sin cambios",
    "status.unreachable": "no se pudo leer",
    scoreFrom: (p: { score: string; date: string }) => `${p.score} (revisión del ${p.date})`,
    late: (p: { due: string }) => `atrasado desde ${p.due}`,
    alerts: "Avisos",
    noAlerts: "Ninguno.",
    reportTitle: (p: { db: string }) => `Historial de calidad — ${p.db}`,
    reportSummary: (p: { runs: number; first: string; last: string; datasets: number; alerts: number }, w) =>
      `${w.count(p.runs, { one: "corrida", other: "corridas" })} (de ${p.first} a ${p.last}), ${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}, ${w.count(p.alerts, { one: "aviso", other: "avisos" })} en total.`,
    trends: "Puntaje de cada conjunto, corrida tras corrida",
    change: "cambio desde la primera corrida",
    personalDirect: (p: { count: number }, w) =>
      `identifica personas (${w.count(p.count, { one: "columna personal", other: "columnas personales" })})`,
    personalSome: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "columna personal", other: "columnas personales" })}`,
    latestAlerts: (p: { shown: number; total: number }) => `Últimos avisos (${p.shown} de ${p.total})`,
  },
  en: {
    summary:
      "Watch data quality over time: review each dataset, keep the history, alert when something changes",
    usage:
      'ciudata watch <inventory.json|catalog-url> [--once] [--every "0 6 * * *"] [--db history.duckdb|--database postgres://…] [--threshold 80] [--webhook URL] [--as-of YYYY-MM-DD] [--format text|json|md|html]\nciudata watch report [--db history.duckdb|--database postgres://…] [--format html|md|json|text] [--out file]\n\nReviews each dataset of the inventory or catalog, downloading only what changed (a conditional request with ETag / Last-Modified, then the SHA-256 fingerprint), stores every result in the history (a DuckDB file, or PostgreSQL with --database) and alerts when a dataset becomes stale for its periodicity, its score drops below the threshold, its fields change (added, removed or retyped) or it can no longer be read. An alert is raised when the condition starts, not on every run while it lasts. Exits 0 with no alerts, 1 with alerts and 2 on bad input. --once (what cron or CI calls) makes one run; --every repeats on a five-field cron expression until SIGINT/SIGTERM. The webhook (or the CIUDATA_WEBHOOK_URL variable) receives the alerts as a JSON POST; its URL is never shown.',
    "flag.once": "one run (what cron or CI calls); what happens without --every",
    "flag.every": 'repeat on a five-field cron expression ("0 6 * * *": every day at 6:00)',
    "flag.db": "the history's DuckDB file (history.duckdb in the current folder by default)",
    "flag.database":
      "keep the history on PostgreSQL (postgres://user@host:port/database, schema ciudata_watch) instead of a DuckDB file; put the password in PGPASSWORD or ~/.pgpass, not on the command line",
    dbOrDatabase:
      "--db and --database do not go together: the history is in a DuckDB file (--db) or on PostgreSQL (--database). What to do: keep only one.",
    "flag.threshold": "quality score (0–100) below which an alert is raised (80 by default)",
    "flag.webhook": "URL that receives the alerts by POST (or the CIUDATA_WEBHOOK_URL variable); never shown",
    "flag.asOf": "the review's date (YYYY-MM-DD; today by default)",
    duckdbMissing:
      "watch keeps its history in DuckDB and the @duckdb/node-api package is not installed. What to do: npm install @duckdb/node-api",
    badHistory: (p) =>
      `${p.path} could not be opened as a watch history (${p.detail}). What to do: give --db a ciudata watch history file, or a new name to start one.`,
    noHistoryDatabase: (p) =>
      `There is no watch history at ${p.url} (schema ciudata_watch). What to do: run «ciudata watch <inventory|url> --database <the same address>» first.`,
    noHistory: (p) =>
      `There is no history at ${p.path}. What to do: run «ciudata watch <inventory|url> --db ${p.path}» first, or point --db to it.`,
    catalogFailed: (p) =>
      `The catalog at ${p.url} could not be read: ${p.reason}. What to do: check the portal's URL (CKAN, DCAT, Socrata…) and the connection.`,
    badWebhook: (p) =>
      `${p.from} is not an http(s) URL (not shown: it may carry a key). What to do: write the whole URL, for example https://hooks.example.org/…`,
    webhookFailed: (p) =>
      `The webhook did not receive the alerts (${p.detail}); they are kept in the history. What to do: check the webhook URL and that the service is up.`,
    webhookTitle: (p, w) =>
      `ciudata watch — ${p.source}: ${w.count(p.count, { one: "alert", other: "alerts" })}`,
    onceOrEvery: "--once and --every do not go together: --once makes one run, --every repeats. Choose one.",
    badThreshold: (p) => `--threshold expects a score between 0 and 100, for example 80; got «${p.value}».`,
    badCron: (p) =>
      `--every «${p.expression}»: ${p.why}. Five fields are expected: minute hour day-of-month month day-of-week, for example «0 6 * * *» (every day at 6:00) or «*/30 8-18 * * 1-5».`,
    cronCount: (p, w) => `it has ${w.count(p.count, { one: "field", other: "fields" })} instead of five`,
    cronNever: "no date matches it (for example, 30 February)",
    cronRange: (p) => `field ${p.field} is «${p.found}», outside ${p.min}–${p.max}`,
    cronSyntax: (p) =>
      `field ${p.field} is «${p.found}», which is not a number, a range (1-5), a list (1,15) or a step (*/15)`,
    cronField1: "1 (minute)",
    cronField2: "2 (hour)",
    cronField3: "3 (day of month)",
    cronField4: "4 (month)",
    cronField5: "5 (day of week)",
    nextRun: (p) => `Next run: ${p.at}. Ctrl+C to stop.`,
    stopped: "watch stopped (signal received).",
    unreachable: (p) => `Dataset «${p.id}»: ${p.url} could not be read (${p.reason}).`,
    alertStale: (p, w) =>
      `«${p.id}» is stale: periodicity ${p.periodicity}, last updated ${p.lastUpdate}, due ${p.due} (${w.count(p.days, { one: "day", other: "days" })} late).`,
    alertScore: (p) =>
      `«${p.id}»: quality score ${p.score}, below the threshold ${p.threshold}${p.previous ? ` (was ${p.previous})` : ""}.`,
    alertSchema: (p) => `«${p.id}»: its fields changed — ${p.changes}.`,
    alertUnreachable: (p) => `«${p.id}»: could not be read (${p.reason}).`,
    fieldsAdded: (p) => `added: ${p.names}`,
    fieldsRemoved: (p) => `removed: ${p.names}`,
    fieldsRetyped: (p) => `retyped: ${p.names}`,
    unknown: "unknown",
    runTitle: (p) => `Watch of ${p.source} — ${p.asOf} (run ${p.runId})`,
    runSummary: (p, w) =>
      `${w.count(p.datasets, { one: "dataset checked", other: "datasets checked" })}, ${w.count(p.downloaded, { one: "downloaded", other: "downloaded" })} (the others had not changed), ${w.count(p.alerts, { one: "alert", other: "alerts" })}; score threshold ${p.threshold}.`,
    dataset: "Dataset",
    status: "Status",
    score: "Score",
    lastUpdate: "Last update",
    due: "Due",
    "status.new": "new",
    "status.changed": "changed",
    "status.unchanged": "unchanged",
    "status.unreachable": "unreachable",
    scoreFrom: (p) => `${p.score} (review of ${p.date})`,
    late: (p) => `late since ${p.due}`,
    alerts: "Alerts",
    noAlerts: "None.",
    reportTitle: (p) => `Quality history — ${p.db}`,
    reportSummary: (p, w) =>
      `${w.count(p.runs, { one: "run", other: "runs" })} (from ${p.first} to ${p.last}), ${w.count(p.datasets, { one: "dataset", other: "datasets" })}, ${w.count(p.alerts, { one: "alert", other: "alerts" })} in all.`,
    trends: "Each dataset's score, run after run",
    change: "change since the first run",
    personalDirect: (p, w) =>
      `identifies people (${w.count(p.count, { one: "personal column", other: "personal columns" })})`,
    personalSome: (p, w) => `${w.count(p.count, { one: "personal column", other: "personal columns" })}`,
    latestAlerts: (p) => `Latest alerts (${p.shown} of ${p.total})`,
  },
  pt: {
    summary:
      "Acompanha a qualidade dos dados no tempo: revisa cada conjunto, guarda o histórico e avisa quando algo muda",
    usage:
      'ciudata watch <inventario.json|url-do-catálogo> [--once] [--every "0 6 * * *"] [--db history.duckdb|--database postgres://…] [--threshold 80] [--webhook URL] [--as-of AAAA-MM-DD] [--format text|json|md|html]\nciudata watch report [--db history.duckdb|--database postgres://…] [--format html|md|json|text] [--out arquivo]\n\nRevisa cada conjunto do inventário ou do catálogo baixando só o que mudou (pedido condicional com ETag / Last-Modified, depois a impressão SHA-256), guarda cada resultado no histórico (um arquivo DuckDB, ou PostgreSQL com --database) e avisa quando um conjunto fica desatualizado para sua periodicidade, sua pontuação cai abaixo do limiar, seus campos mudam (adicionados, removidos ou de outro tipo) ou ele deixa de poder ser lido. Um aviso é dado quando a situação começa, não a cada execução enquanto dura. Sai com 0 sem avisos, 1 com avisos e 2 se a entrada não serve. --once (o que um cron ou CI chama) faz uma execução; --every repete segundo uma expressão cron de cinco campos até SIGINT/SIGTERM. O webhook (ou a variável CIUDATA_WEBHOOK_URL) recebe os avisos como JSON por POST; sua URL nunca é mostrada.',
    "flag.once": "uma só execução (o que cron ou CI chama); é o que acontece sem --every",
    "flag.every": 'repetir segundo uma expressão cron de cinco campos ("0 6 * * *": todo dia às 6:00)',
    "flag.db": "arquivo DuckDB do histórico (history.duckdb na pasta atual por padrão)",
    "flag.database":
      "guardar o histórico no PostgreSQL (postgres://usuario@servidor:porta/banco, esquema ciudata_watch) em vez de um arquivo DuckDB; a senha vai em PGPASSWORD ou ~/.pgpass, não na linha de comando",
    dbOrDatabase:
      "--db e --database não vão juntos: o histórico está em um arquivo DuckDB (--db) ou no PostgreSQL (--database). O que fazer: deixe só um.",
    "flag.threshold": "pontuação de qualidade (0–100) abaixo da qual se avisa (80 por padrão)",
    "flag.webhook": "URL que recebe os avisos por POST (ou a variável CIUDATA_WEBHOOK_URL); nunca é mostrada",
    "flag.asOf": "data da revisão (AAAA-MM-DD; hoje por padrão)",
    duckdbMissing:
      "O histórico do watch é guardado em DuckDB e o pacote @duckdb/node-api não está instalado. O que fazer: npm install @duckdb/node-api",
    badHistory: (p) =>
      `${p.path} não pôde ser aberto como histórico do watch (${p.detail}). O que fazer: indique com --db um arquivo de histórico do ciudata watch, ou um nome novo para começar um.`,
    noHistoryDatabase: (p) =>
      `Não há histórico do watch em ${p.url} (esquema ciudata_watch). O que fazer: rode antes «ciudata watch <inventário|url> --database <o mesmo endereço>».`,
    noHistory: (p) =>
      `Não há histórico em ${p.path}. O que fazer: rode antes «ciudata watch <inventário|url> --db ${p.path}», ou indique com --db onde ele está.`,
    catalogFailed: (p) =>
      `Não foi possível ler o catálogo de ${p.url}: ${p.reason}. O que fazer: confira a URL do portal (CKAN, DCAT, Socrata…) e a conexão.`,
    badWebhook: (p) =>
      `${p.from} não é uma URL http(s) (não é mostrada porque pode levar uma chave). O que fazer: escreva a URL completa, por exemplo https://hooks.exemplo.org/…`,
    webhookFailed: (p) =>
      `O webhook não recebeu os avisos (${p.detail}); eles ficam no histórico. O que fazer: confira a URL do webhook e se o serviço está no ar.`,
    webhookTitle: (p, w) =>
      `ciudata watch — ${p.source}: ${w.count(p.count, { one: "aviso", other: "avisos" })}`,
    onceOrEvery: "--once e --every não vão juntos: --once faz uma execução, --every repete. Escolha um.",
    badThreshold: (p) =>
      `--threshold espera uma pontuação entre 0 e 100, por exemplo 80; recebeu «${p.value}».`,
    badCron: (p) =>
      `--every «${p.expression}»: ${p.why}. Esperam-se cinco campos: minuto hora dia-do-mês mês dia-da-semana, por exemplo «0 6 * * *» (todo dia às 6:00) ou «*/30 8-18 * * 1-5».`,
    cronCount: (p, w) => `tem ${w.count(p.count, { one: "campo", other: "campos" })} em vez de cinco`,
    cronNever: "nenhuma data cumpre essa expressão (por exemplo, 30 de fevereiro)",
    cronRange: (p) => `o campo ${p.field} vale «${p.found}», fora de ${p.min}–${p.max}`,
    cronSyntax: (p) =>
      `o campo ${p.field} vale «${p.found}», que não é um número, um intervalo (1-5), uma lista (1,15) nem um passo (*/15)`,
    cronField1: "1 (minuto)",
    cronField2: "2 (hora)",
    cronField3: "3 (dia do mês)",
    cronField4: "4 (mês)",
    cronField5: "5 (dia da semana)",
    nextRun: (p) => `Próxima execução: ${p.at}. Ctrl+C para terminar.`,
    stopped: "watch terminou (sinal recebido).",
    unreachable: (p) => `Conjunto «${p.id}»: não foi possível ler ${p.url} (${p.reason}).`,
    alertStale: (p, w) =>
      `«${p.id}» está desatualizado: periodicidade ${p.periodicity}, última atualização ${p.lastUpdate}, vencia ${p.due} (${w.count(p.days, { one: "dia", other: "dias" })} de atraso).`,
    alertScore: (p) =>
      `«${p.id}»: pontuação de qualidade ${p.score}, abaixo do limiar ${p.threshold}${p.previous ? ` (antes ${p.previous})` : ""}.`,
    alertSchema: (p) => `«${p.id}»: seus campos mudaram — ${p.changes}.`,
    alertUnreachable: (p) => `«${p.id}»: não foi possível ler (${p.reason}).`,
    fieldsAdded: (p) => `adicionados: ${p.names}`,
    fieldsRemoved: (p) => `removidos: ${p.names}`,
    fieldsRetyped: (p) => `com outro tipo: ${p.names}`,
    unknown: "desconhecida",
    runTitle: (p) => `Acompanhamento de ${p.source} — ${p.asOf} (execução ${p.runId})`,
    runSummary: (p, w) =>
      `${w.count(p.datasets, { one: "conjunto revisado", other: "conjuntos revisados" })}, ${w.count(p.downloaded, { one: "baixado", other: "baixados" })} (os outros não mudaram), ${w.count(p.alerts, { one: "aviso", other: "avisos" })}; limiar de pontuação ${p.threshold}.`,
    dataset: "Conjunto",
    status: "Estado",
    score: "Pontuação",
    lastUpdate: "Última atualização",
    due: "Vence",
    "status.new": "novo",
    "status.changed": "mudou",
    "status.unchanged": "sem mudanças",
    "status.unreachable": "não foi possível ler",
    scoreFrom: (p) => `${p.score} (revisão de ${p.date})`,
    late: (p) => `atrasado desde ${p.due}`,
    alerts: "Avisos",
    noAlerts: "Nenhum.",
    reportTitle: (p) => `Histórico de qualidade — ${p.db}`,
    reportSummary: (p, w) =>
      `${w.count(p.runs, { one: "execução", other: "execuções" })} (de ${p.first} a ${p.last}), ${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}, ${w.count(p.alerts, { one: "aviso", other: "avisos" })} no total.`,
    trends: "Pontuação de cada conjunto, execução após execução",
    change: "mudança desde a primeira execução",
    personalDirect: (p, w) =>
      `identifica pessoas (${w.count(p.count, { one: "coluna pessoal", other: "colunas pessoais" })})`,
    personalSome: (p, w) => `${w.count(p.count, { one: "coluna pessoal", other: "colunas pessoais" })}`,
    latestAlerts: (p) => `Últimos avisos (${p.shown} de ${p.total})`,
  },
});
