import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/privacy`, in es, en and pt. */
export const privacyMessages = defineCatalogs({
  es: {
    column: "columna",
    category: "categoría",
    role: "rol",
    confidence: "confianza",
    matched: "coinciden",
    samples: "muestras (enmascaradas)",
    none: "No se encontraron datos personales.",
    scanTitle: "Datos personales encontrados",
    scanTitleInstitutions: "Ningún dato personal; datos de contacto de instituciones",
    failOnRisk: "--fail-on es de privacy scan; privacy risk ya sale con 1 si no se cumple k",
    riskTitle: "Riesgo de reidentificación",
    records: "registros",
    classes: "clases de equivalencia",
    uniques: "únicos en la muestra",
    mean: "riesgo medio (1/fk)",
    max: "riesgo máximo",
    summary: "Busca datos personales (scan) o mide el riesgo de reidentificación (risk) de una tabla",
    usage:
      "ciudata privacy scan <archivo> [--fail-on direct|quasi] [--format text|json|md|html] [--out archivo]\nscan con --fail-on sale con 1 si encuentra una columna de ese nivel o superior.\nciudata privacy risk <archivo> --qi a,b,c [--sensitive s] [--k 5] [--weight w] [--missing-matches-any] [--format text|json|md|html] [--out archivo]\nrisk sale con 1 si hay registros que violan k-anonimato.",
    "flag.qi": "Cuasi-identificadores, separados por coma",
    "flag.sensitive": "Columnas sensibles (l-diversidad)",
    "flag.k": "El k a cumplir (por defecto 3)",
    "flag.weight": "Columna de pesos muestrales",
    "flag.missingMatchesAny": "Un valor faltante coincide con cualquiera (sdcMicro)",
    "flag.failOn":
      "scan: sale con 1 si hay una columna de ese nivel o superior: direct (identificador directo) o quasi (cuasi-identificador, dato sensible o directo)",
    "failOn.failed": (p: { level: string; columns: string[] }, w) =>
      `--fail-on ${p.level}: ${w.count(p.columns.length, { one: "columna", other: "columnas" })} de ese nivel o superior (${w.list(p.columns)}); sale con 1.`,
    "failOn.passed": (p: { level: string; columns: string[] }) =>
      `--fail-on ${p.level}: ninguna columna de ese nivel o superior; sale con 0.`,
    badK: "--k debe ser un entero ≥ 2",
    violatingK: (p: { k: number; records: number; share: number }, w) =>
      `registros que violan ${p.k}-anonimato: ${w.number(p.records)} (${w.percent(p.share, 2)})`,
    ldivLine: (p: { column: string; distinct: number; entropy: number }, w) =>
      `l-diversidad ${p.column}: mínimo de valores distintos ${w.number(p.distinct)}, entropía mínima ${w.number(p.entropy, { maximumFractionDigits: 3 })}`,
    weighted: (p: { global: number; expected: number }, w) =>
      `ponderado: riesgo global ${w.number(p.global, { maximumFractionDigits: 5 })}, reidentificaciones esperadas ${w.number(p.expected, { maximumFractionDigits: 2 })}`,
  },
  en: {
    column: "column",
    category: "category",
    role: "role",
    confidence: "confidence",
    matched: "matched",
    samples: "samples (masked)",
    none: "No personal data found.",
    scanTitle: "Personal data found",
    scanTitleInstitutions: "No personal data; contact fields of institutions",
    failOnRisk: "--fail-on belongs to privacy scan; privacy risk already exits 1 when k is not met",
    riskTitle: "Re-identification risk",
    records: "records",
    classes: "equivalence classes",
    uniques: "sample uniques",
    mean: "mean risk (1/fk)",
    max: "maximum risk",
    summary: "Find personal data (scan) or measure the re-identification risk (risk) of a table",
    usage:
      "ciudata privacy scan <file> [--fail-on direct|quasi] [--format text|json|md|html] [--out file]\nscan with --fail-on exits 1 when it finds a column of that level or above.\nciudata privacy risk <file> --qi a,b,c [--sensitive s] [--k 5] [--weight w] [--missing-matches-any] [--format text|json|md|html] [--out file]\nrisk exits 1 when records violate k-anonymity.",
    "flag.qi": "Quasi-identifiers, comma-separated",
    "flag.sensitive": "Sensitive columns (l-diversity)",
    "flag.k": "The k to meet (default 3)",
    "flag.weight": "Sampling-weight column",
    "flag.missingMatchesAny": "A missing value matches any (sdcMicro)",
    "flag.failOn":
      "scan: exit 1 when a column of that level or above is found: direct (direct identifier) or quasi (quasi-identifier, sensitive data or direct)",
    "failOn.failed": (p, w) =>
      `--fail-on ${p.level}: ${w.count(p.columns.length, { one: "column", other: "columns" })} at that level or above (${w.list(p.columns)}); exit 1.`,
    "failOn.passed": (p) => `--fail-on ${p.level}: no column at that level or above; exit 0.`,
    badK: "--k must be an integer ≥ 2",
    violatingK: (p, w) =>
      `records violating ${p.k}-anonymity: ${w.number(p.records)} (${w.percent(p.share, 2)})`,
    ldivLine: (p, w) =>
      `l-diversity ${p.column}: distinct min ${w.number(p.distinct)}, entropy min ${w.number(p.entropy, { maximumFractionDigits: 3 })}`,
    weighted: (p, w) =>
      `weighted: global ${w.number(p.global, { maximumFractionDigits: 5 })}, ER ${w.number(p.expected, { maximumFractionDigits: 2 })}`,
  },
  pt: {
    column: "coluna",
    category: "categoria",
    role: "papel",
    confidence: "confiança",
    matched: "coincidem",
    samples: "amostras (mascaradas)",
    none: "Nenhum dado pessoal encontrado.",
    scanTitle: "Dados pessoais encontrados",
    scanTitleInstitutions: "Nenhum dado pessoal; dados de contato de instituições",
    failOnRisk: "--fail-on é de privacy scan; privacy risk já sai com 1 se k não for cumprido",
    riskTitle: "Risco de reidentificação",
    records: "registros",
    classes: "classes de equivalência",
    uniques: "únicos na amostra",
    mean: "risco médio (1/fk)",
    max: "risco máximo",
    summary: "Procura dados pessoais (scan) ou mede o risco de reidentificação (risk) de uma tabela",
    usage:
      "ciudata privacy scan <arquivo> [--fail-on direct|quasi] [--format text|json|md|html] [--out arquivo]\nscan com --fail-on sai com 1 se encontrar uma coluna desse nível ou superior.\nciudata privacy risk <arquivo> --qi a,b,c [--sensitive s] [--k 5] [--weight w] [--missing-matches-any] [--format text|json|md|html] [--out arquivo]\nrisk sai com 1 se houver registros que violam o k-anonimato.",
    "flag.qi": "Quase-identificadores, separados por vírgula",
    "flag.sensitive": "Colunas sensíveis (l-diversidade)",
    "flag.k": "O k a cumprir (padrão 3)",
    "flag.weight": "Coluna de pesos amostrais",
    "flag.missingMatchesAny": "Um valor ausente coincide com qualquer (sdcMicro)",
    "flag.failOn":
      "scan: sai com 1 se houver uma coluna desse nível ou superior: direct (identificador direto) ou quasi (quase-identificador, dado sensível ou direto)",
    "failOn.failed": (p, w) =>
      `--fail-on ${p.level}: ${w.count(p.columns.length, { one: "coluna", other: "colunas" })} desse nível ou superior (${w.list(p.columns)}); sai com 1.`,
    "failOn.passed": (p) => `--fail-on ${p.level}: nenhuma coluna desse nível ou superior; sai com 0.`,
    badK: "--k deve ser um inteiro ≥ 2",
    violatingK: (p, w) =>
      `registros que violam ${p.k}-anonimato: ${w.number(p.records)} (${w.percent(p.share, 2)})`,
    ldivLine: (p, w) =>
      `l-diversidade ${p.column}: mínimo de valores distintos ${w.number(p.distinct)}, entropia mínima ${w.number(p.entropy, { maximumFractionDigits: 3 })}`,
    weighted: (p, w) =>
      `ponderado: risco global ${w.number(p.global, { maximumFractionDigits: 5 })}, reidentificações esperadas ${w.number(p.expected, { maximumFractionDigits: 2 })}`,
  },
});
