import { LANGS, type PerLang, translator } from "@ciudata/core";
import { z } from "zod";
import { strategyMessages } from "../messages/messages";
import { IsoDateSchema, LabelSchema, SlugSchema, TimeZoneSchema } from "./common";
import { entity } from "./shape";

/** The city the strategy belongs to. */
export const CitySchema = entity({
  name: LabelSchema,
  country: z.string().regex(/^[A-Z]{2}$/, { message: "country" }),
  /** IANA time zone every `asOf` date is read in (`America/Argentina/Mendoza`). */
  timeZone: TimeZoneSchema,
  population: z.number().int().nonnegative().optional(),
});
/** The city. */
export type City = z.infer<typeof CitySchema>;

/** Kinds of organisational units, largest first. */
export const ORG_UNIT_KINDS = [
  "intendencia",
  "secretaria",
  "direccion",
  "departamento",
  "area",
  "external",
] as const;

/** A secretaría, dirección, departamento or área (or an external body, for agreements). */
export const OrgUnitSchema = entity({
  name: LabelSchema,
  kind: z.enum(ORG_UNIT_KINDS),
  parentId: SlugSchema.optional(),
});
/** An organisational unit. */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/** A person named in the strategy (owners, committee members, stewards). */
export const PersonSchema = z.strictObject({
  id: SlugSchema,
  name: z.string().trim().min(1),
  orgUnitId: SlugSchema.optional(),
  email: z.email().optional(),
});
/** A person. */
export type Person = z.infer<typeof PersonSchema>;

/** Ids of the roles every strategy knows. */
const BUILTIN_ROLE_IDS = [
  "data-champion",
  "governance-committee-member",
  "chief-data-officer",
  "owner",
  "area-head",
] as const;

/**
 * Roles every strategy knows, with their names per language (from `strategyMessages`); a strategy may
 * declare more in `roles`.
 */
export const BUILTIN_ROLES: Readonly<Record<(typeof BUILTIN_ROLE_IDS)[number], PerLang<string>>> =
  Object.fromEntries(
    BUILTIN_ROLE_IDS.map((id) => [
      id,
      Object.fromEntries(LANGS.map((lang) => [lang, translator(strategyMessages, lang).t(`role:${id}`)])),
    ]),
  ) as Record<(typeof BUILTIN_ROLE_IDS)[number], PerLang<string>>;

/** A role a strategy declares (beyond the built-in ones), such as `data-steward`. */
export const RoleSchema = z.object({ id: SlugSchema, name: LabelSchema }).strict();
/** A declared role. */
export type Role = z.infer<typeof RoleSchema>;

/** A person holding a role, optionally in an org unit and for a time. */
export const RoleAssignmentSchema = z.strictObject({
  personId: SlugSchema,
  roleId: SlugSchema,
  orgUnitId: SlugSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
/** A role assignment. */
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;
