import { z } from 'zod';

/**
 * What agreement reports, as the CLI prints it and the API sends it. The
 * TypeScript types are derived from these schemas, so the two never drift.
 * A figure is null where it is undefined: no units, or (for κ and α) no
 * variation to correct for chance with.
 */
const Figure = z.number().nullable();
const Units = z.int().nonnegative();

/** A row of the pairwise matrix: two sets on one type (span agreement), or on one field of it. */
const PairRowSchema = z.object({
  a: z.string(),
  b: z.string(),
  type: z.string(),
  field: z.string().optional(),
  f1Exact: Figure,
  f1Overlap: Figure,
  /** Cohen's κ on the spans both sets matched and both gave the field a value. */
  kappa: Figure.optional(),
  /** Krippendorff's α (nominal) on the same pairs. */
  alpha: Figure.optional(),
  /** Spans behind the figures: for a type, the units after matching (a matched pair counts once); for a field, the matched pairs both valued. */
  units: Units,
});
export type PairRow = z.infer<typeof PairRowSchema>;

const FieldAgreementSchema = z.object({
  field: z.string(),
  /** Cohen's κ for two sets, Fleiss' κ for more, over units every set matched and valued. */
  kappa: Figure,
  kappaKind: z.enum(['cohen', 'fleiss']),
  kappaUnits: Units,
  /** Krippendorff's α over every matched unit with two or more values (missing values allowed). */
  alpha: Figure,
  alphaUnits: Units,
});
export type FieldAgreement = z.infer<typeof FieldAgreementSchema>;

const TypeAgreementSchema = z.object({
  type: z.string(),
  /** Over all pairs of sets: 2·matches / spans, summed over the pairs. */
  f1Exact: Figure,
  f1Overlap: Figure,
  /** Krippendorff's unitizing α over all sets, character by character. */
  alphaU: Figure,
  /** Units (joined spans) all sets marked, behind αᵤ. */
  alphaUUnits: Units,
  fields: z.array(FieldAgreementSchema),
});
export type TypeAgreement = z.infer<typeof TypeAgreementSchema>;

const DocumentRowSchema = z.object({
  document: z.string(),
  title: z.string(),
  type: z.string(),
  f1Exact: Figure,
  f1Overlap: Figure,
  alphaU: Figure,
  /** Annotations of the type per set. */
  annotations: z.record(z.string(), Units),
});
export type DocumentRow = z.infer<typeof DocumentRowSchema>;

export const AgreementReportSchema = z.object({
  pairs: z.array(PairRowSchema),
  overall: z.object({ sets: z.array(z.string()), documents: Units, types: z.array(TypeAgreementSchema) }),
  documents: z.array(DocumentRowSchema),
});
export type AgreementReport = z.infer<typeof AgreementReportSchema>;
