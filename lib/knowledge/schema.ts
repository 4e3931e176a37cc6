import { z } from 'zod';

const localised = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
const aliasList = z.array(z.string().min(1)).default([]);

export const PLACE_KINDS = [
  'country',
  'governorate',
  'district',
  'city',
  'town',
  'village',
  'neighbourhood',
  'region',
  'desert',
  'mountain',
  'river',
  'lake',
  'dam',
  'crossing',
  'oil-field',
  'gas-field',
  'pumping-station',
  'air-base',
  'military-base',
  'prison',
  'camp',
  'site',
] as const;
export const GROUP_KINDS = [
  'army',
  'army-unit',
  'air-force',
  'police',
  'security-service',
  'militia',
  'paramilitary',
  'rebel-group',
  'rebel-coalition',
  'jihadist-group',
  'kurdish-force',
  'tribal-force',
  'coalition',
  'foreign-force',
  'party',
] as const;
export const SOURCE_KINDS = [
  'agency',
  'channel',
  'newspaper',
  'website',
  'monitor',
  'ngo',
  'international-organisation',
  'ministry',
  'military-command',
  'government-body',
  'media-office',
  'official',
  'spokesperson',
] as const;
export const PERSON_KINDS = ['politician', 'commander', 'militant-leader', 'cleric', 'other'] as const;

const base = {
  id: z.string().regex(/^(place|group|source|person)\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localised.extend({ ar: z.string().min(1).optional() }),
  aliases: z
    .object({ fr: aliasList, en: aliasList, ar: aliasList, translit: aliasList })
    .strict()
    .default({ fr: [], en: [], ar: [], translit: [] }),
  /**
   * Aliases that are also ordinary words or very short (EI, IS, AP, Hit, Ana, Bab…): they only match
   * when written exactly as listed here, case included.
   */
  guarded: aliasList,
  description: localised,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  parent: z.string().optional(),
};

export const placeSchema = z
  .object({
    ...base,
    type: z.literal('place'),
    kind: z.enum(PLACE_KINDS),
    country: z.string().regex(/^[A-Z]{2}$/),
    coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
  })
  .strict();
export const groupSchema = z.object({ ...base, type: z.literal('group'), kind: z.enum(GROUP_KINDS) }).strict();
export const sourceSchema = z
  .object({ ...base, type: z.literal('source'), kind: z.enum(SOURCE_KINDS), affiliation: localised })
  .strict();
export const personSchema = z.object({ ...base, type: z.literal('person'), kind: z.enum(PERSON_KINDS) }).strict();

export const entitySchema = z.discriminatedUnion('type', [placeSchema, groupSchema, sourceSchema, personSchema]);
export const entityFileSchema = z.array(entitySchema);

export type KnowledgeEntity = z.infer<typeof entitySchema>;
export type PlaceEntity = z.infer<typeof placeSchema>;
