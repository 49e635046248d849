import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata hackathon`, in es, en and pt. */
export const hackathonMessages = defineCatalogs({
  es: {
    noRubric: (p: { file: string }) =>
      `«${p.file}» no tiene "rubric": agréguela al archivo o use --rubric rubrica.json.`,
    positiveMb: "un número de MB mayor que 0",
    httpUrl: "una URL http(s)",
    needOut: "hackathon pack necesita --out <carpeta>: la carpeta donde se escribe el paquete.",
    needPortal: 'hackathon pack necesita --portal <url> (o "portal" en el desafío).',
    summary:
      "Rankea las entregas de un hackatón con la rúbrica y exporta paquetes de desafío con datos sin conexión",
    usage:
      "ciudata hackathon rank <puntajes.json> [--rubric rubrica.json] [--missing mean|exclude] [--normalize] [--format text|json|md|html] [--out archivo]\nciudata hackathon pack <desafio.json> --portal <url> --out <carpeta> [--rubric rubrica.json] [--max-mb 20] [--format text|json|md|html]\nSale con 1 si un archivo no es válido o el portal falla, 2 si el comando está mal escrito.",
    "flag.rubric": "Rúbrica (JSON); reemplaza la del archivo",
    "flag.missing": "Puntaje faltante: mean (media de los otros jurados, por defecto) o exclude",
    "flag.normalize": "Normaliza por jurado (z-score)",
    "flag.portal": "URL del portal de datos",
    "flag.out":
      "pack: carpeta del paquete. rank: escribe el ranking en este archivo (el formato sale de la extensión si no se da --format)",
    "flag.maxMb": "Tamaño máximo por archivo descargado, en MB (20)",
    invalid: (p: { file: string }) => `${p.file} no es válido:`,
    skipped: (p: { id: string; reason: string }) => `! No descargado: ${p.id} (${p.reason})`,
    wrote: (p: { dir: string; files: number }, w) =>
      `Paquete escrito en ${p.dir} (${w.count(p.files, { one: "archivo", other: "archivos" })})`,
    badFlag: (p: { flag: string; expected: string; received: string }) =>
      `--${p.flag} espera ${p.expected}; se recibió «${p.received}».`,
    rankTitle: "Ranking del hackatón",
    packTitle: "Paquete de desafío",
    position: "Puesto",
    submission: "Entrega",
    total: "Total",
    details: "Detalle",
  },
  en: {
    noRubric: (p) => `"${p.file}" has no "rubric": add it to the file or use --rubric rubric.json.`,
    positiveMb: "a number of MB above 0",
    httpUrl: "an http(s) URL",
    needOut: "hackathon pack needs --out <dir>: the folder the pack is written to.",
    needPortal: 'hackathon pack needs --portal <url> (or "portal" in the challenge).',
    summary: "Rank a hackathon's submissions with the rubric and export challenge packs with offline data",
    usage:
      "ciudata hackathon rank <scores.json> [--rubric rubric.json] [--missing mean|exclude] [--normalize] [--format text|json|md|html] [--out file]\nciudata hackathon pack <challenge.json> --portal <url> --out <dir> [--rubric rubric.json] [--max-mb 20] [--format text|json|md|html]\nExits 1 when a file is not valid or the portal fails, 2 for a usage mistake.",
    "flag.rubric": "Rubric (JSON); replaces the one in the file",
    "flag.missing": "Missing score: mean (other judges' mean, default) or exclude",
    "flag.normalize": "Normalise per judge (z-score)",
    "flag.portal": "Data portal URL",
    "flag.out":
      "pack: the pack's folder. rank: write the ranking to this file (the format comes from its extension unless --format is given)",
    "flag.maxMb": "Largest file to download, in MB (20)",
    invalid: (p) => `${p.file} is not valid:`,
    skipped: (p) => `! Not downloaded: ${p.id} (${p.reason})`,
    wrote: (p, w) => `Pack written to ${p.dir} (${w.count(p.files, { one: "file", other: "files" })})`,
    badFlag: (p) => `--${p.flag} expects ${p.expected}; received "${p.received}".`,
    rankTitle: "Hackathon ranking",
    packTitle: "Challenge pack",
    position: "Position",
    submission: "Submission",
    total: "Total",
    details: "Details",
  },
  pt: {
    noRubric: (p) => `«${p.file}» não tem "rubric": adicione-a ao arquivo ou use --rubric rubrica.json.`,
    positiveMb: "um número de MB maior que 0",
    httpUrl: "uma URL http(s)",
    needOut: "hackathon pack precisa de --out <pasta>: a pasta onde o pacote é gravado.",
    needPortal: 'hackathon pack precisa de --portal <url> (ou "portal" no desafio).',
    summary:
      "Classifica as entregas de um hackathon com a rubrica e exporta pacotes de desafio com dados offline",
    usage:
      "ciudata hackathon rank <notas.json> [--rubric rubrica.json] [--missing mean|exclude] [--normalize] [--format text|json|md|html] [--out arquivo]\nciudata hackathon pack <desafio.json> --portal <url> --out <pasta> [--rubric rubrica.json] [--max-mb 20] [--format text|json|md|html]\nSai com 1 se um arquivo não for válido ou o portal falhar, 2 se o comando estiver mal escrito.",
    "flag.rubric": "Rubrica (JSON); substitui a do arquivo",
    "flag.missing": "Nota faltante: mean (média dos outros jurados, padrão) ou exclude",
    "flag.normalize": "Normaliza por jurado (z-score)",
    "flag.portal": "URL do portal de dados",
    "flag.out":
      "pack: pasta do pacote. rank: grava o ranking neste arquivo (o formato vem da extensão se --format não for dado)",
    "flag.maxMb": "Tamanho máximo por arquivo baixado, em MB (20)",
    invalid: (p) => `${p.file} não é válido:`,
    skipped: (p) => `! Não baixado: ${p.id} (${p.reason})`,
    wrote: (p, w) =>
      `Pacote gravado em ${p.dir} (${w.count(p.files, { one: "arquivo", other: "arquivos" })})`,
    badFlag: (p) => `--${p.flag} espera ${p.expected}; recebido «${p.received}».`,
    rankTitle: "Ranking do hackathon",
    packTitle: "Pacote de desafio",
    position: "Posição",
    submission: "Entrega",
    total: "Total",
    details: "Detalhes",
  },
});
