import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/hackathon.ts`, in es, en and pt. */
export const hackathonMessages = defineCatalogs({
  es: {
    unreadable: (p: { path: string; reason: string }) => `No se pudo leer «${p.path}» (${p.reason}).`,
    formats: "text, json o md",
    missingModes: "mean o exclude",
    noRubric: (p: { file: string }) =>
      `«${p.file}» no tiene "rubric": agréguela al archivo o use --rubric rubrica.json.`,
    positiveMb: "un número de MB mayor que 0",
    httpUrl: "una URL http(s)",
    summary:
      "Rankea las entregas de un hackatón con la rúbrica y exporta paquetes de desafío con datos sin conexión",
    usage:
      "ciudata hackathon rank <puntajes.json> [--rubric rubrica.json] [--format text|json|md] [--missing mean|exclude] [--normalize]\nciudata hackathon pack <desafio.json> --portal <url> --out <carpeta> [--rubric rubrica.json] [--max-mb 20]\nSale con 1 si un archivo no es válido o el portal falla, 2 si el comando está mal escrito.",
    "flag.rubric": "Rúbrica (JSON); reemplaza la del archivo",
    "flag.format": "text, json o md",
    "flag.json": "Igual que --format json",
    "flag.missing": "Puntaje faltante: mean (media de los otros jurados, por defecto) o exclude",
    "flag.normalize": "Normaliza por jurado (z-score)",
    "flag.portal": "URL del portal de datos",
    "flag.out": "Carpeta del paquete",
    "flag.maxMb": "Tamaño máximo por archivo descargado, en MB (20)",
    unknownAction: (p: { action: string; actions: readonly string[] }, w) =>
      `Acción desconocida «${p.action}»: use ${w.list(p.actions, "disjunction")}.`,
    invalid: (p: { file: string }) => `${p.file} no es válido:`,
    skipped: (p: { id: string; reason: string }) => `! No descargado: ${p.id} (${p.reason})`,
    wrote: (p: { dir: string; files: number }, w) =>
      `Paquete escrito en ${p.dir} (${w.count(p.files, { one: "archivo", other: "archivos" })})`,
    badFlag: (p: { flag: string; expected: string; received: string }) =>
      `--${p.flag} espera ${p.expected}; se recibió «${p.received}».`,
  },
  en: {
    unreadable: (p) => `Could not read "${p.path}" (${p.reason}).`,
    formats: "text, json or md",
    missingModes: "mean or exclude",
    noRubric: (p) => `"${p.file}" has no "rubric": add it to the file or use --rubric rubric.json.`,
    positiveMb: "a number of MB above 0",
    httpUrl: "an http(s) URL",
    summary: "Rank a hackathon's submissions with the rubric and export challenge packs with offline data",
    usage:
      "ciudata hackathon rank <scores.json> [--rubric rubric.json] [--format text|json|md] [--missing mean|exclude] [--normalize]\nciudata hackathon pack <challenge.json> --portal <url> --out <dir> [--rubric rubric.json] [--max-mb 20]\nExits 1 when a file is not valid or the portal fails, 2 for a usage mistake.",
    "flag.rubric": "Rubric (JSON); replaces the one in the file",
    "flag.format": "text, json or md",
    "flag.json": "Same as --format json",
    "flag.missing": "Missing score: mean (other judges' mean, default) or exclude",
    "flag.normalize": "Normalise per judge (z-score)",
    "flag.portal": "Data portal URL",
    "flag.out": "Pack folder",
    "flag.maxMb": "Largest file to download, in MB (20)",
    unknownAction: (p, w) => `Unknown action "${p.action}": use ${w.list(p.actions, "disjunction")}.`,
    invalid: (p) => `${p.file} is not valid:`,
    skipped: (p) => `! Not downloaded: ${p.id} (${p.reason})`,
    wrote: (p, w) => `Pack written to ${p.dir} (${w.count(p.files, { one: "file", other: "files" })})`,
    badFlag: (p) => `--${p.flag} expects ${p.expected}; received "${p.received}".`,
  },
  pt: {
    unreadable: (p) => `Não foi possível ler «${p.path}» (${p.reason}).`,
    formats: "text, json ou md",
    missingModes: "mean ou exclude",
    noRubric: (p) => `«${p.file}» não tem "rubric": adicione-a ao arquivo ou use --rubric rubrica.json.`,
    positiveMb: "um número de MB maior que 0",
    httpUrl: "uma URL http(s)",
    summary:
      "Classifica as entregas de um hackathon com a rubrica e exporta pacotes de desafio com dados offline",
    usage:
      "ciudata hackathon rank <notas.json> [--rubric rubrica.json] [--format text|json|md] [--missing mean|exclude] [--normalize]\nciudata hackathon pack <desafio.json> --portal <url> --out <pasta> [--rubric rubrica.json] [--max-mb 20]\nSai com 1 se um arquivo não for válido ou o portal falhar, 2 se o comando estiver mal escrito.",
    "flag.rubric": "Rubrica (JSON); substitui a do arquivo",
    "flag.format": "text, json ou md",
    "flag.json": "O mesmo que --format json",
    "flag.missing": "Nota faltante: mean (média dos outros jurados, padrão) ou exclude",
    "flag.normalize": "Normaliza por jurado (z-score)",
    "flag.portal": "URL do portal de dados",
    "flag.out": "Pasta do pacote",
    "flag.maxMb": "Tamanho máximo por arquivo baixado, em MB (20)",
    unknownAction: (p, w) => `Ação desconhecida «${p.action}»: use ${w.list(p.actions, "disjunction")}.`,
    invalid: (p) => `${p.file} não é válido:`,
    skipped: (p) => `! Não baixado: ${p.id} (${p.reason})`,
    wrote: (p, w) =>
      `Pacote gravado em ${p.dir} (${w.count(p.files, { one: "arquivo", other: "arquivos" })})`,
    badFlag: (p) => `--${p.flag} espera ${p.expected}; recebido «${p.received}».`,
  },
});
