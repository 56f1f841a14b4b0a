/**
 * A reasoned exception to one review rule: written by `AuditChecks.acknowledge` into the resource's
 * `//` metadata, read back by the review. Declared once, here (pure: no cdktf).
 */
/** A reasoned exception to one review rule. */
export interface Acknowledgement {
  /** The rule id, e.g. `COV-001` (see docs/review.md, Rules). */
  readonly id: string;
  /** Why the finding is accepted: at least 10 characters, shown to reviewers. */
  readonly reason: string;
}
