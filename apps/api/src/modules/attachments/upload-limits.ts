/** Hours an upload may wait for a post to use it; then the upload and its file are deleted. */
export const UNATTACHED_UPLOAD_TTL_HOURS = 24;

/**
 * Defaults of UPLOAD_BYTES_PER_PERSON_PER_DAY and UPLOADS_PER_PERSON_PER_DAY: what one person may upload
 * in any 24 hours, counted from the uploads still stored (attached or not).
 */
export const UPLOAD_BYTES_PER_PERSON_PER_DAY = 500 * 1024 * 1024;
export const UPLOADS_PER_PERSON_PER_DAY = 500;
