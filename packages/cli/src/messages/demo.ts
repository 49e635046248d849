import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/demo.ts`, in es, en and pt. */
export const demoMessages = defineCatalogs({
  es: {
    summary: "Corre el trabajo principal de punta a punta, sin conexión, sobre datos sintéticos incluidos",
    usage: "ciudata demo [--out carpeta] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--lang es|en|pt]",
    "flag.out": "Carpeta de los informes (por omisión, una carpeta temporal)",
    "flag.asOf": "Fecha de la revisión (por omisión, hoy en Mendoza)",
    title: "ciudata demo — de punta a punta y sin conexión, con datos sintéticos",
    portal: "1/5 Portal local: el catálogo de muestra (Mendoza, sintético) servido en",
    catalog: "2/5 Catálogo, leído con el cliente de portales:",
    registry:
      "3/5 Descargar el registro del programa y revisarlo en una sola pasada (calidad, privacidad, desagregación)",
    padron:
      "4/5 Un padrón municipal con problemas: bytes windows-1252 (fila de título, «;», coma decimal, dd/mm/aaaa, s/d)",
    strategy: "5/5 La estrategia de datos de Mendoza al",
    wrote: "Informe",
    look: "Dónde mirar",
    masked:
      "Los valores de las columnas personales (nombres, documentos, teléfonos, domicilios, descripciones) se muestran enmascarados; los de las demás columnas, tal cual.",
    next: "Siga con: pnpm ciudata validate <archivo> --out informe.html  ·  pnpm ciudata portal serve  ·  pnpm ciudata help",
    risk: (p: { k: number; records: number }, w) =>
      `Riesgo de reidentificación: ${w.count(p.records, { one: "registro", other: "registros" })} en clases de menos de ${w.number(p.k)}`,
  },
  en: {
    summary: "Run the main job end to end, offline, on embedded synthetic data",
    usage: "ciudata demo [--out folder] [--as-of YYYY-MM-DD] [--format text|json|md|html] [--lang es|en|pt]",
    "flag.out": "Folder for the reports (default: a temporary folder)",
    "flag.asOf": "Review date (default: today in Mendoza)",
    title: "ciudata demo — end to end and offline, on synthetic data",
    portal: "1/5 Local portal: the sample catalog (Mendoza, synthetic) served at",
    catalog: "2/5 Catalog, read with the portal client:",
    registry:
      "3/5 Download the programme registry and review it in one pass (quality, privacy, disaggregation)",
    padron:
      "4/5 A messy municipal registry: windows-1252 bytes (title row, ';', decimal comma, dd/mm/yyyy, s/d)",
    strategy: "5/5 Mendoza's data strategy as of",
    wrote: "Report",
    look: "Where to look",
    masked:
      "Values of personal columns (names, IDs, phones, addresses, descriptions) are shown masked; those of the other columns as they are.",
    next: "Next: pnpm ciudata validate <file> --out report.html  ·  pnpm ciudata portal serve  ·  pnpm ciudata help",
    risk: (p, w) =>
      `Re-identification risk: ${w.count(p.records, { one: "record", other: "records" })} in classes smaller than ${w.number(p.k)}`,
  },
  pt: {
    summary: "Executa o trabalho principal de ponta a ponta, offline, sobre dados sintéticos incluídos",
    usage: "ciudata demo [--out pasta] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--lang es|en|pt]",
    "flag.out": "Pasta dos relatórios (por padrão, uma pasta temporária)",
    "flag.asOf": "Data da revisão (por padrão, hoje em Mendoza)",
    title: "ciudata demo — de ponta a ponta e offline, com dados sintéticos",
    portal: "1/5 Portal local: o catálogo de amostra (Mendoza, sintético) servido em",
    catalog: "2/5 Catálogo, lido com o cliente de portais:",
    registry:
      "3/5 Baixar o registro do programa e revisá-lo numa só passada (qualidade, privacidade, desagregação)",
    padron:
      "4/5 Um cadastro municipal com problemas: bytes windows-1252 (linha de título, ';', vírgula decimal, dd/mm/aaaa, s/d)",
    strategy: "5/5 A estratégia de dados de Mendoza em",
    wrote: "Relatório",
    look: "Onde olhar",
    masked:
      "Os valores das colunas pessoais (nomes, documentos, telefones, endereços, descrições) aparecem mascarados; os das demais colunas, como são.",
    next: "Continue com: pnpm ciudata validate <arquivo> --out relatorio.html  ·  pnpm ciudata portal serve  ·  pnpm ciudata help",
    risk: (p, w) =>
      `Risco de reidentificação: ${w.count(p.records, { one: "registro", other: "registros" })} em classes menores que ${w.number(p.k)}`,
  },
});
