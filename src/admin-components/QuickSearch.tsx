'use client'
import React, { useEffect, useRef, useState } from 'react'

import type { SearchHit, SearchResults } from '../operations/quickSearch'
import styles from './QuickSearch.module.css'

const GROUPS: { key: 'repairs' | 'devices' | 'customers'; label: string }[] = [
  { key: 'repairs', label: 'Réparations' },
  { key: 'devices', label: 'Appareils' },
  { key: 'customers', label: 'Clients' },
]

/**
 * The header's search box: a repair, a device or a customer by reference, fault, model, serial,
 * IMEI, name or phone (« 06 45 12 78 90 », « 0645127890 », « +33 6… »), as the role may read.
 */
export function QuickSearch() {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<SearchResults | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  // On a phone the header has no room for a box: a button opens it over the header.
  const [expanded, setExpanded] = useState(false)
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) {
      setResults(null)
      setError(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(q)}`, {
        credentials: 'include',
        headers: { 'accept-language': 'fr' },
        signal: controller.signal,
      })
        .then(async (res) => {
          if (!res.ok) throw new Error(`La recherche a échoué (erreur ${res.status}).`)
          setResults((await res.json()) as SearchResults)
          setError(null)
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message || 'La recherche a échoué.')
        })
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) {
        setOpen(false)
        setExpanded(false)
      }
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [])

  const hits: SearchHit[] = results ? GROUPS.flatMap((g) => results[g.key]) : []
  const current = results && results.query === query.trim()

  return (
    <div
      className={`${styles.box} ${expanded ? styles.expanded : ''}`}
      ref={box}
      data-testid="quick-search"
    >
      <button
        type="button"
        className={styles.toggle}
        aria-label="Rechercher"
        aria-expanded={expanded}
        onClick={() => setExpanded(true)}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <input
        autoFocus={expanded}
        type="search"
        className={styles.input}
        aria-label="Rechercher une réparation, un appareil ou un client"
        placeholder="Rechercher : réf., client, tél., IMEI…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false)
            setExpanded(false)
          }
          if (e.key === 'Enter' && current && hits[0]) window.location.assign(hits[0].url)
        }}
      />
      {open && query.trim().length >= 2 && (results || error) ? (
        <div className={styles.panel} role="listbox" data-testid="quick-search-results">
          {error ? <p className={styles.empty}>{error}</p> : null}
          {!error && results && hits.length === 0 ? (
            <p className={styles.empty}>Aucun résultat pour « {results.query} ».</p>
          ) : null}
          {!error && results
            ? GROUPS.filter((g) => results[g.key].length > 0).map((g) => (
                <div key={g.key}>
                  <p className={styles.group}>{g.label}</p>
                  {results[g.key].map((hit) => (
                    <a key={`${g.key}-${hit.id}`} className={styles.hit} href={hit.url}>
                      <strong>{hit.title}</strong>
                      {hit.detail ? <span>{hit.detail}</span> : null}
                    </a>
                  ))}
                </div>
              ))
            : null}
        </div>
      ) : null}
    </div>
  )
}
