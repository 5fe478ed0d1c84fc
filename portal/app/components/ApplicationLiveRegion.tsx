import { useEffect, useRef, useState } from 'react'
import type { TFunction } from 'i18next'
import { useLocation, useRevalidator } from 'react-router'

import { formatTime } from '../i18n/format'
import { isUiLocale } from '../i18n/locales'
import type { ApplicationView } from '../models/applications.server'
import { useT } from '../i18n/useT'

/** How often an open page asks whether its application has news (and whenever the tab comes back). */
export const liveCheckIntervalMs = 10_000

/**
 * What the customer is told when the page updates itself: each case whose status moved,
 * and each new message from an authority. Their own messages and answers are not news.
 */
export const announcementsOf = ({
  previous,
  next,
  t,
}: {
  previous: ApplicationView
  next: ApplicationView
  t: TFunction<'applications'>
}): string[] => {
  const before = new Map(previous.cases.map((item) => [item.id, item]))
  const seen = new Set(
    [...previous.messages, ...previous.cases.flatMap((item) => item.messages)].map((m) => m.id),
  )
  const announcements: string[] = []
  for (const item of next.cases) {
    const old = before.get(item.id)
    if (old && old.status !== item.status)
      announcements.push(t('live.statusChanged', { permit: item.permitTypeName, status: item.statusText }))
    for (const message of item.messages)
      if (!seen.has(message.id) && !message.isFromCustomer)
        announcements.push(
          t('live.newMessage', { authority: message.authorityName ?? '', permit: item.permitTypeName }),
        )
  }
  for (const message of next.messages)
    if (!seen.has(message.id) && !message.isFromCustomer)
      announcements.push(t('live.newApplicationMessage', { authority: message.authorityName ?? '' }))
  return announcements
}

/**
 * Keeps the one view of an application up to date without a reload: it asks the small
 * `/applications/:id/live` resource for the fingerprint of what the page shows, on an
 * interval while the tab is visible and at once when the tab becomes visible again, and
 * reloads the page's data (not the page) only when the fingerprint differs. What changed is
 * announced politely in a live region; focus stays where it is.
 */
export const ApplicationLiveRegion = ({ view }: { view: ApplicationView }) => {
  const t = useT('applications')
  const revalidator = useRevalidator()
  const location = useLocation()
  const [announcements, setAnnouncements] = useState<string[]>([])
  const [checkedAt, setCheckedAt] = useState<string | null>(null)
  const shown = useRef(view)
  const latest = useRef({ version: view.version, revalidator })
  latest.current = { version: view.version, revalidator }

  useEffect(() => {
    let isCancelled = false
    const check = async () => {
      if (document.visibilityState !== 'visible' || latest.current.revalidator.state !== 'idle') return
      try {
        const response = await fetch(`/applications/${encodeURIComponent(view.id)}/live`, {
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
          cache: 'no-store',
        })
        if (!response.ok || isCancelled) return
        const { version } = (await response.json()) as { version?: string }
        if (version && version !== latest.current.version) await latest.current.revalidator.revalidate()
      } catch {
        // Offline or signed out: the next check tries again, and the page stays as it was.
      }
    }
    const timer = window.setInterval(() => void check(), liveCheckIntervalMs)
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void check()
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      isCancelled = true
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [view.id])

  // News only from the page updating itself: after the customer's own post or a navigation
  // (a new location), what is shown is the new starting point.
  const locationKey = useRef(location.key)
  useEffect(() => {
    const isOwnNavigation = locationKey.current !== location.key
    locationKey.current = location.key
    if (shown.current.version === view.version) return
    const news = isOwnNavigation ? [] : announcementsOf({ previous: shown.current, next: view, t })
    shown.current = view
    if (isOwnNavigation) return
    setAnnouncements(news.length > 0 ? news : [t('live.updated')])
    const lang = document.documentElement.lang
    setCheckedAt(formatTime({ instant: new Date(), locale: isUiLocale(lang) ? lang : 'fi' }))
  }, [view, location.key, t])

  return (
    <div role="status" aria-live="polite" className="live-updates" id="live-updates">
      {announcements.length > 0 && (
        <>
          <p className="live-updates-heading">{t('live.heading', { time: checkedAt ?? '' })}</p>
          <ul>
            {announcements.map((announcement, index) => (
              <li key={`${index}-${announcement}`}>{announcement}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
