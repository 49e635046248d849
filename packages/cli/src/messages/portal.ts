import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata portal`, in es, en and pt. */
export const portalMessages = defineCatalogs({
  es: {
    notUrl: (p: { url: string }) =>
      `La dirección del portal debe ser una URL http(s), como https://datos.gob.ar; se recibió «${p.url}». Escriba la dirección antes de los términos: ciudata portal search <url> [términos…]`,
    notPositive: (p: { flag: string; v: string }) => `--${p.flag} espera un número positivo, no «${p.v}».`,
    redirected: (p: { from: string; to: string }) =>
      `! redirigido de ${p.from} a ${p.to} (sin enviar claves)\n`,
    datasetCount: (p: { total: number }, w) =>
      `${w.count(p.total, { one: "conjunto de datos", other: "conjuntos de datos" })}\n`,
    queryable: " (consultable)",
    saved: (p: { out: string; bytes: number }, w) =>
      `Guardado ${p.out} (${w.count(p.bytes, { one: "byte", other: "bytes" })})\n`,
    mirrorChanged: (p: { path: string }) => `~ ${p.path} cambió en el portal: actualizado\n`,
    mirrorRemoved: (p: { path: string }) => `- ${p.path} ya no está en el portal: quitado\n`,
    mirrored: (
      p: {
        out: string;
        datasets: number;
        files: number;
        newCount: number;
        changedCount: number;
        unchangedCount: number;
        removedCount: number;
        failedCount: number;
      },
      w,
    ) =>
      `Copia en ${p.out}: ${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}, ${w.count(p.files, { one: "archivo", other: "archivos" })} (${w.count(p.newCount, { one: "nuevo", other: "nuevos" })}, ${w.count(p.changedCount, { one: "cambiado", other: "cambiados" })}, ${w.number(p.unchangedCount)} sin cambios, ${w.count(p.removedCount, { one: "quitado", other: "quitados" })}), ${w.count(p.failedCount, { one: "fallido", other: "fallidos" })}\n`,
    serving: (p: { url: string }) =>
      `Portal local (solo lectura) en ${p.url}\n  API CKAN: ${p.url}/api/3/action/package_search\n  DCAT-AR:  ${p.url}/data.json\n`,
    namePlatform: " — con --platform ckan|dcat|socrata|opendatasoft|arcgis",
    raiseTimeout: (p: { seconds: number }, w) =>
      ` — se esperó ${w.count(p.seconds, { one: "segundo", other: "segundos" })}; para esperar más, use --timeout`,
    raiseCap:
      " — para descargar más, suba el límite con --max-mb (por omisión 1024 MB; 500 MB por archivo en mirror)",
    summary:
      "Busca, consulta, descarga y valida datos de portales abiertos (CKAN, Andino, DCAT, Socrata, OpenDataSoft, ArcGIS); copia y sirve un portal sin conexión",
    usage:
      "ciudata portal search <url> [texto] [--org org] [--limit 20] [--format text|json|md|html]\nciudata portal show <url> <conjunto> [--format text|json|md|html]\nciudata portal rows <url> <recurso> [--limit 20] [--format text|json|md|html]\nciudata portal download <url> <recurso|url-archivo> --out <archivo> [--export csv] [--max-mb N] [--format text|json|md|html]\nciudata portal validate <url> <recurso|url-archivo> [--max-mb N] [--limit nombre=valor] [--format text|json|md|html] [--out archivo]\nciudata portal mirror <url> --out <carpeta> [--org org] [--query texto] [--max-mb N] [--format text|json|md|html]\nciudata portal serve [carpeta|datapackage.json|copia] [--port 5000] [--host 127.0.0.1] [--sample] [--for segundos] [--allow-origin origen] [--format text|json|md|html]\n  (una carpeta de CSV o un Data Package: valida cada tabla, la carga en DuckDB y la sirve como API CKAN; config en ciudata-serve.json; con --token-env NOMBRE acepta también publicar con ese token)\nciudata portal publish <datapackage.json|carpeta> --to <url-ckan> [--token-env CKAN_TOKEN] [--org org] [--dry-run] [--force hallazgo] [--format text|json|md|html]\nsearch, show, rows y validate escriben el informe en --out archivo si se da. Opciones comunes: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout segundos. Clave: variable CIUDATA_PORTAL_TOKEN.",
    "flag.platform": "Plataforma (sin detectar)",
    "flag.to": "publish: el portal CKAN donde publicar",
    "flag.tokenEnv":
      "publish: la variable de entorno con el token de API (CKAN_TOKEN); serve: activa las acciones de escritura con el token de esa variable",
    "flag.dryRun": "publish: muestra qué cambiaría, sin escribir nada",
    "flag.force":
      "publish: publica igual una tabla con ese hallazgo: direct-identifiers o validation, o tabla:hallazgo (repetible)",
    "flag.org": "Solo esta organización",
    "flag.query": "Solo conjuntos con este texto",
    "flag.out":
      "«download»: el archivo; «mirror»: la carpeta; «search», «show», «rows» y «validate»: el archivo del informe",
    "flag.export": "download: formato de exportación que se pide al portal (csv…)",
    "flag.maxMb": "Tamaño máximo en MB (1024 al descargar y validar, 500 por archivo en la copia)",
    "flag.allowOrigin":
      "Orígenes web (separados por comas) que pueden leer el portal local desde un navegador",
    "flag.timeout": "Segundos de espera por consulta (30)",
    hostSnapshot:
      "--host solo sirve para una carpeta de tablas: la copia de un portal y la muestra se sirven en 127.0.0.1.",
    "flag.host":
      "Dirección donde escuchar (127.0.0.1 por omisión: solo esta computadora; 0.0.0.0 la abre a la red)",
    serveTable: (p: { id: string; score: string; issues: number; rows: number }, w) =>
      `  ✓ ${p.id}: calidad ${p.score}, ${w.count(p.issues, { one: "problema", other: "problemas" })}, ${w.count(p.rows, { one: "fila", other: "filas" })}\n`,
    serveCatalog: (p: { url: string }) =>
      `  Catálogo: ${p.url}/ (HTML, con la calidad de cada conjunto)\n  DCAT-US:  ${p.url}/dcat-us/data.json\n`,
    serveDcatUsMissing: (p: { missing: string }) =>
      `  DCAT-US: faltan campos requeridos (se publican sin ellos): ${p.missing}; agréguelos al datapackage.json o a ciudata-serve.json ("contact", "tags", "description")\n`,
    serveMasked: (p: { masked: string; dropped: string }) =>
      `      enmascaradas: ${p.masked || "—"}; quitadas: ${p.dropped || "—"}\n`,
    serveRefused: (p: { id: string; columns: string }) =>
      `  ✗ ${p.id}: no se sirve, tiene identificadores directos (${p.columns}); en ciudata-serve.json ponga esas columnas en "mask", "drop" o "allow"\n`,
    "flag.port": "Puerto local",
    "flag.database":
      "serve: guarda las tablas (y lo publicado con el token) en PostgreSQL (postgres://usuario@servidor:puerto/base) en vez de DuckDB; la contraseña va en PGPASSWORD o ~/.pgpass, no en la línea de comandos",
    databaseSnapshot:
      "--database solo sirve para una carpeta de tablas: la copia de un portal y la muestra no usan base de datos.",
    serveDatabase: (p: { url: string }) => `  tablas en PostgreSQL: ${p.url}\n`,
    "flag.sample": "Sirve el catálogo de muestra sintético",
    "flag.for": "Se detiene tras N segundos",
    "flag.limit":
      "search y rows: cuántos mostrar (20). validate: sube un límite de lectura, --limit columns=40000, record-size=64MiB, header-size, download=2GB, json-depth (none lo quita); repetible o separado por comas",
    searchTitle: (p: { url: string }) => `Conjuntos de datos en ${p.url}`,
    rowsTitle: (p: { id: string }) => `Filas de ${p.id}`,
    validateTitle: (p: { id: string }) => `Validación de ${p.id}`,
    resources: "Recursos",
    untitled: "(sin título)",
  },
  en: {
    notUrl: (p: { url: string }) =>
      `The portal's address must be an http(s) URL, such as https://datos.gob.ar; received "${p.url}". Write the address before the terms: ciudata portal search <url> [terms…]`,
    notPositive: (p) => `--${p.flag} expects a positive number, not "${p.v}".`,
    redirected: (p) => `! redirected from ${p.from} to ${p.to} (no keys sent)\n`,
    datasetCount: (p, w) => `${w.count(p.total, { one: "dataset", other: "datasets" })}\n`,
    queryable: " (queryable)",
    saved: (p, w) => `Saved ${p.out} (${w.count(p.bytes, { one: "byte", other: "bytes" })})\n`,
    mirrorChanged: (p) => `~ ${p.path} changed on the portal: updated\n`,
    mirrorRemoved: (p) => `- ${p.path} is no longer on the portal: removed\n`,
    mirrored: (p, w) =>
      `Mirror in ${p.out}: ${w.count(p.datasets, { one: "dataset", other: "datasets" })}, ${w.count(p.files, { one: "file", other: "files" })} (${w.number(p.newCount)} new, ${w.number(p.changedCount)} changed, ${w.number(p.unchangedCount)} unchanged, ${w.number(p.removedCount)} removed), ${w.number(p.failedCount)} failed\n`,
    serving: (p) =>
      `Local portal (read-only) at ${p.url}\n  CKAN API: ${p.url}/api/3/action/package_search\n  DCAT-AR:  ${p.url}/data.json\n`,
    namePlatform: " — with --platform ckan|dcat|socrata|opendatasoft|arcgis",
    raiseTimeout: (p, w) =>
      ` — waited ${w.count(p.seconds, { one: "second", other: "seconds" })}; to wait longer, use --timeout`,
    raiseCap: " — to download more, raise the cap with --max-mb (default 1024 MB; 500 MB per file in mirror)",
    summary:
      "Search, query, download and validate open-data portals (CKAN, Andino, DCAT, Socrata, OpenDataSoft, ArcGIS); mirror and serve a portal offline",
    usage:
      "ciudata portal search <url> [text] [--org org] [--limit 20] [--format text|json|md|html]\nciudata portal show <url> <dataset> [--format text|json|md|html]\nciudata portal rows <url> <resource> [--limit 20] [--format text|json|md|html]\nciudata portal download <url> <resource|file-url> --out <file> [--export csv] [--max-mb N] [--format text|json|md|html]\nciudata portal validate <url> <resource|file-url> [--max-mb N] [--limit name=value] [--format text|json|md|html] [--out file]\nciudata portal mirror <url> --out <folder> [--org org] [--query text] [--max-mb N] [--format text|json|md|html]\nciudata portal serve [folder|datapackage.json|mirror] [--port 5000] [--host 127.0.0.1] [--sample] [--for seconds] [--allow-origin origin] [--format text|json|md|html]\n  (a folder of CSV or a Data Package: validates each table, loads it in DuckDB and serves it as a CKAN API; settings in ciudata-serve.json; with --token-env NAME it also accepts publishing with that token)\nciudata portal publish <datapackage.json|folder> --to <ckan-url> [--token-env CKAN_TOKEN] [--org org] [--dry-run] [--force finding] [--format text|json|md|html]\nsearch, show, rows and validate write the report to --out file when given. Common options: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout seconds. Key: CIUDATA_PORTAL_TOKEN variable.",
    "flag.platform": "Platform (skip detection)",
    "flag.to": "publish: the CKAN portal to publish to",
    "flag.tokenEnv":
      "publish: the environment variable holding the API token (CKAN_TOKEN); serve: turns on the write actions with that variable's token",
    "flag.dryRun": "publish: show what would change, writing nothing",
    "flag.force":
      "publish: publish a table with that finding anyway: direct-identifiers or validation, or table:finding (repeatable)",
    "flag.org": "Only this organisation",
    "flag.query": "Only datasets with this text",
    "flag.out":
      '"download": the file; "mirror": the folder; "search", "show", "rows" and "validate": the report file',
    "flag.export": "download: export format asked of the portal (csv…)",
    "flag.maxMb": "Largest size in MB (1024 for download and validate, 500 per file when mirroring)",
    "flag.allowOrigin": "Web origins (comma-separated) whose pages may read the local portal from a browser",
    "flag.timeout": "Seconds per request (30)",
    hostSnapshot:
      "--host is only for a folder of tables: a portal mirror and the sample are served on 127.0.0.1.",
    "flag.host":
      "Address to listen on (127.0.0.1 by default: this computer only; 0.0.0.0 opens it to the network)",
    serveTable: (p, w) =>
      `  ✓ ${p.id}: quality ${p.score}, ${w.count(p.issues, { one: "issue", other: "issues" })}, ${w.count(p.rows, { one: "row", other: "rows" })}\n`,
    serveCatalog: (p) =>
      `  Catalog:  ${p.url}/ (HTML, with each dataset's quality)\n  DCAT-US:  ${p.url}/dcat-us/data.json\n`,
    serveDcatUsMissing: (p) =>
      `  DCAT-US: required fields missing (published without them): ${p.missing}; add them to datapackage.json or ciudata-serve.json ("contact", "tags", "description")\n`,
    serveMasked: (p) => `      masked: ${p.masked || "—"}; dropped: ${p.dropped || "—"}\n`,
    serveRefused: (p) =>
      `  ✗ ${p.id}: not served, it has direct identifiers (${p.columns}); in ciudata-serve.json put those columns in "mask", "drop" or "allow"\n`,
    "flag.port": "Local port",
    "flag.database":
      "serve: keep the tables (and what is published with the token) on PostgreSQL (postgres://user@host:port/database) instead of DuckDB; put the password in PGPASSWORD or ~/.pgpass, not on the command line",
    databaseSnapshot:
      "--database only applies to a folder of tables: a portal mirror and the sample use no database.",
    serveDatabase: (p) => `  tables on PostgreSQL: ${p.url}\n`,
    "flag.sample": "Serve the synthetic sample catalog",
    "flag.for": "Stop after N seconds",
    "flag.limit":
      "search and rows: how many to show (20). validate: raise a reader limit, --limit columns=40000, record-size=64MiB, header-size, download=2GB, json-depth (none lifts it); repeatable or comma-separated",
    searchTitle: (p) => `Datasets at ${p.url}`,
    rowsTitle: (p) => `Rows of ${p.id}`,
    validateTitle: (p) => `Validation of ${p.id}`,
    resources: "Resources",
    untitled: "(untitled)",
  },
  pt: {
    notUrl: (p: { url: string }) =>
      `O endereço do portal deve ser uma URL http(s), como https://dados.gov.br; recebido "${p.url}". Escreva o endereço antes dos termos: ciudata portal search <url> [termos…]`,
    notPositive: (p) => `--${p.flag} espera um número positivo, não «${p.v}».`,
    redirected: (p) => `! redirecionado de ${p.from} para ${p.to} (sem enviar chaves)\n`,
    datasetCount: (p, w) =>
      `${w.count(p.total, { one: "conjunto de dados", other: "conjuntos de dados" })}\n`,
    queryable: " (consultável)",
    saved: (p, w) => `Salvo ${p.out} (${w.count(p.bytes, { one: "byte", other: "bytes" })})\n`,
    mirrorChanged: (p) => `~ ${p.path} mudou no portal: atualizado\n`,
    mirrorRemoved: (p) => `- ${p.path} não está mais no portal: removido\n`,
    mirrored: (p, w) =>
      `Cópia em ${p.out}: ${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}, ${w.count(p.files, { one: "arquivo", other: "arquivos" })} (${w.count(p.newCount, { one: "novo", other: "novos" })}, ${w.count(p.changedCount, { one: "alterado", other: "alterados" })}, ${w.number(p.unchangedCount)} sem mudanças, ${w.count(p.removedCount, { one: "removido", other: "removidos" })}), ${w.number(p.failedCount)} com falha\n`,
    serving: (p) =>
      `Portal local (somente leitura) em ${p.url}\n  API CKAN: ${p.url}/api/3/action/package_search\n  DCAT-AR:  ${p.url}/data.json\n`,
    namePlatform: " — com --platform ckan|dcat|socrata|opendatasoft|arcgis",
    raiseTimeout: (p, w) =>
      ` — esperou ${w.count(p.seconds, { one: "segundo", other: "segundos" })}; para esperar mais, use --timeout`,
    raiseCap:
      " — para baixar mais, aumente o limite com --max-mb (padrão 1024 MB; 500 MB por arquivo no mirror)",
    summary:
      "Busca, consulta, baixa e valida dados de portais abertos (CKAN, Andino, DCAT, Socrata, OpenDataSoft, ArcGIS); copia e serve um portal offline",
    usage:
      "ciudata portal search <url> [texto] [--org org] [--limit 20] [--format text|json|md|html]\nciudata portal show <url> <conjunto> [--format text|json|md|html]\nciudata portal rows <url> <recurso> [--limit 20] [--format text|json|md|html]\nciudata portal download <url> <recurso|url-arquivo> --out <arquivo> [--export csv] [--max-mb N] [--format text|json|md|html]\nciudata portal validate <url> <recurso|url-arquivo> [--max-mb N] [--limit nome=valor] [--format text|json|md|html] [--out arquivo]\nciudata portal mirror <url> --out <pasta> [--org org] [--query texto] [--max-mb N] [--format text|json|md|html]\nciudata portal serve [pasta|datapackage.json|cópia] [--port 5000] [--host 127.0.0.1] [--sample] [--for segundos] [--allow-origin origem] [--format text|json|md|html]\n  (uma pasta de CSV ou um Data Package: valida cada tabela, carrega no DuckDB e serve como API CKAN; configuração em ciudata-serve.json; com --token-env NOME aceita também publicar com esse token)\nciudata portal publish <datapackage.json|pasta> --to <url-ckan> [--token-env CKAN_TOKEN] [--org org] [--dry-run] [--force achado] [--format text|json|md|html]\nsearch, show, rows e validate gravam o relatório em --out arquivo se for dado. Opções comuns: --platform ckan|dcat|socrata|opendatasoft|arcgis, --timeout segundos. Chave: variável CIUDATA_PORTAL_TOKEN.",
    "flag.platform": "Plataforma (sem detectar)",
    "flag.to": "publish: o portal CKAN onde publicar",
    "flag.tokenEnv":
      "publish: a variável de ambiente com o token de API (CKAN_TOKEN); serve: ativa as ações de escrita com o token dessa variável",
    "flag.dryRun": "publish: mostra o que mudaria, sem escrever nada",
    "flag.force":
      "publish: publica mesmo assim uma tabela com esse achado: direct-identifiers ou validation, ou tabela:achado (repetível)",
    "flag.org": "Somente esta organização",
    "flag.query": "Somente conjuntos com este texto",
    "flag.out":
      "«download»: o arquivo; «mirror»: a pasta; «search», «show», «rows» e «validate»: o arquivo do relatório",
    "flag.export": "download: formato de exportação pedido ao portal (csv…)",
    "flag.maxMb": "Tamanho máximo em MB (1024 ao baixar e validar, 500 por arquivo na cópia)",
    "flag.allowOrigin": "Origens web (separadas por vírgulas) que podem ler o portal local de um navegador",
    "flag.timeout": "Segundos por requisição (30)",
    hostSnapshot:
      "--host só serve para uma pasta de tabelas: a cópia de um portal e a amostra são servidas em 127.0.0.1.",
    "flag.host": "Endereço onde escutar (127.0.0.1 por padrão: só este computador; 0.0.0.0 abre para a rede)",
    serveTable: (p, w) =>
      `  ✓ ${p.id}: qualidade ${p.score}, ${w.count(p.issues, { one: "problema", other: "problemas" })}, ${w.count(p.rows, { one: "linha", other: "linhas" })}\n`,
    serveCatalog: (p) =>
      `  Catálogo: ${p.url}/ (HTML, com a qualidade de cada conjunto)\n  DCAT-US:  ${p.url}/dcat-us/data.json\n`,
    serveDcatUsMissing: (p) =>
      `  DCAT-US: faltam campos obrigatórios (publicados sem eles): ${p.missing}; adicione-os ao datapackage.json ou ao ciudata-serve.json ("contact", "tags", "description")\n`,
    serveMasked: (p) => `      mascaradas: ${p.masked || "—"}; removidas: ${p.dropped || "—"}\n`,
    serveRefused: (p) =>
      `  ✗ ${p.id}: não é servida, tem identificadores diretos (${p.columns}); em ciudata-serve.json coloque essas colunas em "mask", "drop" ou "allow"\n`,
    "flag.port": "Porta local",
    "flag.database":
      "serve: guarda as tabelas (e o publicado com o token) no PostgreSQL (postgres://usuario@servidor:porta/banco) em vez do DuckDB; a senha vai em PGPASSWORD ou ~/.pgpass, não na linha de comando",
    databaseSnapshot:
      "--database só vale para uma pasta de tabelas: a cópia de um portal e a amostra não usam banco de dados.",
    serveDatabase: (p) => `  tabelas no PostgreSQL: ${p.url}\n`,
    "flag.sample": "Serve o catálogo de amostra sintético",
    "flag.for": "Para após N segundos",
    "flag.limit":
      "search e rows: quantos mostrar (20). validate: aumenta um limite de leitura, --limit columns=40000, record-size=64MiB, header-size, download=2GB, json-depth (none o remove); repetível ou separado por vírgulas",
    searchTitle: (p) => `Conjuntos de dados em ${p.url}`,
    rowsTitle: (p) => `Linhas de ${p.id}`,
    validateTitle: (p) => `Validação de ${p.id}`,
    resources: "Recursos",
    untitled: "(sem título)",
  },
});
