import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ATTACHMENT_MAX_BYTES, formatFileSize, UploadError } from './upload';

/** Why an upload was refused, in words: translated, or the server's own for a refused file. */
export function useUploadErrorReason(): (error: unknown) => string {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const maxSize = formatFileSize(ATTACHMENT_MAX_BYTES, language);
  return (error) => {
    if (!(error instanceof UploadError)) return t('errors.INTERNAL');
    switch (error.code) {
      case 'TOO_LARGE':
        return t('discussions.attachments.tooLarge', { max: maxSize });
      case 'BAD_USER_INPUT':
        return error.message || t('discussions.attachments.notAccepted');
      // Uploads are refused with 429 only once the person's daily quota is used up.
      case 'RATE_LIMITED':
        return t('discussions.attachments.dailyLimit');
      case 'network':
      case 'UNAUTHENTICATED':
      case 'FORBIDDEN':
      case 'NOT_FOUND':
      case 'INTERNAL':
        return t(`errors.${error.code}`);
      default:
        return error.message || t('errors.INTERNAL');
    }
  };
}
