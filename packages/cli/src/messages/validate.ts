import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/validate.ts`, in es, en and pt. */
export const validateMessages = defineCatalogs({
  es: {
    summary: "Revisa la calidad de una tabla o un Data Package y la puntúa por dimensión",
    usage:
      "ciudata validate <archivo|url|datapackage.json|postgres://usuario@servidor/base?table=tabla> [--schema esquema.json] [--dialect dialecto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--areas barrios.geojson] [--registry [--qi a,b,c] [--k 5]] [--pick-errors tipos] [--skip-errors tipos] [--limit-errors N] [--format text|json|md|html|github] [--out archivo]\nSale con 0 si es válida, 1 si los datos tienen errores, 2 si el comando o la entrada no sirven.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Perfil: ar-datos-abiertos o un archivo JSON de la ciudad",
    "flag.asOf": "Fecha de la revisión (AAAA-MM-DD) para la actualidad",
    "flag.encoding": "Fuerza la codificación",
    "flag.areas":
      "Áreas de la ciudad (GeoJSON o TopoJSON): revisa las coordenadas de cada fila contra ellas (faltantes, (0, 0), fuera de la ciudad, latitud y longitud invertidas, territorio anotado distinto del polígono, el mismo punto para muchas filas)",
    packageAreas: (p: { flag: string }) =>
      `La opción ${p.flag} revisa las coordenadas de una tabla, no de un Data Package; valide cada recurso por separado: ciudata validate recurso.csv ${p.flag} barrios.geojson`,
    "flag.registry":
      "Revisión de un registro de personas en la misma lectura: además de la calidad, el riesgo de reidentificación sobre los cuasi-identificadores (sexo, fecha de nacimiento, edad, territorio; detectados por el encabezado) y los chequeos de desagregación",
    "flag.qi":
      "Con --registry: los cuasi-identificadores, separados por coma (si no, se detectan por el encabezado)",
    "flag.k": "Con --registry: el k de k-anonimato a cumplir (por defecto 5)",
    registryOnly: (p: { flag: string }) =>
      `La opción ${p.flag} va con --registry; por ejemplo: ciudata validate padron.csv --registry ${p.flag} …`,
    registryPackage:
      "La opción --registry revisa una tabla, no un Data Package ni una base de datos; revise cada recurso por separado: ciudata validate recurso.csv --registry",
    badK: (p: { value: string }) =>
      `--k espera un número entero de 2 en adelante, por ejemplo --k 5; se recibió «${p.value}».`,
    registryQi: (p: { columns: string; how: string }) =>
      `Riesgo de reidentificación medido sobre: ${p.columns} (${p.how}).`,
    registryNoQi:
      "Ninguna columna parece un cuasi-identificador (sexo, fecha de nacimiento, edad, territorio): no se midió el riesgo de reidentificación. Nómbrelos con --qi a,b,c.",
    qiDetected: "detectados por el encabezado; corríjalos con --qi",
    qiGiven: "dados con --qi",
    "flag.pickErrors":
      "Muestra solo estos tipos de hallazgo o etiquetas, separados por comas (blank-row, type-error, #cell, #completeness…); los puntajes cuentan todos",
    "flag.skipErrors":
      "No muestra estos tipos de hallazgo o etiquetas, separados por comas (blank-row, #privacy…); los puntajes cuentan todos",
    unknownErrorType: (p: { flag: string; item: string; guess: string; types: string; tags: string }) =>
      `${p.flag}: «${p.item}» no es un tipo de hallazgo ni una etiqueta que ciudata conozca.${p.guess ? ` ¿Quiso decir «${p.guess}»?` : ""} Escriba tipos o etiquetas separados por comas, por ejemplo --skip-errors blank-row,#privacy.\nEtiquetas: ${p.tags}.\nTipos: ${p.types}.`,
    checkDate: (p: { value: string }) =>
      `--as-of espera una fecha AAAA-MM-DD, por ejemplo 2026-11-22; se recibió «${p.value}».`,
    databaseUrl: (p: { url: string }) =>
      `«${p.url}» no es una dirección de PostgreSQL válida; escriba por ejemplo postgres://usuario@servidor/base?table=padron&key=id.`,
    databasePassword: (p: { url: string }) =>
      `La contraseña no va en la línea de comandos (queda en el historial y en la lista de procesos). Quítela de ${p.url} y désela por la variable PGPASSWORD o el archivo ~/.pgpass.`,
    databaseTable: (p: { url: string }) =>
      `Falta la tabla: agregue ?table=nombre a ${p.url}, por ejemplo ?table=padron (o ?table=esquema.padron&key=id).`,
    databaseSchema: (p: { url: string }) =>
      `Para revisar ${p.url} dentro de PostgreSQL hace falta --schema esquema.json (los tipos y restricciones que se revisan).`,
    databaseAreas: (p: { url: string }) =>
      `--areas todavía no se aplica a una tabla de PostgreSQL (${p.url}); exporte la tabla a CSV y valide el archivo con --areas.`,
    databaseFailed: (p: { url: string; table: string; detail: string }) =>
      `No se pudo revisar la tabla ${p.table} de ${p.url}: ${p.detail}. Revise el servidor, el usuario (PGPASSWORD) y el nombre de la tabla.`,
    databaseTitle: (p: { table: string }) => `Revisión dentro de PostgreSQL: ${p.table}`,
    databaseSummary: (p: { rows: number; errors: number; url: string }, w) =>
      `${w.count(p.rows, { one: "fila revisada", other: "filas revisadas" })} en ${p.url}; ${w.count(p.errors, { one: "error", other: "errores" })} (conteos exactos sobre todas las filas).`,
    databaseType: "Tipo",
    databaseField: "Campo",
    databaseConstraint: "Restricción",
    databaseCount: "Cantidad",
    engineValue: (p: { value: string }) => `--engine solo acepta duckdb; se recibió «${p.value}».`,
    engineSchema: (p: { file: string }) =>
      `Para revisar ${p.file} dentro de DuckDB hace falta --schema esquema.json (los tipos y restricciones que se revisan).`,
    engineOption: (p: { file: string; flag: string }) =>
      `${p.flag} todavía no se aplica con --engine duckdb (${p.file}); quite ${p.flag}, o valide el archivo sin --engine.`,
    engineInput: (p: { file: string }) =>
      `--engine duckdb revisa un archivo CSV, Parquet o JSON local; «${p.file}» no lo es. Valídelo sin --engine.`,
    engineTitle: (p: { file: string }) => `Revisión dentro de DuckDB: ${p.file}`,
    engineSummary: (p: { rows: number; errors: number; file: string }, w) =>
      `${w.count(p.rows, { one: "fila revisada", other: "filas revisadas" })} en ${p.file}; ${w.count(p.errors, { one: "error", other: "errores" })} (conteos exactos sobre todas las filas).`,
    "flag.engine": "Revisa dentro de DuckDB (CSV, Parquet o JSON más grandes que la memoria): duckdb",
    databaseKey: "Fila",
    databaseFirst: (p: { limit: number }, w) =>
      `Primeras celdas con error (hasta ${w.count(p.limit, { one: "celda", other: "celdas" })} por campo)`,
    databaseNotPushed: (p: { list: string }) =>
      `No se revisaron dentro de la base (revíselas con el archivo): ${p.list}.`,
    readProfile: (p: { name: string; profiles: string; lines: string }) =>
      `El perfil ${p.name} no es válido (perfiles incluidos: ${p.profiles}):\n${p.lines}`,
  },
  en: {
    summary: "Review the quality of a table or a Data Package and score it by dimension",
    usage:
      "ciudata validate <file|url|datapackage.json|postgres://user@host/db?table=name> [--schema schema.json] [--dialect dialect.json] [--profile ar-datos-abiertos|profile.json] [--as-of YYYY-MM-DD] [--areas barrios.geojson] [--registry [--qi a,b,c] [--k 5]] [--pick-errors types] [--skip-errors types] [--limit-errors N] [--format text|json|md|html|github] [--out file]\nExits 0 when valid, 1 when the data has errors, 2 for a usage mistake or unreadable input.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Profile: ar-datos-abiertos or a city's JSON file",
    "flag.asOf": "Review date (YYYY-MM-DD) for timeliness",
    "flag.encoding": "Force the encoding",
    "flag.areas":
      "The city's areas (GeoJSON or TopoJSON): checks each row's coordinates against them (missing, (0, 0), outside the city, swapped latitude and longitude, recorded territory not the polygon's, one point for many rows)",
    packageAreas: (p) =>
      `With ${p.flag}, ciudata checks the coordinates of one table, not of a Data Package; validate each resource on its own: ciudata validate resource.csv ${p.flag} barrios.geojson`,
    "flag.registry":
      "Review a registry of people in the same read: besides quality, the re-identification risk over the quasi-identifiers (sex, birth date, age, territory; detected from the header) and the disaggregation checks",
    "flag.qi": "With --registry: the quasi-identifiers, comma-separated (detected from the header otherwise)",
    "flag.k": "With --registry: the k of k-anonymity to meet (default 5)",
    registryOnly: (p) =>
      `Use ${p.flag} together with --registry; for example: ciudata validate registry.csv --registry ${p.flag} …`,
    registryPackage:
      "The option --registry reviews one table, not a Data Package or a database; review each resource on its own: ciudata validate resource.csv --registry",
    badK: (p) => `--k expects a whole number of 2 or more, for example --k 5; got "${p.value}".`,
    registryQi: (p) => `Re-identification risk measured over: ${p.columns} (${p.how}).`,
    registryNoQi:
      "No column looks like a quasi-identifier (sex, birth date, age, territory): the re-identification risk was not measured. Name them with --qi a,b,c.",
    qiDetected: "detected from the header; correct them with --qi",
    qiGiven: "given with --qi",
    "flag.pickErrors":
      "Show only these finding types or tags, comma-separated (blank-row, type-error, #row, #completeness…); scores count every finding",
    "flag.skipErrors":
      "Do not show these finding types or tags, comma-separated (blank-row, #privacy…); scores count every finding",
    unknownErrorType: (p) =>
      `${p.flag}: "${p.item}" is not a finding type or tag ciudata knows.${p.guess ? ` Did you mean "${p.guess}"?` : ""} Give types or tags separated by commas, for example --skip-errors blank-row,#privacy.\nTags: ${p.tags}.\nTypes: ${p.types}.`,
    checkDate: (p) => `--as-of expects a date YYYY-MM-DD, for example 2026-11-22; received "${p.value}".`,
    databaseUrl: (p) =>
      `"${p.url}" is not a valid PostgreSQL address; write for example postgres://user@host/db?table=padron&key=id.`,
    databasePassword: (p) =>
      `The password does not go on the command line (it stays in the shell history and the process list). Remove it from ${p.url} and give it through PGPASSWORD or ~/.pgpass.`,
    databaseTable: (p) =>
      `The table is missing: add ?table=name to ${p.url}, for example ?table=padron (or ?table=schema.padron&key=id).`,
    databaseSchema: (p) =>
      `Checking ${p.url} inside PostgreSQL needs --schema schema.json (the types and constraints to check).`,
    databaseAreas: (p) =>
      `--areas does not apply to a PostgreSQL table yet (${p.url}); export the table to CSV and validate the file with --areas.`,
    databaseFailed: (p) =>
      `Could not check the table ${p.table} of ${p.url}: ${p.detail}. Check the server, the user (PGPASSWORD) and the table name.`,
    databaseTitle: (p) => `Checked inside PostgreSQL: ${p.table}`,
    databaseSummary: (p, w) =>
      `${w.count(p.rows, { one: "row checked", other: "rows checked" })} in ${p.url}; ${w.count(p.errors, { one: "error", other: "errors" })} (exact counts over every row).`,
    databaseType: "Type",
    databaseField: "Field",
    databaseConstraint: "Constraint",
    databaseCount: "Count",
    engineValue: (p: { value: string }) => `--engine only accepts duckdb; received "${p.value}".`,
    engineSchema: (p: { file: string }) =>
      `Checking ${p.file} inside DuckDB needs --schema schema.json (the types and constraints to check).`,
    engineOption: (p: { file: string; flag: string }) =>
      `${p.flag} does not apply with --engine duckdb yet (${p.file}); remove ${p.flag}, or validate the file without --engine.`,
    engineInput: (p: { file: string }) =>
      `--engine duckdb checks a local CSV, Parquet or JSON file; "${p.file}" is not one. Validate it without --engine.`,
    engineTitle: (p: { file: string }) => `Checked inside DuckDB: ${p.file}`,
    engineSummary: (p: { rows: number; errors: number; file: string }, w) =>
      `${w.count(p.rows, { one: "row checked", other: "rows checked" })} in ${p.file}; ${w.count(p.errors, { one: "error", other: "errors" })} (exact counts over every row).`,
    "flag.engine": "Check inside DuckDB (CSV, Parquet or JSON larger than memory): duckdb",
    databaseKey: "Row",
    databaseFirst: (p, w) =>
      `First failing cells (up to ${w.count(p.limit, { one: "cell", other: "cells" })} per field)`,
    databaseNotPushed: (p) => `Not checked inside the database (check them on the file): ${p.list}.`,
    readProfile: (p) => `The profile ${p.name} is not valid (built-in profiles: ${p.profiles}):\n${p.lines}`,
  },
  pt: {
    summary: "Revisa a qualidade de uma tabela ou de um Data Package e a pontua por dimensão",
    usage:
      "ciudata validate <arquivo|url|datapackage.json|postgres://usuario@servidor/base?table=tabela> [--schema esquema.json] [--dialect dialeto.json] [--profile ar-datos-abiertos|perfil.json] [--as-of AAAA-MM-DD] [--areas barrios.geojson] [--registry [--qi a,b,c] [--k 5]] [--pick-errors tipos] [--skip-errors tipos] [--limit-errors N] [--format text|json|md|html|github] [--out arquivo]\nSai com 0 se válida, 1 se os dados tiverem erros, 2 se o comando ou a entrada não servirem.",
    "flag.schema": "Table Schema (JSON)",
    "flag.dialect": "Table Dialect (JSON)",
    "flag.profile": "Perfil: ar-datos-abiertos ou um arquivo JSON da cidade",
    "flag.asOf": "Data da revisão (AAAA-MM-DD) para a atualidade",
    "flag.encoding": "Força a codificação",
    "flag.areas":
      "Áreas da cidade (GeoJSON ou TopoJSON): verifica as coordenadas de cada linha contra elas (faltantes, (0, 0), fora da cidade, latitude e longitude trocadas, território anotado diferente do polígono, o mesmo ponto para muitas linhas)",
    packageAreas: (p) =>
      `A opção ${p.flag} verifica as coordenadas de uma tabela, não de um Data Package; valide cada recurso separadamente: ciudata validate recurso.csv ${p.flag} barrios.geojson`,
    "flag.registry":
      "Revisão de um cadastro de pessoas na mesma leitura: além da qualidade, o risco de reidentificação sobre os quase-identificadores (sexo, data de nascimento, idade, território; detectados pelo cabeçalho) e as verificações de desagregação",
    "flag.qi":
      "Com --registry: os quase-identificadores, separados por vírgula (senão, detectados pelo cabeçalho)",
    "flag.k": "Com --registry: o k de k-anonimato a cumprir (padrão 5)",
    registryOnly: (p) =>
      `A opção ${p.flag} vai com --registry; por exemplo: ciudata validate cadastro.csv --registry ${p.flag} …`,
    registryPackage:
      "A opção --registry revisa uma tabela, não um Data Package nem um banco de dados; revise cada recurso separadamente: ciudata validate recurso.csv --registry",
    badK: (p) => `--k espera um número inteiro de 2 em diante, por exemplo --k 5; recebeu «${p.value}».`,
    registryQi: (p) => `Risco de reidentificação medido sobre: ${p.columns} (${p.how}).`,
    registryNoQi:
      "Nenhuma coluna parece um quase-identificador (sexo, data de nascimento, idade, território): o risco de reidentificação não foi medido. Nomeie-os com --qi a,b,c.",
    qiDetected: "detectados pelo cabeçalho; corrija-os com --qi",
    qiGiven: "dados com --qi",
    "flag.pickErrors":
      "Mostra só estes tipos de achado ou etiquetas, separados por vírgulas (blank-row, type-error, #cell, #completeness…); as pontuações contam todos",
    "flag.skipErrors":
      "Não mostra estes tipos de achado ou etiquetas, separados por vírgulas (blank-row, #privacy…); as pontuações contam todos",
    unknownErrorType: (p) =>
      `${p.flag}: "${p.item}" não é um tipo de achado nem uma etiqueta que o ciudata conheça.${p.guess ? ` Quis dizer "${p.guess}"?` : ""} Escreva tipos ou etiquetas separados por vírgulas, por exemplo --skip-errors blank-row,#privacy.\nEtiquetas: ${p.tags}.\nTipos: ${p.types}.`,
    checkDate: (p) => `--as-of espera uma data AAAA-MM-DD, por exemplo 2026-11-22; recebido "${p.value}".`,
    databaseUrl: (p) =>
      `«${p.url}» não é um endereço PostgreSQL válido; escreva por exemplo postgres://usuario@servidor/base?table=padron&key=id.`,
    databasePassword: (p) =>
      `A senha não vai na linha de comando (fica no histórico e na lista de processos). Retire-a de ${p.url} e informe-a pela variável PGPASSWORD ou pelo arquivo ~/.pgpass.`,
    databaseTable: (p) =>
      `Falta a tabela: acrescente ?table=nome a ${p.url}, por exemplo ?table=padron (ou ?table=esquema.padron&key=id).`,
    databaseSchema: (p) =>
      `Para verificar ${p.url} dentro do PostgreSQL é preciso --schema esquema.json (os tipos e restrições a verificar).`,
    databaseAreas: (p) =>
      `--areas ainda não se aplica a uma tabela do PostgreSQL (${p.url}); exporte a tabela para CSV e valide o arquivo com --areas.`,
    databaseFailed: (p) =>
      `Não foi possível verificar a tabela ${p.table} de ${p.url}: ${p.detail}. Revise o servidor, o usuário (PGPASSWORD) e o nome da tabela.`,
    databaseTitle: (p) => `Verificação dentro do PostgreSQL: ${p.table}`,
    databaseSummary: (p, w) =>
      `${w.count(p.rows, { one: "linha verificada", other: "linhas verificadas" })} em ${p.url}; ${w.count(p.errors, { one: "erro", other: "erros" })} (contagens exatas sobre todas as linhas).`,
    databaseType: "Tipo",
    databaseField: "Campo",
    databaseConstraint: "Restrição",
    databaseCount: "Quantidade",
    engineValue: (p: { value: string }) => `--engine só aceita duckdb; recebeu-se «${p.value}».`,
    engineSchema: (p: { file: string }) =>
      `Para verificar ${p.file} dentro do DuckDB é preciso --schema esquema.json (os tipos e restrições verificados).`,
    engineOption: (p: { file: string; flag: string }) =>
      `${p.flag} ainda não se aplica com --engine duckdb (${p.file}); remova ${p.flag}, ou valide o arquivo sem --engine.`,
    engineInput: (p: { file: string }) =>
      `--engine duckdb verifica um arquivo CSV, Parquet ou JSON local; «${p.file}» não é. Valide-o sem --engine.`,
    engineTitle: (p: { file: string }) => `Verificação dentro do DuckDB: ${p.file}`,
    engineSummary: (p: { rows: number; errors: number; file: string }, w) =>
      `${w.count(p.rows, { one: "linha verificada", other: "linhas verificadas" })} em ${p.file}; ${w.count(p.errors, { one: "erro", other: "erros" })} (contagens exatas sobre todas as linhas).`,
    "flag.engine": "Verifica dentro do DuckDB (CSV, Parquet ou JSON maiores que a memória): duckdb",
    databaseKey: "Linha",
    databaseFirst: (p, w) =>
      `Primeiras células com erro (até ${w.count(p.limit, { one: "célula", other: "células" })} por campo)`,
    databaseNotPushed: (p) => `Não verificadas dentro da base (verifique-as no arquivo): ${p.list}.`,
    readProfile: (p) => `O perfil ${p.name} não é válido (perfis incluídos: ${p.profiles}):\n${p.lines}`,
  },
});
