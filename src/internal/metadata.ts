/**
 * The `//.cloudaudit.*` metadata the constructs write into synthesized resources and the review
 * reads back: spelled here only. Pure: no cdktf.
 */

/** The key under `//` holding this library's metadata. */
export const METADATA_KEY = 'cloudaudit';
/** Under `//.cloudaudit`: the acknowledgements of review findings, `[{ id, reason }]`. */
export const ACKNOWLEDGEMENTS_KEY = 'acknowledgements';
/** Under `//.cloudaudit`: `true` when the track's storage exists outside this plan (adopted). */
export const ADOPTED_STORAGE_KEY = 'adopted_storage';

/**
 * Under `//.cloudaudit`: `{ stack, address }` when the track's storage is created by another stack
 * of the same app (a central storage stack): the review links the track to it there.
 */
export const STORAGE_IN_KEY = 'storage_in';

/**
 * Under `//.cloudaudit` of a provider block: the name given to the provider's account
 * (`CloudAuditAccount.assign`), which the Terraform does not otherwise say: the review counts
 * coverage per account across the stacks of an app.
 */
export const ACCOUNT_KEY = 'account';

/** Override path of the acknowledgements (`addOverride`). */
export const ACKNOWLEDGEMENTS_OVERRIDE = `//.${METADATA_KEY}.${ACKNOWLEDGEMENTS_KEY}`;
/** Override path of the adopted-storage mark (`addOverride`). */
export const ADOPTED_STORAGE_OVERRIDE = `//.${METADATA_KEY}.${ADOPTED_STORAGE_KEY}`;
/** Override path of the storage-in-another-stack mark (`addOverride`). */
export const STORAGE_IN_OVERRIDE = `//.${METADATA_KEY}.${STORAGE_IN_KEY}`;
/** Override path of the account mark (`addOverride`). */
export const ACCOUNT_OVERRIDE = `//.${METADATA_KEY}.${ACCOUNT_KEY}`;
