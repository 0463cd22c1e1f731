import React from 'react'

/** A line above a list saying what its search box finds (Payload's placeholder names only some). */
export function ListHint({ text }: { text: string }) {
  return (
    <p
      data-testid="list-hint"
      // Payload renders `beforeList` outside the list's gutter: align with the list's edge.
      style={{
        margin: '0 0 12px',
        padding: '0 var(--gutter-h)',
        fontSize: 13,
        color: 'var(--theme-elevation-600)',
      }}
    >
      {text}
    </p>
  )
}
