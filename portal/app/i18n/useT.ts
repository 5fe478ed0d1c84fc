import { useContext } from 'react'
import { I18nContext, useTranslation } from 'react-i18next'
import type { FlatNamespace } from 'i18next'

/*
 * The translation function of a namespace. On the server, where each page renders once in
 * one language, it comes straight from the page's i18next instance: react-i18next's
 * `useTranslation` copies the whole instance for every component that asks, which cost a
 * signed-in page about a twentieth of its time. In the browser `useTranslation` still
 * subscribes the component to language changes.
 */
const useServerT = <Ns extends FlatNamespace>(ns: Ns) => useContext(I18nContext).i18n.getFixedT(null, ns)

const useBrowserT = <Ns extends FlatNamespace>(ns: Ns) => useTranslation(ns).i18n.getFixedT(null, ns)

export const useT: typeof useServerT = typeof document === 'undefined' ? useServerT : useBrowserT
