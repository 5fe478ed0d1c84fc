import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router'

import type { Route } from './+types/root'
import './styles.css'

export const Layout = ({ children }: { children: React.ReactNode }) => (
  <html lang="fi">
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <Meta />
      <Links />
    </head>
    <body>
      <a className="skip-link" href="#main">
        Siirry sisältöön
      </a>
      <header className="site-header">
        <a className="brand" href="/">
          Lupa
        </a>
        <span className="tagline">Luvat ja valvonta</span>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <ScrollRestoration />
      <Scripts />
    </body>
  </html>
)

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const isNotFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <section>
      <h1>{isNotFound ? 'Sivua ei löytynyt' : 'Jokin meni vikaan'}</h1>
      <p>{isNotFound ? 'Tarkista osoite.' : 'Yritä hetken kuluttua uudelleen.'}</p>
    </section>
  )
}
