import React from 'react'

/** The login page's mark: Atelier's logo and name (served from public/, nothing from the internet). */
export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 14 }}>
      <img src="/atelier-logo.svg" alt="" width={48} height={48} />
      <span style={{ fontSize: 32, fontWeight: 600, letterSpacing: '-0.01em' }}>Atelier</span>
    </span>
  )
}

/** The header's small mark. */
export function Icon() {
  return <img src="/atelier-logo.svg" alt="Atelier" width={24} height={24} />
}
