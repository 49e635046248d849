import { defineCatalogs, defineIssueCatalogs } from "@ciudata/core";

/** The fixed words of the HTML form in es, en and pt. */
export const surveyFormMessages = defineCatalogs({
  es: {
    save: "Guardar mis respuestas (CSV)",
    saved: "Se descargó el archivo de respuestas. Envíelo a quien le pidió la encuesta.",
    pickAny: "Puede marcar varias opciones.",
    pickOne: "Marque una opción.",
  },
  en: {
    save: "Save my answers (CSV)",
    saved: "The answers file was downloaded. Send it to whoever asked you to fill in the survey.",
    pickAny: "You may tick several options.",
    pickOne: "Choose one option.",
  },
  pt: {
    save: "Salvar minhas respostas (CSV)",
    saved: "O arquivo de respostas foi baixado. Envie-o a quem pediu a pesquisa.",
    pickAny: "Você pode marcar várias opções.",
    pickOne: "Marque uma opção.",
  },
});

/**
 * How every problem of a questionnaire or of an answers file is worded in es, en and pt (`survey/…` issue
 * types and their `expected:` codes). Render with `renderIssue(issue, lang, [surveyIssues])` from `@ciudata/core`.
 */
export const surveyIssues = defineIssueCatalogs({
  es: {
    "survey/questionnaire": { title: "Valor que no cumple el formato de cuestionario" },
    "survey/unknown-question": { title: "Columna que no es una pregunta del cuestionario" },
    "survey/unknown-choice": { title: "Opción que no está en la lista de la pregunta" },
    "survey/bad-answer": { title: "Respuesta con un valor inválido" },
    "survey/bad-date": { title: "Fecha de envío ilegible" },
    "survey/no-questions": { title: "Ninguna columna corresponde a una pregunta del cuestionario" },
    "expected:choice-list": { title: "el nombre de una lista de choiceLists" },
    "expected:question": { title: "el nombre o el texto de una pregunta del cuestionario" },
    "expected:choice": { title: "una opción de la lista" },
    "expected:integer": { title: "un número entero" },
    "expected:email": { title: "un correo electrónico" },
    "expected:zero-one": { title: "1 o 0" },
    "expected:submission-date": {
      title: "una fecha AAAA-MM-DD, AAAA/MM/DD o DD/MM/AAAA (con hora o sin ella)",
    },
  },
  en: {
    "survey/questionnaire": { title: "Value that does not fit the questionnaire format" },
    "survey/unknown-question": { title: "Column that is not a question of the questionnaire" },
    "survey/unknown-choice": { title: "Option that is not in the question's list" },
    "survey/bad-answer": { title: "Answer with an invalid value" },
    "survey/bad-date": { title: "Unreadable submission date" },
    "survey/no-questions": { title: "No column matches a question of the questionnaire" },
    "expected:choice-list": { title: "the name of a list in choiceLists" },
    "expected:question": { title: "the name or the text of a question of the questionnaire" },
    "expected:choice": { title: "an option of the list" },
    "expected:integer": { title: "a whole number" },
    "expected:email": { title: "an email address" },
    "expected:zero-one": { title: "1 or 0" },
    "expected:submission-date": {
      title: "a date YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY (with or without a time)",
    },
  },
  pt: {
    "survey/questionnaire": { title: "Valor que não segue o formato de questionário" },
    "survey/unknown-question": { title: "Coluna que não é uma pergunta do questionário" },
    "survey/unknown-choice": { title: "Opção que não está na lista da pergunta" },
    "survey/bad-answer": { title: "Resposta com um valor inválido" },
    "survey/bad-date": { title: "Data de envio ilegível" },
    "survey/no-questions": { title: "Nenhuma coluna corresponde a uma pergunta do questionário" },
    "expected:choice-list": { title: "o nome de uma lista de choiceLists" },
    "expected:question": { title: "o nome ou o texto de uma pergunta do questionário" },
    "expected:choice": { title: "uma opção da lista" },
    "expected:integer": { title: "um número inteiro" },
    "expected:email": { title: "um e-mail" },
    "expected:zero-one": { title: "1 ou 0" },
    "expected:submission-date": { title: "uma data AAAA-MM-DD, AAAA/MM/DD ou DD/MM/AAAA (com ou sem hora)" },
  },
});
