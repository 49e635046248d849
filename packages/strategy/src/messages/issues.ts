import { defineIssueCatalogs } from "@ciudata/core";

/**
 * How every problem of a strategy file is worded in es, en and pt: one entry per issue type
 * (`strategy/schema`…) and one `expected:<code>` entry per expectation code (`deadline`, `slug`…).
 * Render an issue with `renderIssue(issue, lang, strategyIssues)` from `@ciudata/core`.
 */
export const strategyIssues = defineIssueCatalogs({
  es: {
    "strategy/invalid-json": {
      title: "El archivo no es JSON válido",
      describe: (i, w) =>
        i.params.position == null
          ? "el archivo no es JSON válido"
          : `el archivo no es JSON válido (falla en el carácter ${w.number(Number(i.params.position))})`,
    },
    "strategy/unsupported-version": { title: "Versión de formato no admitida" },
    "strategy/schema": { title: "Valor que no cumple el formato de estrategia" },
    "strategy/unknown-key": { title: "Clave desconocida" },
    "strategy/duplicate-id": { title: "Id repetido" },
    "strategy/missing-reference": { title: "Referencia a algo no declarado" },
    "strategy/dependency-cycle": { title: "Dependencias en ciclo" },
    "strategy/deadline-outside-period": { title: "Plazo fuera del período de la estrategia" },
    "strategy/import-row": { title: "Fila de la planilla de estrategia con un valor inválido" },
    "strategy/import-columns": { title: "Columnas de la planilla de estrategia" },
    "strategy/date-order": { title: "Fecha anterior a la reunión que la fijó" },
    "strategy/roadmap-contradiction": { title: "La hoja de ruta contradice el estado de una acción" },
    "strategy/unknown-action": {
      title: "Acción desconocida",
      describe: (i) =>
        i.params.closest
          ? `no hay ninguna acción con ese id; ¿quiso decir ${String(i.params.closest)
              .split(", ")
              .map((x) => `«${x}»`)
              .join(", ")}?`
          : "no hay ninguna acción con ese id",
    },
    "strategy/update-before-last": {
      title: "Fecha anterior al último cambio registrado",
      describe: () =>
        "la fecha es anterior al último cambio registrado de la acción (el historial solo se agrega; para asentar una corrección use --correct)",
    },
    "expected:slug": { title: "un id en minúsculas con guiones (slug)" },
    "expected:date": { title: "una fecha AAAA-MM-DD" },
    "expected:date-time": { title: "una fecha AAAA-MM-DD o fecha y hora ISO con zona" },
    "expected:year-month": { title: "un mes AAAA-MM" },
    "expected:deadline": { title: "un plazo AAAA-MM (fin de ese mes) o un rango AAAA-MM/AAAA-MM" },
    "expected:framework-tag": { title: "una etiqueta esquema:código" },
    "expected:periodicity": { title: "una periodicidad ISO 8601 (R/P1M) o eventual" },
    "expected:time-zone": { title: "una zona horaria IANA" },
    "expected:country": { title: "un código de país ISO de 2 letras" },
    "expected:email": { title: "un correo electrónico" },
    "expected:required": { title: "este campo, que es obligatorio" },
    "expected:non-empty": { title: "un valor no vacío" },
    "expected:in-range": { title: "un valor dentro del rango" },
    "expected:shorter": { title: "un valor más corto" },
    "expected:known-key": { title: "ninguna clave con ese nombre (revise cómo se escribe)" },
    "expected:period": { title: "un período con inicio anterior o igual al fin" },
    "expected:version": { title: "la versión de formato 1" },
    "expected:json": { title: "JSON válido" },
    "expected:unique-id": { title: "un id que no se repita en la lista" },
    "expected:existing": { title: "un id declarado en la lista" },
    "expected:acyclic": { title: "dependencias sin ciclos (ciclo encontrado)" },
    "expected:roadmap-planned": {
      title: "una acción aún no completa (la hoja de ruta la muestra como planeada)",
    },
    "expected:roadmap-existing": {
      title: "una acción ya iniciada (la hoja de ruta la muestra como existente)",
    },
    "expected:status": { title: "un estado: not_started, in_progress, complete, on_hold o cancelled" },
    "expected:existing-action": { title: "el id de una acción del archivo" },
    "expected:after-last-change": { title: "una fecha igual o posterior al último cambio" },
    "expected:person-or-role": { title: "o bien personId o bien roleId (uno de los dos)" },
    "expected:on-or-after": { title: "una fecha igual o posterior a la de la reunión" },
    "expected:sheet-columns": {
      title: "las columnas de la planilla de estrategia (eje, id_accion, accion…)",
    },
    "expected:rows": { title: "al menos una fila con una acción" },
    "expected:within-period": { title: "un plazo dentro del período de la estrategia" },
  },
  en: {
    "strategy/invalid-json": {
      title: "The file is not valid JSON",
      describe: (i, w) =>
        i.params.position == null
          ? "the file is not valid JSON"
          : `the file is not valid JSON (it fails at character ${w.number(Number(i.params.position))})`,
    },
    "strategy/unsupported-version": { title: "Unsupported format version" },
    "strategy/schema": { title: "Value that does not fit the strategy format" },
    "strategy/unknown-key": { title: "Unknown key" },
    "strategy/duplicate-id": { title: "Repeated id" },
    "strategy/missing-reference": { title: "Reference to something not declared" },
    "strategy/dependency-cycle": { title: "Dependency cycle" },
    "strategy/deadline-outside-period": { title: "Deadline outside the strategy's period" },
    "strategy/import-row": { title: "Strategy sheet row with an invalid value" },
    "strategy/import-columns": { title: "Columns of the strategy sheet" },
    "strategy/date-order": { title: "Date before the meeting that set it" },
    "strategy/roadmap-contradiction": { title: "The roadmap contradicts an action's status" },
    "strategy/unknown-action": {
      title: "Unknown action",
      describe: (i) =>
        i.params.closest
          ? `there is no action with that id; did you mean ${String(i.params.closest)
              .split(", ")
              .map((x) => `“${x}”`)
              .join(", ")}?`
          : "there is no action with that id",
    },
    "strategy/update-before-last": {
      title: "Date before the last recorded change",
      describe: () =>
        "the date is before the action's last recorded change (the history is only appended to; to record a correction use --correct)",
    },
    "expected:slug": { title: "a lowercase id with hyphens (slug)" },
    "expected:date": { title: "a date YYYY-MM-DD" },
    "expected:date-time": { title: "a date YYYY-MM-DD or an ISO date-time with offset" },
    "expected:year-month": { title: "a month YYYY-MM" },
    "expected:deadline": { title: "a deadline YYYY-MM (end of that month) or a range YYYY-MM/YYYY-MM" },
    "expected:framework-tag": { title: "a tag scheme:code" },
    "expected:periodicity": { title: "an ISO 8601 periodicity (R/P1M) or eventual" },
    "expected:time-zone": { title: "an IANA time zone" },
    "expected:country": { title: "a 2-letter ISO country code" },
    "expected:email": { title: "an email address" },
    "expected:required": { title: "this field, which is required" },
    "expected:non-empty": { title: "a non-empty value" },
    "expected:in-range": { title: "a value within range" },
    "expected:shorter": { title: "a shorter value" },
    "expected:known-key": { title: "no such key (check the spelling)" },
    "expected:period": { title: "a period whose start is not after its end" },
    "expected:version": { title: "format version 1" },
    "expected:json": { title: "valid JSON" },
    "expected:unique-id": { title: "an id used only once in the list" },
    "expected:existing": { title: "an id declared in the list" },
    "expected:acyclic": { title: "dependencies without cycles (cycle found)" },
    "expected:roadmap-planned": { title: "an action not yet complete (the roadmap shows it as planned)" },
    "expected:roadmap-existing": { title: "an action already started (the roadmap shows it as existing)" },
    "expected:status": { title: "a status: not_started, in_progress, complete, on_hold or cancelled" },
    "expected:existing-action": { title: "the id of an action in the file" },
    "expected:after-last-change": { title: "a date on or after the last change" },
    "expected:person-or-role": { title: "either personId or roleId (exactly one)" },
    "expected:on-or-after": { title: "a date on or after the meeting's" },
    "expected:sheet-columns": { title: "the strategy sheet's columns (pillar, action_id, action…)" },
    "expected:rows": { title: "at least one row with an action" },
    "expected:within-period": { title: "a deadline within the strategy's period" },
  },
  pt: {
    "strategy/invalid-json": {
      title: "O arquivo não é JSON válido",
      describe: (i, w) =>
        i.params.position == null
          ? "o arquivo não é JSON válido"
          : `o arquivo não é JSON válido (falha no caractere ${w.number(Number(i.params.position))})`,
    },
    "strategy/unsupported-version": { title: "Versão de formato não suportada" },
    "strategy/schema": { title: "Valor que não cumpre o formato de estratégia" },
    "strategy/unknown-key": { title: "Chave desconhecida" },
    "strategy/duplicate-id": { title: "Id repetido" },
    "strategy/missing-reference": { title: "Referência a algo não declarado" },
    "strategy/dependency-cycle": { title: "Dependências em ciclo" },
    "strategy/deadline-outside-period": { title: "Prazo fora do período da estratégia" },
    "strategy/import-row": { title: "Linha da planilha de estratégia com um valor inválido" },
    "strategy/import-columns": { title: "Colunas da planilha de estratégia" },
    "strategy/date-order": { title: "Data anterior à reunião que a fixou" },
    "strategy/roadmap-contradiction": { title: "O roteiro contradiz a situação de uma ação" },
    "strategy/unknown-action": {
      title: "Ação desconhecida",
      describe: (i) =>
        i.params.closest
          ? `não há nenhuma ação com esse id; quis dizer ${String(i.params.closest)
              .split(", ")
              .map((x) => `«${x}»`)
              .join(", ")}?`
          : "não há nenhuma ação com esse id",
    },
    "strategy/update-before-last": {
      title: "Data anterior à última mudança registrada",
      describe: () =>
        "a data é anterior à última mudança registrada da ação (o histórico só recebe acréscimos; para registrar uma correção use --correct)",
    },
    "expected:slug": { title: "um id em minúsculas com hifens (slug)" },
    "expected:date": { title: "uma data AAAA-MM-DD" },
    "expected:date-time": { title: "uma data AAAA-MM-DD ou data e hora ISO com fuso" },
    "expected:year-month": { title: "um mês AAAA-MM" },
    "expected:deadline": { title: "um prazo AAAA-MM (fim desse mês) ou um intervalo AAAA-MM/AAAA-MM" },
    "expected:framework-tag": { title: "uma etiqueta esquema:código" },
    "expected:periodicity": { title: "uma periodicidade ISO 8601 (R/P1M) ou eventual" },
    "expected:time-zone": { title: "um fuso horário IANA" },
    "expected:country": { title: "um código de país ISO de 2 letras" },
    "expected:email": { title: "um e-mail" },
    "expected:required": { title: "este campo, que é obrigatório" },
    "expected:non-empty": { title: "um valor não vazio" },
    "expected:in-range": { title: "um valor dentro do intervalo" },
    "expected:shorter": { title: "um valor mais curto" },
    "expected:known-key": { title: "nenhuma chave com esse nome (verifique a grafia)" },
    "expected:period": { title: "um período com início anterior ou igual ao fim" },
    "expected:version": { title: "a versão de formato 1" },
    "expected:json": { title: "JSON válido" },
    "expected:unique-id": { title: "um id que não se repita na lista" },
    "expected:existing": { title: "um id declarado na lista" },
    "expected:acyclic": { title: "dependências sem ciclos (ciclo encontrado)" },
    "expected:roadmap-planned": { title: "uma ação ainda não concluída (o roteiro a mostra como planejada)" },
    "expected:roadmap-existing": { title: "uma ação já iniciada (o roteiro a mostra como existente)" },
    "expected:status": { title: "uma situação: not_started, in_progress, complete, on_hold ou cancelled" },
    "expected:existing-action": { title: "o id de uma ação do arquivo" },
    "expected:after-last-change": { title: "uma data igual ou posterior à última mudança" },
    "expected:person-or-role": { title: "ou personId ou roleId (um dos dois)" },
    "expected:on-or-after": { title: "uma data igual ou posterior à da reunião" },
    "expected:sheet-columns": { title: "as colunas da planilha de estratégia (eixo, id_acao, acao…)" },
    "expected:rows": { title: "pelo menos uma linha com uma ação" },
    "expected:within-period": { title: "um prazo dentro do período da estratégia" },
  },
});
