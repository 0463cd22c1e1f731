/**
 * Every e-mail the shop sends is rendered here, from Mustache templates: `{{value}}` is escaped
 * for HTML, so a customer's name or a part's label can never turn into markup or a live link.
 * There is no `{{{raw}}}` in any template; keep it that way.
 */
import Mustache from 'mustache'

const LAYOUT = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5;color:#1f2933">{{> body}}<p>— L'équipe de l'atelier</p></body></html>`

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** HTML-escapes text and attribute values (Mustache's own escape also encodes `/` and `=`, which makes links unreadable in the source). */
const escape = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/** Renders `body` (a template) with `view`, inside the common layout. */
export function renderEmail(body: string, view: Record<string, unknown>): string {
  return Mustache.render(LAYOUT, view, { body }, { escape })
}

/** « Bonjour Inès, » or « Bonjour, »: the greeting every customer e-mail opens with. */
export const GREETING = '<p>Bonjour{{#firstName}} {{firstName}}{{/firstName}},</p>'
