/**
 * Factur-X: the invoice as EN 16931 data (UN/CEFACT CII D16B, `rsm:CrossIndustryInvoice`), the
 * XML that renderInvoicePdf embeds as `factur-x.xml` in the PDF of a business customer's invoice.
 * Built with xmlbuilder2 from the same data as the printed document; nothing is added up here
 * but the amount left to pay, so the XML and the PDF say the same thing.
 *
 * Mapping choices (EN 16931):
 * - BT-3 type code 380 (invoice) or 381 (credit note, positive amounts, BT-25 the invoice it
 *   corrects).
 * - VAT category: S with the rate; Z for the 0 % rate of the normal regime; under the franchise
 *   en base (art. 293 B du CGI) E with exemption reason « TVA non applicable, art. 293 B du CGI »
 *   and code VATEX-FR-FRANCHISE (CEF VATEX list), what the French guidance uses. O (« not
 *   subject ») is not used: a franchise seller is a taxable person, and O may not be mixed.
 * - Seller and buyer: SIREN (first 9 digits of the SIRET) as legal registration id, scheme 0002
 *   (SIRENE); the full SIRET as party GlobalID, scheme 0009 (SIRET-CODE); VAT number, scheme VA.
 * - Amounts: integer cents written as decimals with two digits (integer arithmetic only).
 *   Lines, rates and totals are the domain's (computeTotals): LineTotalAmount = Σ line net
 *   amounts (BR-CO-10) = TaxBasisTotalAmount (no document allowance or charge, BR-CO-13),
 *   GrandTotal = TaxBasis + TaxTotal (BR-CO-15), TaxTotal = Σ per-rate VAT (BR-CO-14), BasisAmount
 *   = Σ line net amounts of the rate (BR-S-08).
 * - Per-rate VAT is Σ (line TTC − line HT), not BasisAmount × rate: each line's HT is rounded
 *   half up, so each line differs from its HT × rate by at most 0,6 cent (at 20 %), which stays
 *   far inside the ±1,00 tolerance of BR-CO-17 / BR-S-09 in the EN 16931 schematron (over 160
 *   lines of one rate would be needed to reach it).
 * - Net unit price (BT-146): line HT / quantity, to 4 decimals, so that quantity × price gives
 *   the line net amount to the cent (prices are entered TTC in the shop).
 */
import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import { FRANCHISE_MENTION, LINE_KIND_LABELS } from '../domain/invoices'
import { formatVatRate } from '../domain/money'
import { parisParts, toDate } from '../domain/parisTime'
import type { InvoicePdfData } from './invoicePdf'

export const FACTUR_X_FILENAME = 'factur-x.xml'
export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017'
export const FRANCHISE_EXEMPTION_CODE = 'VATEX-FR-FRANCHISE'

export type FacturXInput = Pick<
  InvoicePdfData,
  | 'kind'
  | 'number'
  | 'issuedAt'
  | 'serviceDate'
  | 'dueDate'
  | 'seller'
  | 'vatRegime'
  | 'latePenaltyRate'
  | 'customer'
  | 'lines'
  | 'totals'
  | 'bonus'
  | 'paid'
  | 'creditedInvoice'
>

const NS = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
}

// ---------------------------------------------------------------------------------------------
// Values

function present(value: string | null | undefined): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : ''
  return trimmed || null
}

/** Business customers get Factur-X: those with a SIRET on the invoice. */
export function wantsFacturX(data: Pick<InvoicePdfData, 'customer' | 'kind'>): boolean {
  // A quote is not an invoice: no e-invoice in it.
  return data.kind !== 'quote' && present(data.customer?.siret) !== null
}

/** '182.50' from 18250 cents; integers only, never floats. */
export function decimalAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Montant invalide : ${String(cents)}`)
  const abs = Math.abs(cents)
  const units = (abs - (abs % 100)) / 100
  return `${cents < 0 ? '-' : ''}${units}.${String(abs % 100).padStart(2, '0')}`
}

/** '5.50' from 550 basis points. */
const percent = (basisPoints: number): string => decimalAmount(basisPoints)

/** Hundredths of a quantity with at most 2 decimals (1.5 → 150). */
const hundredths = (quantity: number): number => Math.round(quantity * 100)

/** '8.3333': line HT per unit, to 4 decimals, rounded half up (BigInt). */
function netUnitPrice(lineHt: number, quantity: number): string {
  const q = BigInt(Math.max(1, hundredths(quantity)))
  const n = BigInt(lineHt) * 10000n
  const tenThousandths = (2n * n + q) / (2n * q)
  const units = tenThousandths / 10000n
  return `${units}.${String(tenThousandths % 10000n).padStart(4, '0')}`
}

/** 'YYYYMMDD' (format 102): a 'YYYY-MM-DD' day as is, an instant as read in Paris. */
function day102(value: string | null | undefined): string | null {
  const text = present(value)
  if (!text) return null
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (day) return `${day[1]}${day[2]}${day[3]}`
  const date = toDate(text)
  return date ? parisParts(date).date.replaceAll('-', '') : null
}

/** 'jj/mm/aaaa' for the notes. */
function frenchDay(value: string | null | undefined): string | null {
  const d = day102(value)
  return d ? `${d.slice(6, 8)}/${d.slice(4, 6)}/${d.slice(0, 4)}` : null
}

const digits = (value: string | null | undefined): string => (value ?? '').replace(/\D/g, '')

/** The SIREN of a SIRET (or a SIREN as is); null when it is neither. */
function sirenOf(siret: string | null | undefined): string | null {
  const d = digits(siret)
  return d.length === 14 || d.length === 9 ? d.slice(0, 9) : null
}

/**
 * Text as xmlbuilder2 writes it faithfully: its serializer leaves « &name; » and « &#123; »
 * unescaped (taken as entities), so their « & » is escaped here; XML 1.0 forbids control
 * characters, dropped.
 */
function clean(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&(?=[A-Za-z]+;|#\d+;)/g, '&amp;')
}

// ---------------------------------------------------------------------------------------------
// Building helpers

type Node = XMLBuilder

/** A child element with text, or nothing when the value is empty. */
function leaf(
  parent: Node,
  name: string,
  value: string | null | undefined,
  attributes?: Record<string, string>,
): void {
  const text = present(value)
  if (text === null) return
  parent.ele(name, attributes).txt(clean(text))
}

function dateTime(parent: Node, name: string, yyyymmdd: string, prefix = 'udt'): void {
  parent.ele(name).ele(`${prefix}:DateTimeString`, { format: '102' }).txt(yyyymmdd)
}

type Address = {
  lines: string[]
  postalCode?: string | null
  city?: string | null
  country: string
}

function address(parent: Node, a: Address): void {
  const node = parent.ele('ram:PostalTradeAddress')
  leaf(node, 'ram:PostcodeCode', a.postalCode)
  const [one, two, ...rest] = a.lines.map(present).filter((l): l is string => l !== null)
  leaf(node, 'ram:LineOne', one)
  leaf(node, 'ram:LineTwo', two)
  leaf(node, 'ram:LineThree', rest.join(', '))
  leaf(node, 'ram:CityName', a.city)
  leaf(node, 'ram:CountryID', (present(a.country) ?? 'FR').toUpperCase())
}

type Party = {
  name: string
  tradingName?: string | null
  siret?: string | null
  vatNumber?: string | null
  contact?: { person?: string | null; phone?: string | null; email?: string | null }
  email?: string | null
  address: Address
}

/** TradeParty children in the order of the CII schema. */
function party(parent: Node, name: string, p: Party): void {
  const node = parent.ele(name)
  const siret = digits(p.siret)
  if (siret.length === 14) leaf(node, 'ram:GlobalID', siret, { schemeID: '0009' })
  leaf(node, 'ram:Name', p.name)
  const siren = sirenOf(p.siret)
  const tradingName = present(p.tradingName)
  if (siren || tradingName) {
    const legal = node.ele('ram:SpecifiedLegalOrganization')
    leaf(legal, 'ram:ID', siren, { schemeID: '0002' })
    if (tradingName && tradingName !== p.name) leaf(legal, 'ram:TradingBusinessName', tradingName)
  }
  const c = p.contact
  if (c && (present(c.person) || present(c.phone) || present(c.email))) {
    const contact = node.ele('ram:DefinedTradeContact')
    leaf(contact, 'ram:PersonName', c.person)
    if (present(c.phone))
      leaf(contact.ele('ram:TelephoneUniversalCommunication'), 'ram:CompleteNumber', c.phone)
    if (present(c.email))
      leaf(contact.ele('ram:EmailURIUniversalCommunication'), 'ram:URIID', c.email)
  }
  address(node, p.address)
  // Electronic address (BT-34 / BT-49): the e-mail.
  if (present(p.email)) {
    leaf(node.ele('ram:URIUniversalCommunication'), 'ram:URIID', p.email, { schemeID: 'EM' })
  }
  const vat = present(p.vatNumber)?.replace(/\s/g, '').toUpperCase()
  if (vat) leaf(node.ele('ram:SpecifiedTaxRegistration'), 'ram:ID', vat, { schemeID: 'VA' })
}

// ---------------------------------------------------------------------------------------------
// Parties from the invoice data

function sellerParty(seller: FacturXInput['seller']): Party {
  const structured = present(seller.street) || present(seller.postalCode) || present(seller.city)
  return {
    name: present(seller.legalName) ?? seller.name,
    tradingName: seller.name,
    siret: seller.siret,
    vatNumber: seller.vatNumber,
    contact: { phone: seller.phone, email: seller.email },
    email: seller.email,
    address: structured
      ? {
          lines: [seller.street ?? ''],
          postalCode: seller.postalCode,
          city: seller.city,
          country: seller.country,
        }
      : { lines: [seller.address ?? ''], country: seller.country },
  }
}

/**
 * The customer's postal address: the structured copy made at issue, else read back from the
 * printed lines of an older snapshot (« 69002 Lyon » gives the postcode and the city).
 */
function customerAddress(customer: FacturXInput['customer']): Address {
  const a = customer.address
  if (a) {
    return {
      lines: [a.line1 ?? '', a.line2 ?? ''],
      postalCode: a.postalCode,
      city: a.city,
      country: present(a.country) ?? 'FR',
    }
  }
  const lines = (customer.addressLines ?? []).map(present).filter((l): l is string => l !== null)
  let at = lines.length - 1
  while (at >= 0 && !/^\d{4,5}\s+\S/.test(lines[at])) at--
  if (at < 0) return { lines, country: 'FR' }
  const [, postalCode, city] = /^(\d{4,5})\s+(.+)$/.exec(lines[at])!
  return { lines: lines.slice(0, at), postalCode, city, country: 'FR' }
}

function buyerParty(customer: FacturXInput['customer']): Party {
  const company = present(customer.company)
  const name = present(customer.name)
  return {
    name: company ?? name ?? '',
    siret: customer.siret,
    vatNumber: customer.vatNumber,
    contact: { person: company ? name : null, phone: customer.phone, email: customer.email },
    email: customer.email,
    address: customerAddress(customer),
  }
}

// ---------------------------------------------------------------------------------------------
// Notes (legal mentions), taxes

type Note = { text: string; code?: string }

/** UNTDID 4451 subject codes: PMD penalties, PMT recovery indemnity, AAB discount, REG legal. */
function notes(data: FacturXInput): Note[] {
  const out: Note[] = []
  const seller = data.seller
  const legal = [present(seller.legalName), present(seller.legalForm), present(seller.registration)]
    .filter(Boolean)
    .join(', ')
  if (legal) out.push({ text: legal, code: 'REG' })
  if (data.vatRegime === 'franchise') out.push({ text: FRANCHISE_MENTION, code: 'TXD' })
  if (data.kind === 'invoice') {
    out.push({
      text: `Pénalités de retard : ${formatVatRate(data.latePenaltyRate)} par an, exigibles de plein droit dès le lendemain de l'échéance.`,
      code: 'PMD',
    })
    if (wantsFacturX(data)) {
      out.push({
        text: 'Indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 du Code de commerce).',
        code: 'PMT',
      })
    }
    out.push({ text: "Pas d'escompte pour paiement anticipé.", code: 'AAB' })
  }
  if (data.bonus && data.bonus.amount > 0) {
    const label = present(data.bonus.label) ?? 'Bonus réparation'
    out.push({ text: `${label} déduit du total TTC : ${decimalAmount(data.bonus.amount)} EUR.` })
  }
  return out
}

type Category = { code: 'S' | 'Z' | 'E'; exemption?: { reason: string; code: string } }

function categoryOf(regime: FacturXInput['vatRegime'], rate: number): Category {
  if (regime === 'franchise') {
    return { code: 'E', exemption: { reason: FRANCHISE_MENTION, code: FRANCHISE_EXEMPTION_CODE } }
  }
  return { code: rate > 0 ? 'S' : 'Z' }
}

// ---------------------------------------------------------------------------------------------

/** The EN 16931 CII XML of an issued invoice or credit note (UTF-8, with its declaration). */
export function facturXml(data: FacturXInput): string {
  const issued = day102(data.issuedAt)
  if (!issued) throw new Error(`Date d'émission invalide : ${String(data.issuedAt)}`)
  const isInvoice = data.kind === 'invoice'

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    NS.rsm,
    'rsm:CrossIndustryInvoice',
    { 'xmlns:qdt': NS.qdt, 'xmlns:ram': NS.ram, 'xmlns:udt': NS.udt },
  )

  root
    .ele('rsm:ExchangedDocumentContext')
    .ele('ram:GuidelineSpecifiedDocumentContextParameter')
    .ele('ram:ID')
    .txt(EN16931_GUIDELINE)

  const header = root.ele('rsm:ExchangedDocument')
  leaf(header, 'ram:ID', data.number)
  leaf(header, 'ram:TypeCode', isInvoice ? '380' : '381')
  dateTime(header, 'ram:IssueDateTime', issued)
  for (const note of notes(data)) {
    const node = header.ele('ram:IncludedNote')
    leaf(node, 'ram:Content', note.text)
    leaf(node, 'ram:SubjectCode', note.code)
  }

  const transaction = root.ele('rsm:SupplyChainTradeTransaction')

  data.lines.forEach((line, index) => {
    const item = transaction.ele('ram:IncludedSupplyChainTradeLineItem')
    leaf(item.ele('ram:AssociatedDocumentLineDocument'), 'ram:LineID', String(index + 1))
    const product = item.ele('ram:SpecifiedTradeProduct')
    leaf(product, 'ram:Name', line.description)
    // The kind as the PDF prints it (« Ligne libre » reads « Autre » there).
    leaf(
      product,
      'ram:Description',
      line.kind === 'free' ? 'Autre' : LINE_KIND_LABELS[line.kind]?.fr,
    )
    item
      .ele('ram:SpecifiedLineTradeAgreement')
      .ele('ram:NetPriceProductTradePrice')
      .ele('ram:ChargeAmount')
      .txt(netUnitPrice(line.totalHt, line.quantity))
    item
      .ele('ram:SpecifiedLineTradeDelivery')
      .ele('ram:BilledQuantity', { unitCode: 'C62' })
      .txt(decimalAmount(hundredths(line.quantity)))
    const settlement = item.ele('ram:SpecifiedLineTradeSettlement')
    const tax = settlement.ele('ram:ApplicableTradeTax')
    leaf(tax, 'ram:TypeCode', 'VAT')
    leaf(tax, 'ram:CategoryCode', categoryOf(data.vatRegime, line.appliedRate).code)
    leaf(tax, 'ram:RateApplicablePercent', percent(line.appliedRate))
    settlement
      .ele('ram:SpecifiedTradeSettlementLineMonetarySummation')
      .ele('ram:LineTotalAmount')
      .txt(decimalAmount(line.totalHt))
  })

  const agreement = transaction.ele('ram:ApplicableHeaderTradeAgreement')
  party(agreement, 'ram:SellerTradeParty', sellerParty(data.seller))
  party(agreement, 'ram:BuyerTradeParty', buyerParty(data.customer))

  dateTime(
    transaction.ele('ram:ApplicableHeaderTradeDelivery').ele('ram:ActualDeliverySupplyChainEvent'),
    'ram:OccurrenceDateTime',
    day102(data.serviceDate) ?? issued,
  )

  const settlement = transaction.ele('ram:ApplicableHeaderTradeSettlement')
  if (isInvoice) leaf(settlement, 'ram:PaymentReference', data.number)
  leaf(settlement, 'ram:InvoiceCurrencyCode', 'EUR')
  const iban = present(data.seller.iban)?.replace(/\s/g, '').toUpperCase()
  if (isInvoice && iban) {
    const means = settlement.ele('ram:SpecifiedTradeSettlementPaymentMeans')
    leaf(means, 'ram:TypeCode', '58')
    leaf(means.ele('ram:PayeePartyCreditorFinancialAccount'), 'ram:IBANID', iban)
    const bic = present(data.seller.bic)?.replace(/\s/g, '').toUpperCase()
    if (bic) leaf(means.ele('ram:PayeeSpecifiedCreditorFinancialInstitution'), 'ram:BICID', bic)
  }
  for (const rate of data.totals.byRate) {
    const category = categoryOf(data.vatRegime, rate.rate)
    const tax = settlement.ele('ram:ApplicableTradeTax')
    leaf(tax, 'ram:CalculatedAmount', decimalAmount(rate.vat))
    leaf(tax, 'ram:TypeCode', 'VAT')
    leaf(tax, 'ram:ExemptionReason', category.exemption?.reason)
    leaf(tax, 'ram:BasisAmount', decimalAmount(rate.ht))
    leaf(tax, 'ram:CategoryCode', category.code)
    leaf(tax, 'ram:ExemptionReasonCode', category.exemption?.code)
    leaf(tax, 'ram:RateApplicablePercent', percent(rate.rate))
  }

  // What the PDF shows as left to pay: bonus and payments made count as prepaid (BR-CO-16).
  const { totalHt, totalVat, totalTtc } = data.totals
  const bonus = data.bonus && data.bonus.amount > 0 ? data.bonus.amount : 0
  const paid = isInvoice && typeof data.paid === 'number' && data.paid > 0 ? data.paid : 0
  const prepaid = Math.min(totalTtc, bonus + paid)
  const due = totalTtc - prepaid

  // BR-CO-25: a positive amount due needs a due date or payment terms.
  const terms = settlement.ele('ram:SpecifiedTradePaymentTerms')
  const dueDay = isInvoice ? day102(data.dueDate) : null
  const credited = data.creditedInvoice
  leaf(
    terms,
    'ram:Description',
    isInvoice
      ? dueDay
        ? `Paiement au plus tard le ${frenchDay(data.dueDate)}.`
        : 'Paiement à réception de la facture.'
      : credited
        ? `Avoir sur la facture ${credited.number}.`
        : 'Avoir.',
  )
  if (dueDay) dateTime(terms, 'ram:DueDateDateTime', dueDay)

  const sums = settlement.ele('ram:SpecifiedTradeSettlementHeaderMonetarySummation')
  leaf(sums, 'ram:LineTotalAmount', decimalAmount(totalHt))
  leaf(sums, 'ram:TaxBasisTotalAmount', decimalAmount(totalHt))
  leaf(sums, 'ram:TaxTotalAmount', decimalAmount(totalVat), { currencyID: 'EUR' })
  leaf(sums, 'ram:GrandTotalAmount', decimalAmount(totalTtc))
  if (prepaid > 0) leaf(sums, 'ram:TotalPrepaidAmount', decimalAmount(prepaid))
  leaf(sums, 'ram:DuePayableAmount', decimalAmount(due))

  if (!isInvoice && credited) {
    const reference = settlement.ele('ram:InvoiceReferencedDocument')
    leaf(reference, 'ram:IssuerAssignedID', credited.number)
    const creditedDay = day102(credited.issuedAt)
    if (creditedDay) dateTime(reference, 'ram:FormattedIssueDateTime', creditedDay, 'qdt')
  }

  return root.end({ prettyPrint: true })
}

// ---------------------------------------------------------------------------------------------
// XMP

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const FX = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#'

const FX_PROPERTIES: [name: string, description: string][] = [
  ['DocumentFileName', 'The name of the embedded XML document'],
  ['DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'],
  ['Version', 'The actual version of the standard applying to the embedded XML document'],
  ['ConformanceLevel', 'The conformance level of the embedded XML document'],
]

/**
 * The Factur-X XMP properties (fx:DocumentType INVOICE, fx:DocumentFileName, fx:Version 1.0,
 * fx:ConformanceLevel EN 16931) with the PDF/A extension schema that declares them: two
 * rdf:Description elements to append inside the document's rdf:RDF.
 */
export function facturXmp(): string[] {
  const schema = create()
    .ele(RDF, 'rdf:Description', {
      'rdf:about': '',
      'xmlns:pdfaExtension': 'http://www.aiim.org/pdfa/ns/extension/',
      'xmlns:pdfaSchema': 'http://www.aiim.org/pdfa/ns/schema#',
      'xmlns:pdfaProperty': 'http://www.aiim.org/pdfa/ns/property#',
    })
    .ele('pdfaExtension:schemas')
    .ele('rdf:Bag')
    .ele('rdf:li', { 'rdf:parseType': 'Resource' })
  schema.ele('pdfaSchema:schema').txt('Factur-X PDFA Extension Schema')
  schema.ele('pdfaSchema:namespaceURI').txt(FX)
  schema.ele('pdfaSchema:prefix').txt('fx')
  const seq = schema.ele('pdfaSchema:property').ele('rdf:Seq')
  for (const [name, description] of FX_PROPERTIES) {
    const li = seq.ele('rdf:li', { 'rdf:parseType': 'Resource' })
    li.ele('pdfaProperty:name').txt(name)
    li.ele('pdfaProperty:valueType').txt('Text')
    li.ele('pdfaProperty:category').txt('external')
    li.ele('pdfaProperty:description').txt(description)
  }
  const fx = create().ele(RDF, 'rdf:Description', { 'rdf:about': '', 'xmlns:fx': FX })
  fx.ele('fx:DocumentType').txt('INVOICE')
  fx.ele('fx:DocumentFileName').txt(FACTUR_X_FILENAME)
  fx.ele('fx:Version').txt('1.0')
  fx.ele('fx:ConformanceLevel').txt('EN 16931')
  const options = { headless: true, prettyPrint: true } as const
  return [schema.doc().end(options), fx.doc().end(options)]
}
