import { useTranslation } from 'react-i18next'
import { InlineAlert } from 'suomifi-ui-components'

/** Tells staff that the page previews a bundle customers cannot see yet. */
export const PreviewBanner = () => {
  const { t } = useTranslation()
  return (
    <InlineAlert status="warning" labelText={t('analysis.preview.heading')} mb="m" className="preview-banner">
      {t('analysis.preview.text')}
    </InlineAlert>
  )
}
