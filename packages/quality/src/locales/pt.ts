import { p, type Wording } from "./types";

/** Portuguese wording. */
export const pt: Wording = {
  "duplicate-row": ["Linha duplicada", (e) => `a linha repete a linha ${p(e, "firstRowNumber")}`],
  "unique-error": [
    "Valor repetido",
    (e) =>
      e.params.fieldNames
        ? `a combinação «${p(e, "fieldNames")}» já apareceu na linha ${p(e, "firstRowNumber")}`
        : `o valor já apareceu na linha ${p(e, "firstRowNumber")} e a coluna deve ser única`,
  ],
  "primary-key": [
    "Chave primária inválida",
    (e) =>
      e.params.reason === "null"
        ? `a chave primária (${p(e, "fieldNames")}) está vazia`
        : `a chave primária (${p(e, "fieldNames")}) repete a da linha ${p(e, "firstRowNumber")}`,
  ],
  "foreign-key": [
    "Referência inexistente",
    (e) =>
      `«${p(e, "fieldNames")}» não está na tabela de referência ${p(e, "referenceName") || "(esta mesma)"} (${p(e, "referenceFieldNames")})`,
  ],
  "row-constraint": [
    "Regra de linha não cumprida",
    (e) =>
      e.params.reason === "syntax"
        ? `a fórmula «${p(e, "formula")}» não pode ser lida (posição ${p(e, "position")})`
        : `a linha não cumpre «${p(e, "formula")}»${e.params.reason && e.params.reason !== "false" ? ` (${p(e, "reason")})` : ""}`,
  ],
  "table-dimensions": [
    "Dimensões da tabela",
    (e) =>
      `a tabela tem ${p(e, "actual")} ${e.params.what === "rows" ? "linhas" : "colunas"}; ${
        { required: "exigidas:", minimum: "mínimo:", maximum: "máximo:" }[p(e, "bound")] ?? ""
      } ${p(e, "limit")}`,
  ],
  "deviated-value": [
    "Valor atípico",
    (e) => `o valor ${p(e, "received")} de «${p(e, "field")}» (linha ${p(e, "row")}) se afasta do resto`,
  ],
  "deviated-cell": [
    "Célula longa demais",
    (e) => `a célula de «${p(e, "field")}» na linha ${p(e, "row")} é muito mais longa que as demais`,
  ],
  "truncated-value": [
    "Valor possivelmente truncado",
    () => "o valor parece cortado pelo sistema que o exportou",
  ],
  "forbidden-value": ["Valor proibido", () => "o valor está na lista de valores proibidos"],
  "sequential-value": ["Sequência quebrada", () => "o valor não segue a sequência (anterior + 1)"],
  "ascii-value": ["Caracteres não ASCII", () => "o texto tem caracteres fora do ASCII (acentos, ñ…)"],
  "required-value": [
    "Falta um valor obrigatório",
    (e) => `nenhuma linha de «${p(e, "field")}» tem o valor exigido`,
  ],
  "hash-count": ["Hash do arquivo diferente", (e) => `o hash ${p(e, "algorithm")} do arquivo não confere`],
  "byte-count": ["Tamanho do arquivo diferente", () => "o tamanho do arquivo (bytes) não confere"],
  "row-count": ["Quantidade de linhas diferente", () => "a quantidade de linhas não confere com a declarada"],
  "check-error": ["Controle mal configurado", (e) => `o controle não pode ser executado: ${e.note}`],
  "checklist-error": [
    "Lista de controles inválida",
    (e) => `a lista de controles não é válida em ${p(e, "path")}`,
  ],
  "unmatched-header": [
    "Cabeçalho sem correspondência",
    () => "nenhuma coluna corresponde a um campo do esquema",
  ],
  "resource-error": ["Recurso inválido", (e) => `o recurso não é válido: ${e.note}`],
  "package-error": ["Pacote inválido", (e) => `o pacote não é válido em ${p(e, "path")}`],
  error: ["Erro", (e) => e.note],
};
