import { Heading, StaticChip } from 'suomifi-ui-components'

import type { TimelineEntry } from '../models/applications.server'
import { useT } from '../i18n/useT'

/**
 * The application against its start date: when it was sent, supplements due, each permit's
 * expected (or actual) decision and the start, earliest first. A decision expected only
 * after the start is flagged, so the customer can ask the authority in time.
 */
export const ApplicationTimeline = ({ entries }: { entries: TimelineEntry[] }) => {
  const t = useT('applications')
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="timeline-heading" className="application-timeline">
      <Heading variant="h2" id="timeline-heading" mb="s">
        {t('timeline.heading')}
      </Heading>
      <ol className="timeline-list" data-testid="timeline">
        {entries.map((entry, index) => (
          <li
            key={`${entry.kind}-${entry.date}-${index}`}
            data-kind={entry.kind}
            data-after-start={entry.isAfterStart || undefined}
          >
            <span className="timeline-date">{entry.dateText}</span>{' '}
            <span className="timeline-text">
              {entry.kind === 'start'
                ? (entry.label ?? t('timeline.start'))
                : t(`timeline.${entry.kind}`, { permit: entry.permitTypeName ?? '' })}
            </span>
            {entry.isAfterStart && (
              <>
                {' '}
                <StaticChip className="timeline-late">{t('timeline.afterStart')}</StaticChip>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
