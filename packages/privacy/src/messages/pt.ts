import type { Wording } from "./types";

/** Portuguese wording of the privacy error types. */
export const pt: Wording = {
  "privacy/unknown-column": ["Coluna inexistente", (e) => `não há uma coluna «${e.params.column}»`],
  "privacy/k-anonymity": [
    "Risco de reidentificação (k-anonimato)",
    (e) =>
      `${e.params.records} registros estão em grupos de menos de ${e.params.k} pessoas segundo ${e.params.qi}; podem ser reidentificados`,
  ],
  "privacy/l-diversity": [
    "Pouca diversidade de um dado sensível",
    (e) => `em ${e.params.records} registros todo o grupo compartilha o mesmo valor de «${e.params.column}»`,
  ],
  "privacy/personal-data": [
    "Dado pessoal",
    (e) => `a coluna parece conter ${e.params.category} (confiança ${e.params.confidence})`,
  ],
  "privacy/sensitive-data": [
    "Dado sensível",
    (e) => `a coluna parece conter dados sensíveis (${e.params.category}) segundo ${e.params.laws}`,
  ],
  "privacy/invalid-plan": ["Plano de anonimização inválido", (e) => `${e.params.path}: ${e.params.reason}`],
  "privacy/missing-key": [
    "Chave ausente",
    (e) => `a chave de pseudonimização não foi encontrada (${e.params.source}); seu valor nunca é mostrado`,
  ],
  "privacy/invalid-table": ["Tabela agregada inválida", (e) => `${e.params.reason}`],
  "privacy/empty-table": [
    "Tabela vazia",
    (e) =>
      `${e.params.file ? `"${e.params.file}"` : "a entrada"} não tem cabeçalho nem linhas (só linhas em branco): não há nada para analisar; verifique se é o arquivo certo`,
  ],
};
