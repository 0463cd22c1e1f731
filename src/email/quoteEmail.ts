import { formatAmount } from '../domain/money'
import { frenchDay } from '../domain/quotes'
import { GREETING, renderEmail } from './render'

/** The e-mail a quote goes out with, its PDF attached, and where to answer it. */
export function quoteEmail(quote: {
  number: string
  totalTtc: number
  validUntil: string | null | undefined
  repairReference?: string | null
  firstName?: string | null
  shopName: string
  portalUrl?: string | null
}) {
  return {
    subject: `Devis ${quote.number} à valider — ${quote.shopName}`,
    html: renderEmail(
      `${GREETING}<p>Voici le devis <strong>{{number}}</strong>{{#repairReference}} pour la réparation {{repairReference}}{{/repairReference}} : {{amount}} TTC, valable jusqu'au {{validUntil}}. Vous le trouverez en pièce jointe.</p><p>Nous attendons votre accord pour commencer l'intervention.{{#portalUrl}} Vous pouvez l'accepter ou le refuser en ligne : <a href="{{portalUrl}}">{{portalUrl}}</a>.{{/portalUrl}} Vous pouvez aussi nous répondre par téléphone ou au comptoir.</p><p>Merci de votre confiance,<br>{{shopName}}</p>`,
      {
        ...quote,
        amount: formatAmount(quote.totalTtc),
        validUntil: frenchDay(quote.validUntil),
      },
    ),
  }
}
