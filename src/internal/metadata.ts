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

/** Override path of the acknowledgements (`addOverride`). */
export const ACKNOWLEDGEMENTS_OVERRIDE = `//.${METADATA_KEY}.${ACKNOWLEDGEMENTS_KEY}`;
/** Override path of the adopted-storage mark (`addOverride`). */
export const ADOPTED_STORAGE_OVERRIDE = `//.${METADATA_KEY}.${ADOPTED_STORAGE_KEY}`;
/** Override path of the storage-in-another-stack mark (`addOverride`). */
export const STORAGE_IN_OVERRIDE = `//.${METADATA_KEY}.${STORAGE_IN_KEY}`;
