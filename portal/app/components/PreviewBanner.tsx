import { InlineAlert } from 'suomifi-ui-components'
import { useT } from '../i18n/useT'

/** Tells staff that the page previews a bundle customers cannot see yet. */
export const PreviewBanner = () => {
  const t = useT('common')
  return (
    <InlineAlert status="warning" labelText={t('analysis.preview.heading')} mb="m" className="preview-banner">
      {t('analysis.preview.text')}
    </InlineAlert>
  )
}
