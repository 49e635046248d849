import { dialectProblems } from "./dialect";
import { describeFormatError } from "./format";
import { detailOf, num, p } from "./params";
import { readerDescribe, readerTitles, sourceReasons } from "./reader";
import { sheetDescribe, sheetTitles } from "./sheets";
import type { Locale } from "./types";

/** Portuguese messages. */
export const pt: Locale = {
  titles: {
    ...readerTitles.pt,
    ...sheetTitles.pt,
    "unsafe-path": "Caminho não permitido",
    "output-is-input": "Saída sobre a entrada",
    "encoding-error": "Erro de codificação",
    mojibake: "Texto corrompido",
    "format-error": "Não é uma tabela",
    "source-error": "Não foi possível abrir a fonte",
    "scheme-error": "Não foi possível baixar a fonte",
    "dialect-error": "Dialeto inválido",
    "schema-error": "Esquema inválido",
    "pattern-error": "Padrão não suportado",
    "blank-label": "Cabeçalho vazio",
    "duplicate-label": "Cabeçalho repetido",
    "missing-label": "Falta um cabeçalho",
    "extra-label": "Cabeçalho a mais",
    "incorrect-label": "Cabeçalho incorreto",
    "blank-row": "Linha vazia",
    "extra-cell": "Célula a mais",
    "missing-cell": "Falta uma célula",
    "type-error": "Tipo incorreto",
    "constraint-error": "Restrição não cumprida",
  },
  describe: {
    ...readerDescribe.pt,
    ...sheetDescribe.pt,
    "unsafe-path": (e) =>
      `o caminho «${p(e, "path")}» sai da pasta «${p(e, "root")}» ou não pode ser usado (${p(e, "reason")}); o que fazer: peça um arquivo dentro da pasta, sem «..», caminhos absolutos ou links que saiam dela`,
    "output-is-input": (e) =>
      `a saída ${p(e, "path")} é o mesmo arquivo que a entrada ${p(e, "input")} e o apagaria; o que fazer: escolha outro nome com --out`,
    "encoding-error": (e) => `os bytes não podem ser lidos como ${p(e, "encoding")}`,
    mojibake: (e) =>
      `o texto parece codificado duas vezes: "${p(e, "sequence")}" deveria ser "${p(e, "repair")}" (${e.params.count === 1 ? "uma vez" : `${num(e, "count", "pt")} vezes`} no começo do arquivo que foi examinado; a primeira na linha ${num(e, "line", "pt")}); o que fazer: exporte-o de novo a partir do original em UTF-8, ou corrija-o com repairMojibake()`,
    "format-error": (e) => describeFormatError(e, "pt"),
    "source-error": (e) =>
      sourceReasons.pt[p(e, "reason")]?.(e) ??
      `não foi possível abrir ${p(e, "path")}${e.params.todo ? "" : ` (${p(e, "reason")})`}`,
    "scheme-error": (e) => `o download de ${p(e, "url")} falhou (${p(e, "status")})`,
    "dialect-error": (e) => {
      const problem = (dialectProblems.pt as Record<string, string>)[p(e, "problem")];
      if (problem) return `o dialeto não é válido: "${p(e, "key")}" ${problem}`;
      return p(e, "path") ? `o dialeto não é válido em ${p(e, "path")}` : "o dialeto não é válido";
    },
    "schema-error": (e) => `o esquema não é válido em ${p(e, "path")}`,
    "pattern-error": (e) => {
      const why: Record<string, string> = {
        backreference: `usa uma referência a um grupo${detailOf(e)}, que não pode ser avaliada sem o risco de a verificação não terminar`,
        lookaround: `usa uma asserção de antecipação ou retrospecção${detailOf(e)}, que não pode ser avaliada sem o risco de a verificação não terminar`,
        unsupported: `usa uma construção que o motor de tempo linear não suporta${detailOf(e)}`,
        "too-large": `é grande demais para o motor de tempo linear depois de expandidas as suas repetições${detailOf(e)}`,
        invalid: `não é uma expressão regular válida${detailOf(e)}`,
      };
      const where = p(e, "path") ? ` em ${p(e, "path")}` : "";
      return `o padrão "${p(e, "pattern")}"${where} ${why[p(e, "reason")] ?? p(e, "reason")}; o que fazer: ${p(e, "reason") === "too-large" ? "use repetições mais curtas (+ ou * em vez de {1,5000}) ou uma lista de valores (enum)" : "reescreva-o sem essa construção (por exemplo, repita o grupo em vez de referenciá-lo, ou use uma classe como [^x] em vez de uma asserção)"} ou remova a restrição`;
    },
    "blank-label": () => "a coluna não tem nome",
    "duplicate-label": (e) => `o nome "${p(e, "label")}" já é usado pela coluna ${p(e, "firstFieldNumber")}`,
    "missing-label": (e) => `o esquema espera a coluna "${e.fieldName ?? ""}" e o arquivo não a tem`,
    "extra-label": (e) => `a coluna "${p(e, "label")}" não está no esquema`,
    "incorrect-label": (e) =>
      `a coluna se chama "${p(e, "label")}" e o esquema espera "${e.fieldName ?? ""}"`,
    "blank-row": () => "a linha está vazia",
    "extra-cell": (e) =>
      `a linha tem mais células (${num(e, "cells", "pt")}) do que colunas no cabeçalho (${num(e, "labels", "pt")})`,
    "missing-cell": (e) =>
      `a linha tem menos células (${num(e, "cells", "pt")}) do que colunas no cabeçalho (${num(e, "labels", "pt")})`,
    "type-error": (e) =>
      p(e, "reason") === "ambiguous-number"
        ? "o número é ambíguo: o ponto pode ser separador de milhar ou decimal"
        : "o valor não tem o tipo ou o formato da coluna",
    "constraint-error": (e) => `o valor não cumpre "${p(e, "constraint")}: ${p(e, "requirement")}"`,
  },
};
