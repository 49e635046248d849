import { defineCatalogs } from "@ciudata/core";

/** The counts a reason is worded from (see `LifecycleCounts`). */
interface C {
  teams: number;
  submissions: number;
  sheets: number;
  expectedSheets: number;
  recommendations: number;
  followUps: number;
  followUpsDone: number;
  followUpsOverdue: number;
  opensOn: string | null;
  asOf: string;
}

/** The lifecycle stages and why a challenge is in one, in es, en and pt. @internal */
export const lifecycleMessages = defineCatalogs({
  es: {
    define: "definir",
    open: "convocatoria abierta",
    prototype: "prototipo",
    panel: "panel de expertos",
    recommendation: "recomendaciones",
    "follow-up": "seguimiento",
    "why:define": (c: C) =>
      c.opensOn === null
        ? "ningún equipo se inscribió todavía"
        : `ningún equipo se inscribió todavía; la convocatoria abre el ${c.opensOn}`,
    "why:open": (c: C, w) =>
      c.teams === 0
        ? "la convocatoria está abierta y ningún equipo se inscribió todavía"
        : `${w.count(c.teams, { one: "equipo inscrito", other: "equipos inscritos" })}; ninguna entrega todavía`,
    "why:prototype": (c: C, w) =>
      `${w.count(c.submissions, { one: "entrega presentada", other: "entregas presentadas" })}; el panel no puntuó ninguna todavía`,
    "why:panel": (c: C, w) =>
      `${w.number(c.sheets)} de ${w.count(c.expectedSheets, { one: "planilla esperada", other: "planillas esperadas" })} del panel`,
    "why:recommendation": (c: C, w) =>
      `el panel entregó sus ${w.count(c.sheets, { one: "planilla", other: "planillas" })}, ${w.count(c.recommendations, { one: "con recomendación escrita", other: "con recomendaciones escritas" })}; sin compromisos de seguimiento todavía`,
    "why:follow-up": (c: C, w) =>
      `${w.count(c.followUps, { one: "compromiso de seguimiento", other: "compromisos de seguimiento" })}; cumplidos: ${w.number(c.followUpsDone)}; vencidos al ${c.asOf}: ${w.number(c.followUpsOverdue)}`,
  },
  en: {
    define: "define",
    open: "open call",
    prototype: "prototype",
    panel: "expert panel",
    recommendation: "recommendations",
    "follow-up": "follow-up",
    "why:define": (c) =>
      c.opensOn === null
        ? "no team has registered yet"
        : `no team has registered yet; the call opens on ${c.opensOn}`,
    "why:open": (c, w) =>
      c.teams === 0
        ? "the call is open and no team has registered yet"
        : `${w.count(c.teams, { one: "team registered", other: "teams registered" })}; no submission yet`,
    "why:prototype": (c, w) =>
      `${w.count(c.submissions, { one: "submission handed in", other: "submissions handed in" })}; the panel has scored none yet`,
    "why:panel": (c, w) =>
      `${w.number(c.sheets)} of ${w.count(c.expectedSheets, { one: "expected panel sheet", other: "expected panel sheets" })} in`,
    "why:recommendation": (c, w) =>
      `the panel handed in its ${w.count(c.sheets, { one: "sheet", other: "sheets" })}, ${w.count(c.recommendations, { one: "with a written recommendation", other: "with written recommendations" })}; no follow-up commitment yet`,
    "why:follow-up": (c, w) =>
      `${w.count(c.followUps, { one: "follow-up commitment", other: "follow-up commitments" })}; done: ${w.number(c.followUpsDone)}; overdue as of ${c.asOf}: ${w.number(c.followUpsOverdue)}`,
  },
  pt: {
    define: "definir",
    open: "chamada aberta",
    prototype: "protótipo",
    panel: "painel de especialistas",
    recommendation: "recomendações",
    "follow-up": "acompanhamento",
    "why:define": (c) =>
      c.opensOn === null
        ? "nenhuma equipe se inscreveu ainda"
        : `nenhuma equipe se inscreveu ainda; a chamada abre em ${c.opensOn}`,
    "why:open": (c, w) =>
      c.teams === 0
        ? "a chamada está aberta e nenhuma equipe se inscreveu ainda"
        : `${w.count(c.teams, { one: "equipe inscrita", other: "equipes inscritas" })}; nenhuma entrega ainda`,
    "why:prototype": (c, w) =>
      `${w.count(c.submissions, { one: "entrega apresentada", other: "entregas apresentadas" })}; o painel não pontuou nenhuma ainda`,
    "why:panel": (c, w) =>
      `${w.number(c.sheets)} de ${w.count(c.expectedSheets, { one: "planilha esperada", other: "planilhas esperadas" })} do painel`,
    "why:recommendation": (c, w) =>
      `o painel entregou suas ${w.count(c.sheets, { one: "planilha", other: "planilhas" })}, ${w.count(c.recommendations, { one: "com recomendação escrita", other: "com recomendações escritas" })}; sem compromissos de acompanhamento ainda`,
    "why:follow-up": (c, w) =>
      `${w.count(c.followUps, { one: "compromisso de acompanhamento", other: "compromissos de acompanhamento" })}; cumpridos: ${w.number(c.followUpsDone)}; vencidos em ${c.asOf}: ${w.number(c.followUpsOverdue)}`,
  },
});
