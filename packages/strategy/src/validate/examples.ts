/** A good value to copy, by the last key of the path. @internal */
export const EXAMPLES: Readonly<Record<string, string>> = {
  "": '{"format": "ciudata-strategy", "version": 1, "city": {…}, "strategy": {…}, "pillars": [{…}]}',
  format: '"format": "ciudata-strategy"',
  version: '"version": 1',
  city: '"city": {"id": "mendoza", "name": {"es": "Ciudad de Mendoza"}, "country": "AR", "timeZone": "America/Argentina/Mendoza"}',
  timeZone: '"timeZone": "America/Argentina/Mendoza"',
  country: '"country": "AR"',
  id: '"id": "inventario-por-area"',
  name: '"name": {"es": "Dirección de Gobierno Abierto"}',
  title:
    '"title": {"es": "Creación del comité de gobernanza de datos", "en": "Set up the data governance committee"}',
  es: '"es": "Gobernanza y administración eficaz de datos"',
  en: '"en": "Effective data governance and management"',
  pt: '"pt": "Governança e gestão eficaz de dados"',
  aspiration: '"aspiration": {"es": "Crear un proceso de gobernanza de datos…"}',
  kind: '"kind": "direccion"',
  parentId: '"parentId": "secretaria-de-gobierno"',
  strategy:
    '"strategy": {"id": "mendoza-2024-2026", "title": {"es": "Estrategia de datos"}, "framework": "cda", "period": {"from": "2024-01", "to": "2026-12"}}',
  framework: '"framework": "cda"',
  period: '"period": {"from": "2024-01", "to": "2026-12"}',
  from: '"from": "2024-01"',
  to: '"to": "2026-12"',
  pillars:
    '"pillars": [{"id": "gobernanza", "order": 1, "title": {"es": "Gobernanza"}, "aspiration": {"es": "…"}}]',
  order: '"order": 1',
  actions:
    '"actions": [{"id": "comite-de-gobernanza", "pillarId": "gobernanza", "title": {"es": "…"}, "deadline": "2024-02"}]',
  pillarId: '"pillarId": "gobernanza"',
  deadline: '"deadline": "2024-05" | "2024-09/2024-11"',
  owners: '"owners": [{"kind": "role", "id": "data-champion"}, {"kind": "committee", "id": "cgd"}]',
  responsibility: '"responsibility": "support"',
  dependsOn: '"dependsOn": ["comite-de-gobernanza"]',
  history: '"history": [{"status": "in_progress", "at": "2024-03-01"}]',
  status: '"status": "in_progress"',
  at: '"at": "2024-03-01"',
  date: '"date": "2024-06-30"',
  startDate: '"startDate": "2024-03-01"',
  weight: '"weight": 2',
  tags: '"tags": ["cda:governance", "sdg:11.6.2", "dcatar:superTheme:TRAN"]',
  indicatorIds: '"indicatorIds": ["direcciones-participantes"]',
  indicatorId: '"indicatorId": "direcciones-participantes"',
  direction: '"direction": "increase"',
  baseline: '"baseline": {"value": 1, "date": "2019"}',
  target: '"target": {"value": 16, "date": "2021-12"}',
  value: '"value": 16',
  unit: '"unit": {"es": "direcciones"}',
  periodicity: '"periodicity": "R/P1Y"',
  accrualPeriodicity: '"accrualPeriodicity": "R/P1M"',
  cadence: '"cadence": "R/P3M"',
  thresholds: '"thresholds": {"basis": "progress", "green": 90, "yellow": 60}',
  accessLevel: '"accessLevel": "public"',
  state: '"state": "existing"',
  orgUnitId: '"orgUnitId": "direccion-de-gobierno-abierto"',
  email: '"email": "datos@ciudaddemendoza.gov.ar"',
  personId: '"personId": "ary-salomon"',
  roleId: '"roleId": "data-champion"',
  seriesId: '"seriesId": "cgd"',
  frameworkId: '"frameworkId": "cda"',
};

/**
 * An example for the last key of `path` that has one.
 * @internal
 */
export function exampleAt(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === "string" && EXAMPLES[k] !== undefined) return EXAMPLES[k];
  }
  return EXAMPLES[""] as string;
}
